import { useMutation } from '@apollo/client/react';
import { Alert, Button, IconDownload, Text, toast } from '@vicinity/ui';
import { formatDateTime } from './format-date-time';
import { describeError } from '../../shared/graphql-errors';
import { DownloadAccessExportMutation } from './privacy.operations';
import { saveTextFile } from './save-text-file';

export interface AccessExportProps {
  requestId: string;
  /** Until when the API keeps the export; it is gone sooner if the person is erased. */
  expiresAt: string;
}

export function AccessExport({ requestId, expiresAt }: AccessExportProps) {
  // The export is personal data: it goes straight to the file, never into the cache.
  const [download, { loading }] = useMutation(DownloadAccessExportMutation, { fetchPolicy: 'no-cache' });

  async function handleDownload() {
    try {
      const { data } = await download({ variables: { id: requestId } });
      if (data) saveTextFile(data.downloadAccessExport, `access-export-${requestId}.json`, 'application/json');
    } catch (caught) {
      const { title, message } = describeError(caught);
      toast.error(message, title);
    }
  }

  return (
    <Alert color="teal" title="Export ready">
      <Text size="sm" mb="sm">
        The export holds the person&apos;s profile, consent history, engagement events and requests. Send it to them
        securely. It can be downloaded until {formatDateTime(expiresAt)}, unless the person is erased first; each
        download is recorded in the audit log.
      </Text>
      <Button
        leftSection={<IconDownload size={16} aria-hidden />}
        loading={loading}
        onClick={() => void handleDownload()}
      >
        Download export (JSON)
      </Button>
    </Alert>
  );
}
