import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpWithTenant, startE2eSession, type E2eSession, type RunningDashboard } from './harness';

describe('an operator managing API keys in the dashboard', () => {
  let session: E2eSession;
  let dashboard: RunningDashboard;
  let page: Page;

  beforeAll(async () => {
    session = await startE2eSession();
    ({ dashboard, page } = session);
  });

  afterAll(() => session?.close());

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
