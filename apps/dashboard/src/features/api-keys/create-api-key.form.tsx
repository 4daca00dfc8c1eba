import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextField } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import { ApiKeysPageQuery, CreateApiKeyMutation } from './api-keys.operations';

const keyNameSchema = z.string().trim().min(1, 'Name the key after the app or backend that uses it').max(100);

export interface CreateApiKeyFormProps {
  tenantId: string;
  /** Receives the secret, which the API returns only this once. */
  onCreated: (created: { name: string; key: string }) => void;
}

export function CreateApiKeyForm({ tenantId, onCreated }: CreateApiKeyFormProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [createApiKey, { loading }] = useMutation(CreateApiKeyMutation, {
    // The payload carries the secret: keep it out of the cache and reload the list instead.
    fetchPolicy: 'no-cache',
    refetchQueries: [{ query: ApiKeysPageQuery, variables: { tenantId } }],
    awaitRefetchQueries: true,
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = keyNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    try {
      const { data } = await createApiKey({ variables: { input: { tenantId, name: parsed.data, scopes: ['SDK'] } } });
      if (!data) return;
      setName('');
      onCreated({ name: data.createApiKey.apiKey.name, key: data.createApiKey.key });
    } catch (caught) {
      setError(fieldErrors(caught).name ?? describeError(caught).message);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Create an API key">
      <Stack gap="sm">
        <TextField
          label="Key name"
          placeholder="iOS app backend"
          description="Scope: SDK — register end users and consent, ask for eligibility, report engagement."
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error}
          style={{ maxWidth: 420 }}
        />
        <Group>
          <Button type="submit" loading={loading}>
            Create API key
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Each key acts for this tenant only. Give every backend its own key so you can revoke one without the others.
        </Text>
      </Stack>
    </form>
  );
}
