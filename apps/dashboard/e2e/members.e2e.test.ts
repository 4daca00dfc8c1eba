import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signUpWithTenant, useE2eSession } from './harness';
import { checkAccessibility, describeViolations, failingViolations, watchConsole } from './page-checks';

/** The invitee's own page must pass the same checks as the session's. */
async function expectInviteeAccessible(page: Page, state: string): Promise<void> {
  const check = await checkAccessibility(page, state);
  const failing = failingViolations(check);
  if (failing.length > 0) throw new Error(describeViolations(check, failing));
}

describe('an owner inviting a colleague in the dashboard', () => {
  const e2e = useE2eSession();

  it('invites by email, copies the one-time link, and the colleague signs up through it as a member', async () => {
    const { page, expectAccessible } = e2e();
    await signUpWithTenant(e2e(), 'Olive Owner');
    const inviteeEmail = `ivy-invitee-${Date.now()}@example.com`;

    await page.getByRole('link', { name: 'Members' }).click();
    const inviteForm = page.getByRole('form', { name: 'Invite a member' });
    await inviteForm.getByLabel('Email to invite').fill(inviteeEmail);
    await inviteForm.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Analyst' });
    await expectAccessible('members page, invite form filled');
    await inviteForm.getByRole('button', { name: 'Invite' }).click();

    const dialog = page.getByRole('dialog', { name: 'Invitation ready' });
    await dialog.waitFor();
    await expectAccessible('invitation link dialog');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await dialog.getByRole('button', { name: 'Copied' }).waitFor();
    const link = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(link).toBe(await dialog.getByLabel('Invitation link').inputValue());
    expect(link).toMatch(/\/signup\?invitation=vi_/);
    await dialog.getByRole('button', { name: 'Done' }).click();

    const pending = page.getByRole('table', { name: 'Pending invitations' });
    await pending.getByRole('row').filter({ hasText: inviteeEmail }).getByText('Analyst').waitFor();
    await expectAccessible('members page, one invitation pending');

    // The colleague opens the link in a browser of their own: nothing of the owner's session is there.
    const browser = page.context().browser();
    if (!browser) throw new Error('the session page has no browser');
    const inviteeContext = await browser.newContext({ reducedMotion: 'reduce' });
    try {
      const invitee = await inviteeContext.newPage();
      invitee.setDefaultTimeout(20_000);
      const inviteeConsole = watchConsole(invitee);
      await invitee.goto(link);
      await invitee.getByRole('heading', { name: 'Join Corner Bakery' }).waitFor();
      await invitee.getByText('You are invited as analyst').waitFor();
      expect(await invitee.getByLabel('Email', { exact: true }).inputValue()).toBe(inviteeEmail);
      await expectInviteeAccessible(invitee, 'sign-up through an invitation');
      await invitee.getByLabel('Name', { exact: true }).fill('Ivy Invitee');
      await invitee.getByLabel('Password', { exact: true }).fill('correct horse battery');
      await invitee.getByRole('button', { name: 'Create account' }).click();
      await invitee.getByRole('heading', { name: 'Corner Bakery' }).waitFor();
      await expectInviteeAccessible(invitee, "the invitee's first page: the tenant they joined");
      expect(inviteeConsole.take()).toEqual([]);
    } finally {
      await inviteeContext.close();
    }

    await page.reload();
    const members = page.getByRole('table', { name: 'Members' });
    const ivy = members.getByRole('row').filter({ hasText: 'Ivy Invitee' });
    await ivy.waitFor();
    expect(await ivy.getByRole('combobox', { name: 'Role of Ivy Invitee' }).inputValue()).toBe('ANALYST');
    expect(await page.getByRole('table', { name: 'Pending invitations' }).count()).toBe(0);
    await expectAccessible('members page, the invitee a member');
  });
});
