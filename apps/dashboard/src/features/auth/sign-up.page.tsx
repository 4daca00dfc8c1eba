import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, PasswordField, Stack, TextField } from '@vicinity/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { zodFieldErrors } from '../../shared/form-errors';
import { describeError, errorCode, fieldErrors } from '../../shared/graphql-errors';
import { useStandingErrors } from '../../shared/use-standing-errors';
import { SignUpMutation } from './auth.operations';
import { minimumPasswordLength, signUpSchema } from './auth.schemas';
import { AuthCard } from './auth-card';
import { InvitationBanner } from './invitation-banner';
import { useCompleteSignIn } from './use-complete-sign-in';
import { useInvitation } from './use-invitation';

export function SignUpPage() {
  const location = useLocation();
  const completeSignIn = useCompleteSignIn();
  const invitation = useInvitation();
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const [errors, setErrors] = useStandingErrors(values);
  const [formError, setFormError] = useState<ReactNode>(null);
  const [prefilledFrom, setPrefilledFrom] = useState<string | null>(null);

  // The invited email fills the field once, when the preview arrives; the person may still change it.
  if (invitation.preview && prefilledFrom !== invitation.token) {
    setPrefilledFrom(invitation.token);
    if (values.email === '') setValues((current) => ({ ...current, email: invitation.preview?.email ?? '' }));
  }

  function update(field: keyof typeof values) {
    return (event: FormEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
      setFormError(null);
    };
  }

  const logInLink = (label: string) => (
    <Anchor component={Link} to={{ pathname: '/login', search: location.search }}>
      {label}
    </Anchor>
  );

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = signUpSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    const token = invitation.preview && invitation.token ? invitation.token : undefined;
    try {
      const { data } = await signUp({ variables: { input: { ...parsed.data, invitation: token } } });
      // Through an invitation, open the tenant joined (someone already registered may belong to others too).
      const joined = data?.signUp.joinedTenantId;
      if (data) await completeSignIn(data.signUp.token, joined ? `/t/${joined}` : undefined);
    } catch (error) {
      const byField = fieldErrors(error);
      const code = errorCode(error);
      if (Object.keys(byField).length > 0) setErrors(byField);
      else if (code === 'UNAUTHENTICATED') {
        // The API answers a registered email as a failed log-in: say so, and where to go instead.
        setFormError(
          <>Email or password is incorrect. If you already have an account, {logInLink('log in')} instead.</>,
        );
      } else if (code === 'NOT_FOUND' && token) {
        setFormError('This invitation is no longer valid. Ask the person who invited you for a new link.');
      } else setFormError(describeError(error).message);
    }
  }

  return (
    <AuthCard
      title={invitation.preview ? `Join ${invitation.preview.tenantName}` : 'Create your account'}
      subtitle={
        invitation.token
          ? 'Create your account to accept the invitation.'
          : 'Then create a tenant for your business and invite your team.'
      }
      footer={<>Already have an account? {logInLink('Log in')}</>}
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
            label="Name"
            autoComplete="name"
            value={values.name}
            onChange={update('name')}
            error={errors.name}
          />
          <TextField
            label="Email"
            type="email"
            autoComplete="email"
            value={values.email}
            onChange={update('email')}
            error={errors.email}
          />
          <PasswordField
            label="Password"
            description={`At least ${minimumPasswordLength} characters`}
            autoComplete="new-password"
            value={values.password}
            onChange={update('password')}
            error={errors.password}
          />
          <Button type="submit" loading={loading || invitation.loading}>
            Create account
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
