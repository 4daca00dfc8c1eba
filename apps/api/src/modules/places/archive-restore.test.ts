import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { addMember, owner, signUp } from '../../../test/fixtures';
import { createBeacon, createCampaign, createCircle, SET_STATUS } from '../../../test/places-fixtures';
import { consentingAdult, sdkTenant } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';

const GEOFENCES =
  'query($tenantId: ID!, $archived: Boolean, $includeArchived: Boolean) { geofences(tenantId: $tenantId, archived: $archived, includeArchived: $includeArchived) { totalCount edges { node { name archivedAt } } } }';
const BEACONS =
  'query($tenantId: ID!, $archived: Boolean) { beacons(tenantId: $tenantId, archived: $archived) { totalCount edges { node { name } } } }';
const ARCHIVE_GEOFENCE = 'mutation($id: ID!) { archiveGeofence(id: $id) { id archivedAt } }';
const RESTORE_GEOFENCE = 'mutation($id: ID!) { restoreGeofence(id: $id) { id archivedAt } }';
const ARCHIVE_BEACON = 'mutation($id: ID!) { archiveBeacon(id: $id) { id archivedAt } }';
const RESTORE_BEACON = 'mutation($id: ID!) { restoreBeacon(id: $id) { id archivedAt } }';
const GEOFENCE_CAMPAIGNS = 'query($id: ID!) { geofence(id: $id) { liveCampaigns { name status } } }';
const BEACON_CAMPAIGNS = 'query($id: ID!) { beacon(id: $id) { liveCampaigns { name status } } }';
const ELIGIBILITY = 'query($input: EligibilityInput!) { eligibility(input: $input) { offers { campaignId } } }';
const NEAR_PARIS = { latitude: 48.8567, longitude: 2.3523 };

const names = (r: { data?: any }, list: 'geofences' | 'beacons') =>
  r.data![list].edges.map((e: { node: { name: string } }) => e.node.name).sort();

