import type { Role } from '@vicinity/schema/graphql';

/** OWNER and MARKETER change campaigns; ANALYST and PRIVACY_OFFICER only read them. */
export function canChangeCampaigns(role: Role | null | undefined): boolean {
  return role === 'OWNER' || role === 'MARKETER';
}
