import { graphql } from '@vicinity/schema/gql';

export const TenantsHomeQuery = graphql(`
  query TenantsHome {
    tenants {
      id
      name
    }
  }
`);

export const TrendFigureFragment = graphql(`
  fragment TrendFigure_figure on TrendFigure {
    current {
      value
      display
    }
    change
  }
`);

export const EngagementPeriodFragment = graphql(`
  fragment EngagementPeriod_period on EngagementPeriod {
    days
    delivered {
      ...TrendFigure_figure
    }
    opened {
      ...TrendFigure_figure
    }
    reach {
      ...TrendFigure_figure
    }
  }
`);

export const OptInFigureFragment = graphql(`
  fragment OptInFigure_figure on OptInFigure {
    count {
      value
      display
    }
    rate
  }
`);

export const TenantOverviewQuery = graphql(`
  query TenantOverview($id: ID!) {
    tenant(id: $id) {
      id
      name
      minimumAge
      timezone
      requireMarketingConsent
      policyVersion
      myRole
      createdAt
    }
    tenantOverview(tenantId: $id) {
      last7Days {
        ...EngagementPeriod_period
      }
      last30Days {
        ...EngagementPeriod_period
      }
      campaigns {
        active
        nextEnding {
          id
          name
          schedule {
            endsAt
          }
        }
      }
      audience {
        endUsers
        location {
          ...OptInFigure_figure
        }
        marketing {
          ...OptInFigure_figure
        }
        reachable {
          ...OptInFigure_figure
        }
      }
      privacy {
        open
        nextDue {
          id
          dueAt
          daysLeft
        }
      }
      places {
        geofences
        beacons
      }
    }
  }
`);

export const CreateTenantMutation = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      id
      name
      minimumAge
      timezone
      requireMarketingConsent
      policyVersion
      myRole
      createdAt
    }
  }
`);
