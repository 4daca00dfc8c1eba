import type { PrivacyRequestsTable_PrivacyRequestFragment } from '@vicinity/schema/graphql';
import { Anchor, Badge, DataTable, type DataTableColumn } from '@vicinity/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../shared/format-date';
import { DueDateBadge } from './due-date-badge';
import { SubjectLabel } from './subject-label';
import { isOpen, requestStatusLabels, requestTypeLabels } from './privacy-request-labels';

export interface PrivacyRequestsTableProps {
  tenantId: string;
  requests: readonly PrivacyRequestsTable_PrivacyRequestFragment[];
  empty: ReactNode;
}

export function PrivacyRequestsTable({ tenantId, requests, empty }: PrivacyRequestsTableProps) {
  const columns: DataTableColumn<PrivacyRequestsTable_PrivacyRequestFragment>[] = [
    {
      key: 'type',
      header: 'Request',
      render: (request) => (
        <Anchor component={Link} to={`/t/${tenantId}/privacy/${request.id}`}>
          {requestTypeLabels[request.type]}
        </Anchor>
      ),
    },
    { key: 'subject', header: 'Subject', render: (request) => <SubjectLabel request={request} /> },
    {
      key: 'status',
      header: 'Status',
      render: (request) => (
        <Badge variant="light" color={isOpen(request.status) ? 'blue' : 'gray'}>
          {requestStatusLabels[request.status]}
        </Badge>
      ),
    },
    { key: 'received', header: 'Received', render: (request) => formatDate(request.receivedAt) },
    {
      key: 'due',
      header: 'Due',
      render: (request) => (
        <DueDateBadge dueAt={request.dueAt} daysLeft={request.daysLeft} open={isOpen(request.status)} />
      ),
    },
  ];

  return (
    <DataTable
      label="Privacy requests"
      columns={columns}
      rows={requests}
      rowKey={(request) => request.id}
      minWidth={720}
      empty={empty}
    />
  );
}
