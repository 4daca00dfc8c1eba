import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFitsPhone, signUpWithTenant, useE2eSession } from './harness';
import { signatureMatches, startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';

describe('an owner connecting a webhook endpoint in the dashboard', () => {
  const e2e = useE2eSession();
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(() => receiver?.close());

  it('creates an endpoint, sees the secret once, sends a test event that arrives signed, and replays it', async () => {
    const { page, expectAccessible } = e2e();
    await signUpWithTenant(e2e(), 'Wendy Webhook');
    const url = `http://localhost:${receiver.port}/hook`;

    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByText('No webhook endpoints yet').waitFor();
    await expectAccessible('webhooks, none yet');

    const form = page.getByRole('form', { name: 'Add a webhook endpoint' });
    await form.getByLabel('Endpoint URL').fill('http://crm.example.com/hook');
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    await form.getByText('Use an https:// URL (http:// only for localhost while developing)').waitFor();
    await form.getByText('Choose at least one event').waitFor();
    await expectAccessible('add endpoint form showing its errors');

    await form.getByLabel('Endpoint URL').fill(url);
    await form.getByRole('checkbox', { name: /Campaign status changed/ }).check();
    await form.getByRole('checkbox', { name: /End user erased/ }).check();
    await form.getByLabel('Description (optional)').fill('Local receiver');
    await form.getByRole('button', { name: 'Add endpoint' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'Endpoint created' });
    const secret = await secretDialog.getByLabel('Signing secret').inputValue();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    await secretDialog.getByText("You won't see this secret again.", { exact: false }).waitFor();
    await expectAccessible('signing secret dialog');
    await secretDialog.getByRole('button', { name: 'Done' }).click();
    await secretDialog.waitFor({ state: 'hidden' });
    expect(
      await page.evaluate<boolean>(
        `[...document.querySelectorAll('input')].some((input) => input.value === ${JSON.stringify(secret)}) || document.body.innerText.includes(${JSON.stringify(secret)})`,
      ),
    ).toBe(false);

    const endpoint = page.getByRole('region', { name: url });
    await endpoint.getByText('Active').waitFor();
    await endpoint.getByRole('button', { name: 'Send test event' }).click();

    const log = endpoint.getByRole('table', { name: `Deliveries to ${url}` });
    const testRow = log.getByRole('row').filter({ hasText: 'Test event' });
    // The log refreshes itself while a delivery is pending: wait for the dispatcher's answer to show.
    await testRow.filter({ hasText: 'Delivered' }).waitFor();
    expect(await testRow.getByRole('cell').nth(4).innerText()).toBe('204');
    await expectAccessible('delivery log with the test delivered');

    const [first] = await receiver.waitForCount(1);
    expect(first!.path).toBe('/hook');
    const firstEventId = first!.headers['vicinity-event-id'];
    expect(firstEventId).toEqual(expect.any(String));
    expect(signatureMatches(secret, String(first!.headers['vicinity-signature']), first!.rawBody)).toBe(true);
    expect(signatureMatches(`${secret}x`, String(first!.headers['vicinity-signature']), first!.rawBody)).toBe(false);
    expect(JSON.parse(first!.rawBody)).toMatchObject({ type: 'webhook.test' });

    await testRow.getByRole('button', { name: /^Replay test event of / }).click();
    const [, second] = await receiver.waitForCount(2);
    expect(second!.headers['vicinity-event-id']).toBe(firstEventId);
    expect(signatureMatches(secret, String(second!.headers['vicinity-signature']), second!.rawBody)).toBe(true);
    await testRow.filter({ hasText: 'Delivered' }).waitFor();

    await expectFitsPhone(page, endpoint.getByRole('button', { name: 'Send test event' }));
    await endpoint
      .getByRole('list', { name: `Deliveries to ${url}` })
      .getByText('Delivered')
      .waitFor();
    await expectAccessible('webhooks at a phone’s width');
  });
});
