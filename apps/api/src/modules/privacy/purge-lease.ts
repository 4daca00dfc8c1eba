import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Redis } from 'ioredis';
import { Tenant } from '../tenants/tenant.entity';

/** Long enough for any purge to finish; a replica that dies holding it only delays the next purge this long. */
const LEASE_MS = 15 * 60_000;

/**
 * Who may purge a tenant now: of several replicas asking at once, exactly one is granted the lease. The purge itself
 * is idempotent (it deletes what is older than a cut-off), so a lease lost to a crash costs nothing but time.
 */
export interface PurgeLease {
  /** A release function when the lease was granted, else null. */
  claim(em: EntityManager, tenantId: string, now: Date): Promise<(() => Promise<void>) | null>;
}

/** In the tenant's row, claimed by one conditional update. */
export const databasePurgeLease: PurgeLease = {
  async claim(em, tenantId, now) {
    const claimed = await em.nativeUpdate(
      Tenant,
      { id: tenantId, $or: [{ purgeLeaseUntil: null }, { purgeLeaseUntil: { $lt: now } }] },
      { purgeLeaseUntil: new Date(now.getTime() + LEASE_MS) },
    );
    if (claimed !== 1) return null;
    return async () => {
      await em.nativeUpdate(Tenant, { id: tenantId }, { purgeLeaseUntil: null });
    };
  },
};

/** Released only by its holder: a lease that expired and went to another replica is not taken from it. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/** In Redis (SET NX with an expiry), when replicas share one. */
export function redisPurgeLease(redis: Redis, prefix: string): PurgeLease {
  return {
    async claim(_em, tenantId) {
      const key = `${prefix}purge:${tenantId}`;
      const holder = randomUUID();
      if ((await redis.set(key, holder, 'PX', LEASE_MS, 'NX')) !== 'OK') return null;
      return async () => {
        await redis.eval(RELEASE, 1, key, holder);
      };
    },
  };
}
