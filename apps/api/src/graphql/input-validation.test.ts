import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases';
import { owner } from '../../test/fixtures';
import { CREATE_GEOFENCE, createCircle, PARIS } from '../../test/places-fixtures';
import { CONSENT, sdkTenant, upsert, UPSERT } from '../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../test/test-api';
import { Geofence } from '../modules/places/geofence.entity';
import { ConsentRecord } from '../modules/end-users/consent-record.entity';

const SETTINGS = 'name minimumAge timezone requireMarketingConsent policyVersion';
const UPDATE_SETTINGS = `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { ${SETTINGS} } }`;
const GEOFENCES =
  'query($tenantId: ID!, $after: String) { geofences(tenantId: $tenantId, first: 1, after: $after) { edges { node { name } } pageInfo { endCursor } } }';
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe.each(databaseKinds)('what clients send is checked before anything is written (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  const stored = (entity: typeof Geofence | typeof ConsentRecord, tenantId: string) =>
    api.server.orm.em.fork().count(entity, { tenant: tenantId }, { filters: false });

  it.each([
    ['a NUL', 'Store\u0000', 'name: must not contain control characters'],
    ['a line break', 'Store\nfront', 'name: must not contain control characters'],
    ['a C1 control character', 'Store\u009b', 'name: must not contain control characters'],
    ['a lone surrogate', 'Store \ud800', 'name: must be well-formed Unicode text'],
  ])('refuses a name with %s as BAD_USER_INPUT naming the field', async (_label, name, message) => {
    const { token, tenantId } = await owner(api);
    const r = await api.gql(CREATE_GEOFENCE, { input: { tenantId, name, center: PARIS, radiusMeters: 100 } }, token);
    expect(r.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field: 'name' } });
    expect(await stored(Geofence, tenantId)).toBe(0);
  });

  it('refuses control characters in every string of a list, naming the item', async () => {
    const { token, tenantId } = await owner(api);
    const input = { tenantId, name: 'Store', center: PARIS, radiusMeters: 100, tags: ['ok', 'bad\u0000'] };
    const r = await api.gql(CREATE_GEOFENCE, { input }, token);
    expect(r.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'tags.1' });
  });

  it('takes null for every optional field of updateTenantSettings as "leave it as it is"', async () => {
    const { token, tenantId } = await owner(api);
    const before = (await api.gql(`query($id: ID!) { tenant(id: $id) { ${SETTINGS} } }`, { id: tenantId }, token)).data!
      .tenant;
    const nulls = { name: null, minimumAge: null, timezone: null, requireMarketingConsent: null, policyVersion: null };
    const r = await api.gql(UPDATE_SETTINGS, { input: { tenantId, ...nulls } }, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateTenantSettings).toEqual(before);
    const renamed = await api.gql(UPDATE_SETTINGS, { input: { tenantId, ...nulls, name: 'Renamed' } }, token);
    expect(renamed.data!.updateTenantSettings).toEqual({ ...before, name: 'Renamed' });
  });

  it.each(['0000-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '2201-01-01T00:00:00Z', '-000001-01-01T00:00:00Z'])(
    'refuses the date-time %s with 400 and writes nothing',
    async (recordedAt) => {
      const { key, tenantId } = await sdkTenant(api);
      await upsert(api, key, { deviceId: 'device-1', age: 30 });
      const input = { deviceId: 'device-1', purpose: 'LOCATION', granted: true, source: 'SDK', policyVersion: '1' };
      const r = await api.gql(CONSENT, { input: { ...input, recordedAt } }, key);
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0]!.message).toMatch(/input\.recordedAt/);
      expect(await stored(ConsentRecord, tenantId)).toBe(0);
      const inRange = await api.gql(CONSENT, { input: { ...input, recordedAt: '1900-01-01T00:00:00Z' } }, key);
      expect(inRange.errors).toBeUndefined();
    },
  );

  it('refuses a birth date before 1900 or after 2200, in a variable or written in the query', async () => {
    const { key } = await sdkTenant(api);
    const early = await api.gql(UPSERT, { input: { deviceId: 'device-1', birthDate: '1899-12-31' } }, key);
    expect(early.status).toBe(400);
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    const late = await api.gql(
      'mutation { upsertEndUser(input: { deviceId: "device-1", birthDate: "2201-01-01" }) { reasons } }',
      {},
      key,
    );
    expect(late.status).toBe(400);
    expect(late.errors![0]!.message).toMatch(/years 1900 to 2200/);
  });

  it.each([
    ['a control character', cursorOf(['\u0000', 'x'])],
    ['query operators', cursorOf([{ $gt: 0 }, { $ne: null }])],
    ['an impossible date', cursorOf(['2026-13-45T99:99:99.999Z', '00000000-0000-0000-0000-000000000000'])],
    ['year 0', cursorOf(['0000-01-01T00:00:00.000Z', '00000000-0000-0000-0000-000000000000'])],
    ['a number where a date goes', cursorOf([1e308, 'x'])],
    ['too few values', cursorOf(['2026-01-01T00:00:00.000Z'])],
    ['no list at all', cursorOf('text')],
  ])('refuses a forged cursor holding %s as not a cursor from this list', async (_label, after) => {
    const { token, tenantId } = await owner(api);
    await createCircle(api, token, tenantId, 'First');
    await createCircle(api, token, tenantId, 'Second');
    const r = await api.gql(GEOFENCES, { tenantId, after }, token);
    expect(r.errors?.[0]).toMatchObject({
      message: 'after: not a cursor from this list',
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
    const first = await api.gql(GEOFENCES, { tenantId }, token);
    const next = await api.gql(GEOFENCES, { tenantId, after: first.data!.geofences.pageInfo.endCursor }, token);
    expect(next.data!.geofences.edges.map((e: any) => e.node.name)).toEqual(['First']);
  });
});
