import { describe, expect, it } from 'vitest';
import { signUpWithTenant, useE2eSession } from './harness';

describe('an operator managing API keys in the dashboard', () => {
  const e2e = useE2eSession();

  it('signs up, creates a tenant, creates an API key, sees it listed and revokes it', async () => {
    const { page, expectAccessible } = e2e();
    await signUpWithTenant(e2e(), 'Olive Owner');

    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByText('No API keys yet').waitFor();
    await expectAccessible('API keys, none yet');
    await page.getByLabel('Key name').fill('iOS backend');
    await page.getByRole('button', { name: 'Create API key' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'API key created' });
    const secret = await secretDialog.getByLabel('Secret key').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await expectAccessible('API key created dialog');
    await secretDialog.getByRole('button', { name: 'Done' }).click();

    const keys = page.getByRole('table', { name: 'API keys' });
    const keyRow = keys.getByRole('row').filter({ hasText: 'iOS backend' });
    await keyRow.getByText('Active').waitFor();
    expect(secret.startsWith((await keyRow.getByRole('cell').nth(1).innerText()).replace('…', ''))).toBe(true);

    await keyRow.getByRole('button', { name: 'Revoke iOS backend' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke API key?' });
    await confirm.waitFor();
    await expectAccessible('revoke API key dialog');
    await confirm.getByRole('button', { name: 'Revoke key' }).click();

    await keyRow.getByText('Revoked').waitFor();
    expect(await keyRow.getByRole('button', { name: 'Revoke iOS backend' }).count()).toBe(0);
    await expectAccessible('API keys, one revoked');
  });
});
