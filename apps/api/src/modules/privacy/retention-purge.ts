import type { EntityManager } from '@mikro-orm/core';
import { DateTime } from 'luxon';
import { EndUser } from '../end-users/end-user.entity';
import { EngagementEvent } from '../engagement/engagement-event.entity';
import { Tenant } from '../tenants/tenant.entity';
import type { ErasureNotice } from '../webhooks/erasure-notice';
import { ACCESS_EXPORT_KIND, purgeExpiredAccessExports } from './access-export-store';
import { eraseEndUser, type ErasedCount } from './erase-end-user';
import { databasePurgeLease, type PurgeLease } from './purge-lease';
import { RetentionRun, type RetentionTrigger } from './retention-run.entity';

const BATCH = 200;

const minus = (at: Date, days: number) => DateTime.fromJSDate(at, { zone: 'utc' }).minus({ days }).toJSDate();

function addCounts(total: Map<string, number>, counts: ErasedCount[]): void {
  for (const { kind, count } of counts) total.set(kind, (total.get(kind) ?? 0) + count);
}

/** End users not seen since the cut-off, erased one transaction each, so one failure does not undo the others. */
async function eraseInactive(
  em: EntityManager,
  tenantId: string,
  seenBefore: Date,
  notice: ErasureNotice,
): Promise<ErasedCount[]> {
  const total = new Map<string, number>();
  for (;;) {
    const batch = await em.find(EndUser, { tenant: tenantId, lastSeenAt: { $lt: seenBefore } }, { limit: BATCH });
    if (batch.length === 0) break;
    for (const endUser of batch) addCounts(total, await em.transactional((tx) => eraseEndUser(tx, endUser, notice)));
    em.clear();
  }
  return [...total].map(([kind, count]) => ({ kind, count }));
}

/**
 * Deletes the tenant's engagement events older than its retention, the ACCESS exports past their expiry, and erases
 * its end users inactive for longer than its limit, then records the run. Null when another replica holds the purge lease.
 */
export async function purgeTenant(
  base: EntityManager,
  tenantId: string,
  clock: () => Date,
  trigger: RetentionTrigger,
  /** Keys the subject reference of the end_user.erased notices. */
  serverSecret: string,
  lease: PurgeLease = databasePurgeLease,
): Promise<RetentionRun | null> {
  const em = base.fork();
  const now = clock();
  const release = await lease.claim(em, tenantId, now);
  if (!release) return null;
  try {
    const tenant = await em.findOneOrFail(Tenant, { id: tenantId }, { refresh: true });
    const events = await em.nativeDelete(EngagementEvent, {
      tenant: tenantId,
      occurredAt: { $lt: minus(now, tenant.eventRetentionDays) },
    });
    const inactive = await eraseInactive(em, tenantId, minus(now, tenant.inactiveEndUserDays), {
      serverSecret,
      reason: 'RETENTION',
      at: now,
    });
    const exports = await purgeExpiredAccessExports(em, tenantId, now);
    const total = new Map([
      [EngagementEvent.name, events],
      [ACCESS_EXPORT_KIND, exports],
    ]);
    addCounts(total, inactive);
    const run = new RetentionRun(em.getReference(Tenant, tenantId), trigger, now);
    run.erased = [...total].map(([kind, count]) => ({ kind, count }));
    run.finishedAt = clock();
    await em.persistAndFlush(run);
    return run;
  } finally {
    await release();
  }
}

export function lastRetentionRun(em: EntityManager, tenantId: string): Promise<RetentionRun | null> {
  return em.findOne(RetentionRun, { tenant: tenantId }, { orderBy: { ranAt: 'desc', id: 'desc' } });
}
