import { isChild } from './age';
import { type ConsentFact, isGranted } from './consent-state';
import { ConsentPurpose, IneligibilityReason, LocationPermission } from './policy-enums';

export type PolicyEndUser = {
  birthDate?: string | null;
  age?: number | null;
  locationPermission: LocationPermission;
  /** GDPR Art. 18 restriction or Art. 21 objection in force: storage only. */
  processingRestricted: boolean;
};

export type PolicyTenant = { minimumAge: number; requireMarketingConsent: boolean; suspended?: boolean };

export type Decision = { eligible: boolean; reasons: IneligibilityReason[] };

export const permissionAllowsLocation = (p: LocationPermission) =>
  p === LocationPermission.ALWAYS || p === LocationPermission.WHEN_IN_USE;

/** Location basis: the OS permits it AND the latest LOCATION consent is a grant. */
export function hasLocationBasis(endUser: PolicyEndUser, consents: readonly ConsentFact[]): boolean {
  return permissionAllowsLocation(endUser.locationPermission) && isGranted(consents, ConsentPurpose.LOCATION);
}

/**
 * May this end user be targeted here and now? The one place the rule lives: eligibility, audiences, exports and
 * analytics all ask it (or its SQL twin, tested to agree).
 */
export function decide(
  endUser: PolicyEndUser | null,
  consents: readonly ConsentFact[],
  context: { tenant: PolicyTenant; at: Date },
): Decision {
  const reasons: IneligibilityReason[] = [];
  if (context.tenant.suspended) reasons.push(IneligibilityReason.TENANT_SUSPENDED);
  if (!endUser) {
    reasons.push(IneligibilityReason.UNKNOWN_END_USER);
    return { eligible: false, reasons };
  }
  if (isChild(endUser, context.tenant.minimumAge, context.at)) reasons.push(IneligibilityReason.UNDER_MINIMUM_AGE);
  if (endUser.processingRestricted) reasons.push(IneligibilityReason.PROCESSING_RESTRICTED);
  if (!hasLocationBasis(endUser, consents)) reasons.push(IneligibilityReason.LOCATION_DENIED);
  if (context.tenant.requireMarketingConsent && !isGranted(consents, ConsentPurpose.MARKETING)) {
    reasons.push(IneligibilityReason.MARKETING_CONSENT_MISSING);
  }
  return { eligible: reasons.length === 0, reasons };
}

/** Processing for one purpose beyond storage: never a child, never while restricted or objected to, only with consent. */
function mayProcessFor(
  purpose: ConsentPurpose,
  endUser: PolicyEndUser,
  consents: readonly ConsentFact[],
  tenant: PolicyTenant,
  at: Date,
): boolean {
  return !isChild(endUser, tenant.minimumAge, at) && !endUser.processingRestricted && isGranted(consents, purpose);
}

/** May this end user's engagement be counted in analytics? Never children, never the restricted, only with consent. */
export const mayCount = (endUser: PolicyEndUser, consents: readonly ConsentFact[], tenant: PolicyTenant, at: Date) =>
  mayProcessFor(ConsentPurpose.ANALYTICS, endUser, consents, tenant, at);

/**
 * May a webhook payload name this end user to the tenant's other systems? Only with THIRD_PARTY_SHARING consent, never
 * a child, never while processing is restricted or objected to. Otherwise the event still goes, unnamed.
 */
export const mayIdentifyToThirdParties = (
  endUser: PolicyEndUser,
  consents: readonly ConsentFact[],
  tenant: PolicyTenant,
  at: Date,
) => mayProcessFor(ConsentPurpose.THIRD_PARTY_SHARING, endUser, consents, tenant, at);
