import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { createBeacon, createCampaign, createCircle, SET_STATUS } from '../../../test/places-fixtures';
import { createRequest, DENY_REQUEST, member } from '../../../test/privacy-fixtures';
import { consent, consentingAdult, EVENTS, sdkTenant, upsert } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { owner } from '../../../test/fixtures';
import { EndUser } from '../end-users/end-user.entity';

const FIGURE = 'current { value display } previous { value display } change';
const PERIOD = `days from to delivered { ${FIGURE} } opened { ${FIGURE} } reach { ${FIGURE} }`;
const OPT_IN = 'count { value display } rate';
const OVERVIEW = `query($tenantId: ID!) { tenantOverview(tenantId: $tenantId) {
  asOf last7Days { ${PERIOD} } last30Days { ${PERIOD} }
  campaigns { active nextEnding { id name schedule { endsAt } } }
  audience { endUsers location { ${OPT_IN} } marketing { ${OPT_IN} } reachable { ${OPT_IN} } }
  privacy { open nextDue { id dueAt daysLeft } }
  places { geofences beacons } } }`;

const NOW = new Date('2026-11-21T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
const ARCHIVE_GEOFENCE = 'mutation($id: ID!) { archiveGeofence(id: $id) { id } }';

describe.each(databaseKinds)('tenant overview (%s)', (kind) => {
  let api: TestApi;
  let clock = NOW;
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => clock });
  });
  afterAll(() => api.close());

  const overview = async (tenantId: string, token: string) => {
    const r = await api.gql(OVERVIEW, { tenantId }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.tenantOverview;
  };

  async function activeCampaign(
    t: { token: string; tenantId: string },
    geofenceId: string,
    name: string,
    endsAt?: string,
  ) {
    const id = await createCampaign(api, t.token, t.tenantId, {
      name,
      geofenceIds: [geofenceId],
      ...(endsAt ? { schedule: { endsAt } } : {}),
    });
    const r = await api.gql(SET_STATUS, { input: { campaignId: id, status: 'ACTIVE' } }, t.token);
    expect(r.errors).toBeUndefined();
    return id;
  }

  async function deliver(key: string, campaignId: string, type: string, devices: string[], occurredAt: string) {
    const events = devices.map((deviceId) => ({ deviceId, campaignId, type, occurredAt }));
    const r = await api.gql(EVENTS, { input: { events } }, key);
    expect(r.errors).toBeUndefined();
    return r.data!.recordEvents.accepted as number;
  }

  it('counts deliveries, opens and reach of the last 7 and 30 days against the period before, for this tenant only', async () => {
    const t = await sdkTenant(api);
    const other = await sdkTenant(api);
    const circle = await createCircle(api, t.token, t.tenantId);
    const campaign = await activeCampaign(t, circle, 'Autumn coffee');
    const theirs = await activeCampaign(other, await createCircle(api, other.token, other.tenantId), 'Theirs');
    const since = daysAgo(90);
    const counted = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (const d of [...counted, 'restricted']) await consentingAdult(api, t.key, d, since);
    for (const d of counted) await consentingAdult(api, other.key, d, since);
    await upsert(api, t.key, { deviceId: 'no-analytics', age: 30, locationPermission: 'ALWAYS' });
    await consent(api, t.key, 'no-analytics', 'LOCATION', true, since);
    await consent(api, t.key, 'no-analytics', 'MARKETING', true, since);

    const five = counted.slice(0, 5);
    expect(await deliver(t.key, campaign, 'DELIVERED', [...counted, 'restricted', 'no-analytics'], daysAgo(2))).toBe(8);
    await deliver(t.key, campaign, 'DELIVERED', ['a'], daysAgo(3));
    await deliver(t.key, campaign, 'OPENED', five, daysAgo(1));
    await deliver(t.key, campaign, 'DELIVERED', five, daysAgo(10));
    await deliver(t.key, campaign, 'OPENED', ['a', 'b'], daysAgo(10));
    await deliver(t.key, campaign, 'DELIVERED', five, daysAgo(20));
    await deliver(t.key, campaign, 'DELIVERED', counted, daysAgo(45));
    await deliver(other.key, theirs, 'DELIVERED', counted, daysAgo(2));
    await deliver(other.key, theirs, 'DELIVERED', counted, daysAgo(2));
    // Restricted after the fact: their events stay stored but are no longer counted.
    await api.server.orm.em
      .fork()
      .nativeUpdate(EndUser, { tenant: t.tenantId, deviceId: 'restricted' }, { restrictedAt: NOW });

    const o = await overview(t.tenantId, t.token);
    expect(o.last7Days).toMatchObject({ days: 7, from: daysAgo(7), to: NOW.toISOString() });
    expect(o.last7Days.delivered).toEqual({
      current: { value: 7, display: '7' },
      previous: { value: 5, display: '5' },
      change: 0.4,
    });
    expect(o.last7Days.opened).toEqual({
      current: { value: 5, display: '5' },
      previous: { value: null, display: '< 5' },
      change: null,
    });
    expect(o.last7Days.reach).toEqual({
      current: { value: 6, display: '6' },
      previous: { value: 5, display: '5' },
      change: 0.2,
    });
    expect(o.last30Days.delivered.current.value).toBe(17);
    expect(o.last30Days.delivered.previous.value).toBe(6);
    expect(o.last30Days.delivered.change).toBeCloseTo(11 / 6);
    expect(o.last30Days.reach.current.value).toBe(6);
    expect(o.last30Days.reach.change).toBe(0);

    const theirsOverview = await overview(other.tenantId, other.token);
    expect(theirsOverview.last7Days.delivered.current.value).toBe(12);
    expect(theirsOverview.last7Days.reach.current.value).toBe(6);
    expect(theirsOverview.last7Days.delivered.previous).toEqual({ value: 0, display: '0' });
  });

  it('counts opt-ins as the policy allows: location-denied, restricted and objecting end users are not opted in', async () => {
    const t = await sdkTenant(api);
    const other = await sdkTenant(api);
    for (const d of ['a', 'b', 'c', 'd', 'e', 'restricted', 'objecting']) await consentingAdult(api, t.key, d);
    for (const d of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) await consentingAdult(api, other.key, d);
    await upsert(api, t.key, { deviceId: 'denied', age: 30, locationPermission: 'DENIED' });
    for (const purpose of ['LOCATION', 'MARKETING', 'ANALYTICS']) await consent(api, t.key, 'denied', purpose, true);
    await upsert(api, t.key, { deviceId: 'withdrew', age: 30, locationPermission: 'ALWAYS' });
    await consent(api, t.key, 'withdrew', 'LOCATION', true, daysAgo(2));
    await consent(api, t.key, 'withdrew', 'LOCATION', false, daysAgo(1));
    const em = api.server.orm.em.fork();
    await em.nativeUpdate(EndUser, { tenant: t.tenantId, deviceId: 'restricted' }, { restrictedAt: NOW });
    await em.nativeUpdate(EndUser, { tenant: t.tenantId, deviceId: 'objecting' }, { objectedAt: NOW });

    const { audience } = await overview(t.tenantId, t.token);
    expect(audience.endUsers).toBe(9);
    expect(audience.location).toEqual({ count: { value: 5, display: '5' }, rate: 5 / 9 });
    expect(audience.marketing).toEqual({ count: { value: 6, display: '6' }, rate: 6 / 9 });
    expect(audience.reachable).toEqual({ count: { value: 5, display: '5' }, rate: 5 / 9 });

    await em.nativeUpdate(EndUser, { tenant: t.tenantId, deviceId: 'a' }, { objectedAt: NOW });
    const fewer = (await overview(t.tenantId, t.token)).audience;
    expect(fewer.location).toEqual({ count: { value: null, display: '< 5' }, rate: null });
    expect(fewer.reachable.count.display).toBe('< 5');
  });

  it('shows active campaigns with the next end date, live places, and open privacy requests to those who may see them', async () => {
    clock = new Date(daysAgo(3));
    const t = await sdkTenant(api);
    const older = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ACCESS',
      subject: { email: 'old@example.com' },
    });
    clock = NOW;
    const newer = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ACCESS',
      subject: { email: 'new@example.com' },
    });
    const denied = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ERASURE',
      subject: { email: 'x@example.com' },
    });
    expect(
      (await api.gql(DENY_REQUEST, { input: { id: denied.id, reason: 'not verified' } }, t.token)).errors,
    ).toBeUndefined();
    expect(new Date(older.dueAt) < new Date(newer.dueAt)).toBe(true);

    const circle = await createCircle(api, t.token, t.tenantId);
    const archived = await createCircle(api, t.token, t.tenantId, 'Closed store');
    expect((await api.gql(ARCHIVE_GEOFENCE, { id: archived }, t.token)).errors).toBeUndefined();
    await createBeacon(api, t.token, t.tenantId);
    await activeCampaign(t, circle, 'Ends later', '2026-12-24T00:00:00Z');
    const soon = await activeCampaign(t, circle, 'Ends soon', '2026-11-30T00:00:00Z');
    await activeCampaign(t, circle, 'Open-ended');
    await createCampaign(api, t.token, t.tenantId, { name: 'Draft', schedule: { endsAt: '2026-11-22T00:00:00Z' } });
    const other = await sdkTenant(api);
    await activeCampaign(other, await createCircle(api, other.token, other.tenantId), 'Theirs', '2026-11-22T00:00:00Z');

    const o = await overview(t.tenantId, t.token);
    expect(o.campaigns).toEqual({
      active: 3,
      nextEnding: { id: soon, name: 'Ends soon', schedule: { endsAt: '2026-11-30T00:00:00.000Z' } },
    });
    expect(o.places).toEqual({ geofences: 1, beacons: 1 });
    expect(o.privacy).toEqual({ open: 2, nextDue: { id: older.id, dueAt: older.dueAt, daysLeft: older.daysLeft - 3 } });
    expect(o.audience.endUsers).toBe(0);
    expect(o.last7Days.delivered.current).toEqual({ value: 0, display: '0' });

    const marketer = await member(api, t.token, t.tenantId, 'MARKETER');
    const seen = await overview(t.tenantId, marketer.token);
    expect(seen.privacy).toBeNull();
    expect(seen.campaigns.active).toBe(3);
    const outsider = await owner(api);
    expect(codes(await api.gql(OVERVIEW, { tenantId: t.tenantId }, outsider.token))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(OVERVIEW, { tenantId: t.tenantId }, t.key))).toEqual(['FORBIDDEN']);
  });
});
