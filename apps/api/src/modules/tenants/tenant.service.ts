import type { Context } from '../../context';
import { Membership } from '../auth/membership.entity';
import type { Operator } from '../auth/operator.entity';
import { Role } from '../auth/role';
import { Tenant } from './tenant.entity';
import { minimumAgeLowered } from './tenant.errors';

export async function createTenant(ctx: Context, operator: Operator, name: string): Promise<Tenant> {
  const tenant = new Tenant(name);
  ctx.em.persist([tenant, new Membership(tenant, operator, Role.OWNER)]);
  await ctx.em.flush();
  ctx.audit.tenantId = tenant.id;
  ctx.audit.targetId = tenant.id;
  ctx.roles.set(tenant.id, Role.OWNER);
  return tenant;
}

export async function tenantsOf(ctx: Context, operator: Operator): Promise<Tenant[]> {
  const memberships = await ctx.em.find(
    Membership,
    { operator: operator.id },
    { populate: ['tenant'], filters: false, orderBy: { tenant: { name: 'asc' } } },
  );
  for (const m of memberships) ctx.roles.set(m.tenant.id, m.role);
  return memberships.map((m) => m.tenant);
}

export type TenantSettings = {
  name?: string;
  minimumAge?: number;
  timezone?: string;
  requireMarketingConsent?: boolean;
  policyVersion?: string;
};

export async function updateTenantSettings(ctx: Context, tenant: Tenant, settings: TenantSettings): Promise<Tenant> {
  if (settings.minimumAge !== undefined && settings.minimumAge < tenant.minimumAge) {
    throw minimumAgeLowered(tenant.minimumAge);
  }
  ctx.em.assign(tenant, settings);
  await ctx.em.flush();
  ctx.audit.targetId = tenant.id;
  return tenant;
}
