import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { createCampaign, createCircle } from '../../../test/places-fixtures';
import {
  COMPLETE_REQUEST,
  CREATE_REQUEST,
  DENY_REQUEST,
  END_USERS,
  endUserId,
  EXTEND_REQUEST,
} from '../../../test/privacy-fixtures';
import {
  CONSENT,
  consent,
  consentingAdult,
  EVENTS,
  sdkTenant,
  setSuspended,
  UPSERT,
  upsert,
} from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { ConsentRecord } from '../end-users/consent-record.entity';
import { EndUser } from '../end-users/end-user.entity';
import { EngagementEvent } from '../engagement/engagement-event.entity';

const ELIGIBILITY = 'query($input: EligibilityInput!) { eligibility(input: $input) { reasons } }';
const RESTRICT = 'mutation($id: ID!) { restrictEndUser(id: $id) { restricted } }';
const LIFT = 'mutation($id: ID!) { liftEndUserRestriction(id: $id) { restricted objected } }';
const REPORT_CHILD = 'mutation($id: ID!) { reportChild(id: $id) { erased { kind count } } }';
const PURGE = 'mutation($tenantId: ID!) { runRetentionPurge(tenantId: $tenantId) { ranAt } }';
const RAISE_MINIMUM_AGE =
  'mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { minimumAge } }';

