import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test/databases';
import { addMember, createApiKey, owner, signUp } from '../../../../test/fixtures';
import { createBeacon, createCircle } from '../../../../test/places-fixtures';
import { startTestApi, type TestApi } from '../../../../test/test-api';
import { AuditEntry } from '../../audit/audit-entry.entity';
import { Beacon } from '../beacon.entity';
import { Geofence } from '../geofence.entity';

type Kind = 'beacons' | 'geofences';

const GEOFENCE_HEADER = 'name,shape,latitude,longitude,radius_meters,polygon,tags';
const BEACON_HEADER = 'name,uuid,major,minor,latitude,longitude,tags';
const UUID = 'f7826da6-4fa2-4e98-8024-bc5b71e0893e';
const SQUARE = '48.85 2.34;48.85 2.36;48.87 2.36;48.87 2.34';
const BOWTIE = '48.85 2.34;48.87 2.36;48.85 2.36;48.87 2.34';

const GEOFENCES =
  'query($tenantId: ID!) { geofences(tenantId: $tenantId, first: 50) { totalCount edges { node { name shape center { latitude longitude } radiusMeters polygon { latitude longitude } tags } } } }';
const BEACONS =
  'query($tenantId: ID!) { beacons(tenantId: $tenantId, first: 50) { totalCount edges { node { name uuid major minor placement { latitude longitude } tags } } } }';

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const dataLines = (text: string) => text.trim().split(/\r?\n/).slice(1).sort();

