import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { createApiKey } from '../../../test/fixtures';
import { createCampaign, createCircle, SET_STATUS } from '../../../test/places-fixtures';
import { END_USER, END_USERS, endUserId, member } from '../../../test/privacy-fixtures';
import { consent, consentingAdult, EVENTS, sdkTenant, upsert } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { needsReconsent } from '../../policy/reconsent';
import { AuditEntry } from '../audit/audit-entry.entity';
import { ConsentRecord } from './consent-record.entity';

const REVEAL = 'mutation($id: ID!) { revealEndUserContact(id: $id) { email phone } }';
const RESTRICT = 'mutation($id: ID!) { restrictEndUser(id: $id) { id restricted objected decision { summary } } }';
const LIFT = 'mutation($id: ID!) { liftEndUserRestriction(id: $id) { id restricted objected decision { summary } } }';
const REPORT_CHILD =
  'mutation($id: ID!) { reportChild(id: $id) { request { id type status subjectLabel } erased { kind count } } }';
const AUDIENCE =
  'query($campaignId: ID!) { campaignAudience(campaignId: $campaignId) { totalCount edges { node { deviceId } } } }';
const STATS =
  'query($campaignId: ID!, $from: DateTime!, $to: DateTime!) { campaignStats(campaignId: $campaignId, from: $from, to: $to, bucket: DAY) { totals { delivered { value } } } }';
const ELIGIBILITY = 'query($input: EligibilityInput!) { eligibility(input: $input) { reasons } }';

