import { describe, expect, it } from 'vitest';
import { expectFitsPhone, expectUncovered, graphqlAsOperator, signUpWithTenant, useE2eSession } from './harness';

describe('a marketer launching a campaign in the dashboard', () => {
  const e2e = useE2eSession();

  it('creates a campaign on a circle geofence through the editor, activates it and sees it listed as active', async () => {
    const { api, page, expectAccessible } = e2e();
    await signUpWithTenant(e2e(), 'Mara Marketer');
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

    await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
    await page.getByText('No campaigns yet').waitFor();
    await expectAccessible('campaigns, none yet');
    await page.getByRole('button', { name: 'New campaign' }).click();

    await page.getByLabel('Campaign name').fill('Warm croissants');
    await page.getByLabel('Title').fill('Croissants just out of the oven');
    await page.getByLabel('Body').fill('Show this at the counter for a free coffee.');
    await page.getByLabel('Action URL').fill('https://bakery.example/offer');
    await page
      .getByRole('figure', { name: 'Notification preview' })
      .getByText('Croissants just out of the oven')
      .waitFor();
    await expectAccessible('campaign editor, content step');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('radio', { name: /Enter a place/ }).waitFor();
    await page.getByRole('checkbox', { name: /Bakery front door/ }).check();
    await expectAccessible('campaign editor, triggers step');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Add time window' }).waitFor();
    await expectAccessible('campaign editor, schedule step');
    // Typed as a person types it, after picking the day: the time once came out as 00:00.
    await page.getByRole('button', { name: 'Ends When you end it' }).click();
    await page.getByRole('button', { name: 'Next month' }).click();
    await page.getByRole('button', { name: /^15 / }).click();
    await page.getByLabel('Ends, time').click();
    await page.keyboard.type('18:00');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(/^15 \w+ \d{4}, 18:00$/).waitFor();

    await page.getByRole('region', { name: 'Triggers' }).getByText('Bakery front door').waitFor();
    await expectAccessible('campaign editor, review step');
    await page.getByRole('button', { name: 'Save as draft' }).click();

    await page.getByRole('heading', { name: 'Warm croissants' }).waitFor();
    await expectAccessible('campaign detail, draft');
    const actions = page.getByRole('toolbar', { name: 'Campaign actions' });
    await actions.getByRole('button', { name: 'Activate' }).click();
    const confirm = page.getByRole('dialog', { name: 'Activate campaign?' });
    await confirm.waitFor();
    await expectAccessible('activate campaign dialog');
    await confirm.getByRole('button', { name: 'Activate campaign' }).click();
    await actions.getByRole('button', { name: 'Pause' }).waitFor();
    expect(await actions.getByRole('button', { name: 'Activate' }).count()).toBe(0);
    await page.getByText('Status changed').waitFor();
    for (const action of ['Pause', 'End', 'Archive'])
      await expectUncovered(actions.getByRole('button', { name: action }));

    await page.getByRole('link', { name: 'Campaigns', exact: true }).first().click();
    const row = page.getByRole('table', { name: 'Campaigns' }).getByRole('row').filter({ hasText: 'Warm croissants' });
    await row.getByText('Active').waitFor();
    expect(await row.innerText()).toContain('Enter a place');
    await expectAccessible('campaigns, one active');

    const card = page
      .getByRole('list', { name: 'Campaigns' })
      .getByRole('listitem')
      .filter({ hasText: 'Warm croissants' });
    await expectFitsPhone(page, card.getByText('Active'));
    await expectAccessible('campaigns on a phone');

    // The home page the next morning, on the same phone: each figure leads to its page.
    await page.goto(`${e2e().dashboard.url}/t/${tenantId}`);
    const active = page.getByRole('region', { name: 'Active campaigns' });
    await active.getByRole('link', { name: 'Warm croissants' }).waitFor();
    expect(await active.innerText()).toMatch(/^Active campaigns\s+1\s+Next to end: Warm croissants on .*15/);
    const places = page.getByRole('region', { name: 'Places' });
    expect(await places.innerText()).toContain('1 geofence and 0 beacons');
    await expectFitsPhone(page, page.getByRole('region', { name: 'Deliveries' }));
    await expectAccessible('home on a phone, one active campaign');
    await active.getByRole('link', { name: 'Active campaigns' }).click();
    await page.waitForURL(/\/campaigns\?status=ACTIVE$/);
    await page.getByRole('list', { name: 'Campaigns' }).getByText('Warm croissants').waitFor();
  });
});
