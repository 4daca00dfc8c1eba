import type { Role } from '@vicinity/schema/graphql';

/** Owners and marketers change places; analysts and privacy officers read them. */
export function canEditPlaces(role: Role | null | undefined): boolean {
  return role === 'OWNER' || role === 'MARKETER';
}
