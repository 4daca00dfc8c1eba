import type { TenantOverviewQuery } from '@vicinity/schema/graphql';

type Overview = TenantOverviewQuery['tenantOverview'];
type Figure = Overview['last7Days']['delivered'];

const stat = (value: number | null) => ({
  __typename: 'StatCount' as const,
  value,
  display: value === null ? '< 5' : value.toLocaleString('en'),
});

export const trendFigure = (value: number | null, change: number | null = null): Figure => ({
  __typename: 'TrendFigure',
  current: stat(value),
  change,
});

export const optIn = (value: number | null, rate: number | null) => ({
  __typename: 'OptInFigure' as const,
  count: stat(value),
  rate,
});

const period = (days: number): Overview['last7Days'] => ({
  __typename: 'EngagementPeriod',
  days,
  delivered: trendFigure(0),
  opened: trendFigure(0),
  reach: trendFigure(0),
});

/** A tenant's overview as the API answers for a tenant with nothing yet; override what a test needs. */
export function tenantOverview(overrides: Partial<Overview> = {}): Overview {
  return {
    __typename: 'TenantOverview',
    last7Days: period(7),
    last30Days: period(30),
    campaigns: { __typename: 'CampaignsOverview', active: 0, nextEnding: null },
    audience: {
      __typename: 'AudienceOverview',
      endUsers: 0,
      location: optIn(0, null),
      marketing: optIn(0, null),
      reachable: optIn(0, null),
    },
    privacy: { __typename: 'PrivacyOverview', open: 0, nextDue: null },
    places: { __typename: 'PlacesOverview', geofences: 0, beacons: 0 },
    ...overrides,
  };
}
