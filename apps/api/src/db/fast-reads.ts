import type { Config } from '../config';
import type { LocationPermission } from '../policy/policy-enums';
import { postgresFastReads } from './fast-reads.postgres';
import { sqliteFastReads } from './fast-reads.sqlite';

/** What eligibility needs of an end user: the facts the policy reads and the current consent state, nothing else. */
export type EligibilityEndUser = {
  id: string;
  /** Read with the end user, so a change to places or campaigns is seen at once, the index rebuilt on the next query. */
  catalogVersion: number;
  birthDate: string | null;
  age: number | null;
  locationPermission: LocationPermission;
  restricted: boolean;
  locationConsent: boolean;
  marketingConsent: boolean;
  analyticsConsent: boolean;
  thirdPartySharingConsent: boolean;
};

export type ActiveApiKey = { id: string; tenantId: string };

export type TenantSnapshot = {
  id: string;
  minimumAge: number;
  requireMarketingConsent: boolean;
  suspendedAt: Date | null;
  timezone: string;
};

/**
 * The reads of the SDK's hot path, as prepared statements on a connection of their own: no query building, no entity
 * hydration, no identity map. Everything else goes through the ORM.
 */
export interface FastReads {
  endUser(tenantId: string, deviceId: string): Promise<EligibilityEndUser | undefined>;
  isSuppressed(tenantId: string, deviceHash: string): Promise<boolean>;
  /** When each of these campaigns was last delivered to the end user, since `since`. */
  deliveries(
    endUserId: string,
    campaignIds: string[],
    since: Date,
  ): Promise<{ campaignId: string; occurredAt: Date }[]>;
  activeApiKey(keyHash: string): Promise<ActiveApiKey | undefined>;
  tenant(id: string): Promise<TenantSnapshot | undefined>;
  cacheEpoch(): Promise<number>;
  close(): Promise<void>;
}

export function openFastReads(database: Config['database']): FastReads {
  return database.kind === 'sqlite' ? sqliteFastReads(database.path) : postgresFastReads(database.url);
}

/** One indexed read: the end user by (tenant, device) and their tenant's catalog version by primary key. */
export const END_USER_SQL =
  'select u.id, u.birth_date, u.age, u.location_permission, u.restricted_at, u.objected_at, u.location_consent, ' +
  'u.marketing_consent, u.analytics_consent, u.third_party_sharing_consent, t.catalog_version ' +
  'from end_user u join tenant t on t.id = u.tenant_id where u.tenant_id = ? and u.device_id = ?';
export const TENANT_SQL =
  'select id, minimum_age, require_marketing_consent, suspended_at, timezone from tenant where id = ?';

type Row = Record<string, unknown>;

export const toEndUser = (r: Row): EligibilityEndUser => ({
  id: String(r.id),
  catalogVersion: Number(r.catalog_version),
  birthDate: (r.birth_date as string | null) ?? null,
  age: r.age === null ? null : Number(r.age),
  locationPermission: r.location_permission as LocationPermission,
  restricted: r.restricted_at !== null || r.objected_at !== null,
  locationConsent: Boolean(r.location_consent),
  marketingConsent: Boolean(r.marketing_consent),
  analyticsConsent: Boolean(r.analytics_consent),
  thirdPartySharingConsent: Boolean(r.third_party_sharing_consent),
});

export const toTenant = (r: Row, date: (v: unknown) => Date): TenantSnapshot => ({
  id: String(r.id),
  minimumAge: Number(r.minimum_age),
  requireMarketingConsent: Boolean(r.require_marketing_consent),
  suspendedAt: r.suspended_at === null ? null : date(r.suspended_at),
  timezone: String(r.timezone),
});
