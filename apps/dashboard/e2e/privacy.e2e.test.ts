import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpWithTenant, startE2eSession, type E2eSession, type RunningApi, type RunningDashboard } from './harness';

/** Calls the API as an app's backend would, with an SDK API key. */
async function graphqlWithApiKey<T>(apiUrl: string, apiKey: string, query: string, variables: object): Promise<T> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`GraphQL call failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const upsertEndUser = `
  mutation RegisterEndUser($input: UpsertEndUserInput!) {
    upsertEndUser(input: $input) {
      endUser {
        id
      }
    }
  }
`;

describe('a privacy officer reporting a child in the dashboard', () => {
  let session: E2eSession;
  let api: RunningApi;
  let dashboard: RunningDashboard;
  let page: Page;

  beforeAll(async () => {
    session = await startE2eSession();
    ({ api, dashboard, page } = session);
  });

  afterAll(() => session?.close());

  async function searchEndUsers(identifier: string) {
    const search = page.getByRole('search', { name: 'Find end users' });
    await search.getByLabel('Device id, external id or email').fill(identifier);
    await search.getByRole('button', { name: 'Search' }).click();
  }

  it('finds an end user by device id, reports them as a child, and finds them gone', async () => {
    // The tenant's owner: owners may do everything a privacy officer does.
    await signUpWithTenant(page, dashboard.url, 'Pia Privacy');

    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByLabel('Key name').fill('App backend');
    await page.getByRole('button', { name: 'Create API key' }).click();
    const secretDialog = page.getByRole('dialog', { name: 'API key created' });
    const apiKey = await secretDialog.getByLabel('Secret key').inputValue();
    await secretDialog.getByRole('button', { name: 'Done' }).click();

    const registered = await graphqlWithApiKey<{ upsertEndUser: { endUser: { id: string } | null } }>(
      api.url,
      apiKey,
      upsertEndUser,
      { input: { deviceId: 'device-e2e', age: 30 } },
    );
    expect(registered.upsertEndUser.endUser).not.toBeNull();

    await page.getByRole('link', { name: 'End users' }).click();
    await searchEndUsers('device-e2e');
    const results = page.getByRole('table', { name: 'End users' });
    await results.getByRole('link', { name: 'device-e2e' }).click();

    await page.getByRole('heading', { name: 'End user', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Report as a child' }).click();
    const confirm = page.getByRole('dialog', { name: 'Report as a child?' });
    await confirm.getByRole('button', { name: "Erase child's data" }).click();

    await page.getByText('The end user is gone').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/t\/[^/]+\/end-users$/);

    await searchEndUsers('device-e2e');
    await page.getByText('No end user matches').waitFor();
    expect(await page.getByRole('table', { name: 'End users' }).count()).toBe(0);
  });
});
