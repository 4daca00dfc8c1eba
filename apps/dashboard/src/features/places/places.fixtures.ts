import type {
  BeaconsPageQuery,
  BeaconsPageQueryVariables,
  BeaconsTable_BeaconFragment,
  GeofenceList_GeofenceFragment,
  GeofencesPageQuery,
  GeofencesPageQueryVariables,
  PlacesTenantQuery,
  PlacesTenantQueryVariables,
  Role,
  BeaconLiveCampaignsQuery,
  BeaconLiveCampaignsQueryVariables,
  CampaignStatus,
  GeofenceLiveCampaignsQuery,
  GeofenceLiveCampaignsQueryVariables,
} from '@vicinity/schema/graphql';
import { graphql, HttpResponse } from 'msw';
import { acme } from '../../test/fixtures';

/** The running and paused campaigns the archive dialog names, for a geofence or a beacon. */
export function liveCampaignsHandler(
  kind: 'geofence' | 'beacon',
  campaigns: { id: string; name: string; status: CampaignStatus }[] = [],
) {
  const liveCampaigns = campaigns.map((campaign) => ({ __typename: 'Campaign' as const, ...campaign }));
  return kind === 'geofence'
    ? graphql.query<GeofenceLiveCampaignsQuery, GeofenceLiveCampaignsQueryVariables>(
        'GeofenceLiveCampaigns',
        ({ variables }) =>
          HttpResponse.json({
            data: { geofence: { __typename: 'Geofence', id: String(variables.id), liveCampaigns } },
          }),
      )
    : graphql.query<BeaconLiveCampaignsQuery, BeaconLiveCampaignsQueryVariables>(
        'BeaconLiveCampaigns',
        ({ variables }) =>
          HttpResponse.json({ data: { beacon: { __typename: 'Beacon', id: String(variables.id), liveCampaigns } } }),
      );
}

export function circleGeofence(id: string, name: string, tags: string[] = []): GeofenceList_GeofenceFragment {
  return {
    __typename: 'Geofence',
    id,
    name,
    shape: 'CIRCLE',
    center: { __typename: 'LatLng', latitude: 48.8566, longitude: 2.3522 },
    radiusMeters: 150,
    polygon: null,
    tags,
    archivedAt: null,
  };
}

export function polygonGeofence(id: string, name: string): GeofenceList_GeofenceFragment {
  const corner = (latitude: number, longitude: number) => ({ __typename: 'LatLng' as const, latitude, longitude });
  return {
    __typename: 'Geofence',
    id,
    name,
    shape: 'POLYGON',
    center: null,
    radiusMeters: null,
    polygon: [corner(48.86, 2.33), corner(48.87, 2.34), corner(48.86, 2.35)],
    tags: [],
    archivedAt: null,
  };
}

export function beacon(id: string, name: string, major = 1, minor = 1): BeaconsTable_BeaconFragment {
  return {
    __typename: 'Beacon',
    id,
    name,
    uuid: 'e2c56db5-dffb-48d2-b060-d0f5a71096e0',
    major,
    minor,
    placement: null,
    tags: ['store'],
    archivedAt: null,
  };
}

/** A Relay connection page of the given nodes. */
export function page<Node>(nodes: Node[], { hasNextPage = false, totalCount = nodes.length } = {}) {
  const edges = nodes.map((node, index) => ({ __typename: 'Edge' as const, cursor: `cursor-${index}`, node }));
  return {
    edges,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

export function placesTenantHandler(myRole: Role) {
  return graphql.query<PlacesTenantQuery, PlacesTenantQueryVariables>('PlacesTenant', () =>
    HttpResponse.json({ data: { tenant: { ...acme, myRole, timezone: 'Europe/Paris' } } }),
  );
}

export function geofencesHandler(
  answer: (variables: GeofencesPageQueryVariables) => ReturnType<typeof page<GeofenceList_GeofenceFragment>>,
) {
  return graphql.query<GeofencesPageQuery, GeofencesPageQueryVariables>('GeofencesPage', ({ variables }) => {
    const { edges, ...rest } = answer(variables);
    return HttpResponse.json({
      data: {
        geofences: {
          __typename: 'GeofenceConnection',
          ...rest,
          edges: edges.map((edge) => ({ ...edge, __typename: 'GeofenceEdge' })),
        },
      },
    });
  });
}

export function beaconsHandler(
  answer: (variables: BeaconsPageQueryVariables) => ReturnType<typeof page<BeaconsTable_BeaconFragment>>,
) {
  return graphql.query<BeaconsPageQuery, BeaconsPageQueryVariables>('BeaconsPage', ({ variables }) => {
    const { edges, ...rest } = answer(variables);
    return HttpResponse.json({
      data: {
        beacons: {
          __typename: 'BeaconConnection',
          ...rest,
          edges: edges.map((edge) => ({ ...edge, __typename: 'BeaconEdge' })),
        },
      },
    });
  });
}
