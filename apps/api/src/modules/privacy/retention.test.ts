import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { createApiKey } from '../../../test/fixtures';
import { createCampaign, createCircle } from '../../../test/places-fixtures';
import { logIn, member } from '../../../test/privacy-fixtures';
import { consentingAdult, EVENTS, sdkTenant, upsert } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { EndUser } from '../end-users/end-user.entity';
import { EngagementEvent } from '../engagement/engagement-event.entity';
import { Tenant } from '../tenants/tenant.entity';
import { RetentionRun } from './retention-run.entity';
import { purgeTenant } from './retention-purge';
import { runScheduledPurges, startRetentionScheduler } from './retention-scheduler';

const SETTINGS =
  'query($tenantId: ID!) { retentionSettings(tenantId: $tenantId) { eventRetentionDays inactiveEndUserDays lastPurgeAt lastPurgeCounts { kind count } } }';
const UPDATE =
  'mutation($input: UpdateRetentionInput!) { updateRetention(input: $input) { eventRetentionDays inactiveEndUserDays } }';
const PURGE = 'mutation($tenantId: ID!) { runRetentionPurge(tenantId: $tenantId) { ranAt erased { kind count } } }';

const DAY = 86_400_000;

describe.each(databaseKinds)('retention (%s)', (kind) => {
  let api: TestApi;
  let clock = new Date('2026-01-01T12:00:00Z');
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => clock });
  });
  afterAll(() => api.close());

  const advance = (days: number) => {
    clock = new Date(clock.getTime() + days * DAY);
  };
  const counts = (erased: { kind: string; count: number }[]) =>
    Object.fromEntries(erased.filter((c) => c.count > 0).map((c) => [c.kind, c.count]));

  it('has sane defaults, and validates new periods', async () => {
    const t = await sdkTenant(api);
    const r = await api.gql(SETTINGS, { tenantId: t.tenantId }, t.token);
    expect(r.data!.retentionSettings).toEqual({
      eventRetentionDays: 395,
      inactiveEndUserDays: 730,
      lastPurgeAt: null,
      lastPurgeCounts: [],
    });
    const bad = await api.gql(UPDATE, { input: { tenantId: t.tenantId, inactiveEndUserDays: 7 } }, t.token);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inactiveEndUserDays' });
    const ok = await api.gql(UPDATE, { input: { tenantId: t.tenantId, eventRetentionDays: 30 } }, t.token);
    expect(ok.data!.updateRetention).toEqual({ eventRetentionDays: 30, inactiveEndUserDays: 730 });
  });

  it('purges old events and inactive end users by hand, records the run, and purges nothing twice', async () => {
    const t = await sdkTenant(api);
    await api.gql(
      UPDATE,
      { input: { tenantId: t.tenantId, eventRetentionDays: 30, inactiveEndUserDays: 60 } },
      t.token,
    );
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    const at = (daysAgo: number) => new Date(clock.getTime() - daysAgo * DAY).toISOString();
    await consentingAdult(api, t.key, 'goes-quiet', at(50));
    await consentingAdult(api, t.key, 'stays-active', at(50));
    const events = [
      { deviceId: 'stays-active', campaignId, type: 'DELIVERED', occurredAt: at(45) },
      { deviceId: 'stays-active', campaignId, type: 'OPENED', occurredAt: at(10) },
      { deviceId: 'goes-quiet', campaignId, type: 'DELIVERED', occurredAt: at(1) },
    ];
    expect((await api.gql(EVENTS, { input: { events } }, t.key)).data!.recordEvents.accepted).toBe(3);

    advance(61);
    await upsert(api, t.key, { deviceId: 'stays-active' });
    const token = await logIn(api, t.email);
    const r = await api.gql(PURGE, { tenantId: t.tenantId }, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.runRetentionPurge.ranAt).toBe(clock.toISOString());
    // The 45- and 10-day-old events are now 106 and 71 days old; the quiet user's event goes with them.
    expect(counts(r.data!.runRetentionPurge.erased)).toEqual({ EngagementEvent: 3, ConsentRecord: 3, EndUser: 1 });
    const em = api.server.orm.em.fork();
    expect((await em.find(EndUser, { tenant: t.tenantId }, { filters: false })).map((u) => u.deviceId)).toEqual([
      'stays-active',
    ]);
    expect(await em.count(EngagementEvent, { tenant: t.tenantId }, { filters: false })).toBe(0);

    const again = await api.gql(PURGE, { tenantId: t.tenantId }, token);
    expect(counts(again.data!.runRetentionPurge.erased)).toEqual({});
    const settings = await api.gql(SETTINGS, { tenantId: t.tenantId }, token);
    expect(settings.data!.retentionSettings.lastPurgeAt).toBe(clock.toISOString());
  });

  it('lets no replica purge a tenant while another holds its lease, and the next one once the lease has lapsed', async () => {
    const t = await sdkTenant(api);
    const orm = api.server.orm;
    const heldUntil = new Date(clock.getTime() + 60_000);
    await orm.em.fork().nativeUpdate(Tenant, { id: t.tenantId }, { purgeLeaseUntil: heldUntil });
    expect(await purgeTenant(orm.em.fork(), t.tenantId, () => clock, 'schedule', 'secret')).toBeNull();
    const lapsed = new Date(heldUntil.getTime() + 1);
    expect(await purgeTenant(orm.em.fork(), t.tenantId, () => lapsed, 'schedule', 'secret')).not.toBeNull();
    expect(await purgeTenant(orm.em.fork(), t.tenantId, () => lapsed, 'schedule', 'secret')).not.toBeNull();
  });

  it('runs on a schedule for tenants not purged within the interval, until stopped', async () => {
    const t = await sdkTenant(api);
    const orm = api.server.orm;
    const runsOf = () =>
      orm.em.fork().count(RetentionRun, { tenant: t.tenantId, trigger: 'schedule' }, { filters: false });
    const deps = {
      orm,
      now: () => clock,
      log: api.server.fastify.log,
      intervalMs: 60 * 60_000,
      serverSecret: 'secret',
    };
    await runScheduledPurges(deps);
    expect(await runsOf()).toBe(1);
    await runScheduledPurges(deps);
    expect(await runsOf()).toBe(1);
    advance(1);
    const scheduler = startRetentionScheduler({ ...deps, intervalMs: 20 });
    await expect.poll(runsOf, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    await scheduler.stop();
    const stopped = await runsOf();
    advance(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await runsOf()).toBe(stopped);
  });

  it('lets only OWNER and PRIVACY_OFFICER see, change or run retention', async () => {
    const t = await sdkTenant(api);
    const officer = await member(api, t.token, t.tenantId, 'PRIVACY_OFFICER');
    expect((await api.gql(PURGE, { tenantId: t.tenantId }, officer.token)).errors).toBeUndefined();
    const marketer = await member(api, t.token, t.tenantId, 'MARKETER');
    const { key } = await createApiKey(api, t.token, t.tenantId);
    const stranger = await sdkTenant(api);
    for (const [token, code] of [
      [marketer.token, 'FORBIDDEN'],
      [key, 'FORBIDDEN'],
      [stranger.token, 'NOT_FOUND'],
    ] as const) {
      expect(codes(await api.gql(SETTINGS, { tenantId: t.tenantId }, token))).toEqual([code]);
      expect(codes(await api.gql(UPDATE, { input: { tenantId: t.tenantId, eventRetentionDays: 5 } }, token))).toEqual([
        code,
      ]);
      expect(codes(await api.gql(PURGE, { tenantId: t.tenantId }, token))).toEqual([code]);
    }
  });
});
