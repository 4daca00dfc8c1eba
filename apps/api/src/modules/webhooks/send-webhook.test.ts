import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/webhook-receiver';
import { MAX_RESPONSE_BYTES, sendWebhook, type WebhookRequest } from './send-webhook';

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.received.length = 0;
  receiver.answer = () => 200;
});

const request = (overrides: Partial<WebhookRequest> = {}): WebhookRequest => ({
  url: `${receiver.origin}/hooks`,
  body: JSON.stringify({ id: 'event-1', type: 'webhook.test' }),
  headers: { 'Vicinity-Event-Id': 'event-1', 'Vicinity-Signature': 't=1,v1=00' },
  timeoutMs: 5_000,
  allowPrivateAddresses: true,
  ...overrides,
});

describe('sending one webhook', () => {
  it('posts the JSON body with the event id, the signature and who sends it', async () => {
    const result = await sendWebhook(request());
    expect(result).toMatchObject({ ok: true, statusCode: 200 });
    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    expect(got!.body).toBe(request().body);
    expect(got!.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'Vicinity-Webhooks',
      'vicinity-event-id': 'event-1',
      'vicinity-signature': 't=1,v1=00',
    });
  });

  it('fails on an error status, saying which', async () => {
    receiver.answer = () => 500;
    expect(await sendWebhook(request())).toMatchObject({ ok: false, statusCode: 500, error: 'HTTP 500' });
  });

  it('gives up on a receiver that does not answer in time', async () => {
    receiver.answer = () => 'hang';
    const result = await sendWebhook(request({ timeoutMs: 200 }));
    expect(result).toMatchObject({ ok: false, error: 'timed out after 200 ms' });
    expect(result.statusCode).toBeUndefined();
  });

  it('follows no redirect: a 302 is a failure and its target is never asked', async () => {
    receiver.answer = (r) => (r.path === '/hooks' ? { status: 302, location: '/elsewhere' } : 200);
    const result = await sendWebhook(request());
    expect(result).toMatchObject({
      ok: false,
      statusCode: 302,
      error: 'HTTP 302: redirected to /elsewhere, and redirects are not followed',
    });
    expect(receiver.received.map((r) => r.path)).toEqual(['/hooks']);
  });

  it(`reads no more than ${MAX_RESPONSE_BYTES / 1024} KiB of an answer that never ends`, async () => {
    receiver.answer = () => ({ status: 200, body: 'endless' });
    expect(await sendWebhook(request({ timeoutMs: 2_000 }))).toMatchObject({ ok: true, statusCode: 200 });
  });

  it('says when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    expect(await sendWebhook(request({ url: `http://127.0.0.1:${port}/` }))).toMatchObject({
      ok: false,
      error: `connection refused by 127.0.0.1:${port}`,
    });
  });

  it('sends nothing but http and https', async () => {
    expect(await sendWebhook(request({ url: 'file:///etc/passwd' }))).toMatchObject({
      ok: false,
      error: 'refused: only http and https URLs',
    });
  });
});

describe('sending in production, where private networks are out of reach', () => {
  it.each([
    ['http://127.0.0.1:{port}/hooks', 'refused: 127.0.0.1 is a loopback address'],
    ['http://10.0.0.5/hooks', 'refused: 10.0.0.5 is a private address'],
    ['http://169.254.169.254/latest/meta-data/', 'refused: 169.254.169.254 is the cloud metadata address'],
    ['http://[::1]:{port}/hooks', 'refused: ::1 is a loopback address'],
    ['http://[::ffff:127.0.0.1]:{port}/hooks', 'refused: ::ffff:7f00:1 is a loopback address'],
    ['http://localhost:{port}/hooks', /^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address$/],
  ])('refuses %s before connecting', async (template, error) => {
    const url = template.replace('{port}', new URL(receiver.origin).port);
    const result = await sendWebhook(request({ url, allowPrivateAddresses: false }));
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(error);
    expect(result.statusCode).toBeUndefined();
    expect(receiver.received).toHaveLength(0);
  });
});
