import type { EndUsersTable_EndUserProfileFragment } from '@vicinity/schema/graphql';
import { Anchor, Badge, DataTable, Group, Text, type DataTableColumn } from '@vicinity/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../shared/format-date';
import { platformLabels } from './end-user-labels';

export interface EndUsersTableProps {
  tenantId: string;
  endUsers: readonly EndUsersTable_EndUserProfileFragment[];
  empty: ReactNode;
}

function StateBadges({ endUser }: { endUser: EndUsersTable_EndUserProfileFragment }) {
  return (
    <Group gap={4}>
      {endUser.restricted ? (
        <Badge color="orange" variant="light">
          Restricted
        </Badge>
      ) : null}
      {endUser.objected ? (
        <Badge color="orange" variant="light">
          Objected
        </Badge>
      ) : null}
      {endUser.needsReconsent ? (
        <Badge color="yellow" variant="light">
          Needs re-consent
        </Badge>
      ) : null}
    </Group>
  );
}

export function EndUsersTable({ tenantId, endUsers, empty }: EndUsersTableProps) {
  const columns: DataTableColumn<EndUsersTable_EndUserProfileFragment>[] = [
    {
      key: 'device',
      header: 'Device id',
      render: (endUser) => (
        <Anchor component={Link} to={`/t/${tenantId}/end-users/${endUser.id}`} ff="monospace" size="sm">
          {endUser.deviceId}
        </Anchor>
      ),
    },
    { key: 'external', header: 'External id', render: (endUser) => endUser.externalId ?? '—' },
    {
      key: 'email',
      header: 'Email',
      render: (endUser) => <Text size="sm">{endUser.maskedEmail ?? '—'}</Text>,
    },
    {
      key: 'platform',
      header: 'Platform',
      render: (endUser) => (endUser.platform ? platformLabels[endUser.platform] : '—'),
    },
    { key: 'lastSeen', header: 'Last seen', render: (endUser) => formatDate(endUser.lastSeenAt) },
    { key: 'state', header: 'State', render: (endUser) => <StateBadges endUser={endUser} /> },
  ];

  return (
    <DataTable
      label="End users"
      columns={columns}
      rows={endUsers}
      rowKey={(endUser) => endUser.id}
      minWidth={760}
      empty={empty}
    />
  );
}
