import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, databaseKinds, type DatabaseKind, type TestDatabase } from '../../../test/databases';
import { gqlOver, startTestApi } from '../../../test/test-api';
import { loadConfig } from '../../config';
import { createServer, type VicinityServer } from '../../server';
import { ApiKey } from '../../modules/auth/api-key.entity';
import { Operator } from '../../modules/auth/operator.entity';
import { Session } from '../../modules/auth/session.entity';
import { CampaignStatus } from '../../modules/campaigns/campaign-enums';
import { Campaign } from '../../modules/campaigns/campaign.entity';
import { ConsentRecord } from '../../modules/end-users/consent-record.entity';
import { EndUser } from '../../modules/end-users/end-user.entity';
import { consentFacts, policyEndUser, policyTenant } from '../../modules/end-users/policy-view';
import { EngagementEvent } from '../../modules/engagement/engagement-event.entity';
import { EngagementType } from '../../modules/engagement/engagement-type';
import { Beacon } from '../../modules/places/beacon.entity';
import { GeofenceShape } from '../../modules/places/geofence-shape';
import { Geofence } from '../../modules/places/geofence.entity';
import { PrivacyRequest } from '../../modules/privacy/privacy-request.entity';
import { PrivacyRequestStatus } from '../../modules/privacy/privacy-request-enums';
import { SuppressedDevice } from '../../modules/privacy/suppressed-device.entity';
import { Tenant } from '../../modules/tenants/tenant.entity';
import { isChild } from '../../policy/age';
import { decide, permissionAllowsLocation } from '../../policy/decide';
import { ConsentPurpose, LocationPermission } from '../../policy/policy-enums';
import { needsReconsent } from '../../policy/reconsent';
import { DEMO_EMAIL, DEMO_PASSWORD, DEMO_TENANT_NAME } from './demo-seed';

const NOW = new Date('2026-11-21T10:30:00Z');
const DAY = 86_400_000;
const MONTH_START = new Date(NOW.getTime() - 30 * DAY);
/** The seed takes seconds alone; the whole suite shares two cores with it. */
const SEEDING_TIMEOUT_MS = 240_000;

/** The API on a database of its own, started as `main.ts` starts it: the seed runs before it listens. */
async function start(database: TestDatabase, demoSeed: string): Promise<VicinityServer> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_SEED: demoSeed, DATABASE_URL: database.url });
  const server = await createServer(config, { now: () => NOW });
  await server.fastify.listen({ host: '127.0.0.1', port: 0 });
  return server;
}

const gqlOf = (server: VicinityServer) => {
  const address = server.fastify.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return gqlOver(`http://127.0.0.1:${address.port}/graphql`);
};

async function everything(server: VicinityServer) {
  const em = server.orm.em.fork();
  const [tenant] = await em.find(Tenant, {});
  return {
    em,
    tenant: tenant!,
    endUsers: await em.find(EndUser, {}),
    consents: await em.find(ConsentRecord, {}, { orderBy: { recordedAt: 'asc' } }),
    events: await em.find(EngagementEvent, {}),
  };
}

const TABLES = [
  'operator',
  'tenant',
  'membership',
  'session',
  'api_key',
  'geofence',
  'beacon',
  'campaign',
  'campaign_target',
  'end_user',
  'consent_record',
  'engagement_event',
  'privacy_request',
  'suppressed_device',
];

async function rowCounts(server: VicinityServer): Promise<Record<string, number>> {
  const connection = server.orm.em.fork().getConnection();
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await connection.execute<{ n: number | string }[]>(`select count(*) as n from ${table}`);
    counts[table] = Number(row!.n);
  }
  return counts;
}

/** Each end user's consent ledger, oldest first. */
function ledgersOf(consents: ConsentRecord[]): Map<string, ConsentRecord[]> {
  const ledgers = new Map<string, ConsentRecord[]>();
  for (const c of consents) ledgers.set(c.endUser.id, [...(ledgers.get(c.endUser.id) ?? []), c]);
  return ledgers;
}

