import { latestBirthDateForAge, MINIMUM_AGE_FLOOR } from './age';
import type { PolicyTenant } from './decide';
import { latestConsentGranted } from './eligible-end-users.sql';
import { ConsentPurpose, LocationPermission } from './policy-enums';

type SqlCondition = { sql: string; params: unknown[] };

/**
 * End users whose data may be processed at all: of age, not restricted, not objecting. The first two rules of
 * mayCount(), over end_user `alias`; everyone else is never counted as opted in, reachable or engaged.
 */
export function processableEndUsersSql(alias: string, tenant: PolicyTenant, at: Date): SqlCondition {
  const minimumAge = Math.max(tenant.minimumAge, MINIMUM_AGE_FLOOR);
  return {
    sql: [
      `${alias}.restricted_at is null`,
      `${alias}.objected_at is null`,
      `(${alias}.birth_date is null or ${alias}.birth_date <= ?)`,
      `(${alias}.age is null or ${alias}.age >= ?)`,
    ].join(' and '),
    params: [latestBirthDateForAge(minimumAge, at), minimumAge],
  };
}

/** hasLocationBasis()'s twin: the OS permits location AND the latest LOCATION consent is a grant. */
export const locationBasisSql = (alias: string): string =>
  `${alias}.location_permission in ('${LocationPermission.ALWAYS}', '${LocationPermission.WHEN_IN_USE}') and ` +
  latestConsentGranted(alias, ConsentPurpose.LOCATION);

/** The latest consent of `purpose` is a grant, as isGranted() reads the ledger. */
export const consentGrantedSql = (alias: string, purpose: ConsentPurpose): string =>
  latestConsentGranted(alias, purpose);

/** mayCount()'s twin: whose engagement analytics may count. */
export function countableEndUsersSql(alias: string, tenant: PolicyTenant, at: Date): SqlCondition {
  const processable = processableEndUsersSql(alias, tenant, at);
  return {
    sql: `${processable.sql} and ${consentGrantedSql(alias, ConsentPurpose.ANALYTICS)}`,
    params: processable.params,
  };
}
