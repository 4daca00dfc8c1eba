import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { createCampaign, createCircle } from '../../../test/places-fixtures';
import { CONSENT, consent, consentingAdult, EVENTS, sdkTenant, upsert, UPSERT } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { ConsentPurpose } from '../../policy/policy-enums';
import { SuppressedDevice } from '../privacy/suppressed-device.entity';
import { ConsentRecord } from './consent-record.entity';
import { EndUser } from './end-user.entity';

describe.each(databaseKinds)('end users and the consent ledger (%s)', (kind) => {
  let api: TestApi;
  const clock = new Date('2026-11-21T12:00:00Z');
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => clock });
  });
  afterAll(() => api.close());

  /** Every row of every table that mentions the device or its end user, read through raw SQL. */
  async function rowsAbout(tenantId: string, deviceId: string): Promise<number> {
    const em = api.server.orm.em.fork();
    const users = await em.find(EndUser, { tenant: tenantId, deviceId }, { filters: false });
    const ids = users.map((u) => u.id);
    let total = users.length;
    for (const meta of Object.values(api.server.orm.getMetadata().getAll())) {
      for (const p of Object.values(meta.properties)) {
        if (p.kind === 'm:1' && p.type === EndUser.name && ids.length) {
          total += await em.count(meta.class, { [p.name]: { $in: ids } }, { filters: false });
        }
      }
    }
    return total;
  }

  it('registers an end user by device and says why they cannot be processed yet', async () => {
    const { key } = await sdkTenant(api);
    const r = await upsert(api, key, {
      deviceId: 'dev-1',
      platform: 'IOS',
      locale: 'fr-FR',
      countryCode: 'fr',
      age: 30,
    });
    expect(r.endUser).toMatchObject({ deviceId: 'dev-1', locationPermission: 'NOT_DETERMINED' });
    expect(r.reasons.sort()).toEqual(['LOCATION_DENIED', 'MARKETING_CONSENT_MISSING']);
    await upsert(api, key, { deviceId: 'dev-1', locationPermission: 'WHEN_IN_USE' });
    await consent(api, key, 'dev-1', 'LOCATION', true);
    await consent(api, key, 'dev-1', 'MARKETING', true);
    expect((await upsert(api, key, { deviceId: 'dev-1' })).reasons).toEqual([]);
  });

  it('keeps one end user per device per tenant', async () => {
    const { key, tenantId } = await sdkTenant(api);
    await upsert(api, key, { deviceId: 'same', age: 20 });
    await upsert(api, key, { deviceId: 'same', email: 'A@Example.com' });
    const users = await api.server.orm.em.fork().find(EndUser, { tenant: tenantId }, { filters: false });
    expect(users.map((u) => [u.deviceId, u.age, u.email])).toEqual([['same', 20, 'a@example.com']]);
  });

  it('appends consent and never updates it: withdrawal is a new record, and the latest wins', async () => {
    const { key, tenantId } = await sdkTenant(api);
    await upsert(api, key, { deviceId: 'd', age: 30, locationPermission: 'ALWAYS' });
    await consent(api, key, 'd', 'MARKETING', true);
    await consent(api, key, 'd', 'LOCATION', true, '2026-11-20T10:00:00Z');
    expect((await upsert(api, key, { deviceId: 'd' })).reasons).toEqual([]);
    await consent(api, key, 'd', 'LOCATION', false, '2026-11-21T10:00:00Z');
    expect((await upsert(api, key, { deviceId: 'd' })).reasons).toEqual(['LOCATION_DENIED']);
    const ledger = await api.server.orm.em
      .fork()
      .find(
        ConsentRecord,
        { tenant: tenantId, purpose: ConsentPurpose.LOCATION },
        { filters: false, orderBy: { recordedAt: 'asc' } },
      );
    expect(ledger.map((c) => c.granted)).toEqual([true, false]);
    expect(ledger[0]!.evidence.apiKeyId).toEqual(expect.any(String));
  });

  it('treats the boundary birthday right: 13 today is an adult, 13 tomorrow is a child', async () => {
    const { key } = await sdkTenant(api);
    expect((await upsert(api, key, { deviceId: 'today', birthDate: '2013-11-21' })).endUser).not.toBeNull();
    const tomorrow = await upsert(api, key, { deviceId: 'tomorrow', birthDate: '2013-11-22' });
    expect(tomorrow).toEqual({ endUser: null, reasons: ['UNDER_MINIMUM_AGE'] });
  });

  it('never stores a child, and stores nothing for that device afterwards, even claiming an older age', async () => {
    const { key, tenantId } = await sdkTenant(api);
    expect(await upsert(api, key, { deviceId: 'kid', age: 12, email: 'kid@example.com' })).toEqual({
      endUser: null,
      reasons: ['UNDER_MINIMUM_AGE'],
    });
    expect(await upsert(api, key, { deviceId: 'kid', age: 18 })).toEqual({
      endUser: null,
      reasons: ['UNDER_MINIMUM_AGE'],
    });
    const c = await api.gql(
      CONSENT,
      { input: { deviceId: 'kid', purpose: 'LOCATION', granted: true, source: 'SDK', policyVersion: '1' } },
      key,
    );
    expect(c.data!.recordConsent.consent).toBeNull();
    expect(await rowsAbout(tenantId, 'kid')).toBe(0);
    const suppressed = await api.server.orm.em.fork().find(SuppressedDevice, { tenant: tenantId }, { filters: false });
    expect(suppressed).toHaveLength(1);
    expect(JSON.stringify(suppressed)).not.toContain('kid');
  });

  it('erases everything of an adult revealed as a child, in every table', async () => {
    const { key, token, tenantId } = await sdkTenant(api);
    await consentingAdult(api, key, 'revealed');
    const campaignId = await createCampaign(api, token, tenantId, {
      geofenceIds: [await createCircle(api, token, tenantId)],
    });
    await api.gql(EVENTS, { input: { events: [{ deviceId: 'revealed', campaignId, type: 'DELIVERED' }] } }, key);
    expect(await rowsAbout(tenantId, 'revealed')).toBeGreaterThan(4);
    expect(await upsert(api, key, { deviceId: 'revealed', birthDate: '2015-01-01' })).toEqual({
      endUser: null,
      reasons: ['UNDER_MINIMUM_AGE'],
    });
    expect(await rowsAbout(tenantId, 'revealed')).toBe(0);
    const events = await api.gql(
      EVENTS,
      { input: { events: [{ deviceId: 'revealed', campaignId, type: 'OPENED' }] } },
      key,
    );
    expect(events.data!.recordEvents).toEqual({ accepted: 0, rejected: 1 });
  });

  it('respects a tenant minimum age raised to 16', async () => {
    const { key, token, tenantId } = await sdkTenant(api);
    await api.gql(
      'mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { minimumAge } }',
      { input: { tenantId, minimumAge: 16 } },
      token,
    );
    expect((await upsert(api, key, { deviceId: 'fifteen', age: 15 })).endUser).toBeNull();
    expect((await upsert(api, key, { deviceId: 'sixteen', age: 16 })).endUser).not.toBeNull();
  });

  it.each([
    ['an empty deviceId', { deviceId: '' }, 'deviceId'],
    ['both birthDate and age', { deviceId: 'x', age: 20, birthDate: '2000-01-01' }, 'age'],
    ['age 131', { deviceId: 'x', age: 131 }, 'age'],
    ['a country code of three letters', { deviceId: 'x', countryCode: 'FRA' }, 'countryCode'],
    ['an email that is not one', { deviceId: 'x', email: 'nope' }, 'email'],
  ])('refuses %s, naming the field, and writes nothing', async (_label, input, field) => {
    const { key, tenantId } = await sdkTenant(api);
    const r = await api.gql(UPSERT, { input }, key);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await api.server.orm.em.fork().count(EndUser, { tenant: tenantId }, { filters: false })).toBe(0);
  });

  it('refuses a malformed birth date before anything is written', async () => {
    const { key } = await sdkTenant(api);
    const r = await api.gql(UPSERT, { input: { deviceId: 'x', birthDate: '2000-13-45' } }, key);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses consent for an unknown device and consent dated in the future', async () => {
    const { key } = await sdkTenant(api);
    const unknown = await api.gql(
      CONSENT,
      { input: { deviceId: 'ghost', purpose: 'LOCATION', granted: true, source: 'SDK', policyVersion: '1' } },
      key,
    );
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deviceId' });
    await upsert(api, key, { deviceId: 'real', age: 20 });
    const future = await api.gql(
      CONSENT,
      {
        input: {
          deviceId: 'real',
          purpose: 'LOCATION',
          granted: true,
          source: 'SDK',
          policyVersion: '1',
          recordedAt: '2027-01-01T00:00:00Z',
        },
      },
      key,
    );
    expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recordedAt' });
  });

  it('takes API keys only, and a key never reaches another tenant', async () => {
    const a = await sdkTenant(api);
    const b = await sdkTenant(api);
    expect(codes(await api.gql(UPSERT, { input: { deviceId: 'x' } }, a.token))).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql(UPSERT, { input: { deviceId: 'x' } }))).toEqual(['UNAUTHENTICATED']);
    await upsert(api, b.key, { deviceId: 'shared-device', age: 30 });
    const c = await api.gql(
      CONSENT,
      { input: { deviceId: 'shared-device', purpose: 'LOCATION', granted: true, source: 'SDK', policyVersion: '1' } },
      a.key,
    );
    expect(c.errors![0]!.extensions).toMatchObject({ field: 'deviceId' });
    await upsert(api, a.key, { deviceId: 'shared-device', age: 12 });
    expect(
      await api.server.orm.em
        .fork()
        .count(EndUser, { tenant: b.tenantId, deviceId: 'shared-device' }, { filters: false }),
    ).toBe(1);
  });
});
