import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context';
import { inTransaction } from '../../db/in-transaction';
import { invalidCredentials, tooManyAttempts } from './auth.errors';
import type { Invitation } from './invitation.entity';
import { invitationNotValid, signUpWithAnotherEmail } from './invitations.errors';
import { redeemInvitation, usableInvitation } from './invitations.service';
import { Operator } from './operator.entity';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password';
import { hashToken, newSessionToken } from './secrets';
import { Session } from './session.entity';

export type SignedIn = {
  token: string;
  operator: Operator;
  /** The tenant an invitation just made the operator a member of, for the dashboard to open. */
  joinedTenantId?: string;
};

async function startSession(ctx: Context, operator: Operator): Promise<SignedIn> {
  const token = newSessionToken();
  const expiresAt = new Date(ctx.app.now().getTime() + ctx.app.config.sessionTtlHours * 3600_000);
  ctx.em.persist(new Session(operator, hashToken(token), expiresAt));
  await ctx.em.flush();
  ctx.audit.actorId = operator.id;
  return { token, operator };
}

const throttleKeys = (ctx: Context, email: string) => [`email:${email}`, `ip:${ctx.clientIp}`];

async function refuseWhileThrottled(ctx: Context, email: string): Promise<void> {
  const wait = await ctx.app.loginThrottle.retryAfterSeconds(throttleKeys(ctx, email), ctx.app.now().getTime());
  if (wait > 0) throw tooManyAttempts(wait);
}

const withEmail = (ctx: Context, email: string) => ctx.em.findOne(Operator, { email }, { populate: ['passwordHash'] });

/** `operator` (found by `email`), when `password` is theirs; any other case is one failure, counted and answered alike. */
async function passwordHolder(
  ctx: Context,
  operator: Operator | null,
  email: string,
  password: string,
): Promise<Operator> {
  const ok = operator ? await verifyPassword(operator.passwordHash, password) : await verifyAgainstNothing(password);
  if (!operator || !ok) {
    await ctx.app.loginThrottle.recordFailure(throttleKeys(ctx, email), ctx.app.now().getTime());
    throw invalidCredentials();
  }
  await ctx.app.loginThrottle.recordSuccess([`email:${email}`]);
  return operator;
}

async function invitationFor(ctx: Context, token: string, email: string): Promise<Invitation> {
  const invitation = await usableInvitation(ctx, token);
  if (!invitation) throw invitationNotValid();
  if (invitation.email !== email) throw signUpWithAnotherEmail();
  return invitation;
}

/**
 * Signing up with an email that is already registered answers exactly as logging in with it would: the right
 * password signs its operator in, any other is the log-in's one failure, throttled with the log-in's counters. So
 * sign-up tells nobody more about which emails are registered than log-in does.
 */
export async function signUp(
  ctx: Context,
  input: { email: string; password: string; name: string; invitation?: string },
): Promise<SignedIn> {
  await refuseWhileThrottled(ctx, input.email);
  // Checked before anything about the email: a bad link gets the same answer whether the email is registered or not.
  const invitation = input.invitation ? await invitationFor(ctx, input.invitation, input.email) : undefined;
  const registered = await withEmail(ctx, input.email);
  const operator = registered
    ? await passwordHolder(ctx, registered, input.email, input.password)
    : new Operator(input.email, input.name, await hashPassword(input.password));
  try {
    return await inTransaction(ctx, async (tx) => {
      tx.em.persist(operator);
      const joined = invitation ? await redeemInvitation(tx, invitation, operator) : undefined;
      return { ...(await startSession(tx, operator)), joinedTenantId: joined?.tenant.id };
    });
  } catch (error) {
    // Someone signed up with this email meanwhile: answered as a registered email with another password.
    if (error instanceof UniqueConstraintViolationException) throw invalidCredentials();
    throw error;
  }
}

export async function logIn(ctx: Context, input: { email: string; password: string }): Promise<SignedIn> {
  await refuseWhileThrottled(ctx, input.email);
  const operator = await withEmail(ctx, input.email);
  return startSession(ctx, await passwordHolder(ctx, operator, input.email, input.password));
}

export async function logOut(ctx: Context, session: Session): Promise<void> {
  session.revokedAt = ctx.app.now();
  await ctx.em.flush();
}
