import { useQuery } from '@apollo/client/react';
import type { ApiKeysTable_ApiKeyFragment } from '@vicinity/schema/graphql';
import { LoadingState, Paper, Stack, Text, Title } from '@vicinity/ui';
import { useState } from 'react';
import { useParams } from 'react-router';
import { QueryErrorState } from '../../shared/query-error-state';
import { ApiKeySecretDialog } from './api-key-secret.dialog';
import { ApiKeysPageQuery } from './api-keys.operations';
import { ApiKeysTable } from './api-keys-table';
import { CreateApiKeyForm } from './create-api-key.form';
import { RevokeApiKeyDialog } from './revoke-api-key.dialog';

export function ApiKeysPage() {
  const { tenantId = '' } = useParams();
  const { data, error, refetch } = useQuery(ApiKeysPageQuery, { variables: { tenantId } });
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [keyToRevoke, setKeyToRevoke] = useState<ApiKeysTable_ApiKeyFragment | null>(null);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          API keys
        </Title>
        <Text c="dimmed">Keys let your mobile apps&apos; backends call Vicinity for this tenant.</Text>
      </Stack>
      {error ? (
        <QueryErrorState
          error={error}
          onRetry={() => void refetch()}
          forbiddenMessage="Only owners of this tenant can see and manage its API keys."
        />
      ) : !data ? (
        <LoadingState label="Loading API keys…" />
      ) : (
        <>
          <Paper withBorder p="md" radius="md">
            <CreateApiKeyForm tenantId={tenantId} onCreated={setCreated} />
          </Paper>
          <ApiKeysTable apiKeys={data.apiKeys} onRevoke={setKeyToRevoke} />
        </>
      )}
      <ApiKeySecretDialog created={created} onDone={() => setCreated(null)} />
      <RevokeApiKeyDialog apiKey={keyToRevoke} onClose={() => setKeyToRevoke(null)} />
    </Stack>
  );
}
