import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { owner } from '../../../test/fixtures';
import { createCircle } from '../../../test/places-fixtures';
import { completeRequest, createRequest, member } from '../../../test/privacy-fixtures';
import { consent, consentingAdult, sdkTenant } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { openSecret } from './sealed-secret';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookDeliveryStatus } from './webhook-enums';
import { MAX_ENDPOINTS_PER_TENANT } from './webhook-endpoints.service';

const CREATE =
  'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id url events active createdAt } } }';
const ENDPOINTS =
  'query($tenantId: ID!) { webhookEndpoints(tenantId: $tenantId) { id url events active pausedReason } }';
const DELIVERIES =
  'query($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) { webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id eventId event status attempts lastStatusCode createdAt deliveredAt nextAttemptAt } } } }';
const DELETE = 'mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }';
const REPLAY = 'mutation($id: ID!) { replayWebhookDelivery(id: $id) { id eventId status attempts } }';
const REPLAY_FAILED =
  'mutation($input: ReplayFailedWebhookDeliveriesInput!) { replayFailedWebhookDeliveries(input: $input) }';
const ROTATE =
  'mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret endpoint { id previousSecretExpiresAt } } }';
const TEST_SEND = 'mutation($id: ID!) { sendTestWebhook(id: $id) { id event status } }';
const PAUSE = 'mutation($id: ID!) { pauseWebhookEndpoint(id: $id) { id active pausedReason } }';
const RESUME = 'mutation($id: ID!) { resumeWebhookEndpoint(id: $id) { id active pausedReason } }';
const ACKS =
  'query($id: ID!) { privacyRequest(id: $id) { id webhookAcknowledgements { endpointUrl acknowledged status } } }';

const ALL_EVENTS = [
  'CAMPAIGN_STATUS_CHANGED',
  'PLACE_CHANGED',
  'ENGAGEMENT_RECORDED',
  'CONSENT_CHANGED',
  'PRIVACY_REQUEST_COMPLETED',
  'END_USER_ERASED',
];

