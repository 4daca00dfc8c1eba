import { DownloadButton } from '../../shared/download-button';

export interface AuditCsvQuery {
  tenantId: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** The log as filtered on screen, as a CSV file (the export is itself recorded in the log). */
export function AuditCsvButton({ query }: { query: AuditCsvQuery }) {
  const params = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  return <DownloadButton url={`/export/audit.csv?${params}`} filename="audit-log.csv" label="Download CSV" />;
}
