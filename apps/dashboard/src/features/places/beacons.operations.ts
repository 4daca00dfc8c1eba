import { graphql } from '@vicinity/schema/gql';

export const BeaconsTableBeaconFragment = graphql(`
  fragment BeaconsTable_beacon on Beacon {
    id
    name
    uuid
    major
    minor
    placement {
      latitude
      longitude
    }
    tags
    archivedAt
  }
`);

export const BeaconsPageQuery = graphql(`
  query BeaconsPage($tenantId: ID!, $search: String, $tag: String, $archived: Boolean, $first: Int, $after: String) {
    beacons(tenantId: $tenantId, search: $search, tag: $tag, archived: $archived, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...BeaconsTable_beacon
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

export const CreateBeaconMutation = graphql(`
  mutation CreateBeacon($input: CreateBeaconInput!) {
    createBeacon(input: $input) {
      ...BeaconsTable_beacon
    }
  }
`);

export const UpdateBeaconMutation = graphql(`
  mutation UpdateBeacon($input: UpdateBeaconInput!) {
    updateBeacon(input: $input) {
      ...BeaconsTable_beacon
    }
  }
`);

export const ArchiveBeaconMutation = graphql(`
  mutation ArchiveBeacon($id: ID!) {
    archiveBeacon(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreBeaconMutation = graphql(`
  mutation RestoreBeacon($id: ID!) {
    restoreBeacon(id: $id) {
      id
      archivedAt
    }
  }
`);

export const BeaconLiveCampaignsQuery = graphql(`
  query BeaconLiveCampaigns($id: ID!) {
    beacon(id: $id) {
      id
      liveCampaigns {
        id
        name
        status
      }
    }
  }
`);
