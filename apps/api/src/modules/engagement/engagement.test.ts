import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { addMember, owner, signUp } from '../../../test/fixtures';
import { createCampaign, createCircle } from '../../../test/places-fixtures';
import { consent, consentingAdult, EVENTS, sdkTenant, upsert } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { ConsentPurpose, LocationPermission } from '../../policy/policy-enums';
import { ConsentRecord } from '../end-users/consent-record.entity';
import { ConsentSource } from '../end-users/end-user-enums';
import { EndUser } from '../end-users/end-user.entity';
import { Tenant } from '../tenants/tenant.entity';
import { EngagementEvent } from './engagement-event.entity';

const STATS =
  'query($campaignId: ID!, $from: DateTime!, $to: DateTime!, $bucket: StatsBucket!) { campaignStats(campaignId: $campaignId, from: $from, to: $to, bucket: $bucket) { points { start delivered { value display } opened { value display } clicked { display } uniqueReach { value display } openRate } totals { delivered { value display } opened { value display } uniqueReach { value display } openRate clickRate } } }';

describe.each(databaseKinds)('engagement events and campaign stats (%s)', (kind) => {
  let api: TestApi;
  const clock = new Date('2026-11-21T12:00:00Z');
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => clock });
  });
  afterAll(() => api.close());

  async function campaignOf(t: { token: string; tenantId: string }) {
    return createCampaign(api, t.token, t.tenantId, { geofenceIds: [await createCircle(api, t.token, t.tenantId)] });
  }
  const stored = (tenantId: string) =>
    api.server.orm.em.fork().count(EngagementEvent, { tenant: tenantId }, { filters: false });

  it("stores events of known end users about the tenant's campaigns, and rejects the rest, counted", async () => {
    const t = await sdkTenant(api);
    const other = await sdkTenant(api);
    const mine = await campaignOf(t);
    const theirs = await campaignOf(other);
    await consentingAdult(api, t.key, 'adult', '2026-11-21T10:00:00Z');
    await upsert(api, t.key, { deviceId: 'kid', age: 10 });
    const r = await api.gql(
      EVENTS,
      {
        input: {
          events: [
            { deviceId: 'adult', campaignId: mine, type: 'DELIVERED' },
            { deviceId: 'adult', campaignId: mine, type: 'OPENED', occurredAt: '2026-11-21T11:00:00Z' },
            { deviceId: 'adult', campaignId: theirs, type: 'OPENED' },
            { deviceId: 'stranger', campaignId: mine, type: 'OPENED' },
            { deviceId: 'kid', campaignId: mine, type: 'OPENED' },
            { deviceId: 'adult', campaignId: mine, type: 'CLICKED', occurredAt: '2026-12-25T00:00:00Z' },
          ],
        },
      },
      t.key,
    );
    expect(r.data!.recordEvents).toEqual({ accepted: 2, rejected: 4 });
    expect(await stored(t.tenantId)).toBe(2);
    expect(await stored(other.tenantId)).toBe(0);
  });

  it('refuses more than 1,000 events or a malformed campaign id, writing nothing', async () => {
    const t = await sdkTenant(api);
    const campaignId = await campaignOf(t);
    await consentingAdult(api, t.key, 'adult');
    const many = Array.from({ length: 1001 }, () => ({ deviceId: 'adult', campaignId, type: 'DELIVERED' }));
    expect((await api.gql(EVENTS, { input: { events: many } }, t.key)).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'events',
    });
    const malformed = await api.gql(
      EVENTS,
      {
        input: {
          events: [
            { deviceId: 'adult', campaignId, type: 'DELIVERED' },
            { deviceId: 'adult', campaignId: '42', type: 'OPENED' },
          ],
        },
      },
      t.key,
    );
    expect(malformed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events.1.campaignId' });
    expect(await stored(t.tenantId)).toBe(0);
  });

  it('rejects events of an end user whose processing is restricted or objected to', async () => {
    const t = await sdkTenant(api);
    const campaignId = await campaignOf(t);
    for (const d of ['free', 'restricted', 'objected']) await consentingAdult(api, t.key, d);
    const em = api.server.orm.em.fork();
    for (const column of ['restricted_at', 'objected_at']) {
      await em
        .getConnection()
        .execute(`update end_user set ${column} = ? where tenant_id = ? and device_id = ?`, [
          clock.toISOString(),
          t.tenantId,
          column === 'restricted_at' ? 'restricted' : 'objected',
        ]);
    }
    const events = ['free', 'restricted', 'objected'].map((deviceId) => ({ deviceId, campaignId, type: 'DELIVERED' }));
    const r = await api.gql(EVENTS, { input: { events } }, t.key);
    expect(r.data!.recordEvents).toEqual({ accepted: 1, rejected: 2 });
  });

  it('never stores nor counts the events of end users who denied location or never consented to it', async () => {
    const t = await sdkTenant(api);
    const campaignId = await campaignOf(t);
    const before = '2026-11-21T08:00:00Z';
    const allowed = ['a', 'b', 'c', 'd', 'e'];
    for (const d of allowed) await consentingAdult(api, t.key, d, before);
    // Both have analytics consent: if their events were stored, the stats would count them.
    await consentingAdult(api, t.key, 'os-denied', before);
    await upsert(api, t.key, { deviceId: 'os-denied', locationPermission: 'DENIED' });
    await upsert(api, t.key, { deviceId: 'never-consented', age: 30, locationPermission: 'ALWAYS' });
    for (const purpose of ['MARKETING', 'ANALYTICS'])
      await consent(api, t.key, 'never-consented', purpose, true, before);
    const events = [...allowed, 'os-denied', 'never-consented'].flatMap((deviceId) =>
      ['DELIVERED', 'OPENED'].map((type) => ({ deviceId, campaignId, type, occurredAt: '2026-11-21T11:00:00Z' })),
    );

    const r = await api.gql(EVENTS, { input: { events } }, t.key);

    expect(r.data!.recordEvents).toEqual({ accepted: 10, rejected: 4 });
    expect(await stored(t.tenantId)).toBe(10);
    const stats = await api.gql(
      STATS,
      { campaignId, from: '2026-11-21T00:00:00Z', to: '2026-11-22T00:00:00Z', bucket: 'DAY' },
      t.token,
    );
    expect(stats.data!.campaignStats.totals).toMatchObject({
      delivered: { value: 5, display: '5' },
      opened: { value: 5, display: '5' },
      uniqueReach: { value: 5, display: '5' },
    });
  });

  it('judges each event on the consent ledger as it stood when the event occurred', async () => {
    const t = await sdkTenant(api);
    const campaignId = await campaignOf(t);
    await upsert(api, t.key, { deviceId: 'w', age: 30, locationPermission: 'WHEN_IN_USE' });
    await consent(api, t.key, 'w', 'MARKETING', true, '2026-11-21T09:00:00Z');
    await consent(api, t.key, 'w', 'LOCATION', true, '2026-11-21T10:00:00Z');
    await consent(api, t.key, 'w', 'LOCATION', false, '2026-11-21T11:00:00Z');
    const at = (time: string) => ({ deviceId: 'w', campaignId, type: 'DELIVERED', occurredAt: `2026-11-21T${time}Z` });

    // Before the first grant, between the grant and the withdrawal, after the withdrawal.
    const r = await api.gql(EVENTS, { input: { events: [at('09:30:00'), at('10:30:00'), at('11:30:00')] } }, t.key);

    expect(r.data!.recordEvents).toEqual({ accepted: 1, rejected: 2 });
    const kept = await api.server.orm.em.fork().find(EngagementEvent, { tenant: t.tenantId }, { filters: false });
    expect(kept.map((e) => e.occurredAt.toISOString())).toEqual(['2026-11-21T10:30:00.000Z']);
  });

  it("applies the tenant's marketing rule and the end user's age at the time of the event", async () => {
    const t = await sdkTenant(api);
    const campaignId = await campaignOf(t);
    await upsert(api, t.key, { deviceId: 'no-marketing', age: 30, locationPermission: 'ALWAYS' });
    await consent(api, t.key, 'no-marketing', 'LOCATION', true, '2026-11-01T00:00:00Z');
    // Thirteen on the day of the clock (2026-11-21), so twelve the day before.
    await consentingAdult(api, t.key, 'birthday', '2026-11-01T00:00:00Z');
    await upsert(api, t.key, { deviceId: 'birthday', birthDate: '2013-11-21' });
    const event = (deviceId: string, occurredAt: string) => ({ deviceId, campaignId, type: 'DELIVERED', occurredAt });
    const events = [
      event('no-marketing', '2026-11-21T11:00:00Z'),
      event('birthday', '2026-11-20T12:00:00Z'),
      event('birthday', '2026-11-21T12:00:00Z'),
    ];

    expect((await api.gql(EVENTS, { input: { events } }, t.key)).data!.recordEvents).toEqual({
      accepted: 1,
      rejected: 2,
    });
    await api.gql(
      'mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { id } }',
      { input: { tenantId: t.tenantId, requireMarketingConsent: false } },
      t.token,
    );
    expect((await api.gql(EVENTS, { input: { events: [events[0]] } }, t.key)).data!.recordEvents).toEqual({
      accepted: 1,
      rejected: 0,
    });
  });

  it('judges a full batch of 1,000 events from 1,000 end users', async () => {
    const t = await sdkTenant(api);
    const campaignId = await campaignOf(t);
    const em = api.server.orm.em.fork();
    const tenant = await em.findOneOrFail(Tenant, { id: t.tenantId });
    const users = Array.from({ length: 1000 }, (_, i) =>
      Object.assign(new EndUser(tenant, `bulk-${i}`), { age: 30, locationPermission: LocationPermission.ALWAYS }),
    );
    // Every other end user consented to location; everyone to marketing.
    const consents = users.flatMap((endUser, i) =>
      [ConsentPurpose.MARKETING, ...(i % 2 === 0 ? [ConsentPurpose.LOCATION] : [])].map(
        (purpose) =>
          new ConsentRecord({
            tenant,
            endUser,
            purpose,
            granted: true,
            source: ConsentSource.SDK,
            policyVersion: '1',
            recordedAt: new Date('2026-11-01T00:00:00Z'),
            evidence: { requestId: 'test' },
          }),
      ),
    );
    await em.insertMany(users);
    await em.insertMany(consents);
    const events = users.map((u) => ({ deviceId: u.deviceId, campaignId, type: 'DELIVERED' }));

    expect((await api.gql(EVENTS, { input: { events } }, t.key)).data!.recordEvents).toEqual({
      accepted: 500,
      rejected: 500,
    });
  });

  it('counts only end users with ANALYTICS consent, shows cohorts under 5 as "< 5", in tenant-time buckets', async () => {
    const t = await sdkTenant(api);
    await api.gql(
      'mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { timezone } }',
      { input: { tenantId: t.tenantId, timezone: 'America/New_York' } },
      t.token,
    );
    const campaignId = await campaignOf(t);
    const devices = ['a', 'b', 'c', 'd', 'e', 'f'];
    const before = '2026-11-20T00:00:00Z';
    for (const d of devices) await consentingAdult(api, t.key, d, before);
    await upsert(api, t.key, { deviceId: 'no-analytics', age: 30, locationPermission: 'ALWAYS' });
    await consent(api, t.key, 'no-analytics', 'LOCATION', true, before);
    await consent(api, t.key, 'no-analytics', 'MARKETING', true, before);
    await consent(api, t.key, 'f', 'ANALYTICS', false);
    // 03:00 UTC on the 21st is still the 20th in New York.
    const events = [
      ...['a', 'b', 'c', 'd', 'e', 'f', 'no-analytics'].map((d) => ({
        deviceId: d,
        campaignId,
        type: 'DELIVERED',
        occurredAt: '2026-11-21T03:00:00Z',
      })),
      ...['a', 'b'].map((d) => ({ deviceId: d, campaignId, type: 'OPENED', occurredAt: '2026-11-21T03:05:00Z' })),
      { deviceId: 'a', campaignId, type: 'DELIVERED', occurredAt: '2026-11-21T10:00:00Z' },
    ];
    expect((await api.gql(EVENTS, { input: { events } }, t.key)).data!.recordEvents.accepted).toBe(10);

    const r = await api.gql(
      STATS,
      { campaignId, from: '2026-11-20T05:00:00Z', to: '2026-11-22T05:00:00Z', bucket: 'DAY' },
      t.token,
    );
    expect(r.errors).toBeUndefined();
    const [nov20, nov21] = r.data!.campaignStats.points;
    expect(r.data!.campaignStats.points).toHaveLength(2);
    expect(nov20.start).toBe('2026-11-20T05:00:00.000Z');
    expect(nov20.delivered).toEqual({ value: 5, display: '5' });
    expect(nov20.uniqueReach).toEqual({ value: 5, display: '5' });
    expect(nov20.opened).toEqual({ value: null, display: '< 5' });
    expect(nov20.openRate).toBeNull();
    expect(nov21.delivered).toEqual({ value: null, display: '< 5' });
    expect(r.data!.campaignStats.totals.delivered).toEqual({ value: 6, display: '6' });
    expect(r.data!.campaignStats.totals.uniqueReach).toEqual({ value: 5, display: '5' });
  });

  it('refuses a range that ends before it starts, and reads for members only', async () => {
    const t = await sdkTenant(api);
    const campaignId = await campaignOf(t);
    const backwards = await api.gql(
      STATS,
      { campaignId, from: '2026-11-21T00:00:00Z', to: '2026-11-20T00:00:00Z', bucket: 'DAY' },
      t.token,
    );
    expect(backwards.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const analyst = await signUp(api);
    await addMember(api, t.token, t.tenantId, analyst.email, 'ANALYST');
    const read = await api.gql(
      STATS,
      { campaignId, from: '2026-11-20T00:00:00Z', to: '2026-11-21T00:00:00Z', bucket: 'HOUR' },
      analyst.token,
    );
    expect(read.data!.campaignStats.points).toHaveLength(24);
    const outsider = await owner(api);
    expect(
      codes(
        await api.gql(
          STATS,
          { campaignId, from: '2026-11-20T00:00:00Z', to: '2026-11-21T00:00:00Z', bucket: 'DAY' },
          outsider.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });
});
