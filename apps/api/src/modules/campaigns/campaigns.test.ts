import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { addMember, owner, signUp } from '../../../test/fixtures';
import { CREATE_CAMPAIGN, createBeacon, createCampaign, createCircle, SET_STATUS } from '../../../test/places-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { Campaign } from './campaign.entity';
import { CampaignTarget } from './campaign-target.entity';

const UPDATE =
  'mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { id name priority geofences { id } beacons { id } content { title } } }';
const LIST =
  'query($tenantId: ID!, $status: CampaignStatus, $trigger: Trigger, $tag: String, $search: String, $first: Int, $after: String) { campaigns(tenantId: $tenantId, status: $status, trigger: $trigger, tag: $tag, search: $search, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name status } } } }';

describe.each(databaseKinds)('campaigns (%s)', (kind) => {
  let api: TestApi;
  const clock = new Date('2026-11-21T10:00:00Z');
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => clock });
  });
  afterAll(() => api.close());

  const count = (tenantId: string) =>
    api.server.orm.em.fork().count(Campaign, { tenant: tenantId }, { filters: false });

  it('creates a DRAFT campaign with content, targets, schedule, cap, gap, priority and tags', async () => {
    const { token, tenantId } = await owner(api);
    const geofenceId = await createCircle(api, token, tenantId);
    const beaconId = await createBeacon(api, token, tenantId);
    const r = await api.gql(
      CREATE_CAMPAIGN,
      {
        input: {
          tenantId,
          name: 'Lunch deal',
          trigger: 'DWELL',
          dwellMinutes: 5,
          geofenceIds: [geofenceId, geofenceId],
          beaconIds: [beaconId],
          content: {
            title: 'Lunch is on',
            body: 'Two for one until 2 pm',
            imageUrl: 'https://cdn.example.com/a.png',
            actionUrl: 'https://example.com/deal',
          },
          schedule: {
            startsAt: '2026-12-01T00:00:00Z',
            endsAt: '2026-12-31T00:00:00Z',
            timeWindows: [{ dayOfWeek: 1, startTime: '11:30', endTime: '14:00' }],
          },
          frequencyCap: { maxDeliveries: 2, perHours: 24 },
          minimumGapMinutes: 60,
          priority: 10,
          tags: ['lunch'],
        },
      },
      token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createCampaign).toMatchObject({
      status: 'DRAFT',
      trigger: 'DWELL',
      dwellMinutes: 5,
      priority: 10,
      tags: ['lunch'],
      geofences: [{ id: geofenceId }],
      beacons: [{ id: beaconId }],
      frequencyCap: { maxDeliveries: 2, perHours: 24 },
      minimumGapMinutes: 60,
      schedule: {
        startsAt: '2026-12-01T00:00:00.000Z',
        timeWindows: [{ dayOfWeek: 1, startTime: '11:30', endTime: '14:00' }],
      },
    });
  });

  it.each([
    ['a javascript: action URL', { content: { title: 'x', actionUrl: 'javascript:alert(1)' } }, 'content.actionUrl'],
    ['an http image URL', { content: { title: 'x', imageUrl: 'http://example.com/a.png' } }, 'content.imageUrl'],
    ['a 65-character title', { content: { title: 'x'.repeat(65) } }, 'content.title'],
    ['a 241-character body', { content: { title: 'x', body: 'y'.repeat(241) } }, 'content.body'],
    ['an empty title', { content: { title: '  ' } }, 'content.title'],
    [
      'an end before the start',
      { schedule: { startsAt: '2026-12-02T00:00:00Z', endsAt: '2026-12-01T00:00:00Z' } },
      'schedule.endsAt',
    ],
    [
      'a window on day 8',
      { schedule: { timeWindows: [{ dayOfWeek: 8, startTime: '10:00', endTime: '11:00' }] } },
      'schedule.timeWindows.0.dayOfWeek',
    ],
    [
      'a window ending before it starts',
      { schedule: { timeWindows: [{ dayOfWeek: 1, startTime: '10:00', endTime: '09:00' }] } },
      'schedule.timeWindows.0.endTime',
    ],
    [
      'a time of 25:00',
      { schedule: { timeWindows: [{ dayOfWeek: 1, startTime: '25:00', endTime: '26:00' }] } },
      'schedule.timeWindows.0.startTime',
    ],
    ['a cap of 0 deliveries', { frequencyCap: { maxDeliveries: 0, perHours: 1 } }, 'frequencyCap.maxDeliveries'],
    ['dwell minutes on an ENTER campaign', { dwellMinutes: 5 }, 'dwellMinutes'],
    ['an unknown geofence', { geofenceIds: ['7e0d7e1a-0000-4000-8000-000000000000'] }, 'geofenceIds'],
    ['a priority of 5000', { priority: 5000 }, 'priority'],
  ])('refuses %s, naming the field, and writes nothing', async (_label, patch, field) => {
    const { token, tenantId } = await owner(api);
    const r = await api.gql(
      CREATE_CAMPAIGN,
      { input: { tenantId, name: 'Bad', trigger: 'ENTER', content: { title: 'x' }, ...patch } },
      token,
    );
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(tenantId)).toBe(0);
  });

  it("refuses another tenant's geofence and beacon as targets, writing nothing", async () => {
    const a = await owner(api);
    const b = await owner(api);
    const theirGeofence = await createCircle(api, b.token, b.tenantId);
    const theirBeacon = await createBeacon(api, b.token, b.tenantId);
    const withGeofence = await api.gql(
      CREATE_CAMPAIGN,
      {
        input: {
          tenantId: a.tenantId,
          name: 'Steal',
          trigger: 'ENTER',
          content: { title: 'x' },
          geofenceIds: [theirGeofence],
        },
      },
      a.token,
    );
    expect(withGeofence.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'geofenceIds' });
    const withBeacon = await api.gql(
      CREATE_CAMPAIGN,
      {
        input: {
          tenantId: a.tenantId,
          name: 'Steal',
          trigger: 'BEACON_NEAR',
          content: { title: 'x' },
          beaconIds: [theirBeacon],
        },
      },
      a.token,
    );
    expect(withBeacon.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'beaconIds' });
    expect(await count(a.tenantId)).toBe(0);
    expect(await api.server.orm.em.fork().count(CampaignTarget, { tenant: a.tenantId }, { filters: false })).toBe(0);
    const mine = await createCampaign(api, a.token, a.tenantId);
    const update = await api.gql(UPDATE, { input: { id: mine, geofenceIds: [theirGeofence] } }, a.token);
    expect(update.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'geofenceIds' });
  });

  it('moves DRAFT -> ACTIVE <-> PAUSED -> ENDED and refuses illegal moves with a clear message', async () => {
    const { token, tenantId } = await owner(api);
    const geofenceId = await createCircle(api, token, tenantId);
    const id = await createCampaign(api, token, tenantId, { geofenceIds: [geofenceId] });
    const move = (status: string) => api.gql(SET_STATUS, { input: { campaignId: id, status } }, token);
    const paused = await move('PAUSED');
    expect(paused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(paused.errors![0]!.message).toBe('A DRAFT campaign cannot become PAUSED; it can become ACTIVE');
    expect((await move('ACTIVE')).data!.setCampaignStatus.status).toBe('ACTIVE');
    expect((await move('PAUSED')).data!.setCampaignStatus.status).toBe('PAUSED');
    expect((await move('ACTIVE')).data!.setCampaignStatus.status).toBe('ACTIVE');
    expect((await move('ENDED')).data!.setCampaignStatus.status).toBe('ENDED');
    const revive = await move('ACTIVE');
    expect(revive.errors![0]!.message).toMatch(/ENDED campaign cannot become ACTIVE/);
  });

  it('refuses to activate a campaign without targets for its trigger, or whose schedule has ended', async () => {
    const { token, tenantId } = await owner(api);
    const beaconOnly = await createCampaign(api, token, tenantId, {
      beaconIds: [await createBeacon(api, token, tenantId)],
    });
    const r = await api.gql(SET_STATUS, { input: { campaignId: beaconOnly, status: 'ACTIVE' } }, token);
    expect(r.errors![0]!.message).toMatch(/without targets cannot be activated/);
    const geofenceId = await createCircle(api, token, tenantId);
    const over = await createCampaign(api, token, tenantId, {
      geofenceIds: [geofenceId],
      schedule: { endsAt: '2026-11-01T00:00:00Z' },
    });
    const late = await api.gql(SET_STATUS, { input: { campaignId: over, status: 'ACTIVE' } }, token);
    expect(late.errors![0]!.message).toMatch(/already ended/);
    const onlyPlace = await createCircle(api, token, tenantId, 'Closing down');
    const orphan = await createCampaign(api, token, tenantId, { geofenceIds: [onlyPlace] });
    await api.gql('mutation($id: ID!) { archiveGeofence(id: $id) { id } }', { id: onlyPlace }, token);
    const stale = await api.gql(SET_STATUS, { input: { campaignId: orphan, status: 'ACTIVE' } }, token);
    expect(stale.errors![0]!.message).toMatch(/without targets cannot be activated/);
  });

  it('edits DRAFT and PAUSED campaigns only, replacing targets', async () => {
    const { token, tenantId } = await owner(api);
    const g1 = await createCircle(api, token, tenantId, 'One');
    const g2 = await createCircle(api, token, tenantId, 'Two');
    const id = await createCampaign(api, token, tenantId, { geofenceIds: [g1] });
    const edited = await api.gql(
      UPDATE,
      { input: { id, geofenceIds: [g2], priority: 3, content: { title: 'New title' } } },
      token,
    );
    expect(edited.data!.updateCampaign).toMatchObject({
      priority: 3,
      geofences: [{ id: g2 }],
      content: { title: 'New title' },
    });
    await api.gql(SET_STATUS, { input: { campaignId: id, status: 'ACTIVE' } }, token);
    const whileActive = await api.gql(UPDATE, { input: { id, name: 'Live edit' } }, token);
    expect(codes(whileActive)).toEqual(['BAD_USER_INPUT']);
    await api.gql(SET_STATUS, { input: { campaignId: id, status: 'PAUSED' } }, token);
    expect((await api.gql(UPDATE, { input: { id, name: 'Paused edit' } }, token)).data!.updateCampaign.name).toBe(
      'Paused edit',
    );
  });

  it('clears a cap, a gap and a schedule given as null, and keeps what is left out', async () => {
    const { token, tenantId } = await owner(api);
    const id = await createCampaign(api, token, tenantId, {
      frequencyCap: { maxDeliveries: 1, perHours: 24 },
      minimumGapMinutes: 30,
      schedule: { endsAt: '2027-01-01T00:00:00Z' },
      priority: 7,
    });
    const query =
      'mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { priority minimumGapMinutes frequencyCap { maxDeliveries } schedule { endsAt } } }';
    const r = await api.gql(
      query,
      { input: { id, frequencyCap: null, minimumGapMinutes: null, schedule: null } },
      token,
    );
    expect(r.data!.updateCampaign).toEqual({
      priority: 7,
      minimumGapMinutes: null,
      frequencyCap: null,
      schedule: null,
    });
  });

  it('duplicates a campaign as a DRAFT with the same targets, and archives (ending a running one)', async () => {
    const { token, tenantId } = await owner(api);
    const g = await createCircle(api, token, tenantId);
    const id = await createCampaign(api, token, tenantId, { geofenceIds: [g], tags: ['x'] });
    await api.gql(SET_STATUS, { input: { campaignId: id, status: 'ACTIVE' } }, token);
    const copy = await api.gql(
      'mutation($id: ID!) { duplicateCampaign(id: $id) { id name status tags geofences { id } } }',
      { id },
      token,
    );
    expect(copy.data!.duplicateCampaign).toMatchObject({
      name: 'Autumn coffee (copy)',
      status: 'DRAFT',
      tags: ['x'],
      geofences: [{ id: g }],
    });
    const archived = await api.gql(
      'mutation($id: ID!) { archiveCampaign(id: $id) { status archivedAt } }',
      { id },
      token,
    );
    expect(archived.data!.archiveCampaign).toMatchObject({ status: 'ENDED', archivedAt: expect.any(String) });
    expect((await api.gql(LIST, { tenantId }, token)).data!.campaigns.totalCount).toBe(1);
  });

  it('lists with filters by status, trigger, tag and name, in pages', async () => {
    const { token, tenantId } = await owner(api);
    const g = await createCircle(api, token, tenantId);
    const active = await createCampaign(api, token, tenantId, {
      name: 'Morning Coffee',
      geofenceIds: [g],
      tags: ['am'],
    });
    await createCampaign(api, token, tenantId, { name: 'Evening wine', trigger: 'BEACON_NEAR' });
    await createCampaign(api, token, tenantId, { name: 'Noon coffee', tags: ['am'] });
    await api.gql(SET_STATUS, { input: { campaignId: active, status: 'ACTIVE' } }, token);
    const names = async (vars: Record<string, unknown>) =>
      ((await api.gql(LIST, { tenantId, ...vars }, token)).data!.campaigns.edges as any[])
        .map((e) => e.node.name)
        .sort();
    expect(await names({ status: 'ACTIVE' })).toEqual(['Morning Coffee']);
    expect(await names({ trigger: 'BEACON_NEAR' })).toEqual(['Evening wine']);
    expect(await names({ tag: 'am' })).toEqual(['Morning Coffee', 'Noon coffee']);
    expect(await names({ search: 'COFFEE' })).toEqual(['Morning Coffee', 'Noon coffee']);
    // No name holds "am": these are found by the start of their tag.
    expect(await names({ search: 'AM' })).toEqual(['Morning Coffee', 'Noon coffee']);
    expect(await names({ search: 'm' })).toEqual(['Morning Coffee']);
    const page1 = await api.gql(LIST, { tenantId, first: 2 }, token);
    const page2 = await api.gql(LIST, { tenantId, first: 2, after: page1.data!.campaigns.pageInfo.endCursor }, token);
    expect(page1.data!.campaigns.edges.length + page2.data!.campaigns.edges.length).toBe(3);
    expect(page2.data!.campaigns.pageInfo.hasNextPage).toBe(false);
  });

  it('lets ANALYST and PRIVACY_OFFICER read but not change campaigns', async () => {
    const boss = await owner(api);
    const id = await createCampaign(api, boss.token, boss.tenantId);
    for (const role of ['ANALYST', 'PRIVACY_OFFICER']) {
      const reader = await signUp(api);
      await addMember(api, boss.token, boss.tenantId, reader.email, role);
      expect(
        (await api.gql('query($id: ID!) { campaign(id: $id) { name } }', { id }, reader.token)).data!.campaign.name,
      ).toBe('Autumn coffee');
      expect(codes(await api.gql(SET_STATUS, { input: { campaignId: id, status: 'ACTIVE' } }, reader.token))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await api.gql(UPDATE, { input: { id, name: 'x' } }, reader.token))).toEqual(['FORBIDDEN']);
      const create = await api.gql(
        CREATE_CAMPAIGN,
        { input: { tenantId: boss.tenantId, name: 'x', trigger: 'ENTER', content: { title: 'x' } } },
        reader.token,
      );
      expect(codes(create)).toEqual(['FORBIDDEN']);
    }
  });

  it("never reads or changes another tenant's campaign", async () => {
    const a = await owner(api);
    const b = await owner(api);
    const g = await createCircle(api, b.token, b.tenantId);
    const id = await createCampaign(api, b.token, b.tenantId, { geofenceIds: [g] });
    expect(codes(await api.gql('query($id: ID!) { campaign(id: $id) { name } }', { id }, a.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await api.gql(SET_STATUS, { input: { campaignId: id, status: 'ACTIVE' } }, a.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await api.gql(UPDATE, { input: { id, name: 'Mine' } }, a.token))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql('mutation($id: ID!) { duplicateCampaign(id: $id) { id } }', { id }, a.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await api.gql('mutation($id: ID!) { archiveCampaign(id: $id) { id } }', { id }, a.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await api.gql(LIST, { tenantId: b.tenantId }, a.token))).toEqual(['NOT_FOUND']);
    const theirs = await api.server.orm.em.fork().findOneOrFail(Campaign, { id }, { filters: false });
    expect([theirs.name, theirs.status, theirs.archivedAt ?? null]).toEqual(['Autumn coffee', 'DRAFT', null]);
    expect(await count(a.tenantId)).toBe(0);
  });
});
