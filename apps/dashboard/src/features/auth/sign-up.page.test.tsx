import type {
  SignUpMutation,
  SignUpMutationVariables,
  TenantsHomeQuery,
  TenantsHomeQueryVariables,
} from '@vicinity/schema/graphql';
import { screen } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ada, shellHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { currentPath, renderApp } from '../../test/render-app';
import { getToken } from './auth-token';

describe('sign-up page', () => {
  it('refuses a password under 10 characters without calling the API', async () => {
    let calls = 0;
    server.use(
      graphql.mutation<SignUpMutation, SignUpMutationVariables>('SignUp', () => {
        calls += 1;
        return HttpResponse.json({
          data: { signUp: { __typename: 'AuthPayload', token: 't', joinedTenantId: null, operator: ada } },
        });
      }),
    );
    const { user } = await renderApp('/signup', { signedIn: false });

    await user.type(screen.getByLabelText('Name'), 'Ada Lovelace');
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByLabelText('Password')).toBeInvalid();
    expect(screen.getByText('Use at least 10 characters')).toBeInTheDocument();
    expect(calls).toBe(0);
  });

  it("shows the server's field error next to the field it names", async () => {
    server.use(
      graphql.mutation<SignUpMutation, SignUpMutationVariables>('SignUp', () =>
        graphqlError('BAD_USER_INPUT', 'An account already uses this email', 'email'),
      ),
    );
    const { user } = await renderApp('/signup', { signedIn: false });

    await user.type(screen.getByLabelText('Name'), 'Ada Lovelace');
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'a-long-enough-password');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const email = screen.getByLabelText('Email');
    expect(await screen.findByText('An account already uses this email')).toBeInTheDocument();
    expect(email).toBeInvalid();
    expect(email).toHaveAccessibleDescription('An account already uses this email');
  });

  it('signs up, keeps the session and invites to create a first tenant', async () => {
    let sentInput: SignUpMutationVariables['input'] | undefined;
    server.use(
      graphql.mutation<SignUpMutation, SignUpMutationVariables>('SignUp', ({ variables }) => {
        sentInput = variables.input;
        return HttpResponse.json({
          data: { signUp: { __typename: 'AuthPayload', token: 'new-session', joinedTenantId: null, operator: ada } },
        });
      }),
      shellHandler([]),
      graphql.query<TenantsHomeQuery, TenantsHomeQueryVariables>('TenantsHome', () =>
        HttpResponse.json({ data: { tenants: [] } }),
      ),
    );
    const { user, router } = await renderApp('/signup', { signedIn: false });

    await user.type(screen.getByLabelText('Name'), '  Ada Lovelace ');
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'a-long-enough-password');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('Create your first tenant')).toBeInTheDocument();
    expect(screen.getByLabelText('Tenant name')).toBeInTheDocument();
    expect(sentInput).toEqual({ name: 'Ada Lovelace', email: 'ada@example.com', password: 'a-long-enough-password' });
    expect(getToken()).toBe('new-session');
    expect(currentPath(router)).toBe('/');
  });
});
