import { describe, expect, it } from 'vitest';
import { explainDecision, locationUseWords, REASON_WORDS } from './explain';
import { ConsentPurpose, IneligibilityReason, LocationPermission } from './policy-enums';
import { needsReconsent } from './reconsent';

describe('the words of a decision', () => {
  it('says why an end user is not targeted, reason by reason', () => {
    expect(explainDecision({ eligible: false, reasons: [IneligibilityReason.LOCATION_DENIED] })).toBe(
      'not targeted: no location permission or no location consent',
    );
    expect(
      explainDecision({
        eligible: false,
        reasons: [IneligibilityReason.PROCESSING_RESTRICTED, IneligibilityReason.MARKETING_CONSENT_MISSING],
      }),
    ).toBe('not targeted: processing restricted or objected to, no marketing consent');
    expect(explainDecision({ eligible: true, reasons: [] })).toBe('targeted: every condition is met');
  });

  it.each([
    ['ALWAYS', [], 'location permission given, but no location consent'],
    ['WHEN_IN_USE', [false], 'location permission given, but location consent withdrawn'],
    ['DENIED', [true], 'location permission denied, though location consent given'],
    ['NOT_DETERMINED', [], 'location permission not asked yet and no location consent'],
    ['DENIED', [true, false], 'location permission denied and location consent withdrawn'],
  ] as const)('says which half of the location basis is missing: %s with consents %j', (permission, grants, words) => {
    const consents = grants.map((granted, i) => ({
      purpose: ConsentPurpose.LOCATION,
      granted,
      recordedAt: new Date(Date.UTC(2026, 0, 1 + i)),
    }));
    const decision = { eligible: false, reasons: [IneligibilityReason.LOCATION_DENIED] };
    expect(
      explainDecision(decision, { endUser: { locationPermission: LocationPermission[permission] }, consents }),
    ).toBe(`not targeted: ${words}`);
  });

  it.each([
    ['ALWAYS', [], 'Not allowed: the app has permission (Always), but the person has not consented'],
    ['WHEN_IN_USE', [true], 'Allowed: the app has permission (While using the app) and the person has consented'],
    [
      'ALWAYS',
      [true, false],
      'Not allowed: the app has permission (Always), but the person has withdrawn their consent',
    ],
    ['DENIED', [true], 'Not allowed: the app has no permission (Denied), but the person has consented'],
    ['NOT_DETERMINED', [], 'Not allowed: the app has no permission (not asked yet), and the person has not consented'],
  ] as const)('says whether the location may be used and why: %s with consents %j', (permission, grants, words) => {
    const consents = grants.map((granted, i) => ({
      purpose: ConsentPurpose.LOCATION,
      granted,
      recordedAt: new Date(Date.UTC(2026, 0, 1 + i)),
    }));
    expect(locationUseWords({ locationPermission: LocationPermission[permission] }, consents)).toBe(words);
  });

  it('has words for every reason', () => {
    for (const reason of Object.values(IneligibilityReason)) expect(REASON_WORDS[reason]).toMatch(/\w/);
  });
});

describe('re-consent', () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    ['no consent at all', [], false],
    ['latest under the current version', [{ policyVersion: '2', recordedAt: at('2026-02-01T00:00:00Z') }], false],
    ['latest under an older version', [{ policyVersion: '1', recordedAt: at('2026-02-01T00:00:00Z') }], true],
    [
      'an old consent, then a new one',
      [
        { policyVersion: '2', recordedAt: at('2026-03-01T00:00:00Z') },
        { policyVersion: '1', recordedAt: at('2026-01-01T00:00:00Z') },
      ],
      false,
    ],
  ])('%s', (_label, consents, expected) => {
    expect(needsReconsent(consents, '2')).toBe(expected);
  });
});
