import { describe, expect, it } from 'vitest';
import { describeRow, NOW, policyTable, record } from '../../test/policy-table';
import { ageAt, isChild } from './age';
import { decide, mayCount } from './decide';
import { ConsentPurpose, IneligibilityReason, LocationPermission } from './policy-enums';

const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);

describe('the processing policy', () => {
  it(`decides every one of the ${policyTable.length} combinations of permission, consent history, age, restriction, objection and tenant settings and suspension`, () => {
    const wrong = policyTable.filter((row) => {
      const decision = decide(row.endUser, row.consents, { tenant: row.tenant, at: NOW });
      return (
        decision.eligible !== (row.expected.length === 0) ||
        [...decision.reasons].sort().join() !== [...row.expected].sort().join()
      );
    });
    expect(wrong.map(describeRow)).toEqual([]);
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