describe.each(databaseKinds)('a suspended tenant (%s)', (kind) => {
  let api: TestApi;
  const clock = new Date('2026-11-21T12:00:00Z');
  const earlier = '2026-11-20T12:00:00Z';
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => clock });
  });
  afterAll(() => api.close());

  const db = () => api.server.orm.em.fork();
  const endUserOf = (tenantId: string, deviceId: string) =>
    db().findOne(EndUser, { tenant: tenantId, deviceId }, { filters: false });
  const ledgerSize = (tenantId: string) => db().count(ConsentRecord, { tenant: tenantId }, { filters: false });
  const reasonsOf = async (key: string, deviceId: string) =>
    (await api.gql(ELIGIBILITY, { input: { deviceId, position: { latitude: 0, longitude: 0 } } }, key)).data!
      .eligibility.reasons;

  it('refuses new end users, profile updates, events and consent grants with TENANT_SUSPENDED, writing nothing', async () => {
    const t = await sdkTenant(api);
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    await consentingAdult(api, t.key, 'adult', earlier);
    await setSuspended(api, t.tenantId, clock);
    const newcomer = { deviceId: 'newcomer', age: 30, locationPermission: 'ALWAYS' };
    const event = { deviceId: 'adult', campaignId, type: 'DELIVERED' };
    const grant = { deviceId: 'adult', purpose: 'MARKETING', granted: true, source: 'SDK', policyVersion: '2' };

    expect(codes(await api.gql(UPSERT, { input: newcomer }, t.key))).toEqual(['TENANT_SUSPENDED']);
    expect(codes(await api.gql(UPSERT, { input: { deviceId: 'adult', name: 'Ann' } }, t.key))).toEqual([
      'TENANT_SUSPENDED',
    ]);
    expect(codes(await api.gql(EVENTS, { input: { events: [event] } }, t.key))).toEqual(['TENANT_SUSPENDED']);
    expect(codes(await api.gql(CONSENT, { input: grant }, t.key))).toEqual(['TENANT_SUSPENDED']);

    expect(await endUserOf(t.tenantId, 'newcomer')).toBeNull();
    expect((await endUserOf(t.tenantId, 'adult'))!.name).toBeNull();
    expect(await db().count(EngagementEvent, { tenant: t.tenantId }, { filters: false })).toBe(0);
    expect(await ledgerSize(t.tenantId)).toBe(3);

    // The same calls go through once the suspension is lifted: it was the suspension that refused them.
    await setSuspended(api, t.tenantId, null);
    expect((await api.gql(UPSERT, { input: newcomer }, t.key)).errors).toBeUndefined();
    expect((await api.gql(EVENTS, { input: { events: [event] } }, t.key)).data!.recordEvents.accepted).toBe(1);
    expect((await api.gql(CONSENT, { input: grant }, t.key)).errors).toBeUndefined();
  });

  it('records consent withdrawals and a location permission taken back, and nothing else they came with', async () => {
    const t = await sdkTenant(api);
    await consentingAdult(api, t.key, 'withdraws-consent', earlier);
    await consentingAdult(api, t.key, 'turns-location-off', earlier);
    await setSuspended(api, t.tenantId, clock);

    expect(await consent(api, t.key, 'withdraws-consent', 'LOCATION', false)).toMatchObject({ granted: false });
    const permission = await api.gql(
      UPSERT,
      { input: { deviceId: 'turns-location-off', locationPermission: 'DENIED', name: 'Tom' } },
      t.key,
    );
    expect(codes(permission)).toEqual(['TENANT_SUSPENDED']);

    expect(await ledgerSize(t.tenantId)).toBe(7);
    expect(await endUserOf(t.tenantId, 'turns-location-off')).toMatchObject({
      locationPermission: 'DENIED',
      name: null,
    });
    await setSuspended(api, t.tenantId, null);
    expect(await reasonsOf(t.key, 'withdraws-consent')).toEqual(['LOCATION_DENIED']);
    expect(await reasonsOf(t.key, 'turns-location-off')).toEqual(['LOCATION_DENIED']);
  });

  it('erases and suppresses a child revealed by the SDK, and answers that nothing was stored', async () => {
    const t = await sdkTenant(api);
    await consentingAdult(api, t.key, 'turns-out-a-child', earlier);
    await setSuspended(api, t.tenantId, clock);

    const nothingStored = { endUser: null, reasons: ['UNDER_MINIMUM_AGE'] };
    expect(await upsert(api, t.key, { deviceId: 'turns-out-a-child', age: 11 })).toEqual(nothingStored);
    expect(await upsert(api, t.key, { deviceId: 'new-child', birthDate: '2016-05-01' })).toEqual(nothingStored);

    expect(await endUserOf(t.tenantId, 'turns-out-a-child')).toBeNull();
    expect(await ledgerSize(t.tenantId)).toBe(0);
    await setSuspended(api, t.tenantId, null);
    for (const deviceId of ['turns-out-a-child', 'new-child']) {
      expect(await upsert(api, t.key, { deviceId, age: 30 })).toEqual(nothingStored);
    }
  });

  it('keeps every privacy right working for operators', async () => {
    const t = await sdkTenant(api);
    const devices = ['access', 'rectify', 'restrict', 'object', 'erase', 'child', 'report', 'profile', 'deny'];
    for (const d of devices) await upsert(api, t.key, { deviceId: d, age: 30, countryCode: 'FR' });
    await upsert(api, t.key, { deviceId: 'fifteen', age: 15 });
    const ids = new Map<string, string>();
    for (const d of ['report', 'profile']) ids.set(d, await endUserId(api, t.token, t.tenantId, d));
    await setSuspended(api, t.tenantId, clock);
    const ok = async (query: string, variables: Record<string, unknown>) => {
      const r = await api.gql(query, variables, t.token);
      expect(r.errors).toBeUndefined();
      return r.data!;
    };
    const carryOut = async (type: string, deviceId: string, extra: Record<string, unknown> = {}) => {
      const subject = { deviceId };
      const created = await ok(CREATE_REQUEST, { input: { tenantId: t.tenantId, type, subject, ...extra } });
      return (await ok(COMPLETE_REQUEST, { id: created.createPrivacyRequest.id })).completePrivacyRequest;
    };

    expect((await carryOut('ACCESS', 'access')).export).toContain('"access"');
    await carryOut('RECTIFICATION', 'rectify', { rectification: { name: 'Sam' } });
    expect(await endUserOf(t.tenantId, 'rectify')).toMatchObject({ name: 'Sam' });
    await carryOut('RESTRICTION', 'restrict');
    await carryOut('OBJECTION', 'object');
    expect(await endUserOf(t.tenantId, 'restrict')).toMatchObject({ restrictedAt: clock });
    expect(await endUserOf(t.tenantId, 'object')).toMatchObject({ objectedAt: clock });
    await carryOut('RESTRICTION', 'restrict', { lift: true });
    expect(await endUserOf(t.tenantId, 'restrict')).toMatchObject({ restrictedAt: null });
    await carryOut('ERASURE', 'erase');
    await carryOut('CHILD_ERASURE', 'child');
    await ok(REPORT_CHILD, { id: ids.get('report') });
    for (const d of ['erase', 'child', 'report']) expect(await endUserOf(t.tenantId, d)).toBeNull();
    expect((await ok(RESTRICT, { id: ids.get('profile') })).restrictEndUser).toEqual({ restricted: true });
    expect((await ok(LIFT, { id: ids.get('profile') })).liftEndUserRestriction).toEqual({
      restricted: false,
      objected: false,
    });
    const open = await ok(CREATE_REQUEST, {
      input: { tenantId: t.tenantId, type: 'ACCESS', subject: { deviceId: 'deny' } },
    });
    const id = open.createPrivacyRequest.id;
    await ok(EXTEND_REQUEST, { input: { id, reason: 'complex', months: 1 } });
    await ok(DENY_REQUEST, { input: { id, reason: 'identity not verified' } });
    await ok(PURGE, { tenantId: t.tenantId });
    await ok(RAISE_MINIMUM_AGE, { input: { tenantId: t.tenantId, minimumAge: 16 } });
    expect(await endUserOf(t.tenantId, 'fifteen')).toBeNull();
    expect((await ok(END_USERS, { tenantId: t.tenantId })).endUsers.totalCount).toBe(6);
  });
});
