import { Alert, Button, Dialog, FileField, Group, IconUpload, Progress, Stack, Text } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { ImportReportView } from './import-report';
import { uploadCsv, type ImportReport } from './upload-csv';

type ImportState =
  | { phase: 'idle' }
  | { phase: 'uploading'; progress: number }
  | { phase: 'processing' }
  | { phase: 'done'; report: ImportReport }
  | { phase: 'failed'; message: string };

export interface CsvImportDialogProps {
  opened: boolean;
  tenantId: string;
  what: 'geofences' | 'beacons';
  /** The header row the file must start with. */
  columns: string;
  onImported: () => void;
  onClose: () => void;
}

function CsvImportForm({ tenantId, what, columns, onImported, onClose }: Omit<CsvImportDialogProps, 'opened'>) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const busy = state.phase === 'uploading' || state.phase === 'processing';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setFileError('Choose a CSV file first');
      return;
    }
    setState({ phase: 'uploading', progress: 0 });
    try {
      const report = await uploadCsv({
        url: `/import/${what}?tenantId=${encodeURIComponent(tenantId)}`,
        file,
        onProgress: (fraction) => setState({ phase: 'uploading', progress: Math.round(fraction * 100) }),
        onUploaded: () => setState({ phase: 'processing' }),
      });
      setState({ phase: 'done', report });
      if (report.errors.length === 0) onImported();
    } catch (caught) {
      setState({ phase: 'failed', message: caught instanceof Error ? caught.message : 'The import failed.' });
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={`Import ${what}`}>
      <Stack gap="md">
        <FileField
          label="CSV file"
          accept=".csv,text/csv"
          description={
            <>
              UTF-8 with this header row: <code>{columns}</code>. Put all of a place’s tags in its tags cell, separated
              by semicolons or commas: <code>stores;paris</code> or <code>&quot;stores, paris&quot;</code>.
            </>
          }
          error={fileError}
          disabled={busy}
          onChange={(chosen) => {
            setFile(chosen);
            setFileError(undefined);
            setState({ phase: 'idle' });
          }}
        />
        {state.phase === 'uploading' ? (
          <Stack gap={4}>
            <Text size="sm">Uploading… {state.progress}%</Text>
            <Progress value={state.progress} aria-label="Upload progress" />
          </Stack>
        ) : null}
        {state.phase === 'processing' ? (
          <Stack gap={4}>
            <Text size="sm" role="status">
              Processing…
            </Text>
            <Progress value={100} animated striped aria-label="Processing the file" />
          </Stack>
        ) : null}
        {state.phase === 'failed' ? (
          <Alert color="red" title="Import failed" role="alert">
            {state.message}
          </Alert>
        ) : null}
        {state.phase === 'done' ? <ImportReportView report={state.report} what={what} /> : null}
        <Group justify="flex-end">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            Close
          </Button>
          <Button type="submit" loading={busy} leftSection={<IconUpload size={16} aria-hidden />}>
            Upload
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CsvImportDialog({ opened, onClose, ...formProps }: CsvImportDialogProps) {
  return (
    <Dialog opened={opened} onClose={onClose} title={`Import ${formProps.what} from CSV`}>
      <CsvImportForm {...formProps} onClose={onClose} />
    </Dialog>
  );
}
