import type {
  CampaignAudienceSizeQuery,
  CampaignAudienceSizeQueryVariables,
  CampaignDetailPageQuery,
  CampaignDetailPageQueryVariables,
  CampaignDraft_CampaignFragment,
  CampaignStats_PointFragment,
  CampaignStatsQuery,
  CampaignStatsQueryVariables,
  CampaignsTable_CampaignFragment,
  CampaignTargetGeofencesQuery,
  CampaignTargetGeofencesQueryVariables,
  CampaignTargetMapQuery,
  CampaignTargetMapQueryVariables,
  GeofenceList_GeofenceFragment,
  NewCampaignPageQuery,
  NewCampaignPageQueryVariables,
  Role,
  StatsBucket,
} from '@vicinity/schema/graphql';
import { graphql, HttpResponse } from 'msw';
import { acme } from '../../test/fixtures';

export function tenantWithRole(myRole: Role) {
  return { ...acme, timezone: 'Europe/Paris', myRole };
}

export function listedCampaign(
  id: string,
  name: string,
  overrides: Partial<CampaignsTable_CampaignFragment> = {},
): CampaignsTable_CampaignFragment {
  return {
    __typename: 'Campaign',
    id,
    name,
    status: 'DRAFT',
    trigger: 'ENTER',
    dwellMinutes: null,
    priority: 0,
    tags: [],
    archivedAt: null,
    updatedAt: '2025-04-02T10:00:00.000Z',
    schedule: null,
    figures: {
      __typename: 'CampaignFigures',
      delivered: { __typename: 'StatCount', value: 0, display: '0' },
      opened: { __typename: 'StatCount', value: 0, display: '0' },
    },
    ...overrides,
  };
}

export function campaign(
  id: string,
  name: string,
  overrides: Partial<CampaignDraft_CampaignFragment> = {},
): CampaignDraft_CampaignFragment {
  return {
    __typename: 'Campaign',
    id,
    name,
    status: 'DRAFT',
    trigger: 'ENTER',
    dwellMinutes: null,
    content: {
      __typename: 'Content',
      title: 'Coffee is on us',
      body: 'Show this at the counter.',
      imageUrl: null,
      actionUrl: 'https://acme.example/offer',
    },
    geofences: [{ __typename: 'Geofence', id: 'g1', name: 'Main Street store', archivedAt: null }],
    beacons: [],
    schedule: { __typename: 'Schedule', startsAt: null, endsAt: null, timeWindows: [] },
    frequencyCap: null,
    minimumGapMinutes: null,
    priority: 0,
    tags: [],
    archivedAt: null,
    updatedAt: '2025-04-02T10:00:00.000Z',
    ...overrides,
  };
}

export function newCampaignHandler(myRole: Role = 'MARKETER') {
  return graphql.query<NewCampaignPageQuery, NewCampaignPageQueryVariables>('NewCampaignPage', () =>
    HttpResponse.json({ data: { tenant: tenantWithRole(myRole) } }),
  );
}

export function geofencesHandler(geofences: { id: string; name: string }[]) {
  return graphql.query<CampaignTargetGeofencesQuery, CampaignTargetGeofencesQueryVariables>(
    'CampaignTargetGeofences',
    ({ variables }) => {
      const search = variables.search?.toLowerCase() ?? '';
      const matching = geofences.filter((geofence) => geofence.name.toLowerCase().includes(search));
      return HttpResponse.json({
        data: {
          geofences: {
            __typename: 'GeofenceConnection',
            totalCount: matching.length,
            edges: matching.map((geofence) => ({
              __typename: 'GeofenceEdge',
              node: {
                __typename: 'Geofence',
                ...geofence,
                shape: 'CIRCLE',
                radiusMeters: 80,
                tags: [],
              },
            })),
          },
        },
      });
    },
  );
}

export function mapGeofencesHandler(geofences: GeofenceList_GeofenceFragment[]) {
  return graphql.query<CampaignTargetMapQuery, CampaignTargetMapQueryVariables>('CampaignTargetMap', () =>
    HttpResponse.json({
      data: {
        geofences: {
          __typename: 'GeofenceConnection',
          totalCount: geofences.length,
          edges: geofences.map((node) => ({ __typename: 'GeofenceEdge', node })),
        },
      },
    }),
  );
}

export function detailHandler(myRole: Role, current: () => CampaignDraft_CampaignFragment) {
  return graphql.query<CampaignDetailPageQuery, CampaignDetailPageQueryVariables>('CampaignDetailPage', () =>
    HttpResponse.json({
      data: {
        tenant: tenantWithRole(myRole),
        campaign: { ...current(), createdAt: '2025-04-01T10:00:00.000Z' },
      },
    }),
  );
}

function count(value: number | null) {
  return { __typename: 'StatCount' as const, value, display: value === null ? '< 5' : String(value) };
}

export function statsPoint(
  start: string,
  counts: { delivered: number | null; opened: number | null; clicked: number | null; reach: number | null },
): CampaignStats_PointFragment {
  return {
    __typename: 'CampaignStatsPoint',
    start,
    delivered: count(counts.delivered),
    opened: count(counts.opened),
    clicked: count(counts.clicked),
    uniqueReach: count(counts.reach),
    openRate: counts.delivered && counts.opened !== null ? counts.opened / counts.delivered : null,
    clickRate: counts.delivered && counts.clicked !== null ? counts.clicked / counts.delivered : null,
  };
}

export function statsHandler(
  points: CampaignStats_PointFragment[],
  totals: CampaignStats_PointFragment,
  onRequest: (variables: CampaignStatsQueryVariables) => void = () => undefined,
) {
  return graphql.query<CampaignStatsQuery, CampaignStatsQueryVariables>('CampaignStats', ({ variables }) => {
    onRequest(variables);
    return HttpResponse.json({
      data: {
        campaignStats: {
          __typename: 'CampaignStats',
          bucket: variables.bucket as StatsBucket,
          from: String(variables.from),
          to: String(variables.to),
          points,
          totals,
        },
      },
    });
  });
}

/** The audience the API counts for a saved campaign; null stands for fewer than 5 people. */
export function audienceSizeHandler(value: number | null, onRequest: (campaignId: string) => void = () => undefined) {
  return graphql.query<CampaignAudienceSizeQuery, CampaignAudienceSizeQueryVariables>(
    'CampaignAudienceSize',
    ({ variables }) => {
      onRequest(String(variables.campaignId));
      return HttpResponse.json({ data: { campaignAudienceSize: count(value) } });
    },
  );
}
