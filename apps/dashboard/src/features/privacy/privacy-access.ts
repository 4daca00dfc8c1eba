import type { Role } from '@vicinity/schema/graphql';

/** Privacy work (requests, end users, audit, retention) is for these roles only; the API enforces the same. */
export function canHandlePrivacy(role: Role | null | undefined): boolean {
  return role === 'OWNER' || role === 'PRIVACY_OFFICER';
}

export const privacyForbiddenMessage =
  'Only owners and privacy officers of this tenant can see and handle privacy matters. Ask an owner if you need access.';
