import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { addMember, owner, signUp } from '../../../test/fixtures';
import { CREATE_GEOFENCE, createCircle, PARIS, SQUARE } from '../../../test/places-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { Geofence } from './geofence.entity';

const UPDATE =
  'mutation($input: UpdateGeofenceInput!) { updateGeofence(input: $input) { id shape center { latitude longitude } radiusMeters polygon { latitude } name tags } }';
const LIST =
  'query($tenantId: ID!, $search: String, $tag: String, $first: Int, $after: String, $includeArchived: Boolean) { geofences(tenantId: $tenantId, search: $search, tag: $tag, first: $first, after: $after, includeArchived: $includeArchived) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }';

describe.each(databaseKinds)('geofences (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  const stored = (tenantId: string) =>
    api.server.orm.em.fork().count(Geofence, { tenant: tenantId }, { filters: false });

  it('creates a circle and a polygon, closing the polygon by itself', async () => {
    const { token, tenantId } = await owner(api);
    const circle = await api.gql(
      CREATE_GEOFENCE,
      { input: { tenantId, name: 'Store', center: PARIS, radiusMeters: 150, tags: ['paris', 'paris'] } },
      token,
    );
    expect(circle.data!.createGeofence).toMatchObject({
      shape: 'CIRCLE',
      center: PARIS,
      radiusMeters: 150,
      polygon: null,
      tags: ['paris'],
    });
    const closed = [...SQUARE, SQUARE[0]];
    const polygon = await api.gql(CREATE_GEOFENCE, { input: { tenantId, name: 'Block', polygon: closed } }, token);
    expect(polygon.data!.createGeofence).toMatchObject({ shape: 'POLYGON', center: null, radiusMeters: null });
    expect(polygon.data!.createGeofence.polygon).toHaveLength(4);
  });

  it.each([
    ['a radius of 0', { center: PARIS, radiusMeters: 0 }, 'radiusMeters'],
    ['a radius over 100 km', { center: PARIS, radiusMeters: 100_001 }, 'radiusMeters'],
    ['latitude 91', { center: { latitude: 91, longitude: 2 }, radiusMeters: 10 }, 'center.latitude'],
    ['longitude -181', { center: { latitude: 1, longitude: -181 }, radiusMeters: 10 }, 'center.longitude'],
    ['a circle without a radius', { center: PARIS }, 'radiusMeters'],
    ['no shape at all', {}, 'center'],
    ['both a circle and a polygon', { center: PARIS, radiusMeters: 10, polygon: SQUARE }, 'polygon'],
    ['a polygon of two vertices', { polygon: SQUARE.slice(0, 2) }, 'polygon'],
    ['a self-intersecting polygon', { polygon: [SQUARE[0], SQUARE[2], SQUARE[1], SQUARE[3]] }, 'polygon'],
    [
      'a polygon of zero area',
      {
        polygon: [
          { latitude: 1, longitude: 1 },
          { latitude: 2, longitude: 2 },
          { latitude: 3, longitude: 3 },
        ],
      },
      'polygon',
    ],
    [
      'a vertex at latitude -90.5',
      { polygon: [{ latitude: -90.5, longitude: 1 }, ...SQUARE.slice(1)] },
      'polygon.0.latitude',
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_label, shape, field) => {
    const { token, tenantId } = await owner(api);
    const r = await api.gql(CREATE_GEOFENCE, { input: { tenantId, name: 'Bad', ...shape } }, token);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await stored(tenantId)).toBe(0);
  });

  it('refuses more than 2,000 vertices and a name over 120 characters', async () => {
    const { token, tenantId } = await owner(api);
    const many = Array.from({ length: 2001 }, (_, i) => ({
      latitude: Math.sin((i / 2001) * 2 * Math.PI),
      longitude: Math.cos((i / 2001) * 2 * Math.PI),
    }));
    const tooMany = await api.gql(CREATE_GEOFENCE, { input: { tenantId, name: 'Ring', polygon: many } }, token);
    expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'polygon' });
    const longName = await api.gql(
      CREATE_GEOFENCE,
      { input: { tenantId, name: 'x'.repeat(121), center: PARIS, radiusMeters: 5 } },
      token,
    );
    expect(longName.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await stored(tenantId)).toBe(0);
  });

  it('moves and resizes a circle, and turns it into a polygon', async () => {
    const { token, tenantId } = await owner(api);
    const id = await createCircle(api, token, tenantId);
    const resized = await api.gql(UPDATE, { input: { id, radiusMeters: 400 } }, token);
    expect(resized.data!.updateGeofence).toMatchObject({ radiusMeters: 400, center: PARIS });
    const moved = await api.gql(UPDATE, { input: { id, center: { latitude: 45.76, longitude: 4.83 } } }, token);
    expect(moved.data!.updateGeofence).toMatchObject({
      radiusMeters: 400,
      center: { latitude: 45.76, longitude: 4.83 },
    });
    const reshaped = await api.gql(UPDATE, { input: { id, polygon: SQUARE, name: 'Block', tags: ['x'] } }, token);
    expect(reshaped.data!.updateGeofence).toMatchObject({
      shape: 'POLYGON',
      center: null,
      radiusMeters: null,
      name: 'Block',
      tags: ['x'],
    });
  });

  it('searches by part of the name or the start of a tag in any case, filters by tag, and pages in a stable order', async () => {
    const { token, tenantId } = await owner(api);
    await createCircle(api, token, tenantId, 'Lyon Part-Dieu', 100, ['mall']);
    await createCircle(api, token, tenantId, 'Paris Bercy', 100, ['mall', 'paris']);
    await createCircle(api, token, tenantId, 'Paris Nord', 100, ['station']);
    const search = await api.gql(LIST, { tenantId, search: 'PARIS' }, token);
    expect(search.errors).toBeUndefined();
    expect(search.data!.geofences.edges.map((e: any) => e.node.name).sort()).toEqual(['Paris Bercy', 'Paris Nord']);
    const byTag = await api.gql(LIST, { tenantId, search: 'STAT' }, token);
    expect(byTag.data!.geofences.edges.map((e: any) => e.node.name)).toEqual(['Paris Nord']);
    // The start of a tag only: "all" is inside "mall" but starts no tag nor is in any name.
    expect((await api.gql(LIST, { tenantId, search: 'all' }, token)).data!.geofences.totalCount).toBe(0);
    const tagged = await api.gql(LIST, { tenantId, tag: 'mall' }, token);
    expect(tagged.data!.geofences.totalCount).toBe(2);

    const first = await api.gql(LIST, { tenantId, first: 2 }, token);
    expect(first.data!.geofences).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await api.gql(LIST, { tenantId, first: 2, after: first.data!.geofences.pageInfo.endCursor }, token);
    expect(second.data!.geofences.pageInfo.hasNextPage).toBe(false);
    const names = [...first.data!.geofences.edges, ...second.data!.geofences.edges].map((e: any) => e.node.name);
    expect(new Set(names).size).toBe(3);
  });

  it('refuses a forged cursor and a page size over 200', async () => {
    const { token, tenantId } = await owner(api);
    expect((await api.gql(LIST, { tenantId, after: 'not-a-cursor' }, token)).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    expect((await api.gql(LIST, { tenantId, first: 201 }, token)).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  it('archives: gone from the list unless asked for, and no longer editable', async () => {
    const { token, tenantId } = await owner(api);
    const id = await createCircle(api, token, tenantId);
    await api.gql('mutation($id: ID!) { archiveGeofence(id: $id) { archivedAt } }', { id }, token);
    expect((await api.gql(LIST, { tenantId }, token)).data!.geofences.totalCount).toBe(0);
    expect((await api.gql(LIST, { tenantId, includeArchived: true }, token)).data!.geofences.totalCount).toBe(1);
    expect(codes(await api.gql(UPDATE, { input: { id, name: 'Again' } }, token))).toEqual(['BAD_USER_INPUT']);
  });

  it.each(['ANALYST', 'PRIVACY_OFFICER'])('lets a %s read but not change places', async (role) => {
    const boss = await owner(api);
    const reader = await signUp(api);
    await addMember(api, boss.token, boss.tenantId, reader.email, role);
    const id = await createCircle(api, boss.token, boss.tenantId);
    expect((await api.gql(LIST, { tenantId: boss.tenantId }, reader.token)).data!.geofences.totalCount).toBe(1);
    const create = await api.gql(
      CREATE_GEOFENCE,
      { input: { tenantId: boss.tenantId, name: 'No', center: PARIS, radiusMeters: 5 } },
      reader.token,
    );
    expect(codes(create)).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql(UPDATE, { input: { id, name: 'No' } }, reader.token))).toEqual(['FORBIDDEN']);
    expect(
      codes(await api.gql('mutation($id: ID!) { archiveGeofence(id: $id) { id } }', { id }, reader.token)),
    ).toEqual(['FORBIDDEN']);
  });

  it('lets a MARKETER change places', async () => {
    const boss = await owner(api);
    const marketer = await signUp(api);
    await addMember(api, boss.token, boss.tenantId, marketer.email, 'MARKETER');
    await createCircle(api, marketer.token, boss.tenantId);
    expect(await stored(boss.tenantId)).toBe(1);
  });

  it("never reads, lists, changes or archives another tenant's geofence", async () => {
    const a = await owner(api);
    const b = await owner(api);
    const id = await createCircle(api, b.token, b.tenantId, 'Theirs');
    expect(codes(await api.gql('query($id: ID!) { geofence(id: $id) { name } }', { id }, a.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await api.gql(LIST, { tenantId: b.tenantId }, a.token))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(UPDATE, { input: { id, name: 'Mine' } }, a.token))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql('mutation($id: ID!) { archiveGeofence(id: $id) { id } }', { id }, a.token))).toEqual([
      'NOT_FOUND',
    ]);
    const theirs = await api.server.orm.em.fork().findOneOrFail(Geofence, { id }, { filters: false });
    expect([theirs.name, theirs.archivedAt ?? null]).toEqual(['Theirs', null]);
  });
});
