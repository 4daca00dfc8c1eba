export type VersionedConsent = { policyVersion: string; recordedAt: Date };

/**
 * An end user needs to consent again when their latest consent, of any purpose, was given under another privacy
 * policy version than the tenant's current one (on a tie, a consent under the current version counts as the latest).
 * Someone who never consented has nothing to renew.
 */
export function needsReconsent(consents: readonly VersionedConsent[], currentPolicyVersion: string): boolean {
  let latest: VersionedConsent | undefined;
  for (const c of consents) {
    const t = c.recordedAt.getTime();
    const lt = latest?.recordedAt.getTime();
    if (!latest || t > lt! || (t === lt && c.policyVersion === currentPolicyVersion)) latest = c;
  }
  return latest !== undefined && latest.policyVersion !== currentPolicyVersion;
}
