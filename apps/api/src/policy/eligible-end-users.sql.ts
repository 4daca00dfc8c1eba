import { latestBirthDateForAge, MINIMUM_AGE_FLOOR } from './age';
import type { PolicyTenant } from './decide';
import { ConsentPurpose, LocationPermission } from './policy-enums';

/** The latest consent of one purpose is a grant; on a tie a withdrawal wins, as in isGranted(). */
export const latestConsentGranted = (alias: string, purpose: ConsentPurpose) =>
  `(select c.granted from consent_record c where c.end_user_id = ${alias}.id and c.purpose = '${purpose}' ` +
  `order by c.recorded_at desc, c.granted asc limit 1) = true`;

/**
 * decide()'s SQL twin, for bulk reads (audiences): the same rules as a WHERE fragment over end_user `alias`, so that
 * pages are filled by the database and counts are right. Tested to agree with decide() on the whole policy table.
 */
export function eligibleEndUsersSql(alias: string, tenant: PolicyTenant, at: Date): { sql: string; params: unknown[] } {
  const minimumAge = Math.max(tenant.minimumAge, MINIMUM_AGE_FLOOR);
  const clauses = [
    `${alias}.restricted_at is null`,
    `${alias}.objected_at is null`,
    `${alias}.location_permission in ('${LocationPermission.ALWAYS}', '${LocationPermission.WHEN_IN_USE}')`,
    `(${alias}.birth_date is null or ${alias}.birth_date <= ?)`,
    `(${alias}.age is null or ${alias}.age >= ?)`,
    latestConsentGranted(alias, ConsentPurpose.LOCATION),
  ];
  if (tenant.requireMarketingConsent) clauses.push(latestConsentGranted(alias, ConsentPurpose.MARKETING));
  if (tenant.suspended) clauses.push('1 = 0');
  return { sql: clauses.join(' and '), params: [latestBirthDateForAge(minimumAge, at), minimumAge] };
}
