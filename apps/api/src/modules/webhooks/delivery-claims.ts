import type { EntityManager } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookDeliveryStatus } from './webhook-enums';

/** A delivery this process is working on, until `until`; after that another may take it. */
export type Claim = { id: string; endpointId: string; createdAt: Date; until: Date };

const SENDABLE = [WebhookDeliveryStatus.PENDING, WebhookDeliveryStatus.FAILED];

/**
 * Claims up to `limit` due deliveries of active endpoints (not those in `skipEndpoints`, whose earlier deliveries this
 * process is still sending) in one statement. On PostgreSQL the rows are locked with SKIP LOCKED as they are picked,
 * so replicas claiming at the same moment each get other rows; SQLite runs one writing statement at a time.
 */
export async function claimDueDeliveries(
  em: EntityManager,
  options: { now: Date; leaseMs: number; limit: number; skipEndpoints: readonly string[] },
): Promise<Claim[]> {
  const platform = em.getPlatform();
  const postgres = platform instanceof PostgreSqlPlatform;
  const stored = (date: Date) => platform.processDateProperty(date) as unknown;
  const until = new Date(options.now.getTime() + options.leaseMs);
  const skip = options.skipEndpoints.length
    ? `and d.endpoint_id not in (${options.skipEndpoints.map(() => '?').join(', ')})`
    : '';
  const rows: { id: string; endpoint_id: string; created_at: Date | number }[] = await em.getConnection().execute(
    `update webhook_delivery set claimed_until = ? where id in (
       select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
       where d.status in (?, ?) and d.next_attempt_at <= ? and (d.claimed_until is null or d.claimed_until < ?)
         and e.active = true ${skip}
       order by d.next_attempt_at, d.created_at, d.id
       limit ? ${postgres ? 'for update of d skip locked' : ''}
     ) returning id, endpoint_id, created_at`,
    [stored(until), ...SENDABLE, stored(options.now), stored(options.now), ...options.skipEndpoints, options.limit],
    'all',
  );
  return rows
    .map((row) => ({ id: row.id, endpointId: row.endpoint_id, createdAt: new Date(row.created_at), until }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}

/** Extends a claim this process still holds; false when it lost it (it expired and was taken, or was replayed). */
export async function renewClaim(em: EntityManager, claim: Claim, until: Date): Promise<boolean> {
  const renewed = await em.nativeUpdate(
    WebhookDelivery,
    { id: claim.id, claimedUntil: claim.until, status: { $in: SENDABLE } },
    { claimedUntil: until },
    { filters: false },
  );
  if (renewed === 1) claim.until = until;
  return renewed === 1;
}

/** Gives claims back unsent, so any dispatcher may take them at once. */
export async function releaseClaims(em: EntityManager, claims: readonly Claim[]): Promise<void> {
  const byUntil = new Map<number, Claim[]>();
  for (const claim of claims)
    byUntil.set(claim.until.getTime(), [...(byUntil.get(claim.until.getTime()) ?? []), claim]);
  for (const [until, group] of byUntil) {
    await em.nativeUpdate(
      WebhookDelivery,
      { id: { $in: group.map((c) => c.id) }, claimedUntil: new Date(until) },
      { claimedUntil: null },
      { filters: false },
    );
  }
}
