import type { MikroORM } from '@mikro-orm/core';
import type { FastifyBaseLogger } from 'fastify';
import { Tenant } from '../tenants/tenant.entity';
import type { PurgeLease } from './purge-lease';
import { lastRetentionRun, purgeTenant } from './retention-purge';

export type RetentionSchedulerDeps = {
  orm: MikroORM;
  now: () => Date;
  log: FastifyBaseLogger;
  intervalMs: number;
  lease?: PurgeLease;
  serverSecret: string;
};

/** One round: every tenant whose last purge is at least one interval old is purged (by whichever replica wins it). */
export async function runScheduledPurges(deps: RetentionSchedulerDeps): Promise<void> {
  const em = deps.orm.em.fork();
  const tenants = await em.find(Tenant, {}, { fields: ['id'], orderBy: { id: 'asc' } });
  for (const { id } of tenants) {
    try {
      const last = await lastRetentionRun(em, id);
      if (last && deps.now().getTime() - last.ranAt.getTime() < deps.intervalMs) continue;
      await purgeTenant(em, id, deps.now, 'schedule', deps.serverSecret, deps.lease);
    } catch (error) {
      deps.log.error({ err: error, tenantId: id }, 'retention purge failed; the next round tries again');
    }
  }
}

/** Purges on a timer that never keeps the process alive; stop() waits for a round in progress. */
export function startRetentionScheduler(deps: RetentionSchedulerDeps): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    running ??= runScheduledPurges(deps).finally(() => {
      running = undefined;
    });
  }, deps.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
