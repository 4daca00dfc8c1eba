import { describe, expect, it } from 'vitest';
import { explainDecision, REASON_WORDS } from './explain';
import { IneligibilityReason } from './policy-enums';
import { needsReconsent } from './reconsent';

describe('the words of a decision', () => {
  it('says why an end user is not targeted, reason by reason', () => {
    expect(explainDecision({ eligible: false, reasons: [IneligibilityReason.LOCATION_DENIED] })).toBe(
      'not targeted: location permission denied',
    );
    expect(
      explainDecision({
        eligible: false,
        reasons: [IneligibilityReason.PROCESSING_RESTRICTED, IneligibilityReason.MARKETING_CONSENT_MISSING],
      }),
    ).toBe('not targeted: processing restricted or objected to, no marketing consent');
    expect(explainDecision({ eligible: true, reasons: [] })).toBe('targeted: every condition is met');
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
