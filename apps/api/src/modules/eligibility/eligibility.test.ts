import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import {
  CREATE_GEOFENCE,
  createBeacon,
  createCampaign,
  createCircle,
  PARIS,
  SET_STATUS,
  SQUARE,
} from '../../../test/places-fixtures';
import { consent, consentingAdult, EVENTS, sdkTenant, setSuspended, upsert } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { Geofence } from '../places/geofence.entity';

const ELIGIBILITY =
  'query($input: EligibilityInput!) { eligibility(input: $input) { eligible reasons offers { campaignId title body } } }';
const NEAR_PARIS = { latitude: 48.8567, longitude: 2.3523 };
const FAR_AWAY = { latitude: 40.7128, longitude: -74.006 };

describe.each(databaseKinds)('eligibility (%s)', (kind) => {
  let api: TestApi;
  let clock = new Date('2026-11-23T12:00:00Z'); // a Monday
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => clock });
  });
  afterAll(() => api.close());

  async function activeCampaign(t: { token: string; tenantId: string }, patch: Record<string, unknown> = {}) {
    const geofenceIds =
      patch.geofenceIds ?? (patch.beaconIds ? undefined : [await createCircle(api, t.token, t.tenantId)]);
    const id = await createCampaign(api, t.token, t.tenantId, { geofenceIds, ...patch });
    const r = await api.gql(SET_STATUS, { input: { campaignId: id, status: 'ACTIVE' } }, t.token);
    expect(r.errors).toBeUndefined();
    return id;
  }
  const ask = (key: string, input: Record<string, unknown>) => api.gql(ELIGIBILITY, { input }, key);
  const offered = async (key: string, input: Record<string, unknown>) =>
    ((await ask(key, input)).data!.eligibility.offers as { campaignId: string }[]).map((o) => o.campaignId);

  it('offers the content of an ACTIVE campaign whose circle contains the position', async () => {
    const t = await sdkTenant(api);
    const id = await activeCampaign(t);
    await consentingAdult(api, t.key, 'd');
    const r = await ask(t.key, { deviceId: 'd', position: NEAR_PARIS });
    expect(r.data!.eligibility).toEqual({
      eligible: true,
      reasons: [],
      offers: [{ campaignId: id, title: 'A warm welcome', body: null }],
    });
    expect(await offered(t.key, { deviceId: 'd', position: FAR_AWAY })).toEqual([]);
  });

  it('takes accuracy into account conservatively, for circles and polygons', async () => {
    const t = await sdkTenant(api);
    const circle = await activeCampaign(t);
    const polygon = await api.gql(
      CREATE_GEOFENCE,
      { input: { tenantId: t.tenantId, name: 'Block', polygon: SQUARE } },
      t.token,
    );
    const block = await activeCampaign(t, { geofenceIds: [polygon.data!.createGeofence.id] });
    await consentingAdult(api, t.key, 'd');
    expect(await offered(t.key, { deviceId: 'd', position: { ...PARIS, accuracyMeters: 10 } })).toContain(circle);
    expect(await offered(t.key, { deviceId: 'd', position: { ...PARIS, accuracyMeters: 200 } })).not.toContain(circle);
    const nearEdge = { latitude: 48.8501, longitude: 2.35 };
    expect(await offered(t.key, { deviceId: 'd', position: { ...nearEdge, accuracyMeters: 5 } })).toContain(block);
    expect(await offered(t.key, { deviceId: 'd', position: { ...nearEdge, accuracyMeters: 50 } })).not.toContain(block);
  });

  async function polygonCampaign(
    t: { token: string; tenantId: string },
    name: string,
    polygon: { latitude: number; longitude: number }[],
  ) {
    const r = await api.gql(CREATE_GEOFENCE, { input: { tenantId: t.tenantId, name, polygon } }, t.token);
    expect(r.errors).toBeUndefined();
    return activeCampaign(t, { geofenceIds: [r.data!.createGeofence.id] });
  }

  it('offers each of two triangles that split one square only inside itself', async () => {
    const t = await sdkTenant(api);
    // Split along the south-west to north-east diagonal: one bounding box, two shapes.
    const [southWest, southEast, northEast, northWest] = SQUARE;
    const below = await polygonCampaign(t, 'Below the diagonal', [southWest!, southEast!, northEast!]);
    const above = await polygonCampaign(t, 'Above the diagonal', [southWest!, northEast!, northWest!]);
    await consentingAdult(api, t.key, 'd');
    expect(await offered(t.key, { deviceId: 'd', position: { latitude: 48.855, longitude: 2.355 } })).toEqual([below]);
    expect(await offered(t.key, { deviceId: 'd', position: { latitude: 48.865, longitude: 2.345 } })).toEqual([above]);
  });

  it('tells a circle from the square drawn on its bounding box', async () => {
    const t = await sdkTenant(api);
    const circleId = await createCircle(api, t.token, t.tenantId, 'Round', 500);
    const circle = await activeCampaign(t, { geofenceIds: [circleId] });
    const box = await api.server.orm.em.fork().findOneOrFail(Geofence, { id: circleId }, { filters: false });
    const square = await polygonCampaign(t, 'Square around the circle', [
      { latitude: box.minLatitude, longitude: box.minLongitude },
      { latitude: box.minLatitude, longitude: box.maxLongitude },
      { latitude: box.maxLatitude, longitude: box.maxLongitude },
      { latitude: box.maxLatitude, longitude: box.minLongitude },
    ]);
    await consentingAdult(api, t.key, 'd');
    const nearCorner = { latitude: box.maxLatitude - 0.0002, longitude: box.maxLongitude - 0.0002 };
    expect((await offered(t.key, { deviceId: 'd', position: PARIS })).sort()).toEqual([circle, square].sort());
    expect(await offered(t.key, { deviceId: 'd', position: nearCorner })).toEqual([square]);
  });

  it('offers a beacon campaign when its beacon is sighted, uuid in any case', async () => {
    const t = await sdkTenant(api);
    const id = await activeCampaign(t, {
      trigger: 'BEACON_NEAR',
      beaconIds: [await createBeacon(api, t.token, t.tenantId, 4, 2)],
    });
    await consentingAdult(api, t.key, 'd');
    const sighting = { uuid: 'F7826DA6-4FA2-4E98-8024-BC5B71E0893E', major: 4, minor: 2 };
    expect(await offered(t.key, { deviceId: 'd', beacons: [sighting] })).toEqual([id]);
    expect(await offered(t.key, { deviceId: 'd', beacons: [{ ...sighting, minor: 3 }] })).toEqual([]);
  });

  it.each([
    ['an unknown device', async (_t: any) => undefined, ['UNKNOWN_END_USER']],
    [
      'a device that denied location in the OS',
      async (t: any) => {
        await consentingAdult(api, t.key, 'd');
        await upsert(api, t.key, { deviceId: 'd', locationPermission: 'DENIED' });
      },
      ['LOCATION_DENIED'],
    ],
    [
      'a device that withdrew location consent',
      async (t: any) => {
        await consentingAdult(api, t.key, 'd');
        await consent(api, t.key, 'd', 'LOCATION', false);
      },
      ['LOCATION_DENIED'],
    ],
    [
      'a device without marketing consent',
      async (t: any) => {
        await consentingAdult(api, t.key, 'd');
        await consent(api, t.key, 'd', 'MARKETING', false);
      },
      ['MARKETING_CONSENT_MISSING'],
    ],
    [
      'a child (suppressed device)',
      async (t: any) => {
        await upsert(api, t.key, { deviceId: 'd', age: 11 });
      },
      ['UNDER_MINIMUM_AGE'],
    ],
    [
      'a device whose processing is restricted',
      async (t: any) => {
        await consentingAdult(api, t.key, 'd');
        await api.server.orm.em
          .fork()
          .getConnection()
          .execute(`update end_user set objected_at = ? where device_id = 'd' and tenant_id = ?`, [
            clock.toISOString(),
            t.tenantId,
          ]);
      },
      ['PROCESSING_RESTRICTED'],
    ],
  ])('never offers anything to %s, and says why', async (_label, arrange, reasons) => {
    const t = await sdkTenant(api);
    await activeCampaign(t);
    await arrange(t);
    const r = await ask(t.key, { deviceId: 'd', position: NEAR_PARIS });
    expect(r.data!.eligibility).toEqual({ eligible: false, reasons, offers: [] });
  });

  it('offers nothing while the tenant is suspended, and says so', async () => {
    const t = await sdkTenant(api);
    await activeCampaign(t);
    await consentingAdult(api, t.key, 'd');
    await setSuspended(api, t.tenantId, clock);
    const r = await ask(t.key, { deviceId: 'd', position: NEAR_PARIS });
    expect(r.data!.eligibility).toEqual({ eligible: false, reasons: ['TENANT_SUSPENDED'], offers: [] });
  });

  it('orders by priority then recency, and returns at most `limit`', async () => {
    const t = await sdkTenant(api);
    const low = await activeCampaign(t, { priority: 1 });
    clock = new Date(clock.getTime() + 1000);
    const olderHigh = await activeCampaign(t, { priority: 5 });
    clock = new Date(clock.getTime() + 1000);
    const newerHigh = await activeCampaign(t, { priority: 5 });
    await consentingAdult(api, t.key, 'd');
    expect(await offered(t.key, { deviceId: 'd', position: NEAR_PARIS })).toEqual([newerHigh, olderHigh, low]);
    expect(await offered(t.key, { deviceId: 'd', position: NEAR_PARIS, limit: 1 })).toEqual([newerHigh]);
  });

  it('honours the frequency cap and the minimum gap, counted from DELIVERED events', async () => {
    const t = await sdkTenant(api);
    const capped = await activeCampaign(t, { frequencyCap: { maxDeliveries: 2, perHours: 24 } });
    const gapped = await activeCampaign(t, { minimumGapMinutes: 60 });
    await consentingAdult(api, t.key, 'd', new Date(clock.getTime() - 24 * 3600_000).toISOString());
    const deliver = async (campaignId: string, minutesAgo: number) => {
      const occurredAt = new Date(clock.getTime() - minutesAgo * 60_000).toISOString();
      const r = await api.gql(
        EVENTS,
        { input: { events: [{ deviceId: 'd', campaignId, type: 'DELIVERED', occurredAt }] } },
        t.key,
      );
      expect(r.data!.recordEvents).toEqual({ accepted: 1, rejected: 0 });
    };
    await deliver(capped, 600);
    await deliver(gapped, 30);
    expect((await offered(t.key, { deviceId: 'd', position: NEAR_PARIS })).sort()).toEqual([capped].sort());
    await deliver(capped, 120);
    expect(await offered(t.key, { deviceId: 'd', position: NEAR_PARIS })).toEqual([]);
    expect(
      await offered(t.key, {
        deviceId: 'd',
        position: NEAR_PARIS,
        at: new Date(clock.getTime() + 23 * 3600_000).toISOString(),
      }),
    ).toContain(capped);
  });

  it("evaluates weekly windows in the tenant's time zone, across the date line of UTC", async () => {
    const t = await sdkTenant(api);
    await api.gql(
      'mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { timezone } }',
      { input: { tenantId: t.tenantId, timezone: 'Pacific/Auckland' } },
      t.token,
    );
    // Tuesday 08:00-10:00 in Auckland (UTC+13 in November) is Monday 19:00-21:00 UTC.
    const id = await activeCampaign(t, {
      schedule: { timeWindows: [{ dayOfWeek: 2, startTime: '08:00', endTime: '10:00' }] },
    });
    await consentingAdult(api, t.key, 'd');
    const at = (iso: string) => offered(t.key, { deviceId: 'd', position: NEAR_PARIS, at: iso });
    expect(await at('2026-11-23T19:30:00Z')).toEqual([id]);
    expect(await at('2026-11-23T21:30:00Z')).toEqual([]);
    expect(await at('2026-11-24T08:30:00Z')).toEqual([]);
  });

  it('respects startsAt and endsAt', async () => {
    const t = await sdkTenant(api);
    const id = await activeCampaign(t, {
      schedule: { startsAt: '2026-11-23T00:00:00Z', endsAt: '2026-11-30T00:00:00Z' },
    });
    await consentingAdult(api, t.key, 'd');
    expect(await offered(t.key, { deviceId: 'd', position: NEAR_PARIS, at: '2026-11-22T23:00:00Z' })).toEqual([]);
    expect(await offered(t.key, { deviceId: 'd', position: NEAR_PARIS, at: '2026-11-24T00:00:00Z' })).toEqual([id]);
    expect(await offered(t.key, { deviceId: 'd', position: NEAR_PARIS, at: '2026-11-30T00:00:00Z' })).toEqual([]);
  });

  it('sees campaign and place changes at once (the index follows the catalog version)', async () => {
    const t = await sdkTenant(api);
    const id = await activeCampaign(t);
    await consentingAdult(api, t.key, 'd');
    expect(await offered(t.key, { deviceId: 'd', position: NEAR_PARIS })).toEqual([id]);
    await api.gql(SET_STATUS, { input: { campaignId: id, status: 'PAUSED' } }, t.token);
    expect(await offered(t.key, { deviceId: 'd', position: NEAR_PARIS })).toEqual([]);
    await api.gql(SET_STATUS, { input: { campaignId: id, status: 'ACTIVE' } }, t.token);
    expect(await offered(t.key, { deviceId: 'd', position: NEAR_PARIS })).toEqual([id]);
  });

  it("never offers another tenant's campaign", async () => {
    const a = await sdkTenant(api);
    const b = await sdkTenant(api);
    await activeCampaign(b);
    await consentingAdult(api, a.key, 'd');
    await consentingAdult(api, b.key, 'd');
    expect(await offered(a.key, { deviceId: 'd', position: NEAR_PARIS })).toEqual([]);
    expect(codes(await ask(a.token, { deviceId: 'd' }))).toEqual(['FORBIDDEN']);
  });

  it.each([
    ['latitude 91', { position: { latitude: 91, longitude: 0 } }, 'position.latitude'],
    ['a negative accuracy', { position: { latitude: 1, longitude: 1, accuracyMeters: -1 } }, 'position.accuracyMeters'],
    ['a malformed beacon uuid', { beacons: [{ uuid: 'x', major: 1, minor: 1 }] }, 'beacons.0.uuid'],
    ['a limit of 50', { limit: 50 }, 'limit'],
  ])('refuses %s, naming the field', async (_label, patch, field) => {
    const t = await sdkTenant(api);
    const r = await ask(t.key, { deviceId: 'd', ...patch });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
