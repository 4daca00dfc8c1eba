import { graphql } from '@vicinity/schema/gql';

export const TenantsHomeQuery = graphql(`
  query TenantsHome {
    tenants {
      id
      name
    }
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
