import { useMutation } from '@apollo/client/react';
import { Alert, Button, CheckboxGroupField, Group, Stack, TextField } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { zodFieldErrors } from '../../shared/form-errors';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import { webhookEndpointSchema, type WebhookEndpointDraft } from './webhook-endpoint.schema';
import { subscribableEvents } from './webhook-words';
import { CreateWebhookEndpointMutation, WebhooksPageQuery } from './webhooks.operations';
import type { ShownSecret } from './webhook-secret.dialog';

const emptyDraft: WebhookEndpointDraft = { url: '', events: [], description: '' };

export interface CreateWebhookEndpointFormProps {
  tenantId: string;
  /** Receives the signing secret, which the API returns only this once. */
  onCreated: (shown: ShownSecret) => void;
}

export function CreateWebhookEndpointForm({ tenantId, onCreated }: CreateWebhookEndpointFormProps) {
  const [draft, setDraft] = useState<WebhookEndpointDraft>(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [createEndpoint, { loading }] = useMutation(CreateWebhookEndpointMutation, {
    // The payload carries the secret: keep it out of the cache and reload the list instead.
    fetchPolicy: 'no-cache',
    refetchQueries: [{ query: WebhooksPageQuery, variables: { tenantId } }],
    awaitRefetchQueries: true,
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = webhookEndpointSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    const { url, events, description } = parsed.data;
    try {
      const { data } = await createEndpoint({
        variables: { input: { tenantId, url, events, ...(description && { description }) } },
      });
      if (!data) return;
      setDraft(emptyDraft);
      onCreated({
        title: 'Endpoint created',
        url: data.createWebhookEndpoint.endpoint.url,
        secret: data.createWebhookEndpoint.secret,
      });
    } catch (caught) {
      const byField = fieldErrors(caught);
      setErrors(Object.keys(byField).length > 0 ? byField : { form: describeError(caught).message });
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Add a webhook endpoint">
      <Stack gap="sm">
        <TextField
          label="Endpoint URL"
          placeholder="https://crm.example.com/hooks/vicinity"
          description="Events are sent here as signed JSON POST requests."
          inputMode="url"
          value={draft.url}
          onChange={(event) => setDraft({ ...draft, url: event.currentTarget.value })}
          error={errors.url}
          style={{ maxWidth: 560 }}
        />
        <CheckboxGroupField
          label="Events to send"
          options={subscribableEvents}
          value={draft.events}
          onChange={(events) => setDraft({ ...draft, events: events as WebhookEndpointDraft['events'] })}
          error={errors.events}
        />
        <TextField
          label="Description (optional)"
          placeholder="Our CRM"
          value={draft.description}
          onChange={(event) => setDraft({ ...draft, description: event.currentTarget.value })}
          error={errors.description}
          style={{ maxWidth: 560 }}
        />
        {errors.form ? (
          <Alert color="red" role="alert">
            {errors.form}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={loading}>
            Add endpoint
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