describe.each(databaseKinds)('CSV import and export of places (%s)', (kind) => {
  let api: TestApi;
  let origin: string;
  beforeAll(async () => {
    api = await startTestApi(kind);
    origin = api.url.replace(/\/graphql$/, '');
  });
  afterAll(() => api.close());

  async function importCsv(what: Kind, tenantId: string, body: string, token?: string, type = 'text/csv') {
    const response = await fetch(`${origin}/import/${what}?tenantId=${encodeURIComponent(tenantId)}`, {
      method: 'POST',
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  async function exportCsv(what: Kind, tenantId: string, token?: string) {
    const response = await fetch(`${origin}/export/${what}.csv?tenantId=${encodeURIComponent(tenantId)}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  const stored = (entity: typeof Beacon | typeof Geofence, tenantId: string) =>
    api.server.orm.em.fork().count(entity, { tenant: tenantId }, { filters: false });

  it('imports circles and polygons that are then listed through GraphQL', async () => {
    const { token, tenantId } = await owner(api);
    const file = csv(
      GEOFENCE_HEADER,
      'Store,CIRCLE,48.8566,2.3522,150,,paris|flagship',
      `Block,polygon,,,,${SQUARE},`,
      `"Quay, east",POLYGON,,,,"${SQUARE};48.85 2.34",river`,
    );
    expect(await importCsv('geofences', tenantId, file, token)).toEqual({
      status: 200,
      body: { imported: 3, errors: [] },
    });
    const listed = await api.gql(GEOFENCES, { tenantId }, token);
    const byName = Object.fromEntries(listed.data!.geofences.edges.map((e: any) => [e.node.name, e.node]));
    expect(byName.Store).toMatchObject({
      shape: 'CIRCLE',
      center: { latitude: 48.8566, longitude: 2.3522 },
      radiusMeters: 150,
      polygon: null,
      tags: ['paris', 'flagship'],
    });
    expect(byName.Block).toMatchObject({ shape: 'POLYGON', center: null, tags: [] });
    expect(byName.Block.polygon).toEqual([
      { latitude: 48.85, longitude: 2.34 },
      { latitude: 48.85, longitude: 2.36 },
      { latitude: 48.87, longitude: 2.36 },
      { latitude: 48.87, longitude: 2.34 },
    ]);
    expect(byName['Quay, east'].polygon).toHaveLength(4);
  });

  it('imports beacons that are then listed through GraphQL, uuids in canonical lower case', async () => {
    const { token, tenantId } = await owner(api);
    const file = csv(
      BEACON_HEADER,
      `Door,${UUID.toUpperCase()},1,2,48.8566,2.3522,entrance|ground`,
      `Till,${UUID},1,3,,,`,
    );
    expect((await importCsv('beacons', tenantId, file, token)).body).toEqual({ imported: 2, errors: [] });
    const listed = await api.gql(BEACONS, { tenantId }, token);
    expect(listed.data!.beacons.edges.map((e: any) => e.node).sort((a: any, b: any) => a.minor - b.minor)).toEqual([
      {
        name: 'Door',
        uuid: UUID,
        major: 1,
        minor: 2,
        placement: { latitude: 48.8566, longitude: 2.3522 },
        tags: ['entrance', 'ground'],
      },
      { name: 'Till', uuid: UUID, major: 1, minor: 3, placement: null, tags: [] },
    ]);
  });

  it('imports no geofence when one row is bad, and reports every bad row by row, column and reason', async () => {
    const { token, tenantId } = await owner(api);
    const file = csv(
      GEOFENCE_HEADER,
      'Good,CIRCLE,48.8566,2.3522,150,,',
      'North pole and beyond,CIRCLE,91,2.3522,150,,',
      'Dot,CIRCLE,48.8566,2.3522,0,,',
      `Bow tie,POLYGON,,,,${BOWTIE},`,
      'Blob,TRIANGLE,,,,,',
      'Half circle,CIRCLE,48.8566,,abc,,',
    );
    const { status, body } = await importCsv('geofences', tenantId, file, token);
    expect(status).toBe(200);
    expect(body.imported).toBe(0);
    expect(body.errors).toEqual([
      { row: 2, field: 'latitude', message: 'latitude must be between -90 and 90' },
      { row: 3, field: 'radius_meters', message: 'the radius must be between 1 m and 100 km' },
      { row: 4, field: 'polygon', message: 'the polygon must not intersect itself' },
      { row: 5, field: 'shape', message: 'must be CIRCLE or POLYGON' },
      { row: 6, field: 'longitude', message: 'is required' },
      { row: 6, field: 'radius_meters', message: 'must be a number' },
    ]);
    expect(await stored(Geofence, tenantId)).toBe(0);
  });

  it('imports no beacon when one row is bad, duplicates in the file and in the tenant included', async () => {
    const { token, tenantId } = await owner(api);
    await createBeacon(api, token, tenantId, 7, 9);
    const file = csv(
      BEACON_HEADER,
      `Good,${UUID},1,1,,,`,
      `Too major,${UUID},70000,1,,,`,
      'Not a uuid,f7826da6-nope,1,2,,,',
      `Twin of row 1,${UUID.toUpperCase()},1,1,,,`,
      `Already there,${UUID},7,9,,,`,
      `Nowhere,${UUID},1,4,95,2,`,
    );
    const { status, body } = await importCsv('beacons', tenantId, file, token);
    expect(status).toBe(200);
    expect(body).toEqual({
      imported: 0,
      errors: [
        { row: 2, field: 'major', message: 'the major number must be a whole number from 0 to 65,535' },
        { row: 3, field: 'uuid', message: expect.stringMatching(/must be a UUID/) },
        { row: 4, field: 'uuid', message: 'the same uuid, major and minor as row 1' },
        { row: 5, field: 'uuid', message: 'A beacon with this uuid, major and minor already exists in this tenant' },
        { row: 6, field: 'latitude', message: 'latitude must be between -90 and 90' },
      ],
    });
    expect(await stored(Beacon, tenantId)).toBe(1);
  });

  it.each([
    ['a missing column', 'name,uuid,major,minor,latitude,longitude', /Missing column tags/],
    ['an unknown column', `${BEACON_HEADER},colour`, /Unknown column colour/],
    ['an empty body', '', /needs a header row/],
  ])('refuses a file with %s with 400, writing nothing', async (_label, header, message) => {
    const { token, tenantId } = await owner(api);
    const file = header ? csv(header, `B,${UUID},1,1,,,`) : '';
    const { status, body } = await importCsv('beacons', tenantId, file, token);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
    expect(await stored(Beacon, tenantId)).toBe(0);
  });

  it('refuses a file with a header and no rows with 400, writing nothing', async () => {
    const { token, tenantId } = await owner(api);
    for (const [what, header] of [
      ['beacons', BEACON_HEADER],
      ['geofences', GEOFENCE_HEADER],
    ] as const) {
      const { status, body } = await importCsv(what, tenantId, csv(header), token);
      expect(status).toBe(400);
      expect(body.error).toBe('The file has a header and no rows: there is nothing to import');
    }
    expect(await stored(Beacon, tenantId)).toBe(0);
  });

  it('reports a cell with a control character by row and column, importing nothing', async () => {
    const { token, tenantId } = await owner(api);
    const file = csv(
      BEACON_HEADER,
      `Good,${UUID},1,1,,,`,
      `"Bad\u0000name",${UUID},1,2,,,`,
      `Odd,${UUID},1,3,,,a|b\u0085`,
    );
    const { status, body } = await importCsv('beacons', tenantId, file, token);
    expect(status).toBe(200);
    expect(body).toEqual({
      imported: 0,
      errors: [
        { row: 2, field: 'name', message: 'must not contain control characters' },
        { row: 3, field: 'tags', message: 'tag 2: must not contain control characters' },
      ],
    });
    expect(await stored(Beacon, tenantId)).toBe(0);
  });

  it('refuses a row with more cells than the header with 400', async () => {
    const { token, tenantId } = await owner(api);
    const file = csv(BEACON_HEADER, `A,${UUID},1,1,,,`, `B,${UUID},1,2,,,,extra`);
    const { status, body } = await importCsv('beacons', tenantId, file, token);
    expect(status).toBe(400);
    expect(body.error).toBe('Row 2 has 8 cells where the header has 7 columns');
  });

  it('refuses a file of more than 50,000 rows with 400', async () => {
    const { token, tenantId } = await owner(api);
    const rows = Array.from({ length: 50_001 }, (_, i) => `B,${UUID},${i % 60_000},${i},,,`);
    const { status, body } = await importCsv('beacons', tenantId, csv(BEACON_HEADER, ...rows), token);
    expect(status).toBe(400);
    expect(body.error).toMatch(/at most 50000/);
  });

  it('takes CSV bodies beyond the 1 MB of other routes, up to 10 MB', async () => {
    const { token, tenantId } = await owner(api);
    const twoMegabytes = `${'x'.repeat(2 * 1024 * 1024)}\n`;
    expect((await importCsv('beacons', tenantId, twoMegabytes, token)).status).toBe(400);
    const elevenMegabytes = 'x'.repeat(11 * 1024 * 1024);
    expect((await importCsv('beacons', tenantId, elevenMegabytes, token)).status).toBe(413);
    expect((await importCsv('beacons', tenantId, '{}', token, 'application/json')).status).toBe(415);
  });

  it('answers 401 without a session, 403 to an API key or a reader, 404 for a tenant that is not yours', async () => {
    const boss = await owner(api);
    const analyst = await signUp(api);
    await addMember(api, boss.token, boss.tenantId, analyst.email, 'ANALYST');
    const stranger = await owner(api);
    const { key } = await createApiKey(api, boss.token, boss.tenantId);
    const file = csv(BEACON_HEADER, `B,${UUID},1,1,,,`);

    const anonymous = await importCsv('beacons', boss.tenantId, file);
    expect(anonymous).toEqual({ status: 401, body: { error: expect.any(String) } });
    expect((await importCsv('beacons', boss.tenantId, file, 'vs_not-a-real-session-token')).status).toBe(401);
    expect((await importCsv('beacons', boss.tenantId, file, key)).status).toBe(403);
    expect((await importCsv('geofences', boss.tenantId, file, analyst.token)).status).toBe(403);
    expect((await importCsv('beacons', boss.tenantId, file, stranger.token)).status).toBe(404);
    expect((await importCsv('beacons', 'not-an-id', file, boss.token)).status).toBe(400);
    expect((await exportCsv('beacons', boss.tenantId)).status).toBe(401);
    expect((await exportCsv('geofences', boss.tenantId, key)).status).toBe(403);
    expect((await exportCsv('geofences', boss.tenantId, stranger.token)).status).toBe(404);
    expect((await exportCsv('beacons', boss.tenantId, analyst.token)).status).toBe(200);
    expect(await stored(Beacon, boss.tenantId)).toBe(0);
  });

  it('exports what re-imports into another tenant as the same places, leaving archived ones out', async () => {
    const a = await owner(api);
    const b = await owner(api);
    const geofences = csv(
      GEOFENCE_HEADER,
      'Store,CIRCLE,-33.8688,151.2093,150.5,,sydney|=cmd',
      `"=HYPERLINK(""http://evil"")",POLYGON,,,,${SQUARE},`,
      '"Quote ""here""",CIRCLE,0,-0.1,1,,',
    );
    const beacons = csv(BEACON_HEADER, `-Door,${UUID},0,65535,-1.5,2,a|b`, `@Till,${UUID},1,1,,,`);
    expect((await importCsv('geofences', a.tenantId, geofences, a.token)).body.imported).toBe(3);
    expect((await importCsv('beacons', a.tenantId, beacons, a.token)).body.imported).toBe(2);
    const archivedId = await createCircle(api, a.token, a.tenantId, 'Archived one');
    await api.gql('mutation($id: ID!) { archiveGeofence(id: $id) { id } }', { id: archivedId }, a.token);

    const exported = await exportCsv('geofences', a.tenantId, a.token);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="geofences.csv"');
    expect(exported.text.split('\n')[0]).toBe(GEOFENCE_HEADER);
    expect(exported.text).not.toContain('Archived one');
    expect(exported.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const exportedBeacons = await exportCsv('beacons', a.tenantId, a.token);
    expect(exportedBeacons.headers.get('content-disposition')).toBe('attachment; filename="beacons.csv"');

    expect((await importCsv('geofences', b.tenantId, exported.text, b.token)).body).toEqual({
      imported: 3,
      errors: [],
    });
    expect((await importCsv('beacons', b.tenantId, exportedBeacons.text, b.token)).body.imported).toBe(2);
    expect(dataLines((await exportCsv('geofences', b.tenantId, b.token)).text)).toEqual(dataLines(exported.text));
    expect(dataLines((await exportCsv('beacons', b.tenantId, b.token)).text)).toEqual(dataLines(exportedBeacons.text));

    const names = (await api.gql(GEOFENCES, { tenantId: b.tenantId }, b.token)).data!.geofences.edges.map(
      (e: any) => e.node.name,
    );
    expect(names.sort()).toEqual(['=HYPERLINK("http://evil")', 'Quote "here"', 'Store']);
  });

  it('reads tags separated by ; or , (or | from older exports) and exports them separated by ;', async () => {
    const o = await owner(api);
    const geofences = csv(
      GEOFENCE_HEADER,
      'Comma,CIRCLE,48.8566,2.3522,150,,"stores, paris"',
      'Semicolon,CIRCLE,48.8566,2.3522,150,,stores;paris; ',
      'Bar,CIRCLE,48.8566,2.3522,150,,stores|paris',
      'Blank,CIRCLE,48.8566,2.3522,150,," , ;"',
    );
    expect((await importCsv('geofences', o.tenantId, geofences, o.token)).body).toEqual({ imported: 4, errors: [] });

    const tags = Object.fromEntries(
      (await api.gql(GEOFENCES, { tenantId: o.tenantId }, o.token)).data!.geofences.edges.map((e: any) => [
        e.node.name,
        e.node.tags,
      ]),
    );
    expect(tags).toEqual({
      Comma: ['stores', 'paris'],
      Semicolon: ['stores', 'paris'],
      Bar: ['stores', 'paris'],
      Blank: [],
    });
    const lines = dataLines((await exportCsv('geofences', o.tenantId, o.token)).text);
    expect(lines.filter((line) => line.endsWith(',stores;paris'))).toHaveLength(3);

    const separatorInTag = await api.gql(
      'mutation($input: CreateGeofenceInput!) { createGeofence(input: $input) { id } }',
      {
        input: {
          tenantId: o.tenantId,
          name: 'Odd tag',
          center: { latitude: 1, longitude: 1 },
          radiusMeters: 10,
          tags: ['stores, paris'],
        },
      },
      o.token,
    );
    expect(separatorInTag.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tags.0' });
  });

  it("never puts another tenant's places in an export", async () => {
    const a = await owner(api);
    const b = await owner(api);
    await createCircle(api, a.token, a.tenantId, 'Ours');
    await createBeacon(api, a.token, a.tenantId, 1, 1);
    await createCircle(api, b.token, b.tenantId, 'Theirs');
    await importCsv('beacons', b.tenantId, csv(BEACON_HEADER, `Their beacon,${UUID},2,2,,,`), b.token);

    const geofences = await exportCsv('geofences', a.tenantId, a.token);
    const beacons = await exportCsv('beacons', a.tenantId, a.token);
    expect(dataLines(geofences.text)).toHaveLength(1);
    expect(geofences.text).toContain('Ours');
    expect(geofences.text).not.toContain('Theirs');
    expect(dataLines(beacons.text)).toEqual([`Beacon 1.1,${UUID},1,1,,,`]);
  });

  it('exports a tenant larger than one page, every place exactly once', async () => {
    const { token, tenantId } = await owner(api);
    const rows = Array.from({ length: 2500 }, (_, i) => `Beacon ${i},${UUID},${Math.floor(i / 1000)},${i},,,`);
    expect((await importCsv('beacons', tenantId, csv(BEACON_HEADER, ...rows), token)).body.imported).toBe(2500);
    const exported = dataLines((await exportCsv('beacons', tenantId, token)).text);
    expect(exported).toEqual([...rows].sort());
  });

  it('writes one audit entry per import, with its outcome and no row data', async () => {
    const { token, tenantId, operatorId } = await owner(api);
    await importCsv('beacons', tenantId, csv(BEACON_HEADER, `Secret name,${UUID},1,1,,,`), token);
    await importCsv('beacons', tenantId, csv(BEACON_HEADER, `Bad,${UUID},-1,1,,,`), token);
    await importCsv('geofences', tenantId, csv(GEOFENCE_HEADER, 'Store,CIRCLE,1,1,10,,'), token);
    const entries = await api.server.orm.em
      .fork()
      .find(
        AuditEntry,
        { tenant: tenantId, action: { $like: 'import%' } },
        { filters: false, orderBy: { createdAt: 'asc', id: 'asc' } },
      );
    expect(entries.map((e) => [e.action, e.actorId, e.outcome, e.errorCode ?? null])).toEqual([
      ['importBeacons', operatorId, 'success', null],
      ['importBeacons', operatorId, 'failure', 'BAD_USER_INPUT'],
      ['importGeofences', operatorId, 'success', null],
    ]);
    expect(JSON.stringify(entries)).not.toContain('Secret name');
  });
});