describe.each(databaseKinds)('webhook endpoints (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    // The dispatcher is tested on its own; here the outbox is read as written.
    api = await startTestApi(kind, { WEBHOOK_DISPATCHER: 'off' });
  });
  afterAll(() => api.close());

  const em = () => api.server.orm.em.fork();

  async function endpoint(token: string, tenantId: string, events = ALL_EVENTS, url = 'https://hooks.example.com/in') {
    const r = await api.gql(CREATE, { input: { tenantId, url, events } }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.createWebhookEndpoint as { secret: string; endpoint: { id: string } };
  }

  const outbox = (endpointId: string) =>
    em().find(WebhookDelivery, { endpoint: endpointId }, { filters: false, orderBy: { createdAt: 'asc', id: 'asc' } });

  it('shows the signing secret once and keeps it only sealed', async () => {
    const boss = await owner(api);
    const { secret, endpoint: created } = await endpoint(boss.token, boss.tenantId);
    expect(secret).toMatch(/^whsec_[\w-]{40,}$/);
    const stored = await em().findOneOrFail(WebhookEndpoint, { id: created.id }, { filters: false });
    expect(JSON.stringify(stored)).not.toContain(secret.slice(6));
    expect(openSecret(stored.secretSealed, api.server.app.config.suppressionSecret)).toBe(secret);
    const list = await api.gql(ENDPOINTS, { tenantId: boss.tenantId }, boss.token);
    expect(list.data!.webhookEndpoints).toEqual([
      { id: created.id, url: 'https://hooks.example.com/in', events: ALL_EVENTS, active: true, pausedReason: null },
    ]);
    expect(JSON.stringify(list)).not.toContain(secret);
  });

  it('lets a marketer read endpoints but only the owner change them; other roles and tenants see nothing', async () => {
    const boss = await owner(api);
    const { endpoint: created } = await endpoint(boss.token, boss.tenantId);
    const marketer = await member(api, boss.token, boss.tenantId, 'MARKETER');
    const analyst = await member(api, boss.token, boss.tenantId, 'ANALYST');
    const stranger = await owner(api);
    expect((await api.gql(ENDPOINTS, { tenantId: boss.tenantId }, marketer.token)).data!.webhookEndpoints).toHaveLength(
      1,
    );
    expect(codes(await api.gql(DELIVERIES, { endpointId: created.id }, marketer.token))).toEqual([]);
    expect(codes(await api.gql(DELETE, { id: created.id }, marketer.token))).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql(ENDPOINTS, { tenantId: boss.tenantId }, analyst.token))).toEqual(['FORBIDDEN']);
    for (const query of [DELETE, TEST_SEND, PAUSE]) {
      expect(codes(await api.gql(query, { id: created.id }, stranger.token))).toEqual(['NOT_FOUND']);
    }
    expect(codes(await api.gql(DELIVERIES, { endpointId: created.id }, stranger.token))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(ENDPOINTS, { tenantId: boss.tenantId }, stranger.token))).toEqual(['NOT_FOUND']);
  });

  it.each([
    ['ftp://hooks.example.com/in', 'must start with https://'],
    ['http://hooks.example.com/in', 'must start with https://'],
    ['https://user:pw@hooks.example.com/in', 'must not hold a user name or password'],
    ['hooks.example.com/in', 'must be a full URL'],
  ])('refuses the URL %s with a clear error and writes nothing', async (url, message) => {
    const boss = await owner(api);
    const r = await api.gql(CREATE, { input: { tenantId: boss.tenantId, url, events: ['PLACE_CHANGED'] } }, boss.token);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toContain(message);
    expect(await em().count(WebhookEndpoint, { tenant: boss.tenantId }, { filters: false })).toBe(0);
  });

  it('accepts http only to localhost outside production, and refuses subscribing to TEST or to nothing', async () => {
    const boss = await owner(api);
    await endpoint(boss.token, boss.tenantId, ['PLACE_CHANGED'], 'http://localhost:9999/hooks');
    for (const events of [[], ['TEST']]) {
      const r = await api.gql(
        CREATE,
        { input: { tenantId: boss.tenantId, url: 'https://a.example', events } },
        boss.token,
      );
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it(`allows at most ${MAX_ENDPOINTS_PER_TENANT} endpoints per tenant`, async () => {
    const boss = await owner(api);
    for (let i = 0; i < MAX_ENDPOINTS_PER_TENANT; i++) await endpoint(boss.token, boss.tenantId, ['PLACE_CHANGED']);
    const r = await api.gql(
      CREATE,
      { input: { tenantId: boss.tenantId, url: 'https://one-more.example', events: ['PLACE_CHANGED'] } },
      boss.token,
    );
    expect(codes(r)).toEqual(['CONFLICT']);
  });

  it('writes an event to the outbox with the change that causes it, only for endpoints that subscribe', async () => {
    const boss = await owner(api);
    const places = await endpoint(boss.token, boss.tenantId, ['PLACE_CHANGED']);
    const campaigns = await endpoint(boss.token, boss.tenantId, ['CAMPAIGN_STATUS_CHANGED']);
    const geofenceId = await createCircle(api, boss.token, boss.tenantId);
    const [placeEvent, ...rest] = await outbox(places.endpoint.id);
    expect(rest).toEqual([]);
    expect(placeEvent!.event).toBe('PLACE_CHANGED');
    expect(placeEvent!.status).toBe(WebhookDeliveryStatus.PENDING);
    expect(JSON.parse(placeEvent!.payload)).toMatchObject({ placeId: geofenceId, kind: 'GEOFENCE', change: 'CREATED' });
    expect(await outbox(campaigns.endpoint.id)).toEqual([]);
  });

  it('never puts an identifier of an end user in the stored event, whatever their consent', async () => {
    const t = await sdkTenant(api);
    const hook = await endpoint(t.token, t.tenantId, ['CONSENT_CHANGED']);
    await consentingAdult(api, t.key, 'device-shared');
    await consent(api, t.key, 'device-shared', 'THIRD_PARTY_SHARING', true);
    const rows = await outbox(hook.endpoint.id);
    expect(rows.map((r) => JSON.parse(r.payload).purpose)).toEqual([
      'LOCATION',
      'MARKETING',
      'ANALYTICS',
      'THIRD_PARTY_SHARING',
    ]);
    for (const row of rows) {
      expect(row.endUserId).toBeTruthy();
      expect(row.payload).not.toContain('device-shared');
      expect(row.payload).not.toContain(row.endUserId!);
    }
  });

  it("purges an erased end user's events and queues end_user.erased, listed on the request's receipt", async () => {
    const t = await sdkTenant(api);
    const hook = await endpoint(t.token, t.tenantId);
    await consentingAdult(api, t.key, 'device-gone');
    const aboutThem = (await outbox(hook.endpoint.id)).filter((d) => d.endUserId);
    expect(aboutThem.length).toBeGreaterThan(0);
    const request = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ERASURE',
      subject: { deviceId: 'device-gone' },
    });
    await completeRequest(api, t.token, request.id as string);
    const after = await outbox(hook.endpoint.id);
    expect(after.filter((d) => d.endUserId)).toEqual([]);
    const notice = after.find((d) => d.event === 'END_USER_ERASED')!;
    expect(notice.privacyRequestId).toBe(request.id);
    const data = JSON.parse(notice.payload);
    expect(data.reference).toMatch(/^[0-9a-f]{64}$/);
    expect(data.receipt).toMatchObject({ privacyRequestId: request.id, reason: 'PRIVACY_REQUEST', endUsers: 1 });
    expect(notice.payload).not.toContain('device-gone');
    expect(after.some((d) => d.event === 'PRIVACY_REQUEST_COMPLETED')).toBe(true);
    const receipt = await api.gql(ACKS, { id: request.id }, t.token);
    expect(receipt.data!.privacyRequest.webhookAcknowledgements).toEqual([
      { endpointUrl: 'https://hooks.example.com/in', acknowledged: false, status: 'PENDING' },
    ]);
  });

  it('tells erasure of a child by its own reason, without naming the child', async () => {
    const t = await sdkTenant(api);
    const hook = await endpoint(t.token, t.tenantId, ['END_USER_ERASED', 'CONSENT_CHANGED']);
    await consentingAdult(api, t.key, 'device-young');
    await api.gql(
      'mutation($input: UpsertEndUserInput!) { upsertEndUser(input: $input) { reasons } }',
      { input: { deviceId: 'device-young', age: 9 } },
      t.key,
    );
    const rows = await outbox(hook.endpoint.id);
    expect(rows.map((r) => r.event)).toEqual(['END_USER_ERASED']);
    expect(JSON.parse(rows[0]!.payload).receipt.reason).toBe('CHILD');
  });

  it('replays one delivery and every failed one of a period, as new attempts of the same event', async () => {
    const boss = await owner(api);
    const hook = await endpoint(boss.token, boss.tenantId, ['PLACE_CHANGED']);
    await createCircle(api, boss.token, boss.tenantId);
    await createCircle(api, boss.token, boss.tenantId);
    const [first, second] = await outbox(hook.endpoint.id);
    await em().nativeUpdate(
      WebhookDelivery,
      { endpoint: hook.endpoint.id },
      { status: WebhookDeliveryStatus.DEAD, attempts: 13, nextAttemptAt: null },
    );
    const replayed = await api.gql(REPLAY, { id: first!.id }, boss.token);
    expect(replayed.data!.replayWebhookDelivery).toEqual({
      id: first!.id,
      eventId: first!.eventId,
      status: 'PENDING',
      attempts: 0,
    });
    const dead = await api.gql(DELIVERIES, { endpointId: hook.endpoint.id, status: 'DEAD' }, boss.token);
    expect(dead.data!.webhookDeliveries.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([second!.id]);
    const period = {
      endpointId: hook.endpoint.id,
      from: new Date(Date.now() - 60_000),
      to: new Date(Date.now() + 60_000),
    };
    const all = await api.gql(REPLAY_FAILED, { input: period }, boss.token);
    expect(all.data!.replayFailedWebhookDeliveries).toBe(1);
    const bad = await api.gql(REPLAY_FAILED, { input: { ...period, to: period.from } }, boss.token);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const stranger = await owner(api);
    expect(codes(await api.gql(REPLAY, { id: first!.id }, stranger.token))).toEqual(['NOT_FOUND']);
  });

  it('pages the delivery log newest first', async () => {
    const boss = await owner(api);
    const hook = await endpoint(boss.token, boss.tenantId, ['PLACE_CHANGED']);
    for (let i = 0; i < 3; i++) await createCircle(api, boss.token, boss.tenantId);
    const page = await api.gql(DELIVERIES, { endpointId: hook.endpoint.id, first: 2 }, boss.token);
    const log = page.data!.webhookDeliveries;
    expect(log.totalCount).toBe(3);
    expect(log.pageInfo.hasNextPage).toBe(true);
    const next = await api.gql(
      DELIVERIES,
      { endpointId: hook.endpoint.id, first: 2, after: log.pageInfo.endCursor },
      boss.token,
    );
    const times = [...log.edges, ...next.data!.webhookDeliveries.edges].map((e: { node: { createdAt: string } }) =>
      Date.parse(e.node.createdAt),
    );
    expect(times).toHaveLength(3);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('rotates the secret with an overlap, sends a test event, pauses and resumes', async () => {
    const boss = await owner(api);
    const hook = await endpoint(boss.token, boss.tenantId, ['PLACE_CHANGED']);
    const rotated = await api.gql(ROTATE, { input: { id: hook.endpoint.id, overlapHours: 2 } }, boss.token);
    const { secret, endpoint: after } = rotated.data!.rotateWebhookSecret;
    expect(secret).not.toBe(hook.secret);
    expect(Date.parse(after.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(3_600_000);
    const stored = await em().findOneOrFail(WebhookEndpoint, { id: hook.endpoint.id }, { filters: false });
    const serverSecret = api.server.app.config.suppressionSecret;
    expect(openSecret(stored.secretSealed, serverSecret)).toBe(secret);
    expect(openSecret(stored.previousSecretSealed!, serverSecret)).toBe(hook.secret);
    const test = await api.gql(TEST_SEND, { id: hook.endpoint.id }, boss.token);
    expect(test.data!.sendTestWebhook).toMatchObject({ event: 'TEST', status: 'PENDING' });
    const paused = await api.gql(PAUSE, { id: hook.endpoint.id }, boss.token);
    expect(paused.data!.pauseWebhookEndpoint).toMatchObject({ active: false, pausedReason: expect.any(String) });
    const resumed = await api.gql(RESUME, { id: hook.endpoint.id }, boss.token);
    expect(resumed.data!.resumeWebhookEndpoint).toEqual({ id: hook.endpoint.id, active: true, pausedReason: null });
  });

  it('deletes an endpoint with its log', async () => {
    const boss = await owner(api);
    const hook = await endpoint(boss.token, boss.tenantId, ['PLACE_CHANGED']);
    await createCircle(api, boss.token, boss.tenantId);
    expect(await outbox(hook.endpoint.id)).toHaveLength(1);
    expect((await api.gql(DELETE, { id: hook.endpoint.id }, boss.token)).errors).toBeUndefined();
    expect(await outbox(hook.endpoint.id)).toEqual([]);
    expect((await api.gql(ENDPOINTS, { tenantId: boss.tenantId }, boss.token)).data!.webhookEndpoints).toEqual([]);
  });
});
