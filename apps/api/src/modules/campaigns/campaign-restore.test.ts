import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { addMember, owner, signUp } from '../../../test/fixtures';
import { createCampaign, createCircle, SET_STATUS } from '../../../test/places-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';

const ARCHIVE = 'mutation($id: ID!) { archiveCampaign(id: $id) { status archivedAt } }';
const RESTORE = 'mutation($id: ID!) { restoreCampaign(id: $id) { status archivedAt } }';
const UPDATE =
  'mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { geofences { name archivedAt } } }';
const LIST =
  'query($tenantId: ID!, $archived: Boolean) { campaigns(tenantId: $tenantId, archived: $archived) { totalCount edges { node { name } } } }';

describe.each(databaseKinds)('restoring campaigns, and campaigns whose places are archived (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  async function campaignIn(status: 'DRAFT' | 'ACTIVE' | 'PAUSED' | 'ENDED', t: { token: string; tenantId: string }) {
    const id = await createCampaign(api, t.token, t.tenantId, {
      name: status,
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    const moves = { DRAFT: [], ACTIVE: ['ACTIVE'], PAUSED: ['ACTIVE', 'PAUSED'], ENDED: ['ACTIVE', 'ENDED'] }[status];
    for (const move of moves) await api.gql(SET_STATUS, { input: { campaignId: id, status: move } }, t.token);
    return id;
  }
  const listed = async (t: { token: string; tenantId: string }, archived?: boolean) =>
    (await api.gql(LIST, { tenantId: t.tenantId, archived }, t.token)).data!.campaigns.edges.map(
      (e: { node: { name: string } }) => e.node.name,
    );

  it.each([
    ['an ACTIVE one', 'PAUSED', 'ACTIVE'],
    ['a PAUSED one', 'PAUSED', 'PAUSED'],
    ['a DRAFT', 'DRAFT', 'DRAFT'],
    ['one that had ended before', 'ENDED', 'ENDED'],
  ] as const)('brings back %s as %s, never running', async (_label, after, before) => {
    const t = await owner(api);
    const id = await campaignIn(before, t);
    await api.gql(ARCHIVE, { id }, t.token);
    expect(await listed(t)).toEqual([]);
    expect(await listed(t, true)).toEqual([before]);

    const restored = await api.gql(RESTORE, { id }, t.token);
    expect(restored.data!.restoreCampaign).toEqual({ status: after, archivedAt: null });
    expect(await listed(t)).toEqual([before]);
    expect(await listed(t, true)).toEqual([]);
  });

  it('can be resumed after being restored, and archived and restored again', async () => {
    const t = await owner(api);
    const id = await campaignIn('ACTIVE', t);
    await api.gql(ARCHIVE, { id }, t.token);
    await api.gql(RESTORE, { id }, t.token);
    const resumed = await api.gql(SET_STATUS, { input: { campaignId: id, status: 'ACTIVE' } }, t.token);
    expect(resumed.data!.setCampaignStatus.status).toBe('ACTIVE');
    await api.gql(SET_STATUS, { input: { campaignId: id, status: 'ENDED' } }, t.token);
    await api.gql(ARCHIVE, { id }, t.token);
    expect((await api.gql(RESTORE, { id }, t.token)).data!.restoreCampaign.status).toBe('ENDED');
  });

  it.each([
    ['ANALYST', 'FORBIDDEN'],
    ['PRIVACY_OFFICER', 'FORBIDDEN'],
    ['MARKETER', undefined],
  ])('lets a %s restore exactly when it may archive', async (role, refused) => {
    const boss = await owner(api);
    const member = await signUp(api);
    await addMember(api, boss.token, boss.tenantId, member.email, role);
    const id = await campaignIn('DRAFT', boss);
    const archive = await api.gql(ARCHIVE, { id }, member.token);
    await api.gql(ARCHIVE, { id }, boss.token);
    const restore = await api.gql(RESTORE, { id }, member.token);
    expect([codes(archive)[0], codes(restore)[0]]).toEqual([refused, refused]);
    expect(await listed(boss, true)).toEqual(refused ? ['DRAFT'] : []);
  });

  it("never restores another tenant's campaign", async () => {
    const a = await owner(api);
    const b = await owner(api);
    const id = await campaignIn('ACTIVE', b);
    await api.gql(ARCHIVE, { id }, b.token);
    expect(codes(await api.gql(RESTORE, { id }, a.token))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(LIST, { tenantId: b.tenantId, archived: true }, a.token))).toEqual(['NOT_FOUND']);
    expect(await listed(b, true)).toEqual(['ACTIVE']);
  });

  it('keeps an archived place it already targets through an edit, shown as archived, but never adds one', async () => {
    const t = await owner(api);
    const closed = await createCircle(api, t.token, t.tenantId, 'Closed');
    const open = await createCircle(api, t.token, t.tenantId, 'Open');
    const id = await createCampaign(api, t.token, t.tenantId, { geofenceIds: [closed] });
    await api.gql('mutation($id: ID!) { archiveGeofence(id: $id) { id } }', { id: closed }, t.token);

    const kept = await api.gql(UPDATE, { input: { id, geofenceIds: [closed, open] } }, t.token);
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(kept.data!.updateCampaign.geofences.sort(byName)).toEqual([
      { name: 'Closed', archivedAt: expect.any(String) },
      { name: 'Open', archivedAt: null },
    ]);
    const other = await createCampaign(api, t.token, t.tenantId, { geofenceIds: [open] });
    const added = await api.gql(UPDATE, { input: { id: other, geofenceIds: [open, closed] } }, t.token);
    expect(added.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'geofenceIds' });
  });
});
