import type { ConsentFact } from '../../policy/consent-state';
import type { PolicyEndUser, PolicyTenant } from '../../policy/decide';
import type { Tenant } from '../tenants/tenant.entity';
import type { ConsentRecord } from './consent-record.entity';
import type { EndUser } from './end-user.entity';

/** What the policy needs to know of a stored end user, and nothing more. */
export const policyEndUser = (u: EndUser): PolicyEndUser => ({
  birthDate: u.birthDate,
  age: u.age,
  locationPermission: u.locationPermission,
  processingRestricted: Boolean(u.restrictedAt || u.objectedAt),
});

export const policyTenant = (t: Tenant): PolicyTenant => ({
  minimumAge: t.minimumAge,
  requireMarketingConsent: t.requireMarketingConsent,
  suspended: Boolean(t.suspendedAt),
});

export const consentFacts = (records: readonly ConsentRecord[]): ConsentFact[] =>
  records.map((r) => ({ purpose: r.purpose, granted: r.granted, recordedAt: r.recordedAt }));
