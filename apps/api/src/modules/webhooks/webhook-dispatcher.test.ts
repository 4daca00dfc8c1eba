import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { owner } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../../test/test-api';
import { createEndpoint, dispatcherFor, eventually, outboxDelivery } from '../../../test/webhook-fixtures';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/webhook-receiver';
import { EndUser } from '../end-users/end-user.entity';
import { Tenant } from '../tenants/tenant.entity';
import type { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook-enums';
import { subjectReference } from './webhook-subject';
import { verifySignature } from './webhook-signature';

const HOUR = 60 * 60_000;
/** Retries at once, `attempts` in all: the day-long schedule in a test's time. */
const retriesAtOnce = (attempts: number) => (failed: number) => (failed < attempts ? 0 : null);

describe.each(databaseKinds)('the webhook dispatcher (%s)', (kind) => {
  let api: TestApi;
  let tenantId: string;
  let receiver: WebhookReceiver;
  let dispatcher: WebhookDispatcher | undefined;

  beforeAll(async () => {
    api = await startTestApi(kind);
    tenantId = (await owner(api)).tenantId;
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    receiver = await startWebhookReceiver();
  });
  afterEach(async () => {
    await dispatcher?.stop();
    dispatcher = undefined;
    await receiver.close();
    // Nothing left for the next test's dispatcher to send.
    await api.server.orm.em.fork().nativeDelete(WebhookEndpoint, {});
  });

  const em = () => api.server.orm.em.fork();
  const reload = (id: string) => em().findOneOrFail(WebhookDelivery, { id }, { filters: false });
  const reloadEndpoint = (id: string) => em().findOneOrFail(WebhookEndpoint, { id }, { filters: false });
  const settled = (id: string, status: WebhookDeliveryStatus) =>
    eventually(`delivery ${id} ${status}`, async () => {
      const delivery = await reload(id);
      return delivery.status === status && !delivery.claimedUntil && delivery;
    });

  it('signs each delivery so that the documented check verifies it, and records the delivery', async () => {
    const { endpoint, secret } = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`);
    const queued = await outboxDelivery(em(), endpoint, { data: { hello: 'world' } });
    dispatcher = dispatcherFor(api);

    const delivered = await settled(queued.id, WebhookDeliveryStatus.DELIVERED);
    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    expect(verifySignature(secret, got!.signature, got!.body, new Date())).toBe(true);
    expect(verifySignature(secret, got!.signature, `${got!.body} `, new Date())).toBe(false);
    expect(got!.eventId).toBe(queued.eventId);
    expect(JSON.parse(got!.body)).toMatchObject({ id: queued.eventId, type: 'webhook.test', data: { hello: 'world' } });
    expect(delivered).toMatchObject({ attempts: 1, lastStatusCode: 200 });
    expect(delivered.deliveredAt).toBeInstanceOf(Date);
    expect(delivered.lastLatencyMs).toBeGreaterThanOrEqual(0);
  });

  it('signs with both secrets while a rotation overlaps, then with the new one only', async () => {
    const rotating = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`, {
      previousSecretExpiresAt: new Date(Date.now() + HOUR),
    });
    dispatcher = dispatcherFor(api);
    const during = await outboxDelivery(em(), rotating.endpoint);
    await settled(during.id, WebhookDeliveryStatus.DELIVERED);
    const [first] = receiver.received;
    expect(first!.signature.match(/v1=/g)).toHaveLength(2);
    expect(verifySignature(rotating.secret, first!.signature, first!.body, new Date())).toBe(true);
    expect(verifySignature(rotating.previousSecret!, first!.signature, first!.body, new Date())).toBe(true);

    await em().nativeUpdate(
      WebhookEndpoint,
      { id: rotating.endpoint.id },
      { previousSecretExpiresAt: new Date(Date.now() - 1000) },
    );
    const after = await outboxDelivery(em(), rotating.endpoint);
    await settled(after.id, WebhookDeliveryStatus.DELIVERED);
    const second = receiver.received[1]!;
    expect(second.signature.match(/v1=/g)).toHaveLength(1);
    expect(verifySignature(rotating.secret, second.signature, second.body, new Date())).toBe(true);
    expect(verifySignature(rotating.previousSecret!, second.signature, second.body, new Date())).toBe(false);
  });

  it('retries after errors with the same event id, and gives up after the last attempt', async () => {
    const { endpoint } = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`);
    receiver.answer = () => 500;
    const queued = await outboxDelivery(em(), endpoint);
    dispatcher = dispatcherFor(api, {}, { schedule: retriesAtOnce(3) });

    const dead = await settled(queued.id, WebhookDeliveryStatus.DEAD);
    expect(dead).toMatchObject({ attempts: 3, lastStatusCode: 500, lastError: 'HTTP 500' });
    expect(dead.nextAttemptAt).toBeFalsy();
    expect(receiver.received.map((r) => r.eventId)).toEqual([queued.eventId, queued.eventId, queued.eventId]);
  });

  it('waits as the schedule says before retrying', async () => {
    const { endpoint } = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`);
    receiver.answer = () => 503;
    const queued = await outboxDelivery(em(), endpoint);
    dispatcher = dispatcherFor(api, {}, { schedule: () => HOUR, random: () => 0.5 });
    const failed = await settled(queued.id, WebhookDeliveryStatus.FAILED);
    expect(failed).toMatchObject({ attempts: 1, lastStatusCode: 503, lastError: 'HTTP 503' });
    expect(failed.nextAttemptAt!.getTime() - failed.lastAttemptAt!.getTime()).toBeGreaterThanOrEqual(HOUR);
    expect(receiver.received).toHaveLength(1);
  });

  it('retries after a timeout, and a success ends the failure streak', async () => {
    const { endpoint } = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`);
    receiver.answer = () => (receiver.received.length === 1 ? 'hang' : 200);
    const queued = await outboxDelivery(em(), endpoint);
    dispatcher = dispatcherFor(api, { timeoutMs: 300 }, { schedule: retriesAtOnce(5) });

    const delivered = await settled(queued.id, WebhookDeliveryStatus.DELIVERED);
    expect(delivered).toMatchObject({ attempts: 2, lastStatusCode: 200 });
    expect(delivered.lastError).toBeFalsy();
    expect((await reloadEndpoint(endpoint.id)).failureStreak).toBe(0);
  });

  it('says a timed-out attempt timed out', async () => {
    const { endpoint } = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`);
    receiver.answer = () => 'hang';
    const queued = await outboxDelivery(em(), endpoint);
    dispatcher = dispatcherFor(api, { timeoutMs: 300 }, { schedule: retriesAtOnce(1) });
    const dead = await settled(queued.id, WebhookDeliveryStatus.DEAD);
    expect(dead).toMatchObject({ attempts: 1, lastError: 'timed out after 300 ms' });
    expect(dead.lastStatusCode).toBeFalsy();
  });

  it('pauses an endpoint after a run of failures, saying why, and keeps its deliveries', async () => {
    const { endpoint } = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`);
    receiver.answer = () => 500;
    const queued = await outboxDelivery(em(), endpoint);
    dispatcher = dispatcherFor(api, { pauseAfterFailures: 3 }, { schedule: retriesAtOnce(100) });

    const paused = await eventually('endpoint paused', async () => {
      const e = await reloadEndpoint(endpoint.id);
      return !e.active && e;
    });
    expect(paused.pausedReason).toBe('Paused after 3 failed deliveries in a row; the last: HTTP 500');
    expect(paused.failureStreak).toBe(3);
    const kept = await settled(queued.id, WebhookDeliveryStatus.FAILED);
    expect(kept.attempts).toBe(3);
    expect(receiver.received).toHaveLength(3);
  });

  it('in production, refuses private, loopback and metadata addresses, and names resolving to them', async () => {
    const port = new URL(receiver.origin).port;
    const refusals = {
      [`http://127.0.0.1:${port}/hooks`]: 'refused: 127.0.0.1 is a loopback address',
      'http://10.0.0.5/hooks': 'refused: 10.0.0.5 is a private address',
      'http://169.254.169.254/latest/meta-data/': 'refused: 169.254.169.254 is the cloud metadata address',
      [`http://[::1]:${port}/hooks`]: 'refused: ::1 is a loopback address',
      [`http://localhost:${port}/hooks`]: /^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address$/,
    };
    const queued = new Map<string, string>();
    for (const url of Object.keys(refusals)) {
      const { endpoint } = await createEndpoint(api, tenantId, url);
      queued.set(url, (await outboxDelivery(em(), endpoint)).id);
    }
    dispatcher = dispatcherFor(api, { allowPrivateAddresses: false }, { schedule: retriesAtOnce(1) });
    for (const [url, error] of Object.entries(refusals)) {
      const dead = await settled(queued.get(url)!, WebhookDeliveryStatus.DEAD);
      expect(dead.lastError, url).toMatch(error);
    }
    expect(receiver.received).toEqual([]);
  });

  it('follows no redirect', async () => {
    const { endpoint } = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`);
    receiver.answer = (r) => (r.path === '/hooks' ? { status: 302, location: `${receiver.origin}/elsewhere` } : 200);
    const queued = await outboxDelivery(em(), endpoint);
    dispatcher = dispatcherFor(api, {}, { schedule: retriesAtOnce(1) });
    const dead = await settled(queued.id, WebhookDeliveryStatus.DEAD);
    expect(dead.lastStatusCode).toBe(302);
    expect(dead.lastError).toMatch(/^HTTP 302: redirected to .*\/elsewhere, and redirects are not followed$/);
    expect(receiver.received.map((r) => r.path)).toEqual(['/hooks']);
  });

  describe('privacy at send time', () => {
    async function endUser(deviceId: string, init: Partial<EndUser>) {
      const e = em();
      const user = Object.assign(new EndUser(e.getReference(Tenant, tenantId), deviceId), init);
      await e.persistAndFlush(user);
      return user;
    }

    it('drops the deliveries about an end user who is gone, and sends the others', async () => {
      const { endpoint } = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`);
      const erased = await endUser('device-erased-9c1', { age: 30, thirdPartySharingConsent: true });
      const about = await outboxDelivery(em(), endpoint, {
        event: WebhookEventType.CONSENT_CHANGED,
        endUserId: erased.id,
      });
      const other = await outboxDelivery(em(), endpoint, { event: WebhookEventType.PLACE_CHANGED });
      await em().nativeDelete(EndUser, { id: erased.id });
      dispatcher = dispatcherFor(api);

      await settled(other.id, WebhookDeliveryStatus.DELIVERED);
      await eventually(
        'the delivery about the erased end user deleted',
        async () => !(await em().findOne(WebhookDelivery, { id: about.id }, { filters: false })),
      );
      expect(receiver.received.map((r) => r.eventId)).toEqual([other.eventId]);
    });

    it('sends nothing about an end user found under the minimum age before the delivery', async () => {
      const { endpoint } = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`);
      const child = await endUser('device-child-5e3', { age: 30, thirdPartySharingConsent: true });
      const about = await outboxDelivery(em(), endpoint, {
        event: WebhookEventType.ENGAGEMENT_RECORDED,
        endUserId: child.id,
      });
      const other = await outboxDelivery(em(), endpoint, { event: WebhookEventType.PLACE_CHANGED });
      // Stored before the age was known (an import, a direct write): the send must still refuse.
      await em().nativeUpdate(EndUser, { id: child.id }, { age: 9 });
      dispatcher = dispatcherFor(api);

      await settled(other.id, WebhookDeliveryStatus.DELIVERED);
      await eventually(
        'the delivery about the child deleted',
        async () => !(await em().findOne(WebhookDelivery, { id: about.id }, { filters: false })),
      );
      expect(receiver.received.map((r) => r.eventId)).toEqual([other.eventId]);
      expect(JSON.stringify(receiver.received)).not.toContain('device-child-5e3');
    });

    it('names no end user without third-party sharing consent, and names one who consents by reference', async () => {
      const { endpoint } = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`);
      const optedOut = await endUser('device-opted-out-4b7', {
        age: 30,
        externalId: 'crm-opted-out-4b7',
        thirdPartySharingConsent: false,
      });
      const sharing = await endUser('device-sharing-8d2', {
        age: 30,
        externalId: 'crm-sharing-8d2',
        thirdPartySharingConsent: true,
      });
      const secret = api.server.app.config.suppressionSecret;
      const hidden = await outboxDelivery(em(), endpoint, {
        event: WebhookEventType.ENGAGEMENT_RECORDED,
        endUserId: optedOut.id,
      });
      const named = await outboxDelivery(em(), endpoint, {
        event: WebhookEventType.ENGAGEMENT_RECORDED,
        endUserId: sharing.id,
      });
      dispatcher = dispatcherFor(api);
      await settled(hidden.id, WebhookDeliveryStatus.DELIVERED);
      await settled(named.id, WebhookDeliveryStatus.DELIVERED);

      const raw = receiver.received.find((r) => r.eventId === hidden.eventId)!.body;
      for (const identifier of [
        optedOut.id,
        'device-opted-out-4b7',
        'crm-opted-out-4b7',
        subjectReference(secret, tenantId, optedOut.id),
      ]) {
        expect(raw).not.toContain(identifier);
      }
      expect(JSON.parse(raw).data.endUser).toEqual({ identified: false });
      const body = JSON.parse(receiver.received.find((r) => r.eventId === named.eventId)!.body);
      expect(body.data.endUser).toEqual({
        identified: true,
        reference: subjectReference(secret, tenantId, sharing.id),
        deviceId: 'device-sharing-8d2',
        externalId: 'crm-sharing-8d2',
      });
    });
  });

  it('sends one endpoint’s deliveries in order, and a slow endpoint delays no other', async () => {
    const slowReceiver = await startWebhookReceiver();
    let releaseSlow!: () => void;
    const slowMayAnswer = new Promise<void>((resolve) => (releaseSlow = resolve));
    slowReceiver.answer = async () => (await slowMayAnswer, 200);
    try {
      const slow = await createEndpoint(api, tenantId, `${slowReceiver.origin}/hooks`);
      const fast = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`);
      const start = Date.now();
      const slowOnes = [];
      for (let i = 0; i < 3; i++) slowOnes.push(await outboxDelivery(em(), slow.endpoint, { at: new Date(start + i) }));
      const fastOnes = [];
      for (let i = 0; i < 5; i++)
        fastOnes.push(await outboxDelivery(em(), fast.endpoint, { at: new Date(start + 10 + i) }));
      dispatcher = dispatcherFor(api, { timeoutMs: 30_000 });

      for (const d of fastOnes) await settled(d.id, WebhookDeliveryStatus.DELIVERED);
      // Every fast delivery arrived while the slow endpoint still held its first.
      expect(slowReceiver.received.map((r) => r.eventId)).toEqual([slowOnes[0]!.eventId]);
      expect((await reload(slowOnes[0]!.id)).status).toBe(WebhookDeliveryStatus.PENDING);
      expect(receiver.received.map((r) => r.eventId)).toEqual(fastOnes.map((d) => d.eventId));

      releaseSlow();
      for (const d of slowOnes) await settled(d.id, WebhookDeliveryStatus.DELIVERED);
      expect(slowReceiver.received.map((r) => r.eventId)).toEqual(slowOnes.map((d) => d.eventId));
    } finally {
      releaseSlow();
      await slowReceiver.close();
    }
  });

  it('sends to one endpoint no faster than its limit', async () => {
    const { endpoint } = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`);
    const arrivals: number[] = [];
    receiver.answer = () => (arrivals.push(performance.now()), 200);
    const queued = [];
    for (let i = 0; i < 5; i++) queued.push(await outboxDelivery(em(), endpoint));
    dispatcher = dispatcherFor(api, { maxPerSecond: 20 });
    for (const d of queued) await settled(d.id, WebhookDeliveryStatus.DELIVERED);
    // Five sends at least 50 ms apart span at least 200 ms (a lower bound: a busy machine only makes it longer).
    expect(arrivals.at(-1)! - arrivals[0]!).toBeGreaterThanOrEqual(190);
  });

  it('leaves alone what another dispatcher holds until its claim expires', async () => {
    const { endpoint } = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`);
    const held = await outboxDelivery(em(), endpoint);
    await em().nativeUpdate(WebhookDelivery, { id: held.id }, { claimedUntil: new Date(Date.now() + HOUR) });
    const free = await outboxDelivery(em(), endpoint);
    dispatcher = dispatcherFor(api);
    await settled(free.id, WebhookDeliveryStatus.DELIVERED);
    expect((await reload(held.id)).status).toBe(WebhookDeliveryStatus.PENDING);

    // The process that claimed it died: once the claim is past, it is sent.
    await em().nativeUpdate(WebhookDelivery, { id: held.id }, { claimedUntil: new Date(Date.now() - 1) });
    await settled(held.id, WebhookDeliveryStatus.DELIVERED);
    expect(receiver.received.map((r) => r.eventId)).toEqual([free.eventId, held.eventId]);
  });

  it('on stop, finishes the send in flight and gives back every other claim', async () => {
    const { endpoint } = await createEndpoint(api, tenantId, `${receiver.origin}/hooks`);
    let release!: () => void;
    const mayAnswer = new Promise<void>((resolve) => (release = resolve));
    receiver.answer = async () => (await mayAnswer, 200);
    const queued = [];
    for (let i = 0; i < 4; i++) queued.push(await outboxDelivery(em(), endpoint, { at: new Date(Date.now() + i) }));
    const running = dispatcherFor(api, { timeoutMs: 30_000 });
    await eventually('the first delivery in flight', async () => receiver.received.length === 1);
    const stopped = running.stop();
    release();
    await stopped;

    const rows = await Promise.all(queued.map((d) => reload(d.id)));
    expect(rows.map((r) => r.status)).toEqual([
      WebhookDeliveryStatus.DELIVERED,
      WebhookDeliveryStatus.PENDING,
      WebhookDeliveryStatus.PENDING,
      WebhookDeliveryStatus.PENDING,
    ]);
    expect(rows.filter((r) => r.claimedUntil)).toEqual([]);
    expect(receiver.received).toHaveLength(1);
  });
});
