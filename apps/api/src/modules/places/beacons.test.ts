import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { addMember, owner, signUp } from '../../../test/fixtures';
import { CREATE_BEACON, createBeacon } from '../../../test/places-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { Beacon } from './beacon.entity';

const UUID = 'f7826da6-4fa2-4e98-8024-bc5b71e0893e';
const UPDATE =
  'mutation($input: UpdateBeaconInput!) { updateBeacon(input: $input) { id uuid major minor placement { latitude longitude } } }';
const LIST =
  'query($tenantId: ID!, $search: String) { beacons(tenantId: $tenantId, search: $search) { totalCount edges { node { id name uuid } } } }';

describe.each(databaseKinds)('beacons (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  const stored = (tenantId: string) => api.server.orm.em.fork().count(Beacon, { tenant: tenantId }, { filters: false });

  it('stores the UUID in canonical lower case, with placement and tags', async () => {
    const { token, tenantId } = await owner(api);
    const r = await api.gql(
      CREATE_BEACON,
      {
        input: {
          tenantId,
          name: 'Entrance',
          uuid: ` ${UUID.toUpperCase()} `,
          major: 0,
          minor: 65535,
          placement: { latitude: 1, longitude: 2 },
          tags: ['door'],
        },
      },
      token,
    );
    expect(r.data!.createBeacon).toMatchObject({
      uuid: UUID,
      major: 0,
      minor: 65535,
      placement: { latitude: 1, longitude: 2 },
      tags: ['door'],
    });
  });

  it('refuses the same uuid/major/minor in any case in one tenant, but not in another', async () => {
    const a = await owner(api);
    const b = await owner(api);
    await createBeacon(api, a.token, a.tenantId, 7, 9);
    const again = await api.gql(
      CREATE_BEACON,
      { input: { tenantId: a.tenantId, name: 'Twin', uuid: UUID, major: 7, minor: 9 } },
      a.token,
    );
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'uuid' });
    expect(await stored(a.tenantId)).toBe(1);
    await createBeacon(api, b.token, b.tenantId, 7, 9);
  });

  it.each([
    ['a malformed uuid', { uuid: 'not-a-uuid' }, 'uuid'],
    ['major 65536', { major: 65536 }, 'major'],
    ['minor -1', { minor: -1 }, 'minor'],
    ['placement latitude 91', { placement: { latitude: 91, longitude: 0 } }, 'placement.latitude'],
    ['an empty tag', { tags: [' '] }, 'tags.0'],
  ])('refuses %s, naming the field, and writes nothing', async (_label, patch, field) => {
    const { token, tenantId } = await owner(api);
    const r = await api.gql(
      CREATE_BEACON,
      { input: { tenantId, name: 'B', uuid: UUID, major: 1, minor: 1, ...patch } },
      token,
    );
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await stored(tenantId)).toBe(0);
  });

  it('updates a beacon, refusing a change that would clash with another', async () => {
    const { token, tenantId } = await owner(api);
    const first = await createBeacon(api, token, tenantId, 1, 1);
    await createBeacon(api, token, tenantId, 1, 2);
    const moved = await api.gql(
      UPDATE,
      { input: { id: first, minor: 3, placement: { latitude: 5, longitude: 6 } } },
      token,
    );
    expect(moved.data!.updateBeacon).toMatchObject({ minor: 3, placement: { latitude: 5, longitude: 6 } });
    const clash = await api.gql(UPDATE, { input: { id: first, minor: 2 } }, token);
    expect(clash.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'uuid' });
    const same = await api.gql(UPDATE, { input: { id: first, minor: 3 } }, token);
    expect(same.errors).toBeUndefined();
  });

  it('lists and searches beacons of the tenant only', async () => {
    const a = await owner(api);
    const b = await owner(api);
    await createBeacon(api, a.token, a.tenantId, 1, 1);
    await createBeacon(api, b.token, b.tenantId, 2, 2);
    const list = await api.gql(LIST, { tenantId: a.tenantId, search: 'beacon 1' }, a.token);
    expect(list.data!.beacons.edges.map((e: any) => e.node.name)).toEqual(['Beacon 1.1']);
  });

  it('lets an ANALYST read but not write, and another tenant do neither', async () => {
    const boss = await owner(api);
    const analyst = await signUp(api);
    const outsider = await owner(api);
    await addMember(api, boss.token, boss.tenantId, analyst.email, 'ANALYST');
    const id = await createBeacon(api, boss.token, boss.tenantId);
    expect((await api.gql(LIST, { tenantId: boss.tenantId }, analyst.token)).data!.beacons.totalCount).toBe(1);
    expect(codes(await api.gql(UPDATE, { input: { id, major: 9 } }, analyst.token))).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql('query($id: ID!) { beacon(id: $id) { id } }', { id }, outsider.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await api.gql(UPDATE, { input: { id, major: 9 } }, outsider.token))).toEqual(['NOT_FOUND']);
    expect(
      codes(await api.gql('mutation($id: ID!) { archiveBeacon(id: $id) { id } }', { id }, outsider.token)),
    ).toEqual(['NOT_FOUND']);
    const beacon = await api.server.orm.em.fork().findOneOrFail(Beacon, { id }, { filters: false });
    expect([beacon.major, beacon.archivedAt ?? null]).toEqual([1, null]);
  });
});