describe.each(databaseKinds)('archiving and restoring places (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  it('lists live places by default, only archived ones when asked, and restores one into the live list', async () => {
    const { token, tenantId } = await owner(api);
    await createCircle(api, token, tenantId, 'Kept');
    const gone = await createCircle(api, token, tenantId, 'Gone');
    await api.gql(ARCHIVE_GEOFENCE, { id: gone }, token);

    expect(names(await api.gql(GEOFENCES, { tenantId }, token), 'geofences')).toEqual(['Kept']);
    expect(names(await api.gql(GEOFENCES, { tenantId, archived: true }, token), 'geofences')).toEqual(['Gone']);
    expect(names(await api.gql(GEOFENCES, { tenantId, archived: false }, token), 'geofences')).toEqual(['Kept']);
    const all = await api.gql(GEOFENCES, { tenantId, includeArchived: true }, token);
    expect(names(all, 'geofences')).toEqual(['Gone', 'Kept']);

    const restored = await api.gql(RESTORE_GEOFENCE, { id: gone }, token);
    expect(restored.data!.restoreGeofence).toEqual({ id: gone, archivedAt: null });
    expect(names(await api.gql(GEOFENCES, { tenantId }, token), 'geofences')).toEqual(['Gone', 'Kept']);
    expect((await api.gql(GEOFENCES, { tenantId, archived: true }, token)).data!.geofences.totalCount).toBe(0);
  });

  it('restores a beacon the same way, and records the restore in the audit log', async () => {
    const { token, tenantId } = await owner(api);
    const id = await createBeacon(api, token, tenantId, 7, 1);
    await api.gql(ARCHIVE_BEACON, { id }, token);
    expect(names(await api.gql(BEACONS, { tenantId, archived: true }, token), 'beacons')).toEqual(['Beacon 7.1']);

    expect((await api.gql(RESTORE_BEACON, { id }, token)).data!.restoreBeacon.archivedAt).toBeNull();
    expect(names(await api.gql(BEACONS, { tenantId }, token), 'beacons')).toEqual(['Beacon 7.1']);
    const log = await api.gql(
      'query($tenantId: ID!) { auditLog(tenantId: $tenantId, action: "restoreBeacon") { edges { node { targetId outcome } } } }',
      { tenantId },
      token,
    );
    expect(log.data!.auditLog.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { targetId: id, outcome: 'success' },
    ]);
  });

  it.each([
    ['ANALYST', 'FORBIDDEN'],
    ['PRIVACY_OFFICER', 'FORBIDDEN'],
    ['MARKETER', undefined],
  ])('lets a %s restore exactly when it may archive', async (role, refused) => {
    const boss = await owner(api);
    const member = await signUp(api);
    await addMember(api, boss.token, boss.tenantId, member.email, role);
    const geofence = await createCircle(api, boss.token, boss.tenantId);
    const beacon = await createBeacon(api, boss.token, boss.tenantId);

    const archives = [
      await api.gql(ARCHIVE_GEOFENCE, { id: geofence }, member.token),
      await api.gql(ARCHIVE_BEACON, { id: beacon }, member.token),
    ];
    await api.gql(ARCHIVE_GEOFENCE, { id: geofence }, boss.token);
    await api.gql(ARCHIVE_BEACON, { id: beacon }, boss.token);
    const restores = [
      await api.gql(RESTORE_GEOFENCE, { id: geofence }, member.token),
      await api.gql(RESTORE_BEACON, { id: beacon }, member.token),
    ];

    expect([...archives, ...restores].map((r) => codes(r)[0])).toEqual([refused, refused, refused, refused]);
    const stillArchived = (await api.gql(GEOFENCES, { tenantId: boss.tenantId, archived: true }, boss.token)).data!
      .geofences.totalCount;
    expect(stillArchived).toBe(refused ? 1 : 0);
  });

  it("never restores another tenant's place, nor lists its archived ones", async () => {
    const a = await owner(api);
    const b = await owner(api);
    const geofence = await createCircle(api, b.token, b.tenantId, 'Theirs');
    const beacon = await createBeacon(api, b.token, b.tenantId);
    await api.gql(ARCHIVE_GEOFENCE, { id: geofence }, b.token);
    await api.gql(ARCHIVE_BEACON, { id: beacon }, b.token);

    expect(codes(await api.gql(RESTORE_GEOFENCE, { id: geofence }, a.token))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(RESTORE_BEACON, { id: beacon }, a.token))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(GEOFENCES, { tenantId: b.tenantId, archived: true }, a.token))).toEqual(['NOT_FOUND']);
    expect((await api.gql(GEOFENCES, { tenantId: b.tenantId, archived: true }, b.token)).data!.geofences).toMatchObject(
      { totalCount: 1 },
    );
    expect((await api.gql(BEACONS, { tenantId: b.tenantId, archived: true }, b.token)).data!.beacons.totalCount).toBe(
      1,
    );
  });

  it('names the running and paused campaigns a place would be taken from, not drafts, ended or archived ones', async () => {
    const { token, tenantId } = await owner(api);
    const place = await createCircle(api, token, tenantId);
    const other = await owner(api);
    const activate = async (id: string, t = token) =>
      expect((await api.gql(SET_STATUS, { input: { campaignId: id, status: 'ACTIVE' } }, t)).errors).toBeUndefined();
    const running = await createCampaign(api, token, tenantId, { name: 'Running', geofenceIds: [place] });
    await activate(running);
    const paused = await createCampaign(api, token, tenantId, { name: 'Paused', geofenceIds: [place] });
    await activate(paused);
    await api.gql(SET_STATUS, { input: { campaignId: paused, status: 'PAUSED' } }, token);
    await createCampaign(api, token, tenantId, { name: 'Draft', geofenceIds: [place] });
    const ended = await createCampaign(api, token, tenantId, { name: 'Ended', geofenceIds: [place] });
    await activate(ended);
    await api.gql(SET_STATUS, { input: { campaignId: ended, status: 'ENDED' } }, token);
    const archived = await createCampaign(api, token, tenantId, { name: 'Archived', geofenceIds: [place] });
    await activate(archived);
    await api.gql('mutation($id: ID!) { archiveCampaign(id: $id) { id } }', { id: archived }, token);
    const elsewhere = await createCircle(api, other.token, other.tenantId);
    await activate(await createCampaign(api, other.token, other.tenantId, { geofenceIds: [elsewhere] }), other.token);
    const beacon = await createBeacon(api, token, tenantId);
    const near = await createCampaign(api, token, tenantId, {
      name: 'Near',
      trigger: 'BEACON_NEAR',
      beaconIds: [beacon],
    });
    await activate(near);

    expect((await api.gql(GEOFENCE_CAMPAIGNS, { id: place }, token)).data!.geofence.liveCampaigns).toEqual([
      { name: 'Paused', status: 'PAUSED' },
      { name: 'Running', status: 'ACTIVE' },
    ]);
    expect((await api.gql(GEOFENCE_CAMPAIGNS, { id: elsewhere }, other.token)).data!.geofence.liveCampaigns).toEqual([
      { name: 'Autumn coffee', status: 'ACTIVE' },
    ]);
    expect((await api.gql(BEACON_CAMPAIGNS, { id: beacon }, token)).data!.beacon.liveCampaigns).toEqual([
      { name: 'Near', status: 'ACTIVE' },
    ]);
  });

  it('offers a campaign at a restored place again, at once', async () => {
    const t = await sdkTenant(api);
    const place = await createCircle(api, t.token, t.tenantId);
    const campaign = await createCampaign(api, t.token, t.tenantId, { geofenceIds: [place] });
    await api.gql(SET_STATUS, { input: { campaignId: campaign, status: 'ACTIVE' } }, t.token);
    await consentingAdult(api, t.key, 'd');
    const offered = async () =>
      (await api.gql(ELIGIBILITY, { input: { deviceId: 'd', position: NEAR_PARIS } }, t.key)).data!.eligibility.offers;

    expect(await offered()).toEqual([{ campaignId: campaign }]);
    await api.gql(ARCHIVE_GEOFENCE, { id: place }, t.token);
    expect(await offered()).toEqual([]);
    await api.gql(RESTORE_GEOFENCE, { id: place }, t.token);
    expect(await offered()).toEqual([{ campaignId: campaign }]);
  });
});
