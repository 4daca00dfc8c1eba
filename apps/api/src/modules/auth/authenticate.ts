import type { EntityManager } from '@mikro-orm/core';
import type { ActiveApiKey } from '../../db/fast-reads';
import type { Principal } from './principal';
import { API_KEY_PREFIX, hashToken, SESSION_TOKEN_PREFIX } from './secrets';
import { Session } from './session.entity';

const bearer = /^Bearer ([A-Za-z0-9_-]{10,200})$/;

export type Credentials = {
  /** The request's entity manager, forked only when an operator's session has to be loaded into it. */
  em: () => EntityManager;
  /** Active API keys by hash, from the in-process cache (dropped on any key change, here or on another replica). */
  apiKey: (keyHash: string) => Promise<ActiveApiKey | undefined>;
};

/**
 * Who is calling. A missing, unknown, expired or revoked token is anonymous: resolvers that need someone answer
 * UNAUTHENTICATED, and `me` answers null.
 */
export async function authenticate(
  authorization: string | undefined,
  now: Date,
  credentials: Credentials,
): Promise<Principal> {
  const token = authorization?.match(bearer)?.[1];
  if (!token) return { kind: 'anonymous' };
  const tokenHash = hashToken(token);
  if (token.startsWith(SESSION_TOKEN_PREFIX)) {
    const session = await credentials.em().findOne(Session, { tokenHash }, { populate: ['operator'] });
    if (!session || session.revokedAt || session.expiresAt <= now) return { kind: 'anonymous' };
    return { kind: 'operator', operator: session.operator, session };
  }
  if (token.startsWith(API_KEY_PREFIX)) {
    const apiKey = await credentials.apiKey(tokenHash);
    return apiKey ? { kind: 'apiKey', apiKeyId: apiKey.id, tenantId: apiKey.tenantId } : { kind: 'anonymous' };
  }
  return { kind: 'anonymous' };
}
