import type { ApiKeysTable_ApiKeyFragment } from '@vicinity/schema/graphql';
import { Badge, Button, DataTable, EmptyState, Group, IconKey, Text, type DataTableColumn } from '@vicinity/ui';
import { formatDate } from '../../shared/format-date';

export interface ApiKeysTableProps {
  apiKeys: readonly ApiKeysTable_ApiKeyFragment[];
  onRevoke: (apiKey: ApiKeysTable_ApiKeyFragment) => void;
}

export function ApiKeysTable({ apiKeys, onRevoke }: ApiKeysTableProps) {
  const columns: DataTableColumn<ApiKeysTable_ApiKeyFragment>[] = [
    { key: 'name', header: 'Name', render: (apiKey) => apiKey.name },
    {
      key: 'prefix',
      header: 'Prefix',
      render: (apiKey) => (
        <Text ff="monospace" size="sm">
          {apiKey.prefix}…
        </Text>
      ),
    },
    {
      key: 'scopes',
      header: 'Scopes',
      render: (apiKey) => (
        <Group gap={4}>
          {apiKey.scopes.map((scope) => (
            <Badge key={scope} variant="outline" size="sm">
              {scope}
            </Badge>
          ))}
        </Group>
      ),
    },
    { key: 'created', header: 'Created', render: (apiKey) => formatDate(apiKey.createdAt) },
    {
      key: 'status',
      header: 'Status',
      render: (apiKey) =>
        apiKey.revokedAt ? (
          <Badge color="gray" variant="light" title={`Revoked ${formatDate(apiKey.revokedAt)}`}>
            Revoked
          </Badge>
        ) : (
          <Badge color="teal" variant="light">
            Active
          </Badge>
        ),
    },
    {
      key: 'actions',
      header: 'Actions',
      render: (apiKey) =>
        apiKey.revokedAt ? null : (
          <Button variant="subtle" size="xs" aria-label={`Revoke ${apiKey.name}`} onClick={() => onRevoke(apiKey)}>
            Revoke
          </Button>
        ),
    },
  ];

  return (
    <DataTable
      label="API keys"
      columns={columns}
      rows={apiKeys}
      rowKey={(apiKey) => apiKey.id}
      minWidth={680}
      empty={
        <EmptyState
          icon={<IconKey aria-hidden />}
          title="No API keys yet"
          description="Create a key so your app's backend can register end users and ask what they may receive."
        />
      }
    />
  );
}
