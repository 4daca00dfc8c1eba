import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { auditEveryMutation } from '../modules/audit/audit.middleware';
import { AuditLogResolver } from '../modules/audit/audit-log.resolver';
import { ApiKeysResolver } from '../modules/auth/api-keys.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { InvitationsResolver } from '../modules/auth/invitations.resolver';
import { MembersResolver } from '../modules/auth/members.resolver';
import { SdkResolver } from '../modules/auth/sdk.resolver';
import { CampaignResolver } from '../modules/campaigns/campaign.resolver';
import { BeaconCampaignsResolver, GeofenceCampaignsResolver } from '../modules/campaigns/place-campaigns.resolver';
import { EndUserResolver } from '../modules/end-users/end-user.resolver';
import { EndUserProfileResolver } from '../modules/end-users/end-user-profile.resolver';
import { EngagementResolver } from '../modules/engagement/engagement.resolver';
import { CampaignStatsResolver } from '../modules/engagement/campaign-stats.resolver';
import { CampaignFiguresResolver } from '../modules/engagement/campaign-figures.resolver';
import { EligibilityResolver } from '../modules/eligibility/eligibility.resolver';
import { CampaignTestSendResolver } from '../modules/eligibility/campaign-test-send.resolver';
import { AudienceResolver } from '../modules/end-users/audience.resolver';
import { UsageResolver } from '../modules/usage/usage.resolver';
import { BeaconResolver } from '../modules/places/beacon.resolver';
import { GeofenceResolver } from '../modules/places/geofence.resolver';
import { TenantResolver } from '../modules/tenants/tenant.resolver';
import { TenantOverviewResolver } from '../modules/tenants/tenant-overview.resolver';
import { PrivacyRequestResolver } from '../modules/privacy/privacy-request.resolver';
import { RetentionResolver } from '../modules/privacy/retention.resolver';
import { ErasureAcknowledgementsResolver } from '../modules/webhooks/erasure-acknowledgements.resolver';
import { WebhookEndpointsResolver } from '../modules/webhooks/webhook-endpoints.resolver';
import { missingRules, validateArguments } from './input-rules';
import { scalarsMap } from './scalars';

let built: Promise<GraphQLSchema> | undefined;

export const resolvers = [
  AuthResolver,
  TenantResolver,
  TenantOverviewResolver,
  MembersResolver,
  InvitationsResolver,
  ApiKeysResolver,
  SdkResolver,
  GeofenceResolver,
  BeaconResolver,
  CampaignResolver,
  GeofenceCampaignsResolver,
  BeaconCampaignsResolver,
  EndUserResolver,
  EngagementResolver,
  CampaignStatsResolver,
  CampaignFiguresResolver,
  EligibilityResolver,
  CampaignTestSendResolver,
  PrivacyRequestResolver,
  EndUserProfileResolver,
  RetentionResolver,
  AuditLogResolver,
  AudienceResolver,
  UsageResolver,
  WebhookEndpointsResolver,
  ErasureAcknowledgementsResolver,
] as const;

/**
 * type-graphql keeps its metadata globally, so the schema is built once per process. Every argument is parsed by its
 * input class's rules before any resolver runs; a schema with an argument that has none is not built.
 */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= (async () => {
    const schema = await buildSchema({
      resolvers,
      scalarsMap,
      validate: false,
      validateFn: validateArguments,
    });
    const missing = missingRules(resolvers);
    if (missing.length > 0) throw new Error(`inputs without rules: ${missing.join(', ')}`);
    auditEveryMutation(schema);
    return schema;
  })();
  return built;
}

export const printSortedSchema = (schema: GraphQLSchema): string => printSchema(lexicographicSortSchema(schema)) + '\n';
