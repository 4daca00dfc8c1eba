import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { webhookEventOf } from './change-events';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import type { WebhookEventType } from './webhook-enums';
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
    if (events.length === 0) return;
    // A raw read in the flush's own transaction: a fork would wait on SQLite's writer, and entities loaded here would
    // join the identity map half-loaded.
    const rows: { id: string; tenant: string; events: string | WebhookEventType[] }[] = await (em as SqlEntityManager)
      .createQueryBuilder(WebhookEndpoint)
      .select(['id', 'tenant', 'events'])
      .where({ tenant: { $in: [...new Set(events.map((e) => e.tenantId))] } })
      .execute('all', true);
    const endpoints = rows.map((row) => ({
      id: row.id,
      tenant: { id: row.tenant },
      events: typeof row.events === 'string' ? (JSON.parse(row.events) as WebhookEventType[]) : row.events,
    }));
    for (const delivery of outboxRows(em, endpoints, events)) {
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
