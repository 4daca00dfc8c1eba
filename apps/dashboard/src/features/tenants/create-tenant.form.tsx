import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, TextField, toast } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import { CreateTenantMutation } from './tenants.operations';
import { sentence } from '../../shared/words';

const tenantNameSchema = z.string().trim().min(1, 'Enter a name').max(100, 'Use at most 100 characters');

export function CreateTenantForm() {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [createTenant, { loading }] = useMutation(CreateTenantMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        fields: {
          tenants(existing, { toReference }) {
            const created = toReference(data.createTenant);
            return Array.isArray(existing) && created ? [...existing, created] : existing;
          },
        },
      });
    },
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = tenantNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    try {
      const { data } = await createTenant({ variables: { input: { name: parsed.data } } });
      if (!data) return;
      toast.success(sentence(`${data.createTenant.name} is ready`), 'Tenant created');
      await navigate(`/t/${data.createTenant.id}`);
    } catch (caught) {
      const described = describeError(caught);
      setError(fieldErrors(caught).name ?? described.message);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md" maw={420}>
        <TextField
          label="Tenant name"
          description="Usually your business or brand name."
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error}
        />
        <Group>
          <Button type="submit" loading={loading}>
            Create tenant
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
