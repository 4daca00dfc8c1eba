import type { Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphqlAsOperator, signUpWithTenant, tileUrls, useE2eSession } from './harness';

const header = 'name,uuid,major,minor,latitude,longitude,tags';
const goodRows = [
  'Front door,E2C56DB5-DFFB-48D2-B060-D0F5A71096E0,1,1,48.8566,2.3522,entrance',
  'Till,E2C56DB5-DFFB-48D2-B060-D0F5A71096E0,1,2,,,checkout|store',
  'Back office,E2C56DB5-DFFB-48D2-B060-D0F5A71096E0,1,3,,,',
];

function csvFile(rows: string[]) {
  return { name: 'beacons.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\n') + '\n') };
}

describe('a marketer managing places in the dashboard', () => {
  const e2e = useE2eSession();

  beforeAll(async () => {
    await signUpWithTenant(e2e(), 'Mia Marketer');
    await e2e().page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Places' }).click();
  });

  it('imports nothing from a beacons CSV with a bad row, shows the row error, then imports the fixed file', async () => {
    const { page, expectAccessible } = e2e();
    await page.getByRole('tab', { name: 'Beacons' }).click();
    await page.getByText('No beacons yet').waitFor();
    await expectAccessible('beacons, none yet');

    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import beacons from CSV' });
    await dialog.waitFor();
    await expectAccessible('import beacons dialog');
    const [first, second, third] = goodRows as [string, string, string];
    await dialog.getByLabel('CSV file').setInputFiles(csvFile([first, second.replace(',1,2,', ',70000,2,'), third]));
    await dialog.getByRole('button', { name: 'Upload' }).click();

    await dialog.getByText('Nothing was imported').waitFor();
    const errorRows = dialog.getByRole('table', { name: 'Import errors' }).getByRole('row');
    expect(await errorRows.count()).toBe(2);
    const badRow = errorRows.nth(1).getByRole('cell');
    expect(await badRow.nth(0).innerText()).toBe('2');
    expect(await badRow.nth(1).innerText()).toBe('major');
    await expectAccessible('import beacons dialog, a row refused');

    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByText('No beacons yet').waitFor();

    await page.getByRole('button', { name: 'Import CSV' }).click();
    await dialog.getByLabel('CSV file').setInputFiles(csvFile(goodRows));
    await dialog.getByRole('button', { name: 'Upload' }).click();
    await dialog.getByText('Imported 3 beacons.').waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    const beacons = page.getByRole('table', { name: 'Beacons' });
    await beacons.getByRole('row', { name: /Back office/ }).waitFor();
    expect(await beacons.getByRole('row').count()).toBe(4);
    const till = beacons.getByRole('row', { name: /Till/ });
    expect(await till.textContent()).toContain('e2c56db5-dffb-48d2-b060-d0f5a71096e0');
    expect(await till.textContent()).toContain('checkout');
    await expectAccessible('beacons, three imported');
  });

  it('creates a circle from the form alone and draws it on the map though no map tiles can load', async () => {
    const { page, expectAccessible, ignoreConsoleErrors } = e2e();
    // The tile server is unreachable here: the shapes must draw without it. The browser logs each tile it missed.
    const unreachable = (route: Route) => route.abort();
    await page.route(tileUrls, unreachable);
    ignoreConsoleErrors(/Failed to load resource: net::ERR_FAILED at https:\/\/tile\.openstreetmap\.org\//);
    await page.goto(page.url().replace(/\/places.*$/, '/places'));
    await page.getByRole('button', { name: 'New circle' }).click();
    const form = page.getByRole('form', { name: 'New circle' });
    await form.getByLabel('Name').fill('Bakery doorstep');
    await form.getByLabel('Latitude').fill('48.8566');
    await form.getByLabel('Longitude').fill('2.3522');
    await form.getByLabel('Radius (m)').fill('120');
    await expectAccessible('new circle form');
    await form.getByRole('button', { name: 'Create geofence' }).click();

    const list = page.getByRole('list', { name: 'Geofences' });
    await list.getByText('Bakery doorstep').waitFor();
    expect(await list.innerText()).toContain('Circle, 120 m');
    const map = page.getByRole('region', { name: 'Map of geofences' });
    await map.locator('path.geofence-shape').first().waitFor();
    expect(await map.locator('path.geofence-shape').count()).toBe(1);
    await expectAccessible('geofences, one circle');
    await page.unroute(tileUrls, unreachable);
  });
  it('draws a polygon with the map tools, saves it, then moves a vertex and saves the new shape', async () => {
    const { page, expectAccessible } = e2e();
    await page.goto(page.url().replace(/\/places.*$/, '/places'));
    const map = page.getByRole('region', { name: 'Map of geofences' });
    await map.getByTitle('Draw Polygons').waitFor();
    const box = await map.boundingBox();
    if (!box) throw new Error('the map has no size');
    const at = (x: number, y: number) => ({ x: box.x + box.width * x, y: box.y + box.height * y });

    await map.getByTitle('Draw Polygons').click();
    for (const point of [at(0.3, 0.3), at(0.6, 0.3), at(0.45, 0.6)]) await page.mouse.click(point.x, point.y);
    const start = at(0.3, 0.3);
    await page.mouse.click(start.x, start.y);

    const form = page.getByRole('form', { name: 'New polygon' });
    await form.getByText('3 vertices').waitFor();
    await expectAccessible('new polygon form');
    await form.getByLabel('Name').fill('Market square');
    await form.getByRole('button', { name: 'Create geofence' }).click();
    const list = page.getByRole('list', { name: 'Geofences' });
    await list.getByText('Polygon, 3 vertices').waitFor();

    await list.getByRole('button', { name: /Market square/ }).click();
    const edit = page.getByRole('form', { name: 'Edit Market square' });
    await edit.getByText('3 vertices').waitFor();
    await expectAccessible('edit polygon form');
    const vertex = map.locator('.marker-icon:not(.marker-icon-middle)').first();
    const handle = await vertex.boundingBox();
    if (!handle) throw new Error('no vertex handle');
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x - 40, handle.y - 30, { steps: 5 });
    await page.mouse.up();
    expect(await map.locator('.marker-icon:not(.marker-icon-middle)').count()).toBe(3);
    const middle = await map.locator('.marker-icon-middle').first().boundingBox();
    if (!middle) throw new Error('no middle handle');
    await page.mouse.click(middle.x + middle.width / 2, middle.y + middle.height / 2);
    await edit.getByText('4 vertices').waitFor();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await list.getByText('Polygon, 4 vertices').waitFor();
  });

  it('opens the map fitted to the places, warns that archiving one takes it from its running campaign, and restores it', async () => {
    const { page, api, expectAccessible } = e2e();
    const tenantId = /\/t\/([^/]+)\//.exec(page.url())![1]!;
    const placesUrl = page.url().replace(/\/places.*$/, '/places');
    const { geofences } = await graphqlAsOperator<{ geofences: { edges: { node: { id: string; name: string } }[] } }>(
      page,
      api.url,
      'query($tenantId: ID!) { geofences(tenantId: $tenantId) { edges { node { id name } } } }',
      { tenantId },
    );
    const bakery = geofences.edges.find(({ node }) => node.name === 'Bakery doorstep')!.node;
    const { createCampaign } = await graphqlAsOperator<{ createCampaign: { id: string } }>(
      page,
      api.url,
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
      {
        input: {
          tenantId,
          name: 'Morning coffee',
          trigger: 'ENTER',
          content: { title: 'Coffee is on us' },
          geofenceIds: [bakery.id],
        },
      },
    );
    await graphqlAsOperator(
      page,
      api.url,
      'mutation($input: SetCampaignStatusInput!) { setCampaignStatus(input: $input) { id } }',
      { input: { campaignId: createCampaign.id, status: 'ACTIVE' } },
    );

    await page.goto(placesUrl);
    const map = page.getByRole('region', { name: 'Map of geofences' });
    await map.locator('path.geofence-shape').first().waitFor();
    // Fitted to the places, a 120 m circle is drawn large; at the city view the map opens on it would be a dot.
    await expect
      .poll(async () =>
        Math.max(
          ...(await map
            .locator('path.geofence-shape')
            .evaluateAll((paths) => paths.map((path) => path.getBoundingClientRect().width))),
        ),
      )
      .toBeGreaterThan(40);

    const list = page.getByRole('list', { name: 'Geofences' });
    await list.getByRole('button', { name: /Bakery doorstep/ }).click();
    await page.getByRole('form', { name: 'Edit Bakery doorstep' }).getByRole('button', { name: 'Archive' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive a geofence that campaigns use?' });
    await dialog
      .getByText('This campaign uses it and will no longer reach people there: “Morning coffee” (running).', {
        exact: false,
      })
      .waitFor();
    await expectAccessible('archive dialog naming a running campaign');
    await dialog.getByRole('button', { name: 'Archive geofence' }).click();
    await list.getByText('Bakery doorstep').waitFor({ state: 'detached' });

    await page.goto(placesUrl.replace(/\/places$/, `/campaigns/${createCampaign.id}`));
    await page.getByRole('region', { name: 'Triggers' }).getByText('Bakery doorstep · Archived').waitFor();
    await expectAccessible('campaign with an archived place');

    await page.goto(placesUrl);
    await page.getByRole('combobox', { name: 'Show' }).selectOption('Archived geofences');
    await list.getByText('Archived', { exact: true }).waitFor();
    expect(await list.innerText()).toContain('Bakery doorstep');
    await expectAccessible('archived geofences');
    await list.getByRole('button', { name: 'Restore Bakery doorstep' }).click();
    await page.getByText('No archived geofences').waitFor();

    await page.getByRole('combobox', { name: 'Show' }).selectOption('Live geofences');
    await list.getByText('Bakery doorstep').waitFor();
  });
});
