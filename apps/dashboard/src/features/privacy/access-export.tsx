import { Alert, Button, IconDownload, Text } from '@vicinity/ui';
import { saveTextFile } from './save-text-file';

export interface AccessExportProps {
  requestId: string;
  /** The JSON document completing the request returned; the API does not keep it. */
  exportJson: string;
}

export function AccessExport({ requestId, exportJson }: AccessExportProps) {
  return (
    <Alert color="teal" title="Export ready">
      <Text size="sm" mb="sm">
        The export holds the person&apos;s profile, consent history, engagement events and requests. Send it to them
        securely; it is not kept here, so download it now.
      </Text>
      <Button
        leftSection={<IconDownload size={16} aria-hidden />}
        onClick={() => saveTextFile(exportJson, `access-export-${requestId}.json`, 'application/json')}
      >
        Download export (JSON)
      </Button>
    </Alert>
  );
}
