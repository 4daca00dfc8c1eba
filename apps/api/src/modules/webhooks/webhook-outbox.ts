import type { EntityManager } from '@mikro-orm/core';
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

/** The deliveries of each event, one per endpoint that subscribes to it (paused ones too: they keep it for later). */
export function outboxRows(
  em: EntityManager,
  endpoints: readonly { id: string; tenant: { id: string }; events: readonly WebhookEventType[] }[],
  events: readonly OutboxEvent[],
): WebhookDelivery[] {
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
  if (events.length === 0) return 0;
  const endpoints = await em.find(
    WebhookEndpoint,
    { tenant: tenantId },
    { filters: false, fields: ['id', 'tenant', 'events'] },
  );
  const rows = outboxRows(
    em,
    endpoints,
    events.map((e) => ({ ...e, tenantId })),
  );
  em.persist(rows);
  return rows.length;
}
