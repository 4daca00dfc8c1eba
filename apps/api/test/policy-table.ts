import type { ConsentFact } from '../src/policy/consent-state';
import type { PolicyEndUser, PolicyTenant } from '../src/policy/decide';
import { ConsentPurpose, IneligibilityReason, LocationPermission } from '../src/policy/policy-enums';

/** Every combination the policy must get right, with the expected reasons stated independently of the code. */
export const NOW = new Date('2026-11-21T12:00:00Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
export const record = (purpose: ConsentPurpose, granted: boolean, at: Date): ConsentFact => ({
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
/** GDPR Art. 18 restriction and Art. 21 objection are stored apart; either one stops processing. */
const restrictions = ['none', 'restricted', 'objected'] as const;
export type Restriction = (typeof restrictions)[number];

const rows = Object.values(LocationPermission).flatMap((permission) =>
  Object.entries(locationHistories).flatMap(([locationLabel, location]) =>
    Object.entries(marketingHistories).flatMap(([marketingLabel, marketing]) =>
      Object.entries(ages).flatMap(([ageLabel, age]) =>
        restrictions.flatMap((restriction) =>
          [true, false].flatMap((requireMarketingConsent) =>
            [13, 16].flatMap((minimumAge) =>
              [false, true].map((suspended) => ({
                permission,
                locationLabel,
                location,
                marketingLabel,
                marketing,
                ageLabel,
                age,
                restriction,
                requireMarketingConsent,
                minimumAge,
                suspended,
              })),
            ),
          ),
        ),
      ),
    ),
  ),
);

/** The rules of DESIGN.md, stated once more independently of the implementation. */
function expectedReasons(r: (typeof rows)[number]): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  if (r.suspended) reasons.push(IneligibilityReason.TENANT_SUSPENDED);
  const child =
    r.minimumAge === 13 ? childAt13.has(r.ageLabel) : r.ageLabel !== 'unknown' && r.ageLabel !== 'stated 40';
  if (child) reasons.push(IneligibilityReason.UNDER_MINIMUM_AGE);
  if (r.restriction !== 'none') reasons.push(IneligibilityReason.PROCESSING_RESTRICTED);
  const osAllows = r.permission === LocationPermission.ALWAYS || r.permission === LocationPermission.WHEN_IN_USE;
  const consented = r.locationLabel === 'granted' || r.locationLabel === 'withdrawn then granted';
  if (!(osAllows && consented)) reasons.push(IneligibilityReason.LOCATION_DENIED);
  if (r.requireMarketingConsent && r.marketingLabel !== 'granted')
    reasons.push(IneligibilityReason.MARKETING_CONSENT_MISSING);
  return reasons;
}

export const policyTable = rows.map((r) => ({
  ...r,
  endUser: {
    ...r.age,
    locationPermission: r.permission,
    processingRestricted: r.restriction !== 'none',
  } as PolicyEndUser,
  tenant: {
    minimumAge: r.minimumAge,
    requireMarketingConsent: r.requireMarketingConsent,
    suspended: r.suspended,
  } as PolicyTenant,
  consents: [...r.location, ...r.marketing],
  expected: expectedReasons(r),
}));

export type PolicyRow = (typeof policyTable)[number];

/** A row in words, for a failure message. */
export const describeRow = (r: PolicyRow): string =>
  `${r.permission}/location ${r.locationLabel}/marketing ${r.marketingLabel}/age ${r.ageLabel}/` +
  `restriction ${r.restriction}/marketing required ${r.requireMarketingConsent}/minimum ${r.minimumAge}/` +
  `suspended ${r.suspended}`;
