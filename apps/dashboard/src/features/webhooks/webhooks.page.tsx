import { useQuery } from '@apollo/client/react';
import type { WebhookEndpoint_EndpointFragment } from '@vicinity/schema/graphql';
import { EmptyState, IconWebhook, LoadingState, Paper, Stack, Text, Title } from '@vicinity/ui';
import { useState } from 'react';
import { useParams } from 'react-router';
import { QueryErrorState } from '../../shared/query-error-state';
import { CreateWebhookEndpointForm } from './create-webhook-endpoint.form';
import { DeleteWebhookEndpointDialog } from './delete-webhook-endpoint.dialog';
import { RotateWebhookSecretDialog } from './rotate-webhook-secret.dialog';
import { WebhookEndpointCard } from './webhook-endpoint-card';
import { WebhookSecretDialog, type ShownSecret } from './webhook-secret.dialog';
import { WebhooksPageQuery } from './webhooks.operations';

export function WebhooksPage() {
  const { tenantId = '' } = useParams();
  const { data, error, refetch } = useQuery(WebhooksPageQuery, { variables: { tenantId } });
  const [shownSecret, setShownSecret] = useState<ShownSecret | null>(null);
  const [toRotate, setToRotate] = useState<WebhookEndpoint_EndpointFragment | null>(null);
  const [toDelete, setToDelete] = useState<WebhookEndpoint_EndpointFragment | null>(null);

  const canManage = data?.tenant.myRole === 'OWNER';
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Webhooks
        </Title>
        <Text c="dimmed">
          Vicinity sends signed events to your CRM, analytics or messaging systems, retries for about a day, and keeps
          every delivery for replay.
          {data && !canManage ? ' Only owners can add or change endpoints.' : ''}
        </Text>
      </Stack>
      {error ? (
        <QueryErrorState
          error={error}
          onRetry={() => void refetch()}
          forbiddenMessage="Only owners and marketers of this tenant can see its webhooks."
        />
      ) : !data ? (
        <LoadingState label="Loading webhooks…" />
      ) : (
        <>
          {canManage ? (
            <Paper withBorder p="md" radius="md">
              <CreateWebhookEndpointForm tenantId={tenantId} onCreated={setShownSecret} />
            </Paper>
          ) : null}
          {data.webhookEndpoints.length === 0 ? (
            <EmptyState
              icon={<IconWebhook aria-hidden />}
              title="No webhook endpoints yet"
              description={
                canManage
                  ? 'Add an endpoint to hear of campaigns, places, engagement, consent and erasures as they happen.'
                  : 'An owner of this tenant can add one.'
              }
            />
          ) : (
            <Stack gap="md">
              {data.webhookEndpoints.map((endpoint) => (
                <WebhookEndpointCard
                  key={endpoint.id}
                  endpoint={endpoint}
                  canManage={canManage}
                  onRotate={() => setToRotate(endpoint)}
                  onDelete={() => setToDelete(endpoint)}
                />
              ))}
            </Stack>
          )}
        </>
      )}
      <WebhookSecretDialog shown={shownSecret} onDone={() => setShownSecret(null)} />
      <RotateWebhookSecretDialog endpoint={toRotate} onClose={() => setToRotate(null)} onRotated={setShownSecret} />
      <DeleteWebhookEndpointDialog endpoint={toDelete} onClose={() => setToDelete(null)} />
    </Stack>
  );
}
