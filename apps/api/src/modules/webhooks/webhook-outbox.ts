import type { EntityManager } from '@mikro-orm/core';
import { newId } from '../../db/ids';
import { Tenant } from '../tenants/tenant.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import type { WebhookEventType } from './webhook-enums';

export type WebhookEventData = Record<string, string | number | boolean | null | string[]>;

export type OutboxEvent = {
  tenantId: string;
  event: WebhookEventType;
  /** The least data that serves the event; never an identifier or a value about an end user. */
  data: WebhookEventData;
  /** Who the event is about: named at send time only if the policy allows it then. */
  endUserId?: string;
  privacyRequestId?: string;
  at: Date;
};

/** Called when a delivery is written, so an idle dispatcher in this process starts at once. */
export type OutboxListener = () => void;
const listeners = new Set<OutboxListener>();
export function onOutboxWrite(listener: OutboxListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function notifyOutboxWrite(): void {
  for (const listener of listeners) listener();
}

/**
 * Writes the event to the outbox, one delivery per endpoint that subscribes to it (paused ones too: they keep it for
 * when they are resumed). Persisted with the caller's next flush, so in the transaction of the change that caused it.
 */
export async function enqueueWebhookEvent(em: EntityManager, outbox: OutboxEvent): Promise<WebhookDelivery[]> {
  const endpoints = await em.find(WebhookEndpoint, { tenant: outbox.tenantId }, { filters: false });
  const subscribed = endpoints.filter((e) => e.events.includes(outbox.event));
  if (subscribed.length === 0) return [];
  const eventId = newId();
  const payload = JSON.stringify(outbox.data);
  const tenant = em.getReference(Tenant, outbox.tenantId);
  const deliveries = subscribed.map(
    (endpoint) =>
      new WebhookDelivery({
        tenant,
        endpoint,
        eventId,
        event: outbox.event,
        payload,
        endUserId: outbox.endUserId,
        privacyRequestId: outbox.privacyRequestId,
        at: outbox.at,
      }),
  );
  em.persist(deliveries);
  return deliveries;
}
