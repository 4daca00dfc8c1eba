import type { EntityManager, Options } from '@mikro-orm/core';

type FilterDef = NonNullable<Options['filters']>[string] & { name: string };

export const TENANT_FILTER = 'tenant';

/**
 * Added to every tenant-owned entity: once a request knows its tenant, every read of such an entity is narrowed to
 * it. Filters guard reads only; services still load by (id, tenant) before any write.
 */
export const tenantFilter: FilterDef = {
  name: TENANT_FILTER,
  default: true,
  args: false,
  cond: (args?: { tenantId?: string }) => (args?.tenantId ? { tenant: args.tenantId } : {}),
};

export function scopeToTenant(em: EntityManager, tenantId: string): void {
  em.setFilterParams(TENANT_FILTER, { tenantId });
}
