import { randomUUID } from 'node:crypto';
import { type GraphQLInputType, getNamedType, isInputObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { createApiKey, inviteMember, owner } from '../../../test/fixtures';
import { createBeacon, createCampaign, createCircle, PARIS } from '../../../test/places-fixtures';
import { createRequest, endUserId, member } from '../../../test/privacy-fixtures';
import { consentingAdult, EVENTS } from '../../../test/sdk-fixtures';
import { startTestApi, type TestApi } from '../../../test/test-api';
import { buildApiSchema } from '../../graphql/build-schema';

type Kind =
  | 'tenant'
  | 'geofence'
  | 'beacon'
  | 'campaign'
  | 'endUser'
  | 'privacyRequest'
  | 'apiKey'
  | 'membership'
  | 'invitation'
  | 'webhookEndpoint'
  | 'webhookDelivery';
/** An operation that takes an id of `kind`, called with every other argument valid. */
type Call = { kind: Kind; query: string; variables: (id: string) => Record<string, unknown> };

const byId = (kind: Kind, operation: string, type: 'query' | 'mutation', selection = '{ __typename }'): Call => ({
  kind,
  query: `${type}($id: ID!) { ${operation}(id: $id) ${selection} }`,
  variables: (id) => ({ id }),
});
const byTenant = (operation: string, type: 'query' | 'mutation', selection: string): Call => ({
  kind: 'tenant',
  query: `${type}($tenantId: ID!) { ${operation}(tenantId: $tenantId) ${selection} }`,
  variables: (tenantId) => ({ tenantId }),
});
const withInput = (kind: Kind, operation: string, inputType: string, input: (id: string) => object): Call => ({
  kind,
  query: `mutation($input: ${inputType}!) { ${operation}(input: $input) { __typename } }`,
  variables: (id) => ({ input: input(id) }),
});
const PAGE = '{ totalCount }';

/** Every operator operation that takes an id, with the kind of object the id names. */
const OPERATOR_CALLS: Record<string, Call> = {
  tenant: byId('tenant', 'tenant', 'query'),
  geofence: byId('geofence', 'geofence', 'query'),
  beacon: byId('beacon', 'beacon', 'query'),
  campaign: byId('campaign', 'campaign', 'query'),
  endUser: byId('endUser', 'endUser', 'query'),
  privacyRequest: byId('privacyRequest', 'privacyRequest', 'query'),
  archiveGeofence: byId('geofence', 'archiveGeofence', 'mutation'),
  archiveBeacon: byId('beacon', 'archiveBeacon', 'mutation'),
  archiveCampaign: byId('campaign', 'archiveCampaign', 'mutation'),
  duplicateCampaign: byId('campaign', 'duplicateCampaign', 'mutation'),
  revealEndUserContact: byId('endUser', 'revealEndUserContact', 'mutation'),
  restrictEndUser: byId('endUser', 'restrictEndUser', 'mutation'),
  liftEndUserRestriction: byId('endUser', 'liftEndUserRestriction', 'mutation'),
  reportChild: byId('endUser', 'reportChild', 'mutation'),
  completePrivacyRequest: byId('privacyRequest', 'completePrivacyRequest', 'mutation'),
  revokeApiKey: byId('apiKey', 'revokeApiKey', 'mutation'),
  revokeInvitation: byId('invitation', 'revokeInvitation', 'mutation'),
  invitations: byTenant('invitations', 'query', '{ id }'),
  apiKeys: byTenant('apiKeys', 'query', '{ id }'),
  members: byTenant('members', 'query', '{ id }'),
  retentionSettings: byTenant('retentionSettings', 'query', '{ eventRetentionDays }'),
  runRetentionPurge: byTenant('runRetentionPurge', 'mutation', '{ ranAt }'),
  geofences: byTenant('geofences', 'query', PAGE),
  beacons: byTenant('beacons', 'query', PAGE),
  campaigns: byTenant('campaigns', 'query', PAGE),
  endUsers: byTenant('endUsers', 'query', PAGE),
  privacyRequests: byTenant('privacyRequests', 'query', PAGE),
  auditLog: byTenant('auditLog', 'query', PAGE),
  minimumAgeImpact: {
    kind: 'tenant',
    query: 'query($tenantId: ID!) { minimumAgeImpact(tenantId: $tenantId, minimumAge: 16) }',
    variables: (tenantId) => ({ tenantId }),
  },
  usage: {
    kind: 'tenant',
    query: 'query($tenantId: ID!) { usage(tenantId: $tenantId, from: "2026-01-01", to: "2026-12-31") { count } }',
    variables: (tenantId) => ({ tenantId }),
  },
  campaignAudienceSize: {
    kind: 'campaign',
    query: 'query($id: ID!) { campaignAudienceSize(campaignId: $id) { value } }',
    variables: (id) => ({ id }),
  },
  campaignStats: {
    kind: 'campaign',
    query:
      'query($id: ID!) { campaignStats(campaignId: $id, from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z", bucket: DAY) { __typename } }',
    variables: (id) => ({ id }),
  },
  updateTenantSettings: withInput('tenant', 'updateTenantSettings', 'UpdateTenantSettingsInput', (tenantId) => ({
    tenantId,
    name: 'Renamed',
  })),
  updateRetention: withInput('tenant', 'updateRetention', 'UpdateRetentionInput', (tenantId) => ({
    tenantId,
    eventRetentionDays: 30,
  })),
  addMember: withInput('tenant', 'addMember', 'AddMemberInput', (tenantId) => ({
    tenantId,
    email: 'someone@example.com',
    role: 'ANALYST',
  })),
  inviteMember: withInput('tenant', 'inviteMember', 'InviteMemberInput', (tenantId) => ({
    tenantId,
    email: 'someone@example.com',
    role: 'ANALYST',
  })),
  changeMemberRole: withInput('membership', 'changeMemberRole', 'ChangeMemberRoleInput', (membershipId) => ({
    membershipId,
    role: 'MARKETER',
  })),
  removeMember: withInput('membership', 'removeMember', 'RemoveMemberInput', (membershipId) => ({ membershipId })),
  createApiKey: withInput('tenant', 'createApiKey', 'CreateApiKeyInput', (tenantId) => ({
    tenantId,
    name: 'Key',
    scopes: ['SDK'],
  })),
  createGeofence: withInput('tenant', 'createGeofence', 'CreateGeofenceInput', (tenantId) => ({
    tenantId,
    name: 'Store',
    center: PARIS,
    radiusMeters: 100,
  })),
  updateGeofence: withInput('geofence', 'updateGeofence', 'UpdateGeofenceInput', (id) => ({ id, name: 'Renamed' })),
  createBeacon: withInput('tenant', 'createBeacon', 'CreateBeaconInput', (tenantId) => ({
    tenantId,
    name: 'Door',
    uuid: 'f7826da6-4fa2-4e98-8024-bc5b71e0893e',
    major: 9,
    minor: 9,
  })),
  updateBeacon: withInput('beacon', 'updateBeacon', 'UpdateBeaconInput', (id) => ({ id, name: 'Renamed' })),
  createCampaign: withInput('tenant', 'createCampaign', 'CreateCampaignInput', (tenantId) => ({
    tenantId,
    name: 'Autumn',
    trigger: 'ENTER',
    content: { title: 'Hello' },
  })),
  updateCampaign: withInput('campaign', 'updateCampaign', 'UpdateCampaignInput', (id) => ({ id, name: 'Renamed' })),
  setCampaignStatus: withInput('campaign', 'setCampaignStatus', 'SetCampaignStatusInput', (campaignId) => ({
    campaignId,
    status: 'ACTIVE',
  })),
  createPrivacyRequest: withInput('tenant', 'createPrivacyRequest', 'CreatePrivacyRequestInput', (tenantId) => ({
    tenantId,
    type: 'ACCESS',
    subject: { deviceId: 'device-1' },
  })),
  denyPrivacyRequest: withInput('privacyRequest', 'denyPrivacyRequest', 'DenyPrivacyRequestInput', (id) => ({
    id,
    reason: 'Not verifiable',
  })),
  extendPrivacyRequest: withInput('privacyRequest', 'extendPrivacyRequest', 'ExtendPrivacyRequestInput', (id) => ({
    id,
    reason: 'Complex',
    months: 1,
  })),
  restoreGeofence: byId('geofence', 'restoreGeofence', 'mutation'),
  restoreBeacon: byId('beacon', 'restoreBeacon', 'mutation'),
  restoreCampaign: byId('campaign', 'restoreCampaign', 'mutation'),
  downloadAccessExport: byId('privacyRequest', 'downloadAccessExport', 'mutation', ''),
  auditActions: byTenant('auditActions', 'query', '{ action }'),
  tenantOverview: byTenant('tenantOverview', 'query', '{ __typename }'),
  campaignTestSend: {
    kind: 'campaign',
    query: 'query($input: CampaignTestSendInput!) { campaignTestSend(input: $input) { offered } }',
    variables: (campaignId) => ({ input: { campaignId, deviceId: 'device-1', position: PARIS } }),
  },
  webhookEndpoints: byTenant('webhookEndpoints', 'query', '{ id }'),
  webhookDeliveries: {
    kind: 'webhookEndpoint',
    query: 'query($id: ID!) { webhookDeliveries(endpointId: $id) { totalCount } }',
    variables: (id) => ({ id }),
  },
  createWebhookEndpoint: withInput('tenant', 'createWebhookEndpoint', 'CreateWebhookEndpointInput', (tenantId) => ({
    tenantId,
    url: 'https://hooks.example.com/in',
    events: ['PLACE_CHANGED'],
  })),
  updateWebhookEndpoint: withInput('webhookEndpoint', 'updateWebhookEndpoint', 'UpdateWebhookEndpointInput', (id) => ({
    id,
    description: 'Renamed',
  })),
  deleteWebhookEndpoint: byId('webhookEndpoint', 'deleteWebhookEndpoint', 'mutation'),
  pauseWebhookEndpoint: byId('webhookEndpoint', 'pauseWebhookEndpoint', 'mutation'),
  resumeWebhookEndpoint: byId('webhookEndpoint', 'resumeWebhookEndpoint', 'mutation'),
  rotateWebhookSecret: withInput('webhookEndpoint', 'rotateWebhookSecret', 'RotateWebhookSecretInput', (id) => ({
    id,
  })),
  sendTestWebhook: byId('webhookEndpoint', 'sendTestWebhook', 'mutation'),
  replayWebhookDelivery: byId('webhookDelivery', 'replayWebhookDelivery', 'mutation'),
  replayFailedWebhookDeliveries: {
    kind: 'webhookEndpoint',
    query: 'mutation($input: ReplayFailedWebhookDeliveriesInput!) { replayFailedWebhookDeliveries(input: $input) }',
    variables: (endpointId) => ({
      input: { endpointId, from: '2026-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z' },
    }),
  },
};

/** Whether a type, or any field of an input type within it, is an ID. */
function holdsId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => holdsId(f.type, seen));
}

