import { type EntityManager, MikroORM } from '@mikro-orm/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { newId } from '../src/db/ids';
import { ormOptions } from '../src/db/orm';
import { Tenant } from '../src/modules/tenants/tenant.entity';
import { WebhookDelivery } from '../src/modules/webhooks/webhook-delivery.entity';
import type { WebhookEndpoint } from '../src/modules/webhooks/webhook-endpoint.entity';
import { WebhookDeliveryStatus, WebhookEventType } from '../src/modules/webhooks/webhook-enums';
import { createTestDatabaseUrl, databaseKinds, type TestDatabase } from '../test/databases';
import { owner } from '../test/fixtures';
import { eventually, insertEndpoint } from '../test/webhook-fixtures';
import { startWebhookReceiver, type WebhookReceiver } from '../test/webhook-receiver';
import { startServerProcess } from './server-process';

const SERVER_SECRET = 'webhook-lifecycle-test-secret-0123456789abcdef';
const ENDPOINTS = 3;
const dispatcherEnv = {
  SUPPRESSION_SECRET: SERVER_SECRET,
  WEBHOOK_DISPATCHER: 'on',
  WEBHOOK_POLL_MS: '50',
  WEBHOOK_MAX_PER_SECOND: '1000',
  // A killed server's claims expire after twice this and five seconds: the restart takes them over then.
  WEBHOOK_TIMEOUT_MS: '2000',
};

/** The outbox rows of `count` events, one delivery per endpoint each, as the services write them. */
async function writeEvents(em: EntityManager, endpoints: WebhookEndpoint[], count: number): Promise<void> {
  const at = new Date();
  for (let i = 0; i < count; i++) {
    const eventId = newId();
    for (const endpoint of endpoints) {
      em.persist(
        new WebhookDelivery({
          tenant: em.getReference(Tenant, endpoint.tenant.id),
          endpoint,
          eventId,
          event: WebhookEventType.PLACE_CHANGED,
          payload: JSON.stringify({ n: i }),
          at: new Date(at.getTime() + i),
        }),
      );
    }
  }
  await em.flush();
}

/** Which endpoint got which event: `<path> <event id>`. */
const keyOf = (r: { path: string; eventId: string }) => `${r.path} ${r.eventId}`;

describe.each(databaseKinds)('webhooks across server lifecycles on %s', (kind) => {
  let database: TestDatabase;
  let orm: MikroORM;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    database = await createTestDatabaseUrl(kind);
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    receiver = await startWebhookReceiver();
    // A receiver that takes a moment, so that the kill lands while deliveries are in flight.
    receiver.answer = async () => (await new Promise((resolve) => setTimeout(resolve, 3)), 200);
  });
  afterEach(async () => {
    await orm?.close();
    await receiver.close();
  });

  /** The tenant and its endpoints, written through the API's own schema by a separate connection. */
  async function setUp(server: Awaited<ReturnType<typeof startServerProcess>>) {
    const { tenantId } = await owner(server);
    orm = await MikroORM.init(ormOptions(loadConfig({ DATABASE_URL: database.url }).database));
    const endpoints: WebhookEndpoint[] = [];
    for (let i = 0; i < ENDPOINTS; i++) {
      const url = `${receiver.origin}/endpoint-${i}`;
      endpoints.push((await insertEndpoint(orm.em.fork(), SERVER_SECRET, tenantId, url)).endpoint);
    }
    return endpoints;
  }

  const allDelivered = async () => {
    const rows = await orm.em.fork().find(WebhookDelivery, {}, { filters: false, fields: ['status', 'eventId'] });
    return rows.every((r) => r.status === WebhookDeliveryStatus.DELIVERED) && rows;
  };

  it('delivers every event at least once, though the server is killed in the middle of delivering', async () => {
    const first = await startServerProcess(database.url, dispatcherEnv);
    const endpoints = await setUp(first);
    await writeEvents(orm.em.fork(), endpoints, 200);
    const expected = (await orm.em.fork().find(WebhookDelivery, {}, { filters: false, populate: ['endpoint'] })).map(
      (d) => `${new URL(d.endpoint.url).pathname} ${d.eventId}`,
    );

    await eventually('a third delivered', async () => receiver.received.length >= expected.length / 3);
    await first.kill();
    const beforeKill = new Set(receiver.received.map(keyOf)).size;
    // Written while no server runs: the outbox keeps them.
    await writeEvents(orm.em.fork(), endpoints, 20);
    for (const d of await orm.em.fork().find(WebhookDelivery, {}, { filters: false, populate: ['endpoint'] })) {
      const key = `${new URL(d.endpoint.url).pathname} ${d.eventId}`;
      if (!expected.includes(key)) expected.push(key);
    }

    const restarted = await startServerProcess(database.url, dispatcherEnv);
    await eventually('every delivery delivered', allDelivered);
    expect(await restarted.stop()).toBe(0);

    const received = receiver.received.map(keyOf);
    const lost = expected.filter((key) => !received.includes(key));
    const duplicates = received.length - new Set(received).size;
    console.log(
      `${kind}: ${expected.length} deliveries, ${beforeKill} received before SIGKILL, ` +
        `${duplicates} received twice, ${lost.length} lost`,
    );
    expect(beforeKill).toBeLessThan(expected.length);
    expect(lost).toEqual([]);
  });
});

describe('two PostgreSQL replicas dispatching one outbox', () => {
  let database: TestDatabase;
  let orm: MikroORM;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    database = await createTestDatabaseUrl('postgres');
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await orm?.close();
    await receiver.close();
    await database.drop();
  });

  it('deliver every event, none twice: their claims never overlap', async () => {
    // The first replica creates the schema and the tenant; its dispatcher has nothing to do yet.
    const a = await startServerProcess(database.url, dispatcherEnv);
    const { tenantId } = await owner(a);
    orm = await MikroORM.init(ormOptions(loadConfig({ DATABASE_URL: database.url }).database));
    const endpoints: WebhookEndpoint[] = [];
    for (let i = 0; i < 6; i++) {
      const url = `${receiver.origin}/endpoint-${i}`;
      endpoints.push((await insertEndpoint(orm.em.fork(), SERVER_SECRET, tenantId, url)).endpoint);
    }
    const b = await startServerProcess(database.url, dispatcherEnv);
    // Both poll the outbox as it fills.
    for (let batch = 0; batch < 10; batch++) await writeEvents(orm.em.fork(), endpoints, 10);

    const rows = await eventually('every delivery delivered', async () => {
      const all = await orm.em.fork().find(WebhookDelivery, {}, { filters: false, fields: ['status'] });
      return all.every((r) => r.status === WebhookDeliveryStatus.DELIVERED) && all;
    });
    expect([await a.stop(), await b.stop()]).toEqual([0, 0]);
    const received = receiver.received.map(keyOf);
    expect(rows).toHaveLength(6 * 100);
    expect(new Set(received).size).toBe(rows.length);
    expect(received).toHaveLength(rows.length);
  });
});
