import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { newId } from '../../db/ids';
import { Tenant } from '../tenants/tenant.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import type { WebhookEventType } from './webhook-enums';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type OutboxEvent = {
  tenantId: string;
  event: WebhookEventType;
  /** The least data that serves the event; never an identifier or a value about an end user. */
  data: { [key: string]: JsonValue };
  /** Who the event is about: named at send time only if the policy allows it then. */
  endUserId?: string;
  privacyRequestId?: string;
  at: Date;
};

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called when deliveries were written, so an idle dispatcher in this process starts at once. */
export function onOutboxWrite(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyOutboxWrite(): void {
  for (const listener of listeners) listener();
}

type Subscription = { id: string; tenant: { id: string }; events: readonly WebhookEventType[] };

/**
 * The endpoints of these tenants and what each subscribes to, read raw in the caller's transaction: it may be mid-flush
 * (a fork would wait on SQLite's one writer), and entities loaded with some fields would join its identity map half
 * loaded.
 */
async function subscriptions(em: EntityManager, tenantIds: readonly string[]): Promise<Subscription[]> {
  const rows: { id: string; tenant: string; events: string | WebhookEventType[] }[] = await (em as SqlEntityManager)
    .createQueryBuilder(WebhookEndpoint)
    .select(['id', 'tenant', 'events'])
    .where({ tenant: { $in: [...new Set(tenantIds)] } })
    .execute('all', true);
  return rows.map((row) => ({
    id: row.id,
    tenant: { id: row.tenant },
    events: typeof row.events === 'string' ? (JSON.parse(row.events) as WebhookEventType[]) : row.events,
  }));
}

/**
 * The deliveries of each event, one per endpoint of its tenant that subscribes to it (paused ones too: they keep it
 * for later), created but not persisted.
 */
export async function outboxRows(em: EntityManager, events: readonly OutboxEvent[]): Promise<WebhookDelivery[]> {
  if (events.length === 0) return [];
  const endpoints = await subscriptions(
    em,
    events.map((e) => e.tenantId),
  );
  if (endpoints.length === 0) return [];
  return events.flatMap((event) => {
    const eventId = newId();
    const payload = JSON.stringify(event.data);
    return endpoints
      .filter((endpoint) => endpoint.tenant.id === event.tenantId && endpoint.events.includes(event.event))
      .map(
        (endpoint) =>
          new WebhookDelivery({
            tenant: em.getReference(Tenant, event.tenantId),
            endpoint: em.getReference(WebhookEndpoint, endpoint.id),
            eventId,
            event: event.event,
            payload,
            endUserId: event.endUserId,
            privacyRequestId: event.privacyRequestId,
            at: event.at,
          }),
      );
  });
}

/** Persists the events' deliveries with the caller's next flush, so in the transaction of the change that caused them. */
export async function enqueueWebhookEvents(
  em: EntityManager,
  tenantId: string,
  events: readonly Omit<OutboxEvent, 'tenantId'>[],
): Promise<number> {
  const rows = await outboxRows(
    em,
    events.map((e) => ({ ...e, tenantId })),
  );
  em.persist(rows);
  return rows.length;
}
