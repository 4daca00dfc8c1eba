import { graphql } from '@vicinity/schema/gql';

export const CampaignsTableCampaignFragment = graphql(`
  fragment CampaignsTable_campaign on Campaign {
    id
    name
    status
    trigger
    dwellMinutes
    priority
    tags
    archivedAt
    updatedAt
    schedule {
      startsAt
      endsAt
    }
    figures {
      delivered {
        value
        display
      }
      opened {
        value
        display
      }
    }
  }
`);

export const CampaignsPageQuery = graphql(`
  query CampaignsPage(
    $tenantId: ID!
    $status: CampaignStatus
    $trigger: Trigger
    $tag: String
    $search: String
    $archived: Boolean
    $first: Int
    $after: String
  ) {
    tenant(id: $tenantId) {
      id
      myRole
    }
    campaigns(
      tenantId: $tenantId
      status: $status
      trigger: $trigger
      tag: $tag
      search: $search
      archived: $archived
      first: $first
      after: $after
    ) {
      edges {
        cursor
        node {
          ...CampaignsTable_campaign
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

export const CampaignDraftCampaignFragment = graphql(`
  fragment CampaignDraft_campaign on Campaign {
    id
    name
    status
    trigger
    dwellMinutes
    content {
      title
      body
      imageUrl
      actionUrl
    }
    geofences {
      id
      name
      archivedAt
    }
    beacons {
      id
      name
      archivedAt
    }
    schedule {
      startsAt
      endsAt
      timeWindows {
        dayOfWeek
        startTime
        endTime
      }
    }
    frequencyCap {
      maxDeliveries
      perHours
    }
    minimumGapMinutes
    priority
    tags
    archivedAt
    updatedAt
  }
`);

export const CampaignEditorTenantFragment = graphql(`
  fragment CampaignEditor_tenant on Tenant {
    id
    name
    timezone
    myRole
  }
`);

export const NewCampaignPageQuery = graphql(`
  query NewCampaignPage($tenantId: ID!) {
    tenant(id: $tenantId) {
      ...CampaignEditor_tenant
    }
  }
`);

export const EditCampaignPageQuery = graphql(`
  query EditCampaignPage($tenantId: ID!, $id: ID!) {
    tenant(id: $tenantId) {
      ...CampaignEditor_tenant
    }
    campaign(id: $id) {
      ...CampaignDraft_campaign
    }
  }
`);

export const CampaignTargetGeofencesQuery = graphql(`
  query CampaignTargetGeofences($tenantId: ID!, $search: String, $first: Int) {
    geofences(tenantId: $tenantId, search: $search, first: $first) {
      edges {
        node {
          id
          name
          shape
          radiusMeters
          tags
        }
      }
      totalCount
    }
  }
`);

export const CampaignTargetBeaconsQuery = graphql(`
  query CampaignTargetBeacons($tenantId: ID!, $search: String, $first: Int) {
    beacons(tenantId: $tenantId, search: $search, first: $first) {
      edges {
        node {
          id
          name
          major
          minor
          tags
        }
      }
      totalCount
    }
  }
`);

export const CampaignTargetMapQuery = graphql(`
  query CampaignTargetMap($tenantId: ID!, $first: Int) {
    geofences(tenantId: $tenantId, first: $first) {
      edges {
        node {
          ...GeofenceList_geofence
        }
      }
      totalCount
    }
  }
`);

export const CampaignAudienceSizeQuery = graphql(`
  query CampaignAudienceSize($campaignId: ID!) {
    campaignAudienceSize(campaignId: $campaignId) {
      value
      display
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignDraft_campaign
    }
  }
`);

export const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      ...CampaignDraft_campaign
    }
  }
`);

export const CampaignDetailPageQuery = graphql(`
  query CampaignDetailPage($tenantId: ID!, $id: ID!) {
    tenant(id: $tenantId) {
      id
      name
      timezone
      myRole
    }
    campaign(id: $id) {
      ...CampaignDraft_campaign
      createdAt
    }
  }
`);

export const CampaignStatsPointFragment = graphql(`
  fragment CampaignStats_point on CampaignStatsPoint {
    start
    delivered {
      value
      display
    }
    opened {
      value
      display
    }
    clicked {
      value
      display
    }
    uniqueReach {
      value
      display
    }
    openRate
    clickRate
  }
`);

export const CampaignStatsQuery = graphql(`
  query CampaignStats($campaignId: ID!, $from: DateTime!, $to: DateTime!, $bucket: StatsBucket!) {
    campaignStats(campaignId: $campaignId, from: $from, to: $to, bucket: $bucket) {
      bucket
      from
      to
      points {
        ...CampaignStats_point
      }
      totals {
        ...CampaignStats_point
      }
    }
  }
`);

export const SetCampaignStatusMutation = graphql(`
  mutation SetCampaignStatus($input: SetCampaignStatusInput!) {
    setCampaignStatus(input: $input) {
      id
      status
      updatedAt
    }
  }
`);

export const DuplicateCampaignMutation = graphql(`
  mutation DuplicateCampaign($id: ID!) {
    duplicateCampaign(id: $id) {
      ...CampaignDraft_campaign
    }
  }
`);

export const ArchiveCampaignMutation = graphql(`
  mutation ArchiveCampaign($id: ID!) {
    archiveCampaign(id: $id) {
      id
      status
      archivedAt
      updatedAt
    }
  }
`);

export const RestoreCampaignMutation = graphql(`
  mutation RestoreCampaign($id: ID!) {
    restoreCampaign(id: $id) {
      id
      status
      archivedAt
      updatedAt
    }
  }
`);
