import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpWithTenant, startE2eSession, type E2eSession, type RunningApi, type RunningDashboard } from './harness';

/** Calls the API as the signed-in operator, with the session token the dashboard keeps in localStorage. */
async function graphqlAsOperator<T>(page: Page, apiUrl: string, query: string, variables: object): Promise<T> {
  // A string runs in the page: this file is compiled without the DOM's types.
  const token = await page.evaluate<string | null>("localStorage.getItem('vicinity.sessionToken')");
  if (!token) throw new Error('the dashboard holds no session token');
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`GraphQL call failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

describe('a marketer launching a campaign in the dashboard', () => {
  let session: E2eSession;
  let api: RunningApi;
  let dashboard: RunningDashboard;
  let page: Page;

  beforeAll(async () => {
    session = await startE2eSession();
    ({ api, dashboard, page } = session);
  });

  afterAll(() => session?.close());

  it('creates a campaign on a circle geofence through the editor, activates it and sees it listed as active', async () => {
    await signUpWithTenant(page, dashboard.url, 'Mara Marketer');
    await page.waitForURL(/\/t\/[^/]+$/);
    const tenantId = new URL(page.url()).pathname.split('/')[2];

    // The Places pages are someone else's; the geofence is made through the API, as the same operator.
    await graphqlAsOperator(
      page,
      api.url,
      `mutation ($input: CreateGeofenceInput!) { createGeofence(input: $input) { id } }`,
      {
        input: {
          tenantId,
          name: 'Bakery front door',
          center: { latitude: 48.8566, longitude: 2.3522 },
          radiusMeters: 60,
        },
      },
    );

    await page.getByRole('link', { name: 'Campaigns' }).click();
    await page.getByText('No campaigns yet').waitFor();
    await page.getByRole('button', { name: 'New campaign' }).click();

    await page.getByLabel('Campaign name').fill('Warm croissants');
    await page.getByLabel('Title').fill('Croissants just out of the oven');
    await page.getByLabel('Body').fill('Show this at the counter for a free coffee.');
    await page.getByLabel('Action URL').fill('https://bakery.example/offer');
    await page
      .getByRole('figure', { name: 'Notification preview' })
      .getByText('Croissants just out of the oven')
      .waitFor();
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('radio', { name: /Enter a place/ }).waitFor();
    await page.getByRole('checkbox', { name: /Bakery front door/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Add time window' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('region', { name: 'Triggers' }).getByText('Bakery front door').waitFor();
    await page.getByRole('button', { name: 'Save as draft' }).click();

    await page.getByRole('heading', { name: 'Warm croissants' }).waitFor();
    const actions = page.getByRole('toolbar', { name: 'Campaign actions' });
    await actions.getByRole('button', { name: 'Activate' }).click();
    await page
      .getByRole('dialog', { name: 'Activate campaign?' })
      .getByRole('button', { name: 'Activate campaign' })
      .click();
    await actions.getByRole('button', { name: 'Pause' }).waitFor();
    expect(await actions.getByRole('button', { name: 'Activate' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Campaigns', exact: true }).first().click();
    const row = page.getByRole('table', { name: 'Campaigns' }).getByRole('row').filter({ hasText: 'Warm croissants' });
    await row.getByText('Active').waitFor();
    expect(await row.innerText()).toContain('Enter a place');
  });
});
