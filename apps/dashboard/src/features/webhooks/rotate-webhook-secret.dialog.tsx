import { useMutation } from '@apollo/client/react';
import type { WebhookEndpoint_EndpointFragment } from '@vicinity/schema/graphql';
import { Button, Dialog, Group, NumberField, Stack, Text, type NumberFieldValue } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import { RotateWebhookSecretMutation } from './webhooks.operations';
import type { ShownSecret } from './webhook-secret.dialog';

const maxOverlapHours = 7 * 24;

export interface RotateWebhookSecretDialogProps {
  endpoint: WebhookEndpoint_EndpointFragment | null;
  onClose: () => void;
  onRotated: (shown: ShownSecret) => void;
}

export function RotateWebhookSecretDialog({ endpoint, onClose, onRotated }: RotateWebhookSecretDialogProps) {
  const [overlapHours, setOverlapHours] = useState<NumberFieldValue>(24);
  const [error, setError] = useState<string | undefined>();
  const [rotate, { loading }] = useMutation(RotateWebhookSecretMutation, {
    // The payload carries the secret: only the endpoint's fields go to the cache.
    fetchPolicy: 'no-cache',
    refetchQueries: ['WebhooksPage'],
  });

  function close() {
    setError(undefined);
    setOverlapHours(24);
    onClose();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!endpoint) return;
    if (overlapHours === '' || overlapHours < 0 || overlapHours > maxOverlapHours) {
      setError(`Enter a number of hours from 0 to ${maxOverlapHours}`);
      return;
    }
    setError(undefined);
    try {
      const { data } = await rotate({ variables: { input: { id: endpoint.id, overlapHours } } });
      if (!data) return;
      close();
      onRotated({ title: 'New signing secret', url: endpoint.url, secret: data.rotateWebhookSecret.secret });
    } catch (caught) {
      setError(fieldErrors(caught).overlapHours ?? describeError(caught).message);
    }
  }

  return (
    <Dialog opened={endpoint !== null} onClose={close} title="Rotate signing secret?">
      {endpoint ? (
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="md">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              Deliveries to {endpoint.url} get a new secret. During the overlap both secrets sign each delivery (one{' '}
              <code>v1=</code> each), so you can update your receiver without missing an event.
            </Text>
            <NumberField
              label="Overlap (hours)"
              description={`0 to ${maxOverlapHours}; 0 stops the old secret at once.`}
              value={overlapHours}
              onChange={setOverlapHours}
              min={0}
              max={maxOverlapHours}
              error={error}
            />
            <Group justify="flex-end">
              <Button variant="secondary" onClick={close} disabled={loading}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Rotate secret
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Dialog>
  );
}
