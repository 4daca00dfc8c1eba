import type { WebhookEndpoint_EndpointFragment } from '@vicinity/schema/graphql';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@vicinity/ui';
import { useId, useState } from 'react';
import { sentence } from '../../shared/words';
import { formatDateTime } from '../privacy/format-date-time';
import { WebhookDeliveryLog } from './webhook-delivery-log';
import { WebhookEndpointActions } from './webhook-endpoint-actions';
import { eventLabels } from './webhook-words';

export interface WebhookEndpointCardProps {
  endpoint: WebhookEndpoint_EndpointFragment;
  canManage: boolean;
  onRotate: () => void;
  onDelete: () => void;
}

function stillSigning(previousSecretExpiresAt: string | null): boolean {
  return previousSecretExpiresAt !== null && new Date(previousSecretExpiresAt) > new Date();
}

export function WebhookEndpointCard({ endpoint, canManage, onRotate, onDelete }: WebhookEndpointCardProps) {
  const headingId = useId();
  const logId = useId();
  const [logShown, setLogShown] = useState(false);
  const [logRefresh, setLogRefresh] = useState(0);

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
            <Title order={2} size="h4" id={headingId} ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {endpoint.url}
            </Title>
            {endpoint.description ? (
              <Text size="sm" c="dimmed">
                {endpoint.description}
              </Text>
            ) : null}
          </Stack>
          {endpoint.active ? (
            <Badge color="teal" variant="light">
              Active
            </Badge>
          ) : (
            <Badge color="orange" variant="light">
              Paused
            </Badge>
          )}
        </Group>
        {!endpoint.active && endpoint.pausedReason ? (
          <Text size="sm" role="note">
            {sentence(endpoint.pausedReason)} Events are kept until it is resumed.
          </Text>
        ) : null}
        <Group gap={6} aria-label="Events sent" role="list">
          {endpoint.events.map((event) => (
            <Badge key={event} variant="outline" size="sm" role="listitem" style={{ textTransform: 'none' }}>
              {eventLabels[event]}
            </Badge>
          ))}
        </Group>
        {stillSigning(endpoint.previousSecretExpiresAt) ? (
          <Text size="sm" c="dimmed">
            The previous secret also signs until {formatDateTime(endpoint.previousSecretExpiresAt!)}.
          </Text>
        ) : null}
        <Group justify="space-between" gap="xs">
          {canManage ? (
            <WebhookEndpointActions
              endpoint={endpoint}
              onTestSent={() => {
                setLogShown(true);
                setLogRefresh((n) => n + 1);
              }}
              onRotate={onRotate}
              onDelete={onDelete}
            />
          ) : (
            <span />
          )}
          <Button
            variant="subtle"
            size="xs"
            aria-expanded={logShown}
            aria-controls={logId}
            onClick={() => setLogShown(!logShown)}
          >
            {logShown ? 'Hide delivery log' : 'Show delivery log'}
          </Button>
        </Group>
        <div id={logId} hidden={!logShown}>
          {logShown ? (
            <WebhookDeliveryLog
              endpointId={endpoint.id}
              url={endpoint.url}
              canManage={canManage}
              refresh={logRefresh}
            />
          ) : null}
        </div>
      </Stack>
    </Paper>
  );
}
