import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, PasswordField, Stack, TextField } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { zodFieldErrors } from '../../shared/form-errors';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import { SignUpMutation } from './auth.operations';
import { minimumPasswordLength, signUpSchema } from './auth.schemas';
import { AuthCard } from './auth-card';
import { useCompleteSignIn } from './use-complete-sign-in';

export function SignUpPage() {
  const location = useLocation();
  const completeSignIn = useCompleteSignIn();
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  function update(field: keyof typeof values) {
    return (event: FormEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
    };
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = signUpSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    try {
      const { data } = await signUp({ variables: { input: parsed.data } });
      if (data) await completeSignIn(data.signUp.token);
    } catch (error) {
      const byField = fieldErrors(error);
      if (Object.keys(byField).length > 0) setErrors(byField);
      else setFormError(describeError(error).message);
    }
  }

  return (
    <AuthCard
      title="Create your account"
      subtitle="Then create a tenant for your business and invite your team."
      footer={
        <>
          Already have an account?{' '}
          <Anchor component={Link} to={{ pathname: '/login', search: location.search }}>
            Log in
          </Anchor>
        </>
      }
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
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
          <Button type="submit" loading={loading}>
            Create account
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
