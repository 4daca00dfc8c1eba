import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { webhookEventOf } from './change-events';
import { notifyOutboxWrite, type OutboxEvent, outboxRows } from './webhook-outbox';

/**
 * Writes the outbox rows for a flush's changes inside that same flush, so they commit (or roll back) with the change:
 * an event is never announced for a change that did not happen, nor lost for one that did.
 */
export class WebhookEventsSubscriber implements EventSubscriber {
  private written = false;

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const at = this.clock();
    const events: OutboxEvent[] = [];
    for (const change of uow.getChangeSets()) {
      const tenant = (change.entity as { tenant?: { id: string } }).tenant;
      const event = tenant && webhookEventOf(change, at);
      if (tenant && event) events.push({ ...event, tenantId: tenant.id });
    }
    for (const delivery of await outboxRows(em, events)) {
      em.persist(delivery);
      uow.computeChangeSet(delivery);
      this.written = true;
    }
  }

  async afterFlush(): Promise<void> {
    if (!this.written) return;
    this.written = false;
    notifyOutboxWrite();
  }
}
