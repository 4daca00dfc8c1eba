import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { scopeToTenant } from '../../db/tenant-filter';
import { AppError, ErrorCode, forbidden, notFound, unauthenticated } from '../../graphql/app-error';
import { Membership } from './membership.entity';
import type { Operator } from './operator.entity';
import { Role } from './role';

export const ALL_ROLES = Object.values(Role);

export function requireOperator(ctx: Context): Operator {
  if (ctx.principal.kind === 'operator') return ctx.principal.operator;
  if (ctx.principal.kind === 'apiKey') throw forbidden('API keys cannot do this; sign in as an operator');
  throw unauthenticated();
}

/** SDK operations accept API keys only. */
export function requireApiKey(ctx: Context): { tenantId: string; apiKeyId: string } {
  if (ctx.principal.kind === 'apiKey') return { tenantId: ctx.principal.tenantId, apiKeyId: ctx.principal.apiKeyId };
  if (ctx.principal.kind === 'operator') throw forbidden('This operation takes an API key');
  throw new AppError(ErrorCode.UNAUTHENTICATED, 'A valid API key is required');
}

/**
 * The calling operator's membership of `tenantId`, with one of `roles`. A tenant the operator is not a member of is
 * NOT_FOUND, so its existence is not revealed; a member without the role is FORBIDDEN. From here on the request is
 * scoped to that tenant.
 */
export async function requireMembership(
  ctx: Context,
  tenantId: string,
  roles: readonly Role[] = ALL_ROLES,
  /** What the caller asked for, named in NOT_FOUND when the tenant is not theirs. */
  hiddenAs = 'Tenant',
): Promise<Membership> {
  const operator = requireOperator(ctx);
  const membership = await ctx.em.findOne(
    Membership,
    { tenant: tenantId, operator: operator.id },
    { populate: ['tenant'], filters: false },
  );
  if (!membership) throw notFound(hiddenAs);
  ctx.roles.set(tenantId, membership.role);
  ctx.audit.tenantId = tenantId;
  if (!roles.includes(membership.role)) {
    throw forbidden(`This needs the role ${roles.join(' or ')}; you are ${membership.role}`);
  }
  scopeToTenant(ctx.em, tenantId);
  return membership;
}

/**
 * Loads a tenant-owned object by id for the calling operator: NOT_FOUND unless they are a member of its tenant,
 * FORBIDDEN without one of `roles`. Writes must go through an object loaded this way (filters do not guard writes).
 * Who is calling is checked before anything is looked up, so that an anonymous or API-key caller learns nothing from
 * an id: another tenant's object and an unknown id get the same answer.
 */
export async function loadForMember<T extends { id: string; tenant: { id: string } }>(
  ctx: Context,
  entity: EntityName<T>,
  id: string,
  roles: readonly Role[],
  what: string,
): Promise<T> {
  requireOperator(ctx);
  const found = await ctx.em.findOne(entity, { id } as FilterQuery<T>, { filters: false });
  if (!found) throw notFound(what);
  ctx.audit.targetId = id;
  await requireMembership(ctx, found.tenant.id, roles, what);
  return found;
}
