import { AppError, ErrorCode } from '../../graphql/app-error';
import type { EntityManager } from '@mikro-orm/core';
import { Tenant } from './tenant.entity';

export const tenantSuspended = () =>
  new AppError(ErrorCode.TENANT_SUSPENDED, 'This tenant is suspended: nothing new is processed until it is not');

/**
 * While a tenant is suspended the SDK may add no processing: no new or updated end users, no events, no consent
 * grants. What protects end users keeps working: withdrawals, child erasure, and every privacy right.
 */
export function refuseWhileSuspended(tenant: Tenant): void {
  if (tenant.suspendedAt) throw tenantSuspended();
}

/**
 * Platform operations (an unpaid account, abuse): suspends the tenant from `at`, or lifts its suspension with null.
 * Through the ORM, so this process's caches drop at once; every other replica's at its next cache-epoch poll.
 */
export async function setTenantSuspension(em: EntityManager, tenantId: string, at: Date | null): Promise<Tenant> {
  const tenant = await em.findOneOrFail(Tenant, { id: tenantId }, { filters: false });
  tenant.suspendedAt = at ?? undefined;
  await em.flush();
  return tenant;
}