describe.each(databaseKinds)('end users seen by a privacy officer (%s)', (kind) => {
  let api: TestApi;
  const clock = new Date('2026-11-23T12:00:00Z');
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => clock });
  });
  afterAll(() => api.close());

  const search = async (token: string, tenantId: string, vars: Record<string, unknown> = {}) => {
    const r = await api.gql(END_USERS, { tenantId, ...vars }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.endUsers;
  };

  it('finds an end user by the start of a device id, external id, email or name, in any case, with contact details masked', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, {
      deviceId: 'profile-device-1',
      externalId: 'crm-1',
      email: 'jane@example.com',
      phone: '+33 6 12 34 56 12',
      name: 'Jane',
      countryCode: 'FR',
      age: 30,
    });
    await upsert(api, t.key, { deviceId: 'profile-device-2', age: 40 });
    for (const term of ['profile-device-1', 'crm-1', 'crm', 'JANE@example.com', 'jane@', 'jan', 'JAN']) {
      const found = await search(t.token, t.tenantId, { search: term });
      expect(found.totalCount).toBe(1);
      expect(found.edges[0].node).toMatchObject({
        deviceId: 'profile-device-1',
        maskedEmail: 'j***@e***.com',
        maskedPhone: '+33 ••• •• 12',
        name: 'Jane',
      });
    }
    expect((await search(t.token, t.tenantId, { search: 'profile-device' })).totalCount).toBe(2);
    // Below three characters only a whole value matches; wildcards typed are taken literally.
    expect((await search(t.token, t.tenantId, { search: 'ja' })).totalCount).toBe(0);
    expect((await search(t.token, t.tenantId, { search: '%' })).totalCount).toBe(0);
    expect((await search(t.token, t.tenantId, { search: 'device-1' })).totalCount).toBe(0);
    expect((await search(t.token, t.tenantId)).totalCount).toBe(2);
    expect(JSON.stringify(await search(t.token, t.tenantId))).not.toContain('jane@example.com');
  });

  it('reveals contact details on purpose only, and audits who looked', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'reveal-me', email: 'reveal@example.com', phone: '+44 20 7946 0018' });
    const id = await endUserId(api, t.token, t.tenantId, 'reveal-me');
    const r = await api.gql(REVEAL, { id }, t.token);
    expect(r.data!.revealEndUserContact).toEqual({ email: 'reveal@example.com', phone: '+44 20 7946 0018' });
    const entries = await api.server.orm.em
      .fork()
      .find(AuditEntry, { tenant: t.tenantId, action: 'revealEndUserContact' }, { filters: false });
    expect(entries.map((e) => [e.actorId, e.targetId, e.outcome])).toEqual([[t.operatorId, id, 'success']]);
  });

  it('shows the consent history newest first and the decision in words', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'words', age: 30, locationPermission: 'DENIED' });
    await consent(api, t.key, 'words', 'LOCATION', true, '2026-11-20T10:00:00Z');
    await consent(api, t.key, 'words', 'MARKETING', true, '2026-11-21T10:00:00Z');
    const r = await api.gql(END_USER, { id: await endUserId(api, t.token, t.tenantId, 'words') }, t.token);
    const profile = r.data!.endUser;
    expect(profile.consents.map((c: { purpose: string }) => c.purpose)).toEqual(['MARKETING', 'LOCATION']);
    expect(profile.decision).toEqual({
      eligible: false,
      reasons: ['LOCATION_DENIED'],
      summary: 'not targeted: location permission denied, though location consent given',
    });
  });

  it('says a permission given without location consent is why, not "location denied"', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'always', age: 30, locationPermission: 'ALWAYS' });
    await consent(api, t.key, 'always', 'MARKETING', true, '2026-11-21T10:00:00Z');
    const r = await api.gql(END_USER, { id: await endUserId(api, t.token, t.tenantId, 'always') }, t.token);
    expect(r.data!.endUser).toMatchObject({
      locationPermission: 'ALWAYS',
      locationUse: 'Not allowed: the app has permission (Always), but the person has not consented',
      decision: {
        eligible: false,
        reasons: ['LOCATION_DENIED'],
        summary: 'not targeted: location permission given, but no location consent',
      },
    });
  });

  it('lists those who consented under an older policy version as needing re-consent, in agreement with the policy', async () => {
    const t = await sdkTenant(api);
    const histories: Record<string, [string, string][]> = {
      never: [],
      current: [['2', '2026-11-20T10:00:00Z']],
      old: [['1', '2026-11-20T10:00:00Z']],
      'old then current': [
        ['1', '2026-11-19T10:00:00Z'],
        ['2', '2026-11-20T10:00:00Z'],
      ],
      'current then old': [
        ['2', '2026-11-19T10:00:00Z'],
        ['1', '2026-11-20T10:00:00Z'],
      ],
      tie: [
        ['1', '2026-11-20T10:00:00Z'],
        ['2', '2026-11-20T10:00:00Z'],
      ],
    };
    for (const [device, history] of Object.entries(histories)) {
      await upsert(api, t.key, { deviceId: device, age: 30 });
      for (const [policyVersion, recordedAt] of history) {
        const r = await api.gql(
          'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } } }',
          { input: { deviceId: device, purpose: 'LOCATION', granted: true, source: 'SDK', policyVersion, recordedAt } },
          t.key,
        );
        expect(r.errors).toBeUndefined();
      }
    }
    await api.gql(
      'mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { id } }',
      { input: { tenantId: t.tenantId, policyVersion: '2' } },
      t.token,
    );
    const ledger = await api.server.orm.em
      .fork()
      .find(ConsentRecord, { tenant: t.tenantId }, { filters: false, populate: ['endUser'] });
    const expected = Object.keys(histories).filter((device) =>
      needsReconsent(
        ledger.filter((c) => c.endUser.deviceId === device),
        '2',
      ),
    );
    expect(expected.sort()).toEqual(['current then old', 'old']);
    const devices = async (filter: boolean) =>
      (await search(t.token, t.tenantId, { needsReconsent: filter })).edges
        .map((e: { node: { deviceId: string; needsReconsent: boolean } }) => {
          expect(e.node.needsReconsent).toBe(filter);
          return e.node.deviceId;
        })
        .sort();
    expect(await devices(true)).toEqual(expected.sort());
    expect(await devices(false)).toEqual(
      Object.keys(histories)
        .filter((d) => !expected.includes(d))
        .sort(),
    );
  });

  it('restricts and lifts: no offers, not in audiences, not in stats until lifted', async () => {
    const t = await sdkTenant(api);
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    expect((await api.gql(SET_STATUS, { input: { campaignId, status: 'ACTIVE' } }, t.token)).errors).toBeUndefined();
    const devices = ['r-1', 'r-2', 'r-3', 'r-4', 'r-5', 'restricted'];
    for (const d of devices) await consentingAdult(api, t.key, d, '2026-11-23T10:00:00Z');
    const events = devices.map((deviceId) => ({
      deviceId,
      campaignId,
      type: 'DELIVERED',
      occurredAt: '2026-11-23T11:00:00Z',
    }));
    expect((await api.gql(EVENTS, { input: { events } }, t.key)).data!.recordEvents.accepted).toBe(6);
    const id = await endUserId(api, t.token, t.tenantId, 'restricted');
    const delivered = async () =>
      (await api.gql(STATS, { campaignId, from: '2026-11-23T00:00:00Z', to: '2026-11-24T00:00:00Z' }, t.token)).data!
        .campaignStats.totals.delivered.value;
    const audience = async () =>
      (await api.gql(AUDIENCE, { campaignId }, t.key)).data!.campaignAudience.edges.map(
        (e: { node: { deviceId: string } }) => e.node.deviceId,
      );
    const reasons = async () =>
      (
        await api.gql(
          ELIGIBILITY,
          { input: { deviceId: 'restricted', position: { latitude: 0, longitude: 0 } } },
          t.key,
        )
      ).data!.eligibility.reasons;
    expect(await delivered()).toBe(6);
    expect(await audience()).toContain('restricted');

    const restricted = await api.gql(RESTRICT, { id }, t.token);
    expect(restricted.data!.restrictEndUser).toMatchObject({
      restricted: true,
      decision: { summary: 'not targeted: processing restricted or objected to' },
    });
    expect(await reasons()).toEqual(['PROCESSING_RESTRICTED']);
    expect(await audience()).not.toContain('restricted');
    expect(await delivered()).toBe(5);

    const lifted = await api.gql(LIFT, { id }, t.token);
    expect(lifted.data!.liftEndUserRestriction).toMatchObject({ restricted: false, objected: false });
    expect(await reasons()).toEqual([]);
    expect(await audience()).toContain('restricted');
    expect(await delivered()).toBe(6);
  });

  it('reports a child in one step: erased, suppressed, and the request kept without their identifiers', async () => {
    const t = await sdkTenant(api);
    await consentingAdult(api, t.key, 'reported-child-device');
    const id = await endUserId(api, t.token, t.tenantId, 'reported-child-device');
    const r = await api.gql(REPORT_CHILD, { id }, t.token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.reportChild.request).toMatchObject({
      type: 'CHILD_ERASURE',
      status: 'COMPLETED',
      subjectLabel: 'device re…ce',
    });
    expect(r.data!.reportChild.erased).toContainEqual({ kind: 'EndUser', count: 1 });
    expect((await search(t.token, t.tenantId, { search: 'reported-child-device' })).totalCount).toBe(0);
    expect(codes(await api.gql(END_USER, { id }, t.token))).toEqual(['NOT_FOUND']);
    expect((await upsert(api, t.key, { deviceId: 'reported-child-device', age: 30 })).endUser).toBeNull();
    const audit = await api.server.orm.em.fork().find(AuditEntry, { tenant: t.tenantId }, { filters: false });
    expect(JSON.stringify(audit)).not.toContain(id);
  });

  it('lets only OWNER and PRIVACY_OFFICER see or act on end users, and never across tenants', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'guarded', age: 30, email: 'guarded@example.com' });
    const id = await endUserId(api, t.token, t.tenantId, 'guarded');
    const officer = await member(api, t.token, t.tenantId, 'PRIVACY_OFFICER');
    expect((await api.gql(END_USER, { id }, officer.token)).errors).toBeUndefined();
    const attempts = (token: string) =>
      Promise.all([
        api.gql(END_USER, { id }, token),
        api.gql(END_USERS, { tenantId: t.tenantId }, token),
        api.gql(REVEAL, { id }, token),
        api.gql(RESTRICT, { id }, token),
        api.gql(LIFT, { id }, token),
        api.gql(REPORT_CHILD, { id }, token),
      ]);
    for (const role of ['MARKETER', 'ANALYST']) {
      const op = await member(api, t.token, t.tenantId, role);
      expect((await attempts(op.token)).map((r) => codes(r)[0])).toEqual(Array(6).fill('FORBIDDEN'));
    }
    const { key } = await createApiKey(api, t.token, t.tenantId);
    expect((await attempts(key)).map((r) => codes(r)[0])).toEqual(Array(6).fill('FORBIDDEN'));
    const stranger = await sdkTenant(api);
    expect((await attempts(stranger.token)).map((r) => codes(r)[0])).toEqual(Array(6).fill('NOT_FOUND'));
    const still = await api.gql(END_USER, { id }, t.token);
    expect(still.data!.endUser).toMatchObject({ restricted: false, deviceId: 'guarded' });
  });
});
