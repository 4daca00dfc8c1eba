import { DownloadButton } from '../../shared/download-button';

export interface ExportCsvButtonProps {
  tenantId: string;
  what: 'geofences' | 'beacons';
}

export function ExportCsvButton({ tenantId, what }: ExportCsvButtonProps) {
  return (
    <DownloadButton
      url={`/export/${what}.csv?tenantId=${encodeURIComponent(tenantId)}`}
      filename={`${what}.csv`}
      label="Export CSV"
    />
  );
}
