import { DataTable, EmptyState, type DataTableColumn } from '@vicinity/ui';

export interface ErasedCount {
  kind: string;
  count: number;
}

export interface ErasedCountsTableProps {
  /** Accessible name, e.g. "Erasure receipt". */
  label: string;
  counts: readonly ErasedCount[];
  emptyTitle: string;
}

// The API names kinds in code style ("ENGAGEMENT_EVENT", "consentRecord"); people read words.
function kindLabel(kind: string): string {
  const words = kind
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const columns: DataTableColumn<ErasedCount>[] = [
  { key: 'kind', header: 'Kind of record', render: (row) => kindLabel(row.kind) },
  { key: 'count', header: 'Erased', render: (row) => row.count.toLocaleString() },
];

export function ErasedCountsTable({ label, counts, emptyTitle }: ErasedCountsTableProps) {
  return (
    <DataTable
      label={label}
      columns={columns}
      rows={counts}
      rowKey={(row) => row.kind}
      minWidth={320}
      empty={<EmptyState title={emptyTitle} />}
    />
  );
}
