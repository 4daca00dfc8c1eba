import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases';
import { createApiKey, owner } from '../../test/fixtures';
import { createBeacon, createCampaign, createCircle, SET_STATUS } from '../../test/places-fixtures';
import { createRequest, endUserId, member } from '../../test/privacy-fixtures';
import {
  argumentsArbitrary,
  HOSTILE_STRINGS,
  operationDocument,
  operationsOf,
  type SeededValues,
} from '../../test/schema-arbitraries';
import { consentingAdult } from '../../test/sdk-fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { BEACON_COLUMNS } from '../modules/places/csv/beacon-csv';
import { GEOFENCE_COLUMNS } from '../modules/places/csv/geofence-csv';
import { buildApiSchema } from './build-schema';

/** Fixed, so that a failure is reproduced by running the file again. */
const SEED = 20_260_801;
const RUNS_PER_OPERATION = 50;
const CSV_FILES_PER_KIND = 60;

/** Calls that would end the session or erase the seeded objects the other calls need run last. */
const RUN_LAST = [
  'updateTenantSettings',
  'updateRetention',
  'runRetentionPurge',
  'changeMemberRole',
  'removeMember',
  'revokeApiKey',
  'archiveGeofence',
  'archiveBeacon',
  'archiveCampaign',
  'restrictEndUser',
  'reportChild',
  'completePrivacyRequest',
];
/** Takes no argument and ends the session every other call uses: called once, at the end. */
const LOG_OUT = 'logOut';

type Internal = { operation: string; status: number; input: string; message: string };
const short = (value: unknown) => JSON.stringify(value).slice(0, 300);

