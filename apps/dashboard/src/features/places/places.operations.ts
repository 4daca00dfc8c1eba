import { graphql } from '@vicinity/schema/gql';

export const PlacesTenantQuery = graphql(`
  query PlacesTenant($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      name
      myRole
      timezone
    }
  }
`);

export const GeofenceListGeofenceFragment = graphql(`
  fragment GeofenceList_geofence on Geofence {
    id
    name
    shape
    center {
      latitude
      longitude
    }
    radiusMeters
    polygon {
      latitude
      longitude
    }
    tags
    archivedAt
  }
`);

export const GeofencesPageQuery = graphql(`
  query GeofencesPage($tenantId: ID!, $search: String, $tag: String, $archived: Boolean, $first: Int, $after: String) {
    geofences(tenantId: $tenantId, search: $search, tag: $tag, archived: $archived, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...GeofenceList_geofence
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const CreateGeofenceMutation = graphql(`
  mutation CreateGeofence($input: CreateGeofenceInput!) {
    createGeofence(input: $input) {
      ...GeofenceList_geofence
    }
  }
`);

export const UpdateGeofenceMutation = graphql(`
  mutation UpdateGeofence($input: UpdateGeofenceInput!) {
    updateGeofence(input: $input) {
      ...GeofenceList_geofence
    }
  }
`);

export const ArchiveGeofenceMutation = graphql(`
  mutation ArchiveGeofence($id: ID!) {
    archiveGeofence(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreGeofenceMutation = graphql(`
  mutation RestoreGeofence($id: ID!) {
    restoreGeofence(id: $id) {
      id
      archivedAt
    }
  }
`);

export const GeofenceLiveCampaignsQuery = graphql(`
  query GeofenceLiveCampaigns($id: ID!) {
    geofence(id: $id) {
      id
      liveCampaigns {
        id
        name
        status
      }
    }
  }
`);
