import { describe, expect, it } from 'vitest';
import { ageAt, isChild } from './age';
import type { ConsentFact } from './consent-state';
import { decide, mayCount, type PolicyEndUser } from './decide';
import { ConsentPurpose, IneligibilityReason, LocationPermission } from './policy-enums';

const NOW = new Date('2026-11-21T12:00:00Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
const record = (purpose: ConsentPurpose, granted: boolean, at: Date): ConsentFact => ({
  purpose,
  granted,
  recordedAt: at,
});

const locationHistories = {
  none: [],
  granted: [record(ConsentPurpose.LOCATION, true, minutesAgo(10))],
  'granted then withdrawn': [
    record(ConsentPurpose.LOCATION, true, minutesAgo(10)),
    record(ConsentPurpose.LOCATION, false, minutesAgo(5)),
  ],
  'withdrawn then granted': [
    record(ConsentPurpose.LOCATION, false, minutesAgo(10)),
    record(ConsentPurpose.LOCATION, true, minutesAgo(5)),
  ],
} satisfies Record<string, ConsentFact[]>;
const marketingHistories = {
  none: [],
  granted: [record(ConsentPurpose.MARKETING, true, minutesAgo(10))],
  withdrawn: [
    record(ConsentPurpose.MARKETING, true, minutesAgo(10)),
    record(ConsentPurpose.MARKETING, false, minutesAgo(1)),
  ],
} satisfies Record<string, ConsentFact[]>;
/** Birth dates relative to NOW (2026-11-21 12:00 UTC, when it is the 21st everywhere): 13 today, and 13 tomorrow. */
const ages = {
  unknown: {},
  'stated 12': { age: 12 },
  'exactly 13 today': { birthDate: '2013-11-21' },
  '13 tomorrow': { birthDate: '2013-11-22' },
  'stated 40': { age: 40 },
} satisfies Record<string, { age?: number; birthDate?: string }>;
const childAt13 = new Set(['stated 12', '13 tomorrow']);

const rows = Object.values(LocationPermission).flatMap((permission) =>
  Object.entries(locationHistories).flatMap(([locationLabel, location]) =>
    Object.entries(marketingHistories).flatMap(([marketingLabel, marketing]) =>
      Object.entries(ages).flatMap(([ageLabel, age]) =>
        [false, true].flatMap((restricted) =>
          [true, false].flatMap((requireMarketingConsent) =>
            [13, 16].map((minimumAge) => ({
              permission,
              locationLabel,
              location,
              marketingLabel,
              marketing,
              ageLabel,
              age,
              restricted,
              requireMarketingConsent,
              minimumAge,
            })),
          ),
        ),
      ),
    ),
  ),
);

/** The rules of DESIGN.md, stated once more independently of the implementation. */
function expectedReasons(r: (typeof rows)[number]): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  const child =
    r.minimumAge === 13 ? childAt13.has(r.ageLabel) : r.ageLabel !== 'unknown' && r.ageLabel !== 'stated 40';
  if (child) reasons.push(IneligibilityReason.UNDER_MINIMUM_AGE);
  if (r.restricted) reasons.push(IneligibilityReason.PROCESSING_RESTRICTED);
  const osAllows = r.permission === LocationPermission.ALWAYS || r.permission === LocationPermission.WHEN_IN_USE;
  const consented = r.locationLabel === 'granted' || r.locationLabel === 'withdrawn then granted';
  if (!(osAllows && consented)) reasons.push(IneligibilityReason.LOCATION_DENIED);
  if (r.requireMarketingConsent && r.marketingLabel !== 'granted')
    reasons.push(IneligibilityReason.MARKETING_CONSENT_MISSING);
  return reasons;
}

export const policyTable = rows.map((r) => ({
  ...r,
  endUser: { ...r.age, locationPermission: r.permission, processingRestricted: r.restricted } satisfies PolicyEndUser,
  consents: [...r.location, ...r.marketing],
  expected: expectedReasons(r),
}));

