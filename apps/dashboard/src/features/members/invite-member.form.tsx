import { useMutation } from '@apollo/client/react';
import type { Role } from '@vicinity/schema/graphql';
import { Alert, Button, Group, SelectField, Stack, TextField } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { zodFieldErrors } from '../../shared/form-errors';
import { describeError, errorCode, fieldErrors } from '../../shared/graphql-errors';
import { isRole, roleOptions } from '../../shared/roles';
import { useStandingErrors } from '../../shared/use-standing-errors';
import { InviteMemberMutation, MembersPageQuery, PendingInvitationsQuery } from './members.operations';

const inviteSchema = z.object({
  email: z.string().trim().pipe(z.email('Enter a valid email address')),
});

export interface CreatedInvitation {
  email: string;
  role: Role;
  token: string;
  expiresAt: string;
}

export interface InviteMemberFormProps {
  tenantId: string;
  /** Changes whenever the members change: an error found against other members no longer stands. */
  membersKey: string;
  onInvited: (invitation: CreatedInvitation) => void;
}

export function InviteMemberForm({ tenantId, membersKey, onInvited }: InviteMemberFormProps) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MARKETER');
  const [fieldErrorsFound, setErrors] = useStandingErrors({ email, role });
  const [errorsAgainst, setErrorsAgainst] = useState(membersKey);
  const errors = errorsAgainst === membersKey ? fieldErrorsFound : {};
  const [formError, setFormError] = useState<string | null>(null);
  const [invite, { loading }] = useMutation(InviteMemberMutation, {
    refetchQueries: [
      { query: PendingInvitationsQuery, variables: { tenantId } },
      { query: MembersPageQuery, variables: { tenantId } },
    ],
    awaitRefetchQueries: true,
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    setErrorsAgainst(membersKey);
    const parsed = inviteSchema.safeParse({ email });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    try {
      const { data } = await invite({ variables: { input: { tenantId, email: parsed.data.email, role } } });
      if (!data) return;
      const { token, invitation } = data.inviteMember;
      onInvited({ email: invitation.email, role: invitation.role, token, expiresAt: invitation.expiresAt });
      setEmail('');
    } catch (error) {
      const byField = fieldErrors(error);
      if (Object.keys(byField).length > 0) setErrors(byField);
      else if (errorCode(error) === 'CONFLICT') setErrors({ email: 'This person is already a member.' });
      else setFormError(describeError(error).message);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Invite a member">
      <Stack gap="sm">
        {formError ? (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        ) : null}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextField
            label="Email to invite"
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
            Invite
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
