import { Button, IconDownload, toast } from '@vicinity/ui';
import { useState } from 'react';
import { downloadCsv } from './download-csv';

export interface ExportCsvButtonProps {
  tenantId: string;
  what: 'geofences' | 'beacons';
}

export function ExportCsvButton({ tenantId, what }: ExportCsvButtonProps) {
  const [loading, setLoading] = useState(false);

  async function handleClick() {
    setLoading(true);
    try {
      await downloadCsv(`/export/${what}.csv?tenantId=${encodeURIComponent(tenantId)}`, `${what}.csv`);
    } catch (caught) {
      toast.error(caught instanceof Error ? caught.message : 'The export failed.', 'Export failed');
    } finally {
      setLoading(false);
    }
  }

  return (
    <Button
      variant="secondary"
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={loading}
      onClick={() => void handleClick()}
    >
      Export CSV
    </Button>
  );
}
