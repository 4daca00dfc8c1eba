import type {
  ApiKeysPageQuery,
  ApiKeysPageQueryVariables,
  LogOutMutation,
  LogOutMutationVariables,
} from '@vicinity/schema/graphql';
import { screen } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiKey, shellHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { currentPath, renderApp } from '../../test/render-app';
import { getToken } from './auth-token';

describe('session handling', () => {
  it('sends an UNAUTHENTICATED operator to log in, remembering the page', async () => {
    server.use(
      shellHandler(),
      graphql.query<ApiKeysPageQuery, ApiKeysPageQueryVariables>('ApiKeysPage', () =>
        graphqlError('UNAUTHENTICATED', 'session expired'),
      ),
    );
    const { router } = await renderApp('/t/tenant-acme/api-keys');

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(currentPath(router)).toBe('/login?next=%2Ft%2Ftenant-acme%2Fapi-keys');
    expect(getToken()).toBeNull();
  });

  it('sends a visitor without a session to log in before any request', async () => {
    const { router } = await renderApp('/t/tenant-acme/members', { signedIn: false });

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(currentPath(router)).toBe('/login?next=%2Ft%2Ftenant-acme%2Fmembers');
  });

  it('logs out: ends the session on the server, forgets the token and shows the log-in page', async () => {
    let loggedOut = false;
    server.use(
      shellHandler(),
      graphql.query<ApiKeysPageQuery, ApiKeysPageQueryVariables>('ApiKeysPage', () =>
        HttpResponse.json({ data: { apiKeys: [apiKey('k1', 'Production')] } }),
      ),
      graphql.mutation<LogOutMutation, LogOutMutationVariables>('LogOut', () => {
        loggedOut = true;
        return HttpResponse.json({ data: { logOut: true } });
      }),
    );
    const { user, router } = await renderApp('/t/tenant-acme/api-keys');

    await user.click(await screen.findByRole('button', { name: 'Account menu' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(loggedOut).toBe(true);
    expect(getToken()).toBeNull();
    expect(currentPath(router)).toBe('/login');
  });
});