describe.each(databaseKinds)('the demo seed (%s)', (kind: DatabaseKind) => {
  let database: TestDatabase;
  let server: VicinityServer;
  beforeAll(async () => {
    database = await createTestDatabaseUrl(kind);
    server = await start(database, 'true');
  }, SEEDING_TIMEOUT_MS);
  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  it('fills the demo tenant with the places, campaigns, end users, consents, a month of events and the requests it was designed to', async () => {
    const { em, tenant, endUsers, consents, events } = await everything(server);
    expect(await em.find(Operator, {})).toEqual([expect.objectContaining({ email: DEMO_EMAIL })]);
    expect(tenant).toMatchObject({ name: DEMO_TENANT_NAME, timezone: 'Europe/Paris', policyVersion: '2' });
    expect(await em.count(ApiKey, { revokedAt: null })).toBe(1);
    // The seed signed in to do its work and signed out: no session of it can be used.
    expect(await em.count(Session, { revokedAt: null })).toBe(0);

    const geofences = await em.find(Geofence, {});
    expect(geofences.filter((g) => g.shape === GeofenceShape.CIRCLE)).toHaveLength(8);
    expect(geofences.filter((g) => g.shape === GeofenceShape.POLYGON)).toHaveLength(3);
    for (const g of geofences.filter((g) => g.shape === GeofenceShape.CIRCLE)) {
      expect(g.radiusMeters).toBeGreaterThanOrEqual(50);
      expect(g.radiusMeters).toBeLessThanOrEqual(300);
    }
    expect(await em.count(Beacon, {})).toBe(7);
    const campaigns = await em.find(Campaign, {});
    expect(campaigns.map((c) => c.status).sort()).toEqual([
      CampaignStatus.ACTIVE,
      CampaignStatus.ENDED,
      CampaignStatus.PAUSED,
    ]);
    const active = campaigns.find((c) => c.status === CampaignStatus.ACTIVE)!;
    expect(active.timeWindows.length).toBeGreaterThan(0);
    expect(active.capMaxDeliveries).toBeGreaterThan(0);

    // 502 joined; one erased on request, one reported as a child: 500 remain, and four children were never stored.
    expect(endUsers).toHaveLength(500);
    expect(await em.count(SuppressedDevice, {})).toBe(5);
    const permissions = new Set(endUsers.map((u) => u.locationPermission));
    expect(permissions).toEqual(new Set(Object.values(LocationPermission)));
    expect(endUsers.filter((u) => u.restrictedAt)).toHaveLength(3);
    expect(endUsers.filter((u) => u.objectedAt)).toHaveLength(2);

    const ledgers = ledgersOf(consents);
    const latest = (purpose: ConsentPurpose) =>
      [...ledgers.values()].map((l) => l.filter((c) => c.purpose === purpose).at(-1)?.granted);
    for (const purpose of [ConsentPurpose.LOCATION, ConsentPurpose.MARKETING, ConsentPurpose.ANALYTICS]) {
      expect(latest(purpose).filter((g) => g === true).length).toBeGreaterThan(250);
      expect(latest(purpose).filter((g) => g === false).length).toBeGreaterThan(20);
    }
    const withdrew = [...ledgers.values()].filter((l) =>
      l.some(
        (grant) =>
          grant.granted && l.some((w) => w.purpose === grant.purpose && !w.granted && w.recordedAt > grant.recordedAt),
      ),
    );
    expect(withdrew.length).toBeGreaterThan(10);
    const toRenew = [...ledgers.values()].filter((l) => needsReconsent(l, tenant.policyVersion));
    expect(toRenew.length).toBeGreaterThan(5);
    expect(toRenew.length).toBeLessThan(50);

    expect(events.length).toBeGreaterThan(3000);
    expect(events.every((e) => e.occurredAt >= MONTH_START && e.occurredAt <= NOW)).toBe(true);
    const days = new Set(events.map((e) => Math.floor((NOW.getTime() - e.occurredAt.getTime()) / DAY)));
    expect(days.size).toBe(30);
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(Object.values(EngagementType)));
    for (const campaign of campaigns)
      expect(events.filter((e) => e.campaign.id === campaign.id).length).toBeGreaterThan(100);

    const requests = await em.find(PrivacyRequest, {});
    const byStatus = Object.fromEntries(
      Object.values(PrivacyRequestStatus).map((s) => [s, requests.filter((r) => r.status === s).length]),
    );
    expect(byStatus).toEqual({ RECEIVED: 2, IN_PROGRESS: 1, COMPLETED: 8, DENIED: 1 });
    const open = requests.filter((r) => r.status === PrivacyRequestStatus.RECEIVED);
    expect(open.some((r) => r.dueAt.getTime() - NOW.getTime() < 7 * DAY)).toBe(true);
    expect(requests.find((r) => r.status === PrivacyRequestStatus.IN_PROGRESS)?.extendedUntil).toBeInstanceOf(Date);
  });

  it('breaks no rule: nobody under the minimum age, and every event from someone the policy allowed when it happened', async () => {
    const { tenant, endUsers, consents, events } = await everything(server);
    expect(endUsers.filter((u) => isChild(u, tenant.minimumAge, NOW))).toEqual([]);

    const byId = new Map(endUsers.map((u) => [u.id, u]));
    const ledgers = ledgersOf(consents);
    const forbidden = events.filter((e) => {
      const endUser = byId.get(e.endUser.id)!;
      // A restriction or objection stops processing from the moment it is in force, not before.
      const stopped = [endUser.restrictedAt, endUser.objectedAt].some((since) => since && since <= e.occurredAt);
      const then = consentFacts((ledgers.get(endUser.id) ?? []).filter((c) => c.recordedAt <= e.occurredAt));
      const person = { ...policyEndUser(endUser), processingRestricted: stopped };
      return !decide(person, then, { tenant: policyTenant(tenant), at: e.occurredAt }).eligible;
    });
    expect(forbidden).toEqual([]);
    const denied = new Set(endUsers.filter((u) => !permissionAllowsLocation(u.locationPermission)).map((u) => u.id));
    expect(denied.size).toBeGreaterThan(50);
    expect(events.filter((e) => denied.has(e.endUser.id))).toEqual([]);
  });

  it("shows each campaign's engagement through GraphQL, counting only end users who allowed analytics", async () => {
    const gql = gqlOf(server);
    const login = await gql<{ logIn: { token: string } }>(
      'mutation($input: LogInInput!) { logIn(input: $input) { token } }',
      { input: { email: DEMO_EMAIL, password: DEMO_PASSWORD } },
    );
    const token = login.data!.logIn.token;
    const { tenant, endUsers, consents, events } = await everything(server);
    const list = await gql<{ campaigns: { edges: { node: { id: string; status: string } }[] } }>(
      'query($tenantId: ID!) { campaigns(tenantId: $tenantId) { edges { node { id status } } } }',
      { tenantId: tenant.id },
      token,
    );
    expect(list.errors).toBeUndefined();

    const analytics = new Set(
      endUsers
        .filter((u) => !u.restrictedAt && !u.objectedAt)
        .filter(
          (u) =>
            consents.filter((c) => c.endUser.id === u.id && c.purpose === ConsentPurpose.ANALYTICS).at(-1)?.granted,
        )
        .map((u) => u.id),
    );
    for (const { node } of list.data!.campaigns.edges) {
      const r = await gql<{
        campaignStats: { points: { delivered: { value: number | null } }[]; totals: { delivered: { value: number } } };
      }>(
        'query($campaignId: ID!, $from: DateTime!, $to: DateTime!) { campaignStats(campaignId: $campaignId, from: $from, to: $to, bucket: DAY) { points { delivered { value } } totals { delivered { value } } } }',
        { campaignId: node.id, from: MONTH_START.toISOString(), to: NOW.toISOString() },
        token,
      );
      expect(r.errors).toBeUndefined();
      const delivered = events.filter((e) => e.campaign.id === node.id && e.type === EngagementType.DELIVERED);
      const counted = delivered.filter((e) => analytics.has(e.endUser.id)).length;
      expect(r.data!.campaignStats.totals.delivered.value).toBe(counted);
      expect(counted).toBeLessThan(delivered.length);
      expect(r.data!.campaignStats.points.filter((p) => p.delivered.value).length).toBeGreaterThan(5);
    }
  });

  it('adds nothing when the server starts again on the same database', async () => {
    const before = await rowCounts(server);
    await server.close();
    server = await start(database, 'true');
    expect(await rowCounts(server)).toEqual(before);
  });
});

describe.each(databaseKinds)('DEMO_SEED=false (%s)', (kind) => {
  it('seeds nothing, not even the demo operator', async () => {
    const api = await startTestApi(kind, { DEMO_SEED: 'false' });
    const counts = await rowCounts(api.server);
    await api.close();
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });
});
