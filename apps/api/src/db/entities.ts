import { ApiKeySchema } from '../modules/auth/api-key.entity';
import { InvitationSchema } from '../modules/auth/invitation.entity';
import { MembershipSchema } from '../modules/auth/membership.entity';
import { OperatorSchema } from '../modules/auth/operator.entity';
import { SessionSchema } from '../modules/auth/session.entity';
import { AuditEntrySchema } from '../modules/audit/audit-entry.entity';
import { ConsentRecordSchema } from '../modules/end-users/consent-record.entity';
import { EndUserSchema } from '../modules/end-users/end-user.entity';
import { EngagementEventSchema } from '../modules/engagement/engagement-event.entity';
import { SuppressedDeviceSchema } from '../modules/privacy/suppressed-device.entity';
import { PrivacyRequestSchema } from '../modules/privacy/privacy-request.entity';
import { RetentionRunSchema } from '../modules/privacy/retention-run.entity';
import { UsageCounterSchema } from '../modules/usage/usage-counter.entity';
import { CampaignSchema } from '../modules/campaigns/campaign.entity';
import { CampaignTargetSchema } from '../modules/campaigns/campaign-target.entity';
import { BeaconSchema } from '../modules/places/beacon.entity';
import { GeofenceSchema } from '../modules/places/geofence.entity';
import { TenantSchema } from '../modules/tenants/tenant.entity';
import { WebhookDeliverySchema } from '../modules/webhooks/webhook-delivery.entity';
import { WebhookEndpointSchema } from '../modules/webhooks/webhook-endpoint.entity';
import { CacheEpochSchema } from './cache-epoch.entity';

export const entities = [
  TenantSchema,
  OperatorSchema,
  SessionSchema,
  MembershipSchema,
  InvitationSchema,
  ApiKeySchema,
  AuditEntrySchema,
  GeofenceSchema,
  BeaconSchema,
  CampaignSchema,
  CampaignTargetSchema,
  EndUserSchema,
  ConsentRecordSchema,
  SuppressedDeviceSchema,
  PrivacyRequestSchema,
  RetentionRunSchema,
  EngagementEventSchema,
  UsageCounterSchema,
  CacheEpochSchema,
  WebhookEndpointSchema,
  WebhookDeliverySchema,
];

/** Entities that belong to no tenant; every other entity must carry `tenant` and the tenant filter. */
export const globalEntityNames = ['Tenant', 'Operator', 'Session', 'CacheEpoch'];
