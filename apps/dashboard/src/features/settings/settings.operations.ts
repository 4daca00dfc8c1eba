import { graphql } from '@vicinity/schema/gql';

export const TenantSettingsFormTenantFragment = graphql(`
  fragment TenantSettingsForm_tenant on Tenant {
    id
    minimumAge
    requireMarketingConsent
    policyVersion
    timezone
  }
`);

export const RetentionSettingsFragment = graphql(`
  fragment RetentionSection_retentionSettings on RetentionSettings {
    eventRetentionDays
    inactiveEndUserDays
    lastPurgeAt
    lastPurgeCounts {
      kind
      count
    }
  }
`);

export const SettingsPageQuery = graphql(`
  query SettingsPage($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      name
      myRole
      ...TenantSettingsForm_tenant
    }
  }
`);

export const RetentionSettingsQuery = graphql(`
  query RetentionSettings($tenantId: ID!) {
    retentionSettings(tenantId: $tenantId) {
      ...RetentionSection_retentionSettings
    }
  }
`);

export const MinimumAgeImpactQuery = graphql(`
  query MinimumAgeImpact($tenantId: ID!, $minimumAge: Int!) {
    minimumAgeImpact(tenantId: $tenantId, minimumAge: $minimumAge)
  }
`);

export const UpdateTenantSettingsMutation = graphql(`
  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      ...TenantSettingsForm_tenant
    }
  }
`);

export const UpdateRetentionMutation = graphql(`
  mutation UpdateRetention($input: UpdateRetentionInput!) {
    updateRetention(input: $input) {
      ...RetentionSection_retentionSettings
    }
  }
`);

export const RunRetentionPurgeMutation = graphql(`
  mutation RunRetentionPurge($tenantId: ID!) {
    runRetentionPurge(tenantId: $tenantId) {
      ranAt
      erased {
        kind
        count
      }
    }
  }
`);
