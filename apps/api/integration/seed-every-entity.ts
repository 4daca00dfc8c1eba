import { expect } from 'vitest';
import { createApiKey, inviteMember, owner } from '../test/fixtures';
import { createBeacon, createCampaign, createCircle, SET_STATUS } from '../test/places-fixtures';
import { createRequest } from '../test/privacy-fixtures';
import { consentingAdult, EVENTS, upsert } from '../test/sdk-fixtures';
import type { GqlClient } from '../test/test-api';

export type SeededTenant = {
  token: string;
  tenantId: string;
  key: string;
  campaignId: string;
  geofenceId: string;
  deviceId: string;
};

/**
 * At least one row of every entity, written the way clients write them: an operator with a session, a tenant with a
 * membership and an API key (and the audit entries of all that), a geofence and a beacon targeted by an active
 * campaign, a consenting adult with consents and events, a child's suppressed device, an open rectification request
 * linked to the adult, a retention run, a pending invitation, a paused webhook endpoint with the events of all that
 * waiting in its outbox (paused, so no dispatcher changes them between restarts) and (once the server has stopped or
 * flushed) a usage counter.
 */
export async function seedEveryEntity(api: GqlClient, label = 'seed'): Promise<SeededTenant> {
  const boss = await owner(api);
  const { key } = await createApiKey(api, boss.token, boss.tenantId);
  await inviteMember(api, boss.token, boss.tenantId, `${label}-colleague@example.com`, 'ANALYST');
  const hook = await api.gql(
    'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }',
    {
      input: {
        tenantId: boss.tenantId,
        url: 'https://hooks.example.com/in',
        events: ['PLACE_CHANGED', 'CAMPAIGN_STATUS_CHANGED', 'CONSENT_CHANGED', 'ENGAGEMENT_RECORDED'],
      },
    },
    boss.token,
  );
  const paused = await api.gql(
    'mutation($id: ID!) { pauseWebhookEndpoint(id: $id) { active } }',
    { id: hook.data?.createWebhookEndpoint.endpoint.id },
    boss.token,
  );
  expect(paused.data?.pauseWebhookEndpoint).toEqual({ active: false });
  const geofenceId = await createCircle(api, boss.token, boss.tenantId, `${label} store`);
  const beaconId = await createBeacon(api, boss.token, boss.tenantId);
  const campaignId = await createCampaign(api, boss.token, boss.tenantId, {
    geofenceIds: [geofenceId],
    beaconIds: [beaconId],
  });
  const activated = await api.gql(SET_STATUS, { input: { campaignId, status: 'ACTIVE' } }, boss.token);
  expect(activated.errors).toBeUndefined();

  const deviceId = `${label}-adult`;
  // Consented two hours ago: events are kept only from the moment of consent, and the kill test backdates its own.
  await consentingAdult(api, key, deviceId, new Date(Date.now() - 2 * 3_600_000).toISOString());
  const events = await api.gql(
    EVENTS,
    {
      input: {
        events: [
          { deviceId, campaignId, type: 'DELIVERED' },
          { deviceId, campaignId, type: 'OPENED' },
        ],
      },
    },
    key,
  );
  expect(events.data?.recordEvents).toEqual({ accepted: 2, rejected: 0 });
  expect((await upsert(api, key, { deviceId: `${label}-child`, age: 9 })).endUser).toBeNull();

  await createRequest(api, boss.token, {
    tenantId: boss.tenantId,
    type: 'RECTIFICATION',
    subject: { deviceId },
    rectification: { name: 'Corrected Name' },
  });
  const purge = await api.gql(
    'mutation($tenantId: ID!) { runRetentionPurge(tenantId: $tenantId) { ranAt } }',
    { tenantId: boss.tenantId },
    boss.token,
  );
  expect(purge.errors).toBeUndefined();
  return { token: boss.token, tenantId: boss.tenantId, key, campaignId, geofenceId, deviceId };
}
