import { type EntityManager, raw } from '@mikro-orm/core';
import { Tenant } from '../tenants/tenant.entity';

/**
 * Marks the tenant's places and campaigns as changed. One atomic increment in the database, so every API replica
 * notices on its next eligibility query and rebuilds its index.
 */
export async function catalogChanged(em: EntityManager, tenantId: string): Promise<void> {
  await em.nativeUpdate(Tenant, { id: tenantId }, { catalogVersion: raw('catalog_version + 1') });
}
