import { Button, IconDownload, toast } from '@vicinity/ui';
import { useState } from 'react';
import { downloadCsv } from '../places/download-csv';

export interface AuditCsvQuery {
  tenantId: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** The log as filtered on screen, as a CSV file (the export is itself recorded in the log). */
export function AuditCsvButton({ query }: { query: AuditCsvQuery }) {
  const [loading, setLoading] = useState(false);

  async function handleClick() {
    setLoading(true);
    try {
      const params = new URLSearchParams(
        Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
      );
      await downloadCsv(`/export/audit.csv?${params}`, 'audit-log.csv');
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
      Download CSV
    </Button>
  );
}
