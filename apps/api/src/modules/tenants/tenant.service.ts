import type { Context } from '../../context';
import { inTransaction } from '../../db/in-transaction';
import { Membership } from '../auth/membership.entity';
import type { Operator } from '../auth/operator.entity';
import { Role } from '../auth/role';
import { endUsersUnder, eraseEndUsersUnder } from '../privacy/under-minimum-age';
import { rowLock } from '../../db/row-lock';
import { Tenant } from './tenant.entity';

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

/**
 * Changes the tenant's settings. A minimum age erases and suppresses, in the same transaction, every stored end user
 * under it (a raise makes children of them; lowering it brings nobody back: they are gone and suppressed).
 */
export async function updateTenantSettings(ctx: Context, tenantId: string, settings: TenantSettings): Promise<Tenant> {
  ctx.audit.targetId = tenantId;
  return inTransaction(ctx, async (tx) => {
    // Locked until commit: an upsert of an end user waits, then judges their age by the new minimum (see upsertOnce).
    const tenant = await tx.em.findOneOrFail(Tenant, { id: tenantId }, { lockMode: rowLock(tx.em, 'write') });
    if (settings.minimumAge !== undefined) {
      const { endUsers, erased } = await eraseEndUsersUnder(
        tx.em,
        tx.app.config.suppressionSecret,
        tenant,
        settings.minimumAge,
        tx.app.now(),
      );
      if (endUsers > 0) tx.audit.erased = erased;
    }
    // A field left out (or null) stays as it is: assign() would write undefined into a NOT NULL column.
    for (const [key, value] of Object.entries(settings))
      if (value !== undefined) Object.assign(tenant, { [key]: value });
    await tx.em.flush();
    return tenant;
  });
}

/** How many stored end users a minimum age of `minimumAge` would erase now. */
export async function minimumAgeImpact(ctx: Context, tenantId: string, minimumAge: number): Promise<number> {
  return (await endUsersUnder(ctx.em, tenantId, minimumAge, ctx.app.now())).length;
}
