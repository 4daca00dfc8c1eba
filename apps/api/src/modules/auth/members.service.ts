import type { Context } from '../../context';
import { inTransaction } from '../../db/in-transaction';
import { loadForMember, requireMembership } from './authorization';
import { alreadyMember, lastOwner, noSuchOperator } from './members.errors';
import { Membership } from './membership.entity';
import { Operator } from './operator.entity';
import { Role } from './role';

export function listMembers(ctx: Context, tenantId: string): Promise<Membership[]> {
  return ctx.em.find(
    Membership,
    { tenant: tenantId },
    { populate: ['operator'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}

export async function addMember(ctx: Context, tenantId: string, email: string, role: Role): Promise<Membership> {
  const { tenant } = await requireMembership(ctx, tenantId, [Role.OWNER]);
  const operator = await ctx.em.findOne(Operator, { email });
  if (!operator) throw noSuchOperator();
  if (await ctx.em.count(Membership, { tenant: tenantId, operator: operator.id })) throw alreadyMember();
  const membership = new Membership(tenant, operator, role);
  await ctx.em.persistAndFlush(membership);
  ctx.audit.targetId = membership.id;
  return membership;
}

/** Loads a membership by id, then requires the caller to be OWNER of that membership's tenant. */
async function ownedMembership(ctx: Context, membershipId: string): Promise<Membership> {
  return loadForMember(ctx, Membership, membershipId, [Role.OWNER], 'Membership');
}

async function assertAnotherOwnerRemains(ctx: Context, target: Membership): Promise<void> {
  if (target.role !== Role.OWNER) return;
  const owners = await ctx.em.count(Membership, { tenant: target.tenant.id, role: Role.OWNER });
  if (owners <= 1) throw lastOwner();
}

export async function changeMemberRole(ctx: Context, membershipId: string, role: Role): Promise<Membership> {
  return inTransaction(ctx, async (tx) => {
    const target = await ownedMembership(tx, membershipId);
    if (role !== Role.OWNER) await assertAnotherOwnerRemains(tx, target);
    target.role = role;
    return target;
  });
}

export async function removeMember(ctx: Context, membershipId: string): Promise<string> {
  return inTransaction(ctx, async (tx) => {
    const target = await ownedMembership(tx, membershipId);
    await assertAnotherOwnerRemains(tx, target);
    tx.em.remove(target);
    return target.id;
  });
}