describe.each(databaseKinds)('every input a client can send (%s)', (kind) => {
  let api: TestApi;
  let token: string;
  let sdkKey: string;
  let tenantId: string;
  /** Signed up before the fuzzing, whose wrong passwords at sign-up lock this address out of signing up for a while. */
  let importer: { token: string; tenantId: string };
  const seeded: SeededValues = { ids: {}, strings: {} };

  beforeAll(async () => {
    api = await startTestApi(kind);
    const boss = await owner(api);
    ({ token, tenantId } = boss);
    importer = await owner(api);
    sdkKey = (await createApiKey(api, token, tenantId)).key;
    const spareKey = await createApiKey(api, token, tenantId, 'Spare');
    const analyst = await member(api, token, tenantId, 'ANALYST');
    const members = await api.gql('query($t: ID!) { members(tenantId: $t) { id role } }', { t: tenantId }, token);
    const geofences = [await createCircle(api, token, tenantId, 'Paris', 150, ['paris'])];
    geofences.push(await createCircle(api, token, tenantId, 'Lyon'));
    const beacons = [await createBeacon(api, token, tenantId, 1, 1), await createBeacon(api, token, tenantId, 1, 2)];
    const active = await createCampaign(api, token, tenantId, { geofenceIds: geofences, beaconIds: beacons });
    await api.gql(SET_STATUS, { input: { campaignId: active, status: 'ACTIVE' } }, token);
    const draft = await createCampaign(api, token, tenantId, { tags: ['autumn'] });
    const devices = ['device-1', 'device-2', 'device-3', 'device-4'];
    for (const device of devices) await consentingAdult(api, sdkKey, device);
    const endUsers = await Promise.all(devices.map((device) => endUserId(api, token, tenantId, device)));
    const requests = await Promise.all(
      ['ACCESS', 'ERASURE', 'RESTRICTION'].map(
        async (type, i) => (await createRequest(api, token, { tenantId, type, subject: { deviceId: devices[i] } })).id,
      ),
    );
    const cursors = await api.gql(
      `query($t: ID!) {
        geofences(tenantId: $t, first: 1) { pageInfo { endCursor } }
        campaigns(tenantId: $t, first: 1) { pageInfo { endCursor } }
        privacyRequests(tenantId: $t, first: 1) { pageInfo { endCursor } }
        endUsers(tenantId: $t, first: 1) { pageInfo { endCursor } }
        auditLog(tenantId: $t, first: 1) { pageInfo { endCursor } }
      }`,
      { t: tenantId },
      token,
    );
    seeded.ids = {
      tenant: [tenantId],
      operator: [boss.operatorId, analyst.operatorId],
      membership: members.data!.members.filter((m: any) => m.role !== 'OWNER').map((m: any) => m.id),
      apiKey: [spareKey.apiKey.id],
      geofence: geofences,
      beacon: beacons,
      campaign: [active, draft],
      endUser: endUsers,
      privacyRequest: requests,
    };
    seeded.strings = {
      deviceId: devices,
      search: devices,
      email: [boss.email, analyst.email],
      after: Object.values(cursors.data!).map((list: any) => list.pageInfo.endCursor as string),
    };
  });
  afterAll(() => api.close());

  it('never answers a GraphQL operation with an internal error, whatever its arguments', async () => {
    const schema = await buildApiSchema();
    const operations = operationsOf(schema)
      .filter(({ field }) => field.name !== LOG_OUT)
      .sort((a, b) => RUN_LAST.indexOf(a.field.name) - RUN_LAST.indexOf(b.field.name));
    const internal: Internal[] = [];
    let requests = 0;
    for (const [index, { type, field }] of operations.entries()) {
      const document = operationDocument(type, field);
      const sdk = field.description?.startsWith('SDK:') ?? false;
      const samples = fc.sample(argumentsArbitrary(field, seeded), { seed: SEED + index, numRuns: RUNS_PER_OPERATION });
      for (const variables of samples) {
        const r = await api.gql(document, variables, sdk ? sdkKey : token);
        requests += 1;
        const error = r.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
        if (r.status >= 500 || error) {
          internal.push({
            operation: field.name,
            status: r.status,
            input: short(variables),
            message: error?.message ?? '',
          });
        }
      }
    }
    const logOut = await api.gql('mutation { logOut }', {}, token);
    requests += 1;
    if (logOut.status >= 500) internal.push({ operation: LOG_OUT, status: logOut.status, input: '', message: '' });

    console.log(
      `${kind}: ${requests} GraphQL requests over ${operations.length + 1} operations, ${internal.length} internal errors`,
    );
    expect(internal).toEqual([]);
  }, 400_000);

  it('never answers a CSV import with a 5xx, whatever its cells', async () => {
    const hostileCell = fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    );
    /** A valid row for each kind of file; a file then has one cell, or none, replaced by a hostile one. */
    const validRow: Record<'geofences' | 'beacons', fc.Arbitrary<string[]>> = {
      geofences: fc.tuple(
        fc.constantFrom('Store', 'Quay, east'),
        fc.constant('CIRCLE'),
        fc.double({ min: -89, max: 89, noNaN: true }).map(String),
        fc.double({ min: -179, max: 179, noNaN: true }).map(String),
        fc.integer({ min: 1, max: 100_000 }).map(String),
        fc.constant(''),
        fc.constantFrom('', 'a|b'),
      ),
      beacons: fc.tuple(
        fc.constantFrom('Door', 'Till'),
        fc.constant('f7826da6-4fa2-4e98-8024-bc5b71e0893e'),
        fc.integer({ min: 0, max: 65_535 }).map(String),
        fc.integer({ min: 0, max: 65_535 }).map(String),
        fc.constant(''),
        fc.constant(''),
        fc.constantFrom('', 'entrance'),
      ),
    };
    const file = (what: 'geofences' | 'beacons', columns: readonly string[]) =>
      fc
        .record({
          rows: fc.array(validRow[what], { maxLength: 4 }),
          spoiled: fc.option(fc.tuple(fc.nat(), fc.nat(columns.length - 1), hostileCell), { freq: 4 }),
        })
        .map(({ rows, spoiled }) => {
          if (spoiled && rows.length > 0) rows[spoiled[0] % rows.length]![spoiled[1]] = spoiled[2];
          return stringify([[...columns], ...rows]);
        });
    const internal: Internal[] = [];
    let requests = 0;
    for (const [index, [what, columns]] of (
      [
        ['geofences', GEOFENCE_COLUMNS],
        ['beacons', BEACON_COLUMNS],
      ] as const
    ).entries()) {
      const files = [
        ...fc.sample(file(what, columns), { seed: SEED + index, numRuns: CSV_FILES_PER_KIND }),
        '',
        '\ufeff',
        '\u0000',
      ];
      for (const body of files) {
        const response = await fetch(api.url.replace(/\/graphql$/, `/import/${what}?tenantId=${importer.tenantId}`), {
          method: 'POST',
          headers: { 'content-type': 'text/csv', authorization: `Bearer ${importer.token}` },
          body,
        });
        requests += 1;
        const text = await response.text();
        if (response.status >= 500)
          internal.push({ operation: what, status: response.status, input: short(body), message: text });
      }
    }
    console.log(`${kind}: ${requests} CSV imports, ${internal.length} answered 5xx`);
    expect(internal).toEqual([]);
  }, 60_000);
});
