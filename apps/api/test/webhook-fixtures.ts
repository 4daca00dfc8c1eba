import type { EntityManager } from '@mikro-orm/core';
import pino from 'pino';
import { newId } from '../src/db/ids';
import { Tenant } from '../src/modules/tenants/tenant.entity';
import { newWebhookSecret, sealSecret } from '../src/modules/webhooks/sealed-secret';
import { WebhookDelivery } from '../src/modules/webhooks/webhook-delivery.entity';
import {
  startWebhookDispatcher,
  type WebhookDispatcher,
  type WebhookDispatcherDeps,
} from '../src/modules/webhooks/webhook-dispatcher';
import { WebhookEndpoint } from '../src/modules/webhooks/webhook-endpoint.entity';
import { WebhookEventType } from '../src/modules/webhooks/webhook-enums';
import type { TestApi } from './test-api';

type CreatedEndpoint = { endpoint: WebhookEndpoint; secret: string; previousSecret?: string };

/** An endpoint of `tenantId` at `url`, with its secret in clear for the receiver's checks. */
export function createEndpoint(
  api: TestApi,
  tenantId: string,
  url: string,
  options: { previousSecretExpiresAt?: Date } = {},
): Promise<CreatedEndpoint> {
  return insertEndpoint(api.server.orm.em.fork(), api.server.app.config.suppressionSecret, tenantId, url, options);
}

/** The same through any database connection (a server running as another process). */
export async function insertEndpoint(
  em: EntityManager,
  serverSecret: string,
  tenantId: string,
  url: string,
  options: { previousSecretExpiresAt?: Date } = {},
): Promise<CreatedEndpoint> {
  const secret = newWebhookSecret();
  const endpoint = new WebhookEndpoint({
    tenant: em.getReference(Tenant, tenantId),
    url,
    events: Object.values(WebhookEventType),
    secretSealed: sealSecret(secret, serverSecret),
    createdById: newId(),
  });
  let previousSecret: string | undefined;
  if (options.previousSecretExpiresAt) {
    previousSecret = newWebhookSecret();
    endpoint.previousSecretSealed = sealSecret(previousSecret, serverSecret);
    endpoint.previousSecretExpiresAt = options.previousSecretExpiresAt;
  }
  await em.persistAndFlush(endpoint);
  return { endpoint, secret, previousSecret };
}

/** An outbox row for `endpoint`, as the emitting services write them (one event id per event). */
export async function outboxDelivery(
  em: EntityManager,
  endpoint: WebhookEndpoint,
  init: { event?: WebhookEventType; data?: object; endUserId?: string; at?: Date } = {},
): Promise<WebhookDelivery> {
  const delivery = new WebhookDelivery({
    tenant: em.getReference(Tenant, endpoint.tenant.id),
    endpoint: em.getReference(WebhookEndpoint, endpoint.id),
    eventId: newId(),
    event: init.event ?? WebhookEventType.TEST,
    payload: JSON.stringify(init.data ?? {}),
    endUserId: init.endUserId,
    at: init.at ?? new Date(),
  });
  await em.persistAndFlush(delivery);
  return delivery;
}

/** A dispatcher on the test server's database, with the webhook settings overridden. */
export function dispatcherFor(
  api: TestApi,
  webhooks: Partial<TestApi['server']['app']['config']['webhooks']> = {},
  deps: Partial<WebhookDispatcherDeps> = {},
): WebhookDispatcher {
  const config = api.server.app.config;
  return startWebhookDispatcher({
    orm: api.server.orm,
    config: {
      suppressionSecret: config.suppressionSecret,
      webhooks: { ...config.webhooks, dispatcher: true, maxPerSecond: 1000, pollMs: 20, ...webhooks },
    },
    log: pino({ level: 'silent' }),
    now: () => new Date(),
    ...deps,
  });
}

/** Waits for `check` to hold; the limit is for a hang, not a measure of speed. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
