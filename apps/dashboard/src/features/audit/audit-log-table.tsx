import type { AuditLogTable_AuditEntryFragment } from '@vicinity/schema/graphql';
import { Badge, DataTable, type DataTableColumn } from '@vicinity/ui';
import type { ReactNode } from 'react';
import { formatDateTime } from '../privacy/format-date-time';

export interface AuditLogTableProps {
  entries: readonly AuditLogTable_AuditEntryFragment[];
  empty: ReactNode;
}

function sentenceCase(code: string): string {
  const words = code.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Only operators have names; API keys and anonymous callers are shown by kind ("api_key" -> "Api key").
function actorLabel(entry: AuditLogTable_AuditEntryFragment): string {
  return entry.actorName ?? sentenceCase(entry.actorType);
}

// A target is named by its own name where it has one; a person only by kind; a deleted one as gone.
function targetLabel(entry: AuditLogTable_AuditEntryFragment): string {
  if (!entry.targetId) return '—';
  if (!entry.targetKind) return 'Deleted since';
  return entry.targetName ? `${entry.targetKind}: ${entry.targetName}` : entry.targetKind;
}

const columns: DataTableColumn<AuditLogTable_AuditEntryFragment>[] = [
  { key: 'at', header: 'Time', render: (entry) => formatDateTime(entry.at) },
  { key: 'actor', header: 'Actor', render: actorLabel },
  {
    key: 'action',
    header: 'Action',
    render: (entry) => entry.actionWords,
  },
  { key: 'target', header: 'Target', render: targetLabel },
  {
    key: 'outcome',
    header: 'Outcome',
    render: (entry) =>
      entry.errorCode ? (
        <Badge color="red" variant="light" style={{ textTransform: 'none' }}>
          {sentenceCase(entry.outcome)} · {entry.errorCode}
        </Badge>
      ) : (
        <Badge color="teal" variant="light" style={{ textTransform: 'none' }}>
          {sentenceCase(entry.outcome)}
        </Badge>
      ),
  },
];

export function AuditLogTable({ entries, empty }: AuditLogTableProps) {
  return (
    <DataTable
      label="Audit log"
      columns={columns}
      rows={entries}
      rowKey={(entry) => entry.id}
      minWidth={760}
      empty={empty}
    />
  );
}