const answer = (r: { errors?: { message: string; extensions?: { code?: string } }[] }) =>
  (r.errors ?? []).map((e) => `${e.extensions?.code}: ${e.message}`);

describe.each(databaseKinds)("another tenant's ids tell nothing (%s)", (kind) => {
  let api: TestApi;
  const victim = {} as Record<Kind, string>;
  let strangerKey: string;
  beforeAll(async () => {
    api = await startTestApi(kind);
    const boss = await owner(api);
    const { key } = await createApiKey(api, boss.token, boss.tenantId);
    const spare = await createApiKey(api, boss.token, boss.tenantId, 'Spare');
    await member(api, boss.token, boss.tenantId, 'ANALYST');
    const members = await api.gql(
      'query($t: ID!) { members(tenantId: $t) { id role } }',
      { t: boss.tenantId },
      boss.token,
    );
    await consentingAdult(api, key, 'device-1');
    Object.assign(victim, {
      tenant: boss.tenantId,
      geofence: await createCircle(api, boss.token, boss.tenantId),
      beacon: await createBeacon(api, boss.token, boss.tenantId),
      campaign: await createCampaign(api, boss.token, boss.tenantId),
      endUser: await endUserId(api, boss.token, boss.tenantId, 'device-1'),
      privacyRequest: (
        await createRequest(api, boss.token, {
          tenantId: boss.tenantId,
          type: 'ACCESS',
          subject: { deviceId: 'device-1' },
        })
      ).id,
      apiKey: spare.apiKey.id,
      membership: members.data!.members.find((m: { role: string }) => m.role === 'ANALYST').id,
      invitation: (await inviteMember(api, boss.token, boss.tenantId, 'invited@example.com', 'MARKETER')).id,
    });
    const hook = await api.gql(
      'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }',
      { input: { tenantId: boss.tenantId, url: 'https://hooks.example.com/in', events: ['PLACE_CHANGED'] } },
      boss.token,
    );
    victim.webhookEndpoint = hook.data!.createWebhookEndpoint.endpoint.id;
    const test = await api.gql(
      'mutation($id: ID!) { sendTestWebhook(id: $id) { id } }',
      { id: victim.webhookEndpoint },
      boss.token,
    );
    victim.webhookDelivery = test.data!.sendTestWebhook.id;
    const stranger = await owner(api);
    strangerKey = (await createApiKey(api, stranger.token, stranger.tenantId)).key;
  });
  afterAll(() => api.close());

  it('has a case for every operation that takes an id', async () => {
    const schema = await buildApiSchema();
    const sdk = (description?: string | null) => description?.startsWith('SDK:') ?? false;
    const takingIds = [schema.getQueryType()!, schema.getMutationType()!]
      .flatMap((type) => Object.values(type.getFields()))
      .filter((field) => !sdk(field.description) && field.args.some((arg) => holdsId(arg.type)))
      .map((field) => field.name);
    expect(takingIds.filter((name) => !OPERATOR_CALLS[name])).toEqual([]);
  });

  it.each(Object.entries(OPERATOR_CALLS))(
    '%s answers an anonymous or API-key caller the same for an existing id and an unknown one',
    async (_operation, call) => {
      for (const [token, code] of [
        [undefined, 'UNAUTHENTICATED'],
        [strangerKey, 'FORBIDDEN'],
      ] as const) {
        const existing = await api.gql(call.query, call.variables(victim[call.kind]), token);
        const unknown = await api.gql(call.query, call.variables(randomUUID()), token);
        expect(answer(existing)).toEqual(answer(unknown));
        expect(existing.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      }
    },
  );

  it("treats another tenant's campaign in an SDK call exactly like an unknown one", async () => {
    const audience = 'query($id: ID!) { campaignAudience(campaignId: $id) { totalCount } }';
    const existing = await api.gql(audience, { id: victim.campaign }, strangerKey);
    const unknown = await api.gql(audience, { id: randomUUID() }, strangerKey);
    expect(answer(existing)).toEqual(answer(unknown));
    expect(existing.errors).toHaveLength(1);

    const events = (campaignId: string) => ({
      input: { events: [{ deviceId: 'device-1', campaignId, type: 'OPENED' }] },
    });
    const theirs = await api.gql(EVENTS, events(victim.campaign), strangerKey);
    const nobodys = await api.gql(EVENTS, events(randomUUID()), strangerKey);
    expect(theirs).toEqual(nobodys);
    expect(theirs.data).toEqual({ recordEvents: { accepted: 0, rejected: 1 } });
  });
});
