import { useMutation } from '@apollo/client/react';
import type { Role } from '@vicinity/schema/graphql';
import { Alert, Button, Group, SelectField, Stack, TextField, toast } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { zodFieldErrors } from '../../shared/form-errors';
import { describeError, errorCode, fieldErrors } from '../../shared/graphql-errors';
import { useStandingErrors } from '../../shared/use-standing-errors';
import { isRole, roleOptions } from '../../shared/roles';
import { AddMemberMutation, MembersPageQuery } from './members.operations';

const addMemberSchema = z.object({
  email: z.string().trim().pipe(z.email('Enter a valid email address')),
});

export interface AddMemberFormProps {
  tenantId: string;
}

export function AddMemberForm({ tenantId }: AddMemberFormProps) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MARKETER');
  const [errors, setErrors] = useStandingErrors({ email, role });
  const [formError, setFormError] = useState<string | null>(null);
  const [addMember, { loading }] = useMutation(AddMemberMutation, {
    refetchQueries: [{ query: MembersPageQuery, variables: { tenantId } }],
    awaitRefetchQueries: true,
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = addMemberSchema.safeParse({ email });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    try {
      const { data } = await addMember({ variables: { input: { tenantId, email: parsed.data.email, role } } });
      if (!data) return;
      toast.success(`${data.addMember.operator.name} can now use this tenant.`, 'Member added');
      setEmail('');
    } catch (error) {
      const byField = fieldErrors(error);
      const code = errorCode(error);
      if (Object.keys(byField).length > 0) setErrors(byField);
      else if (code === 'NOT_FOUND') setErrors({ email: 'Nobody has signed up with this email yet.' });
      else if (code === 'CONFLICT') setErrors({ email: describeError(error).message });
      else setFormError(describeError(error).message);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Add a member">
      <Stack gap="sm">
        {formError ? (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        ) : null}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextField
            label="Member email"
            type="email"
            placeholder="colleague@example.com"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={errors.email}
            style={{ flex: '1 1 240px' }}
          />
          <SelectField
            label="Role"
            options={roleOptions}
            value={role}
            onChange={(value) => {
              if (isRole(value)) setRole(value);
            }}
            error={errors.role}
            style={{ flex: '0 1 180px' }}
          />
        </Group>
        <Group>
          <Button type="submit" loading={loading}>
            Add member
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
