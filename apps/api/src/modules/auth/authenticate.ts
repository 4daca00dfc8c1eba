import type { EntityManager } from '@mikro-orm/core';
import { ApiKey } from './api-key.entity';
import type { Principal } from './principal';
import { API_KEY_PREFIX, hashToken, SESSION_TOKEN_PREFIX } from './secrets';
import { Session } from './session.entity';

const bearer = /^Bearer ([A-Za-z0-9_-]{10,200})$/;

/**
 * Who is calling. A missing, unknown, expired or revoked token is anonymous: resolvers that need someone answer
 * UNAUTHENTICATED, and `me` answers null.
 */
export async function authenticate(
  em: EntityManager,
  authorization: string | undefined,
  now: Date,
): Promise<Principal> {
  const token = authorization?.match(bearer)?.[1];
  if (!token) return { kind: 'anonymous' };
  const tokenHash = hashToken(token);
  if (token.startsWith(SESSION_TOKEN_PREFIX)) {
    const session = await em.findOne(Session, { tokenHash }, { populate: ['operator'] });
    if (!session || session.revokedAt || session.expiresAt <= now) return { kind: 'anonymous' };
    return { kind: 'operator', operator: session.operator, session };
  }
  if (token.startsWith(API_KEY_PREFIX)) {
    const apiKey = await em.findOne(ApiKey, { keyHash: tokenHash }, { filters: false });
    if (!apiKey || apiKey.revokedAt) return { kind: 'anonymous' };
    return { kind: 'apiKey', apiKey, tenantId: apiKey.tenant.id };
  }
  return { kind: 'anonymous' };
}
