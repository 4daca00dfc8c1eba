import { hash, randomBytes } from 'node:crypto';

export const SESSION_TOKEN_PREFIX = 'vs_';
export const API_KEY_PREFIX = 'vk_';

/** Tokens carry 256 random bits, so a fast hash is enough to store them safely (no dictionary to attack). */
export const hashToken = (token: string): string => hash('sha256', token, 'hex');

export function newSessionToken(): string {
  return SESSION_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function newApiKey(): { key: string; prefix: string } {
  const visible = randomBytes(6).toString('base64url').replace(/[-_]/g, 'x');
  const prefix = `${API_KEY_PREFIX}${visible}`;
  return { key: `${prefix}_${randomBytes(32).toString('base64url')}`, prefix };
}

export const INVITATION_TOKEN_PREFIX = 'vi_';

export function newInvitationToken(): string {
  return INVITATION_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}
