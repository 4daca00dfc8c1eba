import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, PasswordField, Stack, TextField, toast } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { zodFieldErrors } from '../../shared/form-errors';
import { describeError, errorCode, fieldErrors } from '../../shared/graphql-errors';
import { AcceptInvitationMutation, LogInMutation } from './auth.operations';
import { setToken } from './auth-token';
import { logInSchema } from './auth.schemas';
import { AuthCard } from './auth-card';
import { InvitationBanner } from './invitation-banner';
import { useCompleteSignIn } from './use-complete-sign-in';
import { useInvitation } from './use-invitation';

export function LogInPage() {
  const location = useLocation();
  const completeSignIn = useCompleteSignIn();
  const [logIn, { loading }] = useMutation(LogInMutation);
  const [acceptInvitation] = useMutation(AcceptInvitationMutation);
  const invitation = useInvitation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = logInSchema.safeParse({ email, password });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    try {
      const { data } = await logIn({ variables: { input: parsed.data } });
      if (data) await completeSignIn(data.logIn.token, await acceptAfterLogIn(data.logIn.token));
    } catch (error) {
      const byField = fieldErrors(error);
      if (Object.keys(byField).length > 0) setErrors(byField);
      else if (errorCode(error) === 'UNAUTHENTICATED') setFormError('Wrong email or password.');
      else setFormError(describeError(error).message);
    }
  }

  /** Accepts the link's invitation as the operator just signed in; where to go then, or undefined. */
  async function acceptAfterLogIn(sessionToken: string): Promise<string | undefined> {
    if (!invitation.preview || !invitation.token) return undefined;
    setToken(sessionToken);
    try {
      const { data } = await acceptInvitation({ variables: { token: invitation.token } });
      if (!data) return undefined;
      toast.success(`You joined ${invitation.preview.tenantName}.`, 'Invitation accepted');
      return `/t/${data.acceptInvitation.tenantId}`;
    } catch (error) {
      toast.error(describeError(error).message, 'The invitation was not accepted');
      return undefined;
    }
  }

  return (
    <AuthCard
      title="Log in"
      subtitle="Manage your places, campaigns and privacy requests."
      footer={
        <>
          New to Vicinity?{' '}
          <Anchor component={Link} to={{ pathname: '/signup', search: location.search }}>
            Create an account
          </Anchor>
        </>
      }
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {invitation.preview !== undefined ? <InvitationBanner preview={invitation.preview} /> : null}
          {formError ? (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          ) : null}
          <TextField
            label="Email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={errors.email}
          />
          <PasswordField
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.password}
          />
          <Button type="submit" loading={loading}>
            Log in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
