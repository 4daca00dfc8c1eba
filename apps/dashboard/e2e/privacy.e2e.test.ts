import { describe, expect, it } from 'vitest';
import { expectFitsPhone, graphqlAsOperator, signUpWithTenant, useE2eSession } from './harness';

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

describe('a privacy officer in the dashboard', () => {
  const e2e = useE2eSession();
  let apiKey = '';

  async function searchEndUsers(identifier: string) {
    const search = e2e().page.getByRole('search', { name: 'Find end users' });
    await search.getByLabel('Device id, external id, email or name').fill(identifier);
    await search.getByRole('button', { name: 'Search' }).click();
  }

  it('finds an end user by device id, reports them as a child, and finds them gone', async () => {
    const { api, page, expectAccessible } = e2e();
    // The tenant's owner: owners may do everything a privacy officer does.
    await signUpWithTenant(e2e(), 'Pia Privacy');

    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByLabel('Key name').fill('App backend');
    await page.getByRole('button', { name: 'Create API key' }).click();
    const secretDialog = page.getByRole('dialog', { name: 'API key created' });
    apiKey = await secretDialog.getByLabel('Secret key').inputValue();
    await secretDialog.getByRole('button', { name: 'Done' }).click();

    const registered = await graphqlWithApiKey<{ upsertEndUser: { endUser: { id: string } | null } }>(
      api.url,
      apiKey,
      upsertEndUser,
      { input: { deviceId: 'device-e2e', age: 30 } },
    );
    expect(registered.upsertEndUser.endUser).not.toBeNull();

    await page.getByRole('link', { name: 'End users' }).click();
    await page.getByRole('search', { name: 'Find end users' }).waitFor();
    await expectAccessible('end users search');
    await searchEndUsers('device-e2e');
    const results = page.getByRole('table', { name: 'End users' });
    await results.getByRole('link', { name: 'device-e2e' }).waitFor();
    await expectAccessible('end users, one found');
    await results.getByRole('link', { name: 'device-e2e' }).click();

    await page.getByRole('heading', { name: 'End user', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Consent history' }).waitFor();
    await expectAccessible('end user profile');
    await page.getByRole('button', { name: 'Report as a child' }).click();
    const confirm = page.getByRole('dialog', { name: 'Report as a child?' });
    await confirm.waitFor();
    await expectAccessible('report as a child dialog');
    await confirm.getByRole('button', { name: "Erase child's data" }).click();

    await page.getByText('The end user is gone').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/t\/[^/]+\/end-users$/);

    await searchEndUsers('device-e2e');
    await page.getByText('No end user matches').waitFor();
    expect(await page.getByRole('table', { name: 'End users' }).count()).toBe(0);
    await expectAccessible('end users, none found');
  });

  it('works the queue open requests first, erases a person from their request, and reads the queue on a phone', async () => {
    const { api, page, expectAccessible } = e2e();
    const tenantId = new URL(page.url()).pathname.split('/')[2];
    await graphqlWithApiKey(api.url, apiKey, upsertEndUser, { input: { deviceId: 'device-erase', age: 40 } });
    const create = async (type: string, deviceId: string) =>
      (
        await graphqlAsOperator<{ createPrivacyRequest: { id: string } }>(
          page,
          api.url,
          'mutation ($input: CreatePrivacyRequestInput!) { createPrivacyRequest(input: $input) { id } }',
          { input: { tenantId, type, subject: { deviceId } } },
        )
      ).createPrivacyRequest.id;
    const denied = await create('ACCESS', 'kim');
    await create('ACCESS', 'lou');
    await create('ERASURE', 'device-erase');
    await graphqlAsOperator(
      page,
      api.url,
      'mutation ($input: DenyPrivacyRequestInput!) { denyPrivacyRequest(input: $input) { id } }',
      { input: { id: denied, reason: 'identity not verified' } },
    );

    await page.getByRole('link', { name: 'Privacy requests' }).click();
    const queue = page.getByRole('table', { name: 'Privacy requests' });
    await queue.getByRole('row').nth(4).waitFor();
    const statuses = await queue
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((row) => row.children[2]?.textContent));
    // Open first; then the most recently closed: the denial just now, then the child reported in the first test.
    expect(statuses).toEqual(['Received', 'Received', 'Denied', 'Completed']);
    await expectAccessible('privacy requests, two open and two closed');

    await queue.getByRole('link', { name: 'Erasure', exact: true }).click();
    await page.getByRole('heading', { name: 'Erasure request' }).waitFor();
    await expectAccessible('erasure request, open');
    await page.getByRole('button', { name: 'Complete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Erase everything about this person?' });
    await confirm.waitFor();
    await expectAccessible('erase and complete dialog');
    await confirm.getByRole('button', { name: 'Erase and complete' }).click();
    await page.getByRole('table', { name: 'Erasure receipt' }).waitFor();
    expect(await page.getByRole('button', { name: 'Complete' }).count()).toBe(0);
    await expectAccessible('erasure request, completed with its receipt');

    await page.getByRole('link', { name: 'Privacy requests' }).first().click();
    await queue
      .getByRole('row', { name: /^Erasure/ })
      .getByText('Completed')
      .waitFor();
    const phoneQueue = page.getByRole('list', { name: 'Privacy requests' });
    await expectFitsPhone(
      page,
      phoneQueue
        .getByRole('listitem')
        .first()
        .getByText(/days left/),
    );
    await expectAccessible('privacy requests on a phone');
  });

  it('filters the queue by type, answers an ACCESS request, and still downloads its export after a reload', async () => {
    const { api, page, expectAccessible } = e2e();
    await page.setViewportSize({ width: 1280, height: 800 });
    const tenantId = new URL(page.url()).pathname.split('/')[2];
    await graphqlWithApiKey(api.url, apiKey, upsertEndUser, {
      input: { deviceId: 'device-reader', age: 35, regionCode: 'US-VA' },
    });
    await graphqlAsOperator(
      page,
      api.url,
      'mutation ($input: CreatePrivacyRequestInput!) { createPrivacyRequest(input: $input) { id } }',
      { input: { tenantId, type: 'ACCESS', subject: { deviceId: 'device-reader' } } },
    );

    await page.getByRole('link', { name: 'Privacy requests' }).first().click();
    const filters = page.getByRole('search', { name: 'Filter privacy requests' });
    await filters.getByLabel('Type').selectOption({ label: 'Access' });
    const queue = page.getByRole('table', { name: 'Privacy requests' });
    await page.waitForURL(/type=ACCESS/);
    await page.waitForFunction(
      `[...document.querySelectorAll('table tbody tr')].length > 0 && [...document.querySelectorAll('table tbody tr')].every((row) => row.textContent.startsWith('Access'))`,
    );
    const types = await queue
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((row) => row.children[0]?.textContent ?? ''));
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((type) => type.startsWith('Access'))).toBe(true);
    await expectAccessible('privacy requests filtered to access');

    // Open ones first: the request just made, for a device shown as "de…er", sits among them.
    await queue.getByRole('row', { name: /de…er/ }).getByRole('link', { name: 'Access', exact: true }).click();
    await page.getByRole('heading', { name: 'Access request' }).waitFor();
    await page.getByText('Virginia (state privacy law)').waitFor();
    await page.getByRole('button', { name: 'Complete' }).click();
    await page
      .getByRole('dialog', { name: 'Complete request?' })
      .getByRole('button', { name: 'Complete request' })
      .click();
    await page.getByRole('button', { name: 'Download export (JSON)' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Access request' }).waitFor();
    await page.getByText(/It can be downloaded until/).waitFor();
    await expectAccessible('access request, completed, export kept');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download export (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^access-export-.+\.json$/);
  });
});
