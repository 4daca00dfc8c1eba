/**
 * Not a test: how fast one webhook dispatcher delivers, on a fresh SQLite file and on PostgreSQL (TEST_POSTGRES_URL,
 * else the local server at 127.0.0.1:5432, in a throwaway database). Run from apps/api: `npx tsx bench/webhooks.bench.ts`.
 * - throughput: a backlog of deliveries to 20 endpoints, drained with the per-endpoint limit lifted (deliveries/s);
 * - delay: events written one at a time, 20 a second, each announced as the services do, to their arrival at the
 *   receiver (median and p99).
 * The receiver is a bare node:http server in this process: it shares the event loop with the dispatcher, so the
 * figures are, if anything, pessimistic.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { newId } from '../src/db/ids';
import { openOrm } from '../src/db/orm';
import { Tenant } from '../src/modules/tenants/tenant.entity';
import { WebhookDelivery } from '../src/modules/webhooks/webhook-delivery.entity';
import { startWebhookDispatcher } from '../src/modules/webhooks/webhook-dispatcher';
import type { WebhookEndpoint } from '../src/modules/webhooks/webhook-endpoint.entity';
import { WebhookDeliveryStatus, WebhookEventType } from '../src/modules/webhooks/webhook-enums';
import { notifyOutboxWrite } from '../src/modules/webhooks/webhook-outbox';
import { insertEndpoint } from '../test/webhook-fixtures';
import { type Database, postgresDatabase, sqliteDatabase } from './bench-support';

const BACKLOG = Number(process.env.BENCH_WEBHOOKS ?? 4000);
const ENDPOINTS = 20;
const PACED_EVENTS = 200;
const PACED_PER_SECOND = 20;

type Receiver = { origin: string; arrivals: Map<string, number>; close(): Promise<void> };

async function startReceiver(): Promise<Receiver> {
  const arrivals = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const eventId = String(request.headers['vicinity-event-id']);
    request.resume();
    request.on('end', () => {
      if (!arrivals.has(eventId)) arrivals.set(eventId, performance.timeOrigin + performance.now());
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrivals,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

function delivery(em: EntityManager, endpoint: WebhookEndpoint, at: Date): WebhookDelivery {
  return new WebhookDelivery({
    tenant: em.getReference(Tenant, endpoint.tenant.id),
    endpoint,
    eventId: newId(),
    event: WebhookEventType.PLACE_CHANGED,
    payload: JSON.stringify({ placeId: newId(), change: 'updated' }),
    at,
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function bench(kind: 'sqlite' | 'postgres'): Promise<string[]> {
  const database: Database = kind === 'sqlite' ? await sqliteDatabase() : await postgresDatabase();
  const secret = 'webhook-bench-server-secret-0123456789abcdef';
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, SUPPRESSION_SECRET: secret });
  const orm: MikroORM = await openOrm(config.database);
  const receiver = await startReceiver();
  const lines: string[] = [];
  try {
    const em = orm.em.fork();
    const tenant = new Tenant('Webhook bench');
    await em.persistAndFlush(tenant);
    const endpoints: WebhookEndpoint[] = [];
    for (let i = 0; i < ENDPOINTS; i++) {
      endpoints.push((await insertEndpoint(orm.em.fork(), secret, tenant.id, `${receiver.origin}/e${i}`)).endpoint);
    }
    const start = (maxPerSecond: number) =>
      startWebhookDispatcher({
        orm,
        config: { suppressionSecret: secret, webhooks: { ...config.webhooks, maxPerSecond } },
        log: pino({ level: 'warn' }),
        now: () => new Date(),
      });

    // Throughput: the backlog written first, then one dispatcher drains it.
    const writer = orm.em.fork();
    const at = new Date();
    for (let i = 0; i < BACKLOG; i++) writer.persist(delivery(writer, endpoints[i % ENDPOINTS]!, at));
    await writer.flush();
    const started = performance.now();
    let dispatcher = start(1000);
    await until(() => receiver.arrivals.size >= BACKLOG);
    const seconds = (performance.now() - started) / 1000;
    await dispatcher.stop();
    lines.push(
      `${kind}: ${BACKLOG} deliveries to ${ENDPOINTS} endpoints in ${seconds.toFixed(1)} s: ` +
        `${Math.round(BACKLOG / seconds)} deliveries/s`,
    );
    process.stderr.write(`${lines.at(-1)}\n`);

    // Delay: events at a steady pace, each announced once committed, with the default per-endpoint limit.
    receiver.arrivals.clear();
    dispatcher = start(config.webhooks.maxPerSecond);
    const written = new Map<string, number>();
    for (let i = 0; i < PACED_EVENTS; i++) {
      const e = orm.em.fork();
      const row = delivery(e, endpoints[i % ENDPOINTS]!, new Date());
      await e.persistAndFlush(row);
      written.set(row.eventId, performance.timeOrigin + performance.now());
      notifyOutboxWrite();
      await new Promise((resolve) => setTimeout(resolve, 1000 / PACED_PER_SECOND));
    }
    await until(() => receiver.arrivals.size >= PACED_EVENTS);
    await dispatcher.stop();
    const delays = [...written].map(([id, t]) => receiver.arrivals.get(id)! - t).sort((a, b) => a - b);
    lines.push(
      `${kind}: delay from a committed event to its arrival (${PACED_EVENTS} events at ${PACED_PER_SECOND}/s): ` +
        `median ${percentile(delays, 0.5).toFixed(1)} ms, p99 ${percentile(delays, 0.99).toFixed(1)} ms`,
    );
    process.stderr.write(`${lines.at(-1)}\n`);
    const left = await orm.em
      .fork()
      .count(WebhookDelivery, { status: { $ne: WebhookDeliveryStatus.DELIVERED } }, { filters: false });
    if (left > 0) throw new Error(`${left} deliveries not delivered`);
  } finally {
    await receiver.close();
    await orm.close();
    await database.drop();
  }
  return lines;
}

const figures = [...(await bench('sqlite')), ...(await bench('postgres'))];
console.log(figures.join('\n'));
