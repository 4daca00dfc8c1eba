import { Alert, DataTable, Text, type DataTableColumn } from '@vicinity/ui';
import { count } from '../../shared/words';
import type { ImportReport, ImportRowError } from './upload-csv';

const singular = { geofences: 'geofence', beacons: 'beacon' } as const;

const columns: DataTableColumn<ImportRowError>[] = [
  { key: 'row', header: 'Row', render: (error) => error.row },
  { key: 'field', header: 'Field', render: (error) => error.field },
  { key: 'message', header: 'Message', render: (error) => error.message },
];

export interface ImportReportViewProps {
  report: ImportReport;
  what: 'geofences' | 'beacons';
}

export function ImportReportView({ report, what }: ImportReportViewProps) {
  if (report.errors.length === 0) {
    return (
      <Alert color="teal" title="Import complete" role="status">
        Imported {count(report.imported, singular[what], what)}.
      </Alert>
    );
  }
  return (
    <>
      <Alert color="red" title="Nothing was imported" role="alert">
        <Text size="sm">
          {report.errors.length === 1
            ? 'One problem was found'
            : `${count(report.errors.length, 'problem', 'problems')} were found`}
          . Fix the file and upload it again: a file imports only when every row is valid.
        </Text>
      </Alert>
      <DataTable
        label="Import errors"
        columns={columns}
        rows={report.errors}
        rowKey={(error) => `${error.row}:${error.field}:${error.message}`}
        minWidth={360}
        empty={null}
      />
    </>
  );
}
