import type { Context } from '../../context';
import { inTransaction } from '../../db/in-transaction';
import { loadForMember, requireMembership, requireOperator } from './authorization';
import { Invitation } from './invitation.entity';
import { acceptWithAnotherEmail, invitationAlreadyAccepted, invitationNotValid } from './invitations.errors';
import { alreadyMember } from './members.errors';
import { Membership } from './membership.entity';
import type { Operator } from './operator.entity';
import { Role } from './role';
import { hashToken, newInvitationToken } from './secrets';

/** Neither accepted nor revoked, and not yet expired at `now`. */
const pendingAt = (now: Date) => ({
  acceptedAt: null,
  revokedAt: null,
  expiresAt: { $gt: now },
});

export async function inviteMember(
  ctx: Context,
  input: { tenantId: string; email: string; role: Role },
): Promise<{ invitation: Invitation; token: string }> {
  const operator = requireOperator(ctx);
  const { tenant } = await requireMembership(ctx, input.tenantId, [Role.OWNER]);
  if (await ctx.em.count(Membership, { tenant: tenant.id, operator: { email: input.email } })) throw alreadyMember();
  const now = ctx.app.now();
  const token = newInvitationToken();
  const invitation = new Invitation({ ...input, tenant, tokenHash: hashToken(token), invitedBy: operator, now });
  await inTransaction(ctx, async (tx) => {
    // Only the newest link for an email works: inviting again replaces the invitation still pending.
    await tx.em.nativeUpdate(
      Invitation,
      { tenant: tenant.id, email: input.email, ...pendingAt(now) },
      { revokedAt: now },
    );
    tx.em.persist(invitation);
  });
  ctx.audit.targetId = invitation.id;
  return { invitation, token };
}

/** OWNER only: the invitations that can still be accepted, newest first. */
export async function listPendingInvitations(ctx: Context, tenantId: string): Promise<Invitation[]> {
  await requireMembership(ctx, tenantId, [Role.OWNER]);
  return ctx.em.find(
    Invitation,
    { tenant: tenantId, ...pendingAt(ctx.app.now()) },
    { populate: ['invitedBy'], orderBy: { createdAt: 'desc', id: 'asc' } },
  );
}

/** Revoking twice is harmless and keeps the first revocation time. */
export async function revokeInvitation(ctx: Context, id: string): Promise<Invitation> {
  const invitation = await loadForMember(ctx, Invitation, id, [Role.OWNER], 'Invitation');
  if (invitation.acceptedAt) throw invitationAlreadyAccepted();
  invitation.revokedAt ??= ctx.app.now();
  await ctx.em.flush();
  await ctx.em.populate(invitation, ['invitedBy']);
  return invitation;
}

/** The invitation a token opens, whatever its tenant, while it can still be accepted; otherwise null. */
export function usableInvitation(ctx: Context, token: string): Promise<Invitation | null> {
  return ctx.em.findOne(
    Invitation,
    { tokenHash: hashToken(token), ...pendingAt(ctx.app.now()) },
    { populate: ['tenant'], filters: false },
  );
}

/**
 * Makes `operator` a member with the invited role and uses the invitation up, in the caller's transaction. The claim
 * is one conditional update, so of two requests racing with the same token only one succeeds.
 */
export async function redeemInvitation(tx: Context, invitation: Invitation, operator: Operator): Promise<Membership> {
  tx.audit.tenantId = invitation.tenant.id;
  const tenant = invitation.tenant.id;
  if (await tx.em.count(Membership, { tenant, operator: operator.id }, { filters: false })) throw alreadyMember();
  const now = tx.app.now();
  const claimed = await tx.em.nativeUpdate(
    Invitation,
    { id: invitation.id, ...pendingAt(now) },
    { acceptedAt: now },
    { filters: false },
  );
  if (claimed !== 1) throw invitationNotValid();
  const membership = new Membership(invitation.tenant, operator, invitation.role);
  tx.em.persist(membership);
  await tx.em.flush();
  tx.audit.targetId = membership.id;
  return membership;
}

/** A signed-in operator accepts an invitation sent to their own email. */
export async function acceptInvitation(ctx: Context, token: string): Promise<Membership> {
  const operator = requireOperator(ctx);
  const invitation = await usableInvitation(ctx, token);
  if (!invitation) throw invitationNotValid();
  ctx.audit.tenantId = invitation.tenant.id;
  ctx.audit.targetId = invitation.id;
  if (invitation.email !== operator.email) throw acceptWithAnotherEmail();
  return inTransaction(ctx, (tx) => redeemInvitation(tx, invitation, operator));
}
