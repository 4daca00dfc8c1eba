import type {
  AcceptInvitationMutation,
  AcceptInvitationMutationVariables,
  InvitationPreviewQuery,
  InvitationPreviewQueryVariables,
  LogInMutation,
  LogInMutationVariables,
  MembersPageQuery,
  MembersPageQueryVariables,
} from '@vicinity/schema/graphql';
import { screen } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { acme, ada, membership, shellHandler, tenantOverviewHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { currentPath, renderApp } from '../../test/render-app';
import { invitationsHandler } from '../members/members.fixtures';
import { getToken } from './auth-token';

describe('log-in page', () => {
  it('blocks an invalid email and an empty password before calling the API', async () => {
    let calls = 0;
    server.use(
      graphql.mutation<LogInMutation, LogInMutationVariables>('LogIn', () => {
        calls += 1;
        return HttpResponse.json({ data: { logIn: { __typename: 'AuthPayload', token: 't', operator: ada } } });
      }),
    );
    const { user } = await renderApp('/login', { signedIn: false });

    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(screen.getByText('Enter a valid email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(calls).toBe(0);
  });

  it("shows the server's field error next to the field", async () => {
    server.use(
      graphql.mutation<LogInMutation, LogInMutationVariables>('LogIn', () =>
        graphqlError('BAD_USER_INPUT', 'This account is locked, reset your password', 'password'),
      ),
    );
    const { user } = await renderApp('/login', { signedIn: false });

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'whatever-it-is');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByText('This account is locked, reset your password')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInvalid();
    expect(screen.getByLabelText('Email')).not.toBeInvalid();
  });

  it('says the credentials are wrong and stays on the page', async () => {
    server.use(
      graphql.mutation<LogInMutation, LogInMutationVariables>('LogIn', () =>
        graphqlError('UNAUTHENTICATED', 'wrong email or password'),
      ),
    );
    const { user, router } = await renderApp('/login?next=%2Ft%2Ftenant-acme', { signedIn: false });

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'not-her-password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
    expect(currentPath(router)).toBe('/login?next=%2Ft%2Ftenant-acme');
  });

  it('returns to the page named by next after logging in', async () => {
    server.use(
      graphql.mutation<LogInMutation, LogInMutationVariables>('LogIn', () =>
        HttpResponse.json({ data: { logIn: { __typename: 'AuthPayload', token: 'session-2', operator: ada } } }),
      ),
      shellHandler(),
      graphql.query<MembersPageQuery, MembersPageQueryVariables>('MembersPage', () =>
        HttpResponse.json({
          data: {
            tenant: { ...acme, myRole: 'OWNER' },
            members: [membership('m1', 'OWNER', ada)],
          },
        }),
      ),
      invitationsHandler(),
    );
    const { user, router } = await renderApp('/login?next=%2Ft%2Ftenant-acme%2Fmembers', { signedIn: false });

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'her-real-password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('heading', { name: 'Members' })).toBeInTheDocument();
    expect(currentPath(router)).toBe('/t/tenant-acme/members');
    expect(getToken()).toBe('session-2');
  });

  it('accepts the invitation of the link it was opened with, as the operator who just logged in', async () => {
    const accepted: { token: string; session: string | null }[] = [];
    server.use(
      graphql.query<InvitationPreviewQuery, InvitationPreviewQueryVariables>('InvitationPreview', () =>
        HttpResponse.json({
          data: {
            invitationPreview: {
              __typename: 'InvitationPreview',
              tenantName: 'Acme Coffee',
              role: 'MARKETER',
              email: 'ada@example.com',
              expiresAt: '2025-03-08T10:00:00.000Z',
            },
          },
        }),
      ),
      graphql.mutation<LogInMutation, LogInMutationVariables>('LogIn', () =>
        HttpResponse.json({ data: { logIn: { __typename: 'AuthPayload', token: 'session-3', operator: ada } } }),
      ),
      graphql.mutation<AcceptInvitationMutation, AcceptInvitationMutationVariables>(
        'AcceptInvitation',
        ({ variables, request }) => {
          accepted.push({ token: variables.token, session: request.headers.get('authorization') });
          return HttpResponse.json({
            data: { acceptInvitation: { __typename: 'AcceptInvitationPayload', tenantId: 'tenant-acme' } },
          });
        },
      ),
      shellHandler(),
      tenantOverviewHandler(acme, undefined, 'MARKETER'),
    );
    const { user, router } = await renderApp('/login?invitation=vi_secret', { signedIn: false });

    expect(await screen.findByText(/You are invited as marketer/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'her-real-password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    await expect.poll(() => currentPath(router)).toBe('/t/tenant-acme');
    expect(accepted).toEqual([{ token: 'vi_secret', session: 'Bearer session-3' }]);
  });
});
