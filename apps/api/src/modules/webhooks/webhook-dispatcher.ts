import http from 'node:http';
import https from 'node:https';
import type { MikroORM } from '@mikro-orm/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config';
import { type AttemptSettings, deliverClaimed } from './deliver-claimed';
import { type Claim, claimDueDeliveries, releaseClaims } from './delivery-claims';
import { groupWriter } from './group-writer';
import { type RetrySchedule, retryDelayMs } from './retry-schedule';
import { onOutboxWrite } from './webhook-outbox';

/** Deliveries claimed at once; an endpoint's lane is claimed for again once it has sent them. */
const BATCH = 50;
/** Most deliveries this process holds claims on at once (queued in lanes or being sent). */
const MAX_HELD = 500;
/**
 * A claim lasts twice a send's timeout and this much more (the writes around the send, clocks of replicas a little
 * apart): a process killed mid-send leaves its claims to others after that. A claim taken over early only risks a
 * duplicate, which receivers de-duplicate by event id.
 */
const LEASE_MARGIN_MS = 5_000;
/** stop() waits this long beyond a send's timeout for the sends in flight, then interrupts them. */
const STOP_GRACE_MS = 2_000;
/** A flush announces its deliveries before the transaction around it commits: look again shortly after. */
const WAKE_AGAIN_MS = 25;

export type WebhookDispatcherDeps = {
  orm: MikroORM;
  config: Pick<Config, 'webhooks' | 'suppressionSecret'>;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  now: () => Date;
  /** The wait after each failure (tests shorten it); the day-long schedule by default. */
  schedule?: RetrySchedule;
  random?: () => number;
};

export type WebhookDispatcher = {
  /** Looks for due deliveries now. */
  wake(): void;
  /** Sends no more, lets the sends in flight finish (within their timeout) and gives back every claim it holds. */
  stop(): Promise<void>;
};

type Lane = { queue: Claim[]; lastSendAt: number };

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Delivers the outbox. Each endpoint has its own lane: its deliveries go one after another, oldest first, no faster
 * than WEBHOOK_MAX_PER_SECOND, while other endpoints' lanes run side by side, so a slow endpoint delays only itself.
 * Work is claimed with a lease in the database (see delivery-claims.ts): every PostgreSQL replica may run one; SQLite
 * serves a single server, whose one process runs it. Delivery is at least once: a process killed mid-send leaves
 * its claims to expire, and they are sent again.
 */
export function startWebhookDispatcher(deps: WebhookDispatcherDeps): WebhookDispatcher {
  const { webhooks } = deps.config;
  /** No new sends. */
  const stopping = new AbortController();
  /** The sends in flight give up too. */
  const interrupt = new AbortController();
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  const settings: AttemptSettings = {
    serverSecret: deps.config.suppressionSecret,
    timeoutMs: webhooks.timeoutMs,
    leaseMs: 2 * webhooks.timeoutMs + LEASE_MARGIN_MS,
    allowPrivateAddresses: webhooks.allowPrivateAddresses,
    pauseAfterFailures: webhooks.pauseAfterFailures,
    schedule: deps.schedule ?? retryDelayMs,
    random: deps.random ?? Math.random,
    now: deps.now,
    agents,
    signal: interrupt.signal,
    write: groupWriter(deps.orm),
  };
  const spacingMs = 1000 / webhooks.maxPerSecond;
  const lanes = new Map<string, Lane>();
  const running = new Set<Promise<void>>();
  let held = 0;
  let claiming: Promise<void> | undefined;
  let claimAgain = false;

  async function sendLane(endpointId: string, lane: Lane): Promise<void> {
    while (lane.queue.length > 0 && !stopping.signal.aborted) {
      const wait = lane.lastSendAt + spacingMs - performance.now();
      if (wait > 0) await sleep(wait, stopping.signal);
      if (stopping.signal.aborted) break;
      const claim = lane.queue.shift()!;
      lane.lastSendAt = performance.now();
      const em = deps.orm.em.fork();
      try {
        const outcome = await deliverClaimed(em, claim, settings);
        if (outcome.kind === 'not sent') await releaseClaims(em, [claim]);
        if ('paused' in outcome && outcome.paused) {
          deps.log.warn({ endpointId, reason: outcome.paused }, 'webhook endpoint paused');
        }
      } catch (error) {
        // Its claim expires and it is tried again; the lane goes on with the next.
        deps.log.error({ err: error, deliveryId: claim.id }, 'webhook delivery could not be attempted');
      } finally {
        held--;
      }
    }
    lanes.delete(endpointId);
    if (lane.queue.length > 0) {
      held -= lane.queue.length;
      await releaseClaims(deps.orm.em.fork(), lane.queue).catch((error: unknown) =>
        deps.log.warn({ err: error }, 'webhook claims not given back; they expire'),
      );
    }
    claim();
  }

  function hand(claims: Claim[]): void {
    for (const c of claims) {
      held++;
      const lane = lanes.get(c.endpointId);
      if (lane) {
        lane.queue.push(c);
        continue;
      }
      const fresh: Lane = { queue: [c], lastSendAt: -Infinity };
      lanes.set(c.endpointId, fresh);
      const run = sendLane(c.endpointId, fresh).finally(() => running.delete(run));
      running.add(run);
    }
  }

  /** Claims rounds of due deliveries until none are left, or this process holds all it may. */
  async function claimRounds(): Promise<void> {
    do {
      claimAgain = false;
      while (!stopping.signal.aborted && held < MAX_HELD) {
        const claims = await claimDueDeliveries(deps.orm.em.fork(), {
          now: deps.now(),
          leaseMs: settings.leaseMs,
          limit: Math.min(BATCH, MAX_HELD - held),
          skipEndpoints: [...lanes.keys()],
        });
        if (stopping.signal.aborted) {
          await releaseClaims(deps.orm.em.fork(), claims);
          return;
        }
        hand(claims);
        if (claims.length < BATCH) break;
      }
    } while (claimAgain && !stopping.signal.aborted);
  }

  function claim(): void {
    if (stopping.signal.aborted) return;
    if (claiming) {
      claimAgain = true;
      return;
    }
    claiming = claimRounds()
      .catch((error: unknown) => deps.log.error({ err: error }, 'webhook deliveries could not be claimed'))
      .finally(() => (claiming = undefined));
  }

  const poll = setInterval(claim, webhooks.pollMs);
  poll.unref();
  const unsubscribe = onOutboxWrite(() => {
    claim();
    setTimeout(claim, WAKE_AGAIN_MS).unref();
  });
  claim();

  return {
    wake: claim,
    async stop() {
      if (stopping.signal.aborted) return;
      clearInterval(poll);
      unsubscribe();
      const inFlight = Promise.all([...running, claiming]);
      // Lanes finish the send in hand, give back what they hold and stop; a send that outlives its own timeout (a
      // database that does not answer) is interrupted.
      stopping.abort();
      const waited = (ms: number) => {
        const done = new AbortController();
        return Promise.race([inFlight, sleep(ms, done.signal)]).finally(() => done.abort());
      };
      await waited(settings.timeoutMs + STOP_GRACE_MS);
      interrupt.abort();
      await waited(STOP_GRACE_MS);
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
