import { LockMode } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { createApiKey, owner } from '../../../test/fixtures';
import { createCampaign, createCircle } from '../../../test/places-fixtures';
import { END_USERS, endUserId, member } from '../../../test/privacy-fixtures';
import { consentingAdult, EVENTS, sdkTenant, upsert } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { Tenant } from './tenant.entity';

const UPDATE =
  'mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { minimumAge timezone } }';
const IMPACT =
  'query($tenantId: ID!, $minimumAge: Int!) { minimumAgeImpact(tenantId: $tenantId, minimumAge: $minimumAge) }';
const NOTHING_STORED = { endUser: null, reasons: ['UNDER_MINIMUM_AGE'] };

describe.each(databaseKinds)('the minimum age (%s)', (kind) => {
  let api: TestApi;
  // 12:00 UTC on 21 November: the 21st everywhere on Earth, so a birthday on the 21st counts today.
  const clock = new Date('2026-11-21T12:00:00Z');
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => clock });
  });
  afterAll(() => api.close());

  const execute = (sql: string) => api.server.orm.em.fork().getConnection().execute(sql);
  /** Every row of every table, as text. */
  async function everything(): Promise<string> {
    const tables: unknown[] = [];
    for (const meta of Object.values(api.server.orm.getMetadata().getAll())) {
      if (meta.embeddable || meta.virtual || !meta.tableName) continue;
      tables.push(await execute(`select * from ${meta.tableName}`));
    }
    return JSON.stringify(tables);
  }
  const settings = (tenantId: string) => api.server.orm.em.fork().findOneOrFail(Tenant, { id: tenantId });
  const impact = async (token: string, tenantId: string, minimumAge: number) =>
    (await api.gql(IMPACT, { tenantId, minimumAge }, token)).data?.minimumAgeImpact;
  const deviceIds = async (token: string, tenantId: string) =>
    ((await api.gql(END_USERS, { tenantId }, token)).data!.endUsers.edges as { node: { deviceId: string } }[])
      .map((e) => e.node.deviceId)
      .sort();

  /** An end user with consents, events and an age, as the SDK would have stored them. */
  async function stored(t: { key: string; token: string }, campaignId: string, deviceId: string, facts: object) {
    await consentingAdult(api, t.key, deviceId, '2026-11-01T00:00:00Z');
    await upsert(api, t.key, { deviceId, ...facts });
    const r = await api.gql(EVENTS, { input: { events: [{ deviceId, campaignId, type: 'DELIVERED' }] } }, t.key);
    expect(r.data!.recordEvents.accepted).toBe(1);
  }

  it('erases and suppresses, at once, every stored end user under a raised minimum age, and keeps the others', async () => {
    const t = await sdkTenant(api);
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    const fifteenByBirth = {
      birthDate: '2011-06-01',
      name: 'Fifteen Birthdate-4c1d',
      email: 'fifteen.birthdate.4c1d@example.org',
    };
    await stored(t, campaignId, 'fifteen-by-birth-date-4c1d', fifteenByBirth);
    await stored(t, campaignId, 'fifteen-by-age-9e2b', { age: 15, email: 'fifteen.age.9e2b@example.org' });
    await stored(t, campaignId, 'sixteen-today', { birthDate: '2010-11-21' });
    await stored(t, campaignId, 'sixteen-by-age', { age: 16 });
    await stored(t, campaignId, 'age-unknown', {});
    const erasedIds = [
      await endUserId(api, t.token, t.tenantId, 'fifteen-by-birth-date-4c1d'),
      await endUserId(api, t.token, t.tenantId, 'fifteen-by-age-9e2b'),
    ];
    // Operations that name the end users in the audit log.
    for (const id of erasedIds) {
      await api.gql('mutation($id: ID!) { revealEndUserContact(id: $id) { email } }', { id }, t.token);
    }
    expect(await impact(t.token, t.tenantId, 16)).toBe(2);
    expect(await impact(t.token, t.tenantId, 17)).toBe(4);
    expect(await impact(t.token, t.tenantId, 15)).toBe(0);

    const r = await api.gql(UPDATE, { input: { tenantId: t.tenantId, minimumAge: 16 } }, t.token);

    expect(r.data!.updateTenantSettings).toEqual({ minimumAge: 16, timezone: 'UTC' });
    const text = await everything();
    for (const value of [
      'fifteen-by-birth-date-4c1d',
      'fifteen-by-age-9e2b',
      ...Object.values(fifteenByBirth),
      'fifteen.age.9e2b@example.org',
      ...erasedIds,
    ]) {
      expect(text, `"${value}" is still stored`).not.toContain(value);
    }
    expect(await deviceIds(t.token, t.tenantId)).toEqual(['age-unknown', 'sixteen-by-age', 'sixteen-today']);
    expect(await impact(t.token, t.tenantId, 16)).toBe(0);
    for (const deviceId of ['fifteen-by-birth-date-4c1d', 'fifteen-by-age-9e2b']) {
      expect(await upsert(api, t.key, { deviceId, age: 30 })).toEqual(NOTHING_STORED);
    }
    const log = await api.gql(
      'query($tenantId: ID!) { auditLog(tenantId: $tenantId, action: "updateTenantSettings") { edges { node { outcome targetId erased { kind count } } } } }',
      { tenantId: t.tenantId },
      t.token,
    );
    const [entry] = log.data!.auditLog.edges.map((e: { node: unknown }) => e.node);
    expect(entry).toMatchObject({ outcome: 'success', targetId: t.tenantId });
    expect(entry.erased).toContainEqual({ kind: 'EndUser', count: 2 });
  });

  it('lowers the minimum age without bringing anybody back', async () => {
    const t = await sdkTenant(api);
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    await stored(t, campaignId, 'fourteen', { age: 14 });
    expect(
      (await api.gql(UPDATE, { input: { tenantId: t.tenantId, minimumAge: 16 } }, t.token)).errors,
    ).toBeUndefined();

    const lowered = await api.gql(UPDATE, { input: { tenantId: t.tenantId, minimumAge: 14 } }, t.token);

    expect(lowered.data!.updateTenantSettings.minimumAge).toBe(14);
    expect(await deviceIds(t.token, t.tenantId)).toEqual([]);
    expect(await upsert(api, t.key, { deviceId: 'fourteen', age: 14 })).toEqual(NOTHING_STORED);
    expect((await upsert(api, t.key, { deviceId: 'another-fourteen', age: 14 })).endUser).not.toBeNull();
    expect(await upsert(api, t.key, { deviceId: 'thirteen', age: 13 })).toEqual(NOTHING_STORED);
  });

  it('refuses a minimum age outside 13 to 21 and writes nothing; null leaves it as it is', async () => {
    const t = await sdkTenant(api);
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    await stored(t, campaignId, 'fifteen', { age: 15 });
    for (const minimumAge of [12, 22, 61, -1]) {
      const r = await api.gql(
        UPDATE,
        { input: { tenantId: t.tenantId, minimumAge, timezone: 'Europe/Paris' } },
        t.token,
      );
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minimumAge' });
      expect(codes(await api.gql(IMPACT, { tenantId: t.tenantId, minimumAge }, t.token))).toEqual(['BAD_USER_INPUT']);
    }
    const fractional = await api.gql(UPDATE, { input: { tenantId: t.tenantId, minimumAge: 16.5 } }, t.token);
    expect(codes(fractional)).toEqual(['BAD_USER_INPUT']);
    expect(await settings(t.tenantId)).toMatchObject({ minimumAge: 13, timezone: 'UTC' });
    expect(await deviceIds(t.token, t.tenantId)).toEqual(['fifteen']);

    const unchanged = await api.gql(
      UPDATE,
      { input: { tenantId: t.tenantId, minimumAge: null, timezone: 'Europe/Paris' } },
      t.token,
    );

    expect(unchanged.errors).toBeUndefined();
    expect(unchanged.data!.updateTenantSettings).toEqual({ minimumAge: 13, timezone: 'Europe/Paris' });
    expect(await deviceIds(t.token, t.tenantId)).toEqual(['fifteen']);
    expect(
      (await api.gql(UPDATE, { input: { tenantId: t.tenantId, minimumAge: 21 } }, t.token)).errors,
    ).toBeUndefined();
    expect(await deviceIds(t.token, t.tenantId)).toEqual([]);
  });

  it('erases nobody when the settings change fails: one transaction', async () => {
    const t = await sdkTenant(api);
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    await stored(t, campaignId, 'fifteen', { age: 15 });
    // The tenant row is written last, after the erasure: failing there must undo the erasure.
    if (kind === 'sqlite') {
      await execute(
        "create trigger fail_settings before update of minimum_age on tenant begin select raise(abort, 'injected failure'); end",
      );
    } else {
      await execute(
        "create function fail_settings() returns trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$",
      );
      await execute(
        'create trigger fail_settings before update of minimum_age on tenant for each row execute function fail_settings()',
      );
    }
    try {
      const failed = await api.gql(UPDATE, { input: { tenantId: t.tenantId, minimumAge: 16 } }, t.token);
      expect(codes(failed)).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      await execute(kind === 'sqlite' ? 'drop trigger fail_settings' : 'drop trigger fail_settings on tenant');
    }
    expect(await deviceIds(t.token, t.tenantId)).toEqual(['fifteen']);
    expect((await upsert(api, t.key, { deviceId: 'fifteen', age: 15 })).endUser).not.toBeNull();
  });

  it('lets only the OWNER change it, and the OWNER or a PRIVACY_OFFICER ask what it would erase', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'fifteen', age: 15 });
    const officer = await member(api, t.token, t.tenantId, 'PRIVACY_OFFICER');
    const marketer = await member(api, t.token, t.tenantId, 'MARKETER');
    const stranger = await owner(api);
    const { key } = await createApiKey(api, t.token, t.tenantId);

    expect(await impact(officer.token, t.tenantId, 16)).toBe(1);
    expect(codes(await api.gql(IMPACT, { tenantId: t.tenantId, minimumAge: 16 }, marketer.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await api.gql(IMPACT, { tenantId: t.tenantId, minimumAge: 16 }, stranger.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await api.gql(IMPACT, { tenantId: t.tenantId, minimumAge: 16 }, key))).toEqual(['FORBIDDEN']);
    for (const someone of [officer, marketer]) {
      const r = await api.gql(UPDATE, { input: { tenantId: t.tenantId, minimumAge: 16 } }, someone.token);
      expect(codes(r)).toEqual(['FORBIDDEN']);
    }
    expect(await impact(t.token, t.tenantId, 16)).toBe(1);
  });
});

describe('the minimum age under concurrency (postgres)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('postgres');
  });
  afterAll(() => api.close());

  it('judges an upsert that arrives during a raise by the new minimum age', async () => {
    const t = await sdkTenant(api);
    let upserted: Promise<unknown> | undefined;
    await api.server.orm.em.fork().transactional(async (em) => {
      // What a raise holds while it erases: the tenant row, locked for update.
      await em.findOneOrFail(Tenant, { id: t.tenantId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      upserted = upsert(api, t.key, { deviceId: 'fifteen-during-the-raise', age: 15 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await em.nativeUpdate(Tenant, { id: t.tenantId }, { minimumAge: 16 });
    });
    expect(await upserted).toEqual(NOTHING_STORED);
  });
});
