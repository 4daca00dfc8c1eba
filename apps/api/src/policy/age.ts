import { DateTime } from 'luxon';

/** The lowest minimum age any tenant may have (COPPA; GDPR Art. 8 lets member states go no lower). */
export const MINIMUM_AGE_FLOOR = 13;

/**
 * The highest minimum age a tenant may set: 21, the highest age any jurisdiction ties to consent or to marketing
 * (the age of majority in a few places, alcohol and gambling marketing in the US). Above it is a typo, and raising
 * the minimum age erases everyone under it.
 */
export const MINIMUM_AGE_CEILING = 21;

export type AgeFacts = { birthDate?: string | null; age?: number | null };

/** The earliest calendar date anywhere on Earth: nobody is treated as a year older before it is so everywhere. */
function earliestDateAnywhere(at: Date): DateTime {
  return DateTime.fromJSDate(at, { zone: 'UTC-12' }).startOf('day').setZone('utc', { keepLocalTime: true });
}

/** The latest birth date (YYYY-MM-DD) of someone who is at least `years` old at `at`, by ageAt's own reckoning. */
export function latestBirthDateForAge(years: number, at: Date): string {
  return earliestDateAnywhere(at).minus({ years }).toISODate()!;
}

/** Full years at `at`, from a birth date (YYYY-MM-DD, a calendar date) or a stated age; null when unknown. */
export function ageAt(facts: AgeFacts, at: Date): number | null {
  if (facts.birthDate) {
    const born = DateTime.fromISO(facts.birthDate, { zone: 'utc' });
    return Math.floor(earliestDateAnywhere(at).diff(born, 'years').years);
  }
  return facts.age ?? null;
}

/** A child is anyone known to be under the tenant's minimum age (never below 13). Unknown age is not known to be a child. */
export function isChild(facts: AgeFacts, tenantMinimumAge: number, at: Date): boolean {
  const age = ageAt(facts, at);
  return age !== null && age < Math.max(tenantMinimumAge, MINIMUM_AGE_FLOOR);
}
