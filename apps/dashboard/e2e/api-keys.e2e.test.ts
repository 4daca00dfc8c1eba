import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  signUpWithTenant,
  startApi,
  startDashboard,
  type RunningApi,
  type RunningDashboard,
} from './harness';

describe('an operator managing API keys in the dashboard', () => {
  let api: RunningApi;
  let dashboard: RunningDashboard;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    api = await startApi();
    dashboard = await startDashboard(api.url);
    browser = await launchChromium();
    page = await browser.newPage();
    page.setDefaultTimeout(20_000);
  });

  afterAll(async () => {
    await browser?.close();
    await dashboard?.close();
    await api?.close();
  });

  it('signs up, creates a tenant, creates an API key, sees it listed and revokes it', async () => {
    await signUpWithTenant(page, dashboard.url, 'Olive Owner');

    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByLabel('Key name').fill('iOS backend');
    await page.getByRole('button', { name: 'Create API key' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'API key created' });
    const secret = await secretDialog.getByLabel('Secret key').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await secretDialog.getByRole('button', { name: 'Done' }).click();

    const keys = page.getByRole('table', { name: 'API keys' });
    const keyRow = keys.getByRole('row').filter({ hasText: 'iOS backend' });
    await keyRow.getByText('Active').waitFor();
    expect(secret.startsWith((await keyRow.getByRole('cell').nth(1).innerText()).replace('…', ''))).toBe(true);

    await keyRow.getByRole('button', { name: 'Revoke iOS backend' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke API key?' });
    await confirm.getByRole('button', { name: 'Revoke key' }).click();

    await keyRow.getByText('Revoked').waitFor();
    expect(await keyRow.getByRole('button', { name: 'Revoke iOS backend' }).count()).toBe(0);
  });
});
