import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context';
import { emailTaken, invalidCredentials, tooManyAttempts } from './auth.errors';
import { Operator } from './operator.entity';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password';
import { hashToken, newSessionToken } from './secrets';
import { Session } from './session.entity';

export type SignedIn = { token: string; operator: Operator };

async function startSession(ctx: Context, operator: Operator): Promise<SignedIn> {
  const token = newSessionToken();
  const expiresAt = new Date(ctx.app.now().getTime() + ctx.app.config.sessionTtlHours * 3600_000);
  ctx.em.persist(new Session(operator, hashToken(token), expiresAt));
  await ctx.em.flush();
  ctx.audit.actorId = operator.id;
  return { token, operator };
}

export async function signUp(
  ctx: Context,
  input: { email: string; password: string; name: string },
): Promise<SignedIn> {
  if (await ctx.em.count(Operator, { email: input.email })) throw emailTaken();
  const operator = new Operator(input.email, input.name, await hashPassword(input.password));
  ctx.em.persist(operator);
  try {
    return await startSession(ctx, operator);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw emailTaken();
    throw error;
  }
}

export async function logIn(ctx: Context, input: { email: string; password: string }): Promise<SignedIn> {
  const throttleKeys = [`email:${input.email}`, `ip:${ctx.clientIp}`];
  const now = ctx.app.now().getTime();
  const wait = await ctx.app.loginThrottle.retryAfterSeconds(throttleKeys, now);
  if (wait > 0) throw tooManyAttempts(wait);

  const operator = await ctx.em.findOne(Operator, { email: input.email }, { populate: ['passwordHash'] });
  const ok = operator
    ? await verifyPassword(operator.passwordHash, input.password)
    : await verifyAgainstNothing(input.password);
  if (!operator || !ok) {
    await ctx.app.loginThrottle.recordFailure(throttleKeys, now);
    throw invalidCredentials();
  }
  await ctx.app.loginThrottle.recordSuccess([`email:${input.email}`]);
  return startSession(ctx, operator);
}

export async function logOut(ctx: Context, session: Session): Promise<void> {
  session.revokedAt = ctx.app.now();
  await ctx.em.flush();
}