describe('the processing policy', () => {
  it(`decides every one of the ${policyTable.length} combinations of permission, consent history, age, restriction and tenant settings`, () => {
    const wrong = policyTable.filter((row) => {
      const decision = decide(row.endUser, row.consents, {
        tenant: { minimumAge: row.minimumAge, requireMarketingConsent: row.requireMarketingConsent },
        at: NOW,
      });
      return (
        decision.eligible !== (row.expected.length === 0) ||
        [...decision.reasons].sort().join() !== [...row.expected].sort().join()
      );
    });
    expect(
      wrong.map(
        (w) =>
          `${w.permission}/${w.locationLabel}/${w.marketingLabel}/${w.ageLabel}/r=${w.restricted}/m=${w.requireMarketingConsent}/min=${w.minimumAge}`,
      ),
    ).toEqual([]);
    expect(policyTable.filter((r) => r.expected.length === 0).length).toBeGreaterThan(0);
  });

  it('never lets a tenant lower the minimum age below 13', () => {
    expect(isChild({ age: 12 }, 10, NOW)).toBe(true);
    expect(isChild({ age: 13 }, 10, NOW)).toBe(false);
  });

  it('counts full years from a birth date, on the earliest calendar date anywhere', () => {
    expect(ageAt({ birthDate: '2013-11-21' }, NOW)).toBe(13);
    // At 11:00 UTC it is still the 20th at UTC-12: not 13 anywhere yet.
    expect(ageAt({ birthDate: '2013-11-21' }, new Date('2026-11-21T11:00:00Z'))).toBe(12);
    expect(ageAt({ birthDate: '2013-11-22' }, NOW)).toBe(12);
    expect(ageAt({ birthDate: '2012-02-29' }, new Date('2025-03-01T13:00:00Z'))).toBe(13);
    expect(ageAt({}, NOW)).toBeNull();
  });

  it('treats a withdrawal recorded at the same instant as a grant as the current state', () => {
    const at = minutesAgo(1);
    const decision = decide(
      { locationPermission: LocationPermission.ALWAYS, processingRestricted: false },
      [record(ConsentPurpose.LOCATION, true, at), record(ConsentPurpose.LOCATION, false, at)],
      { tenant: { minimumAge: 13, requireMarketingConsent: false }, at: NOW },
    );
    expect(decision.reasons).toEqual([IneligibilityReason.LOCATION_DENIED]);
  });

  it('answers UNKNOWN_END_USER and TENANT_SUSPENDED', () => {
    expect(decide(null, [], { tenant: { minimumAge: 13, requireMarketingConsent: true }, at: NOW }).reasons).toEqual([
      IneligibilityReason.UNKNOWN_END_USER,
    ]);
    const suspended = decide(
      { locationPermission: LocationPermission.ALWAYS, processingRestricted: false },
      [record(ConsentPurpose.LOCATION, true, NOW)],
      { tenant: { minimumAge: 13, requireMarketingConsent: false, suspended: true }, at: NOW },
    );
    expect(suspended).toEqual({ eligible: false, reasons: [IneligibilityReason.TENANT_SUSPENDED] });
  });

  it('counts an end user in analytics only with ANALYTICS consent, never a child or a restricted one', () => {
    const adult = { age: 30, locationPermission: LocationPermission.DENIED, processingRestricted: false };
    const tenant = { minimumAge: 13, requireMarketingConsent: true };
    const analytics = [record(ConsentPurpose.ANALYTICS, true, NOW)];
    expect(mayCount(adult, analytics, tenant, NOW)).toBe(true);
    expect(mayCount(adult, [], tenant, NOW)).toBe(false);
    expect(mayCount({ ...adult, age: 12 }, analytics, tenant, NOW)).toBe(false);
    expect(mayCount({ ...adult, processingRestricted: true }, analytics, tenant, NOW)).toBe(false);
  });
});
