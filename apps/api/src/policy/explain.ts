import { type ConsentFact, isGranted } from './consent-state';
import { type Decision, permissionAllowsLocation, type PolicyEndUser } from './decide';
import { ConsentPurpose, IneligibilityReason, LocationPermission } from './policy-enums';

/** Why an end user is not targeted, in the words the dashboard shows a privacy officer. */
export const REASON_WORDS: Record<IneligibilityReason, string> = {
  [IneligibilityReason.UNKNOWN_END_USER]: 'no such end user',
  [IneligibilityReason.LOCATION_DENIED]: 'no location permission or no location consent',
  [IneligibilityReason.UNDER_MINIMUM_AGE]: 'under the minimum age',
  [IneligibilityReason.MARKETING_CONSENT_MISSING]: 'no marketing consent',
  [IneligibilityReason.PROCESSING_RESTRICTED]: 'processing restricted or objected to',
  [IneligibilityReason.TENANT_SUSPENDED]: 'the tenant is suspended',
};

/**
 * Which half of the location basis is missing, in words: "location permission given, but no location consent" beside
 * a profile whose permission reads Always is the reason, where "location denied" looked like a contradiction.
 */
export function locationWords(endUser: Pick<PolicyEndUser, 'locationPermission'>, consents: readonly ConsentFact[]) {
  const permitted = permissionAllowsLocation(endUser.locationPermission);
  const consented = isGranted(consents, ConsentPurpose.LOCATION);
  const recorded = consents.some((c) => c.purpose === ConsentPurpose.LOCATION);
  const consent = consented
    ? 'location consent given'
    : recorded
      ? 'location consent withdrawn'
      : 'no location consent';
  const permission = permitted
    ? 'location permission given'
    : endUser.locationPermission === LocationPermission.NOT_DETERMINED
      ? 'location permission not asked yet'
      : 'location permission denied';
  if (permitted) return `${permission}, but ${consent}`;
  if (consented) return `${permission}, though ${consent}`;
  return `${permission} and ${consent}`;
}

/**
 * One sentence for a decision: "targeted: every condition is met" or "not targeted: <reason>, <reason>"; given the end
 * user and their consents, the location reason says which half is missing.
 */
export function explainDecision(
  decision: Decision,
  subject?: { endUser: Pick<PolicyEndUser, 'locationPermission'>; consents: readonly ConsentFact[] },
): string {
  if (decision.eligible) return 'targeted: every condition is met';
  const words = (reason: IneligibilityReason) =>
    reason === IneligibilityReason.LOCATION_DENIED && subject
      ? locationWords(subject.endUser, subject.consents)
      : REASON_WORDS[reason];
  return `not targeted: ${decision.reasons.map(words).join(', ')}`;
}

const PERMISSION_WORDS: Record<LocationPermission, string> = {
  [LocationPermission.ALWAYS]: 'Always',
  [LocationPermission.WHEN_IN_USE]: 'While using the app',
  [LocationPermission.DENIED]: 'Denied',
  [LocationPermission.NOT_DETERMINED]: 'not asked yet',
};

/**
 * Whether the location may be used, and why, for a profile: both the app's permission and the person's consent are
 * needed, so "not allowed — the app has permission (Always), but the person has not consented" where a bare "denied"
 * beside "permission: Always" read as a contradiction.
 */
export function locationUseWords(
  endUser: Pick<PolicyEndUser, 'locationPermission'>,
  consents: readonly ConsentFact[],
): string {
  const permitted = permissionAllowsLocation(endUser.locationPermission);
  const consented = isGranted(consents, ConsentPurpose.LOCATION);
  const withdrawn = !consented && consents.some((c) => c.purpose === ConsentPurpose.LOCATION);
  const permission = permitted
    ? `the app has permission (${PERMISSION_WORDS[endUser.locationPermission]})`
    : `the app has no permission (${PERMISSION_WORDS[endUser.locationPermission]})`;
  const consent = consented
    ? 'the person has consented'
    : withdrawn
      ? 'the person has withdrawn their consent'
      : 'the person has not consented';
  if (permitted && consented) return `Allowed: ${permission} and ${consent}`;
  return `Not allowed: ${permission}${permitted || consented ? ', but' : ', and'} ${consent}`;
}
