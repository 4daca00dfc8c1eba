import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { addMember, owner, signUp } from '../../../test/fixtures';
import { createCampaign, createCircle, SET_STATUS } from '../../../test/places-fixtures';
import { consent, sdkTenant, upsert } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';

const AUDIENCE =
  'query($campaignId: ID!, $first: Int, $after: String) { campaignAudience(campaignId: $campaignId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id deviceId } } } }';

describe.each(databaseKinds)('campaign audiences (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  it('pages through exactly the end users the policy allows, with full pages and the right total', async () => {
    const t = await sdkTenant(api);
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    await api.gql(SET_STATUS, { input: { campaignId, status: 'ACTIVE' } }, t.token);
    const eligible = new Set<string>();
    // 250 end users: every fifth lacks location consent, every seventh denied the OS permission, every eleventh is a child.
    for (let i = 0; i < 250; i++) {
      const deviceId = `d-${String(i).padStart(3, '0')}`;
      const child = i % 11 === 0;
      const r = await upsert(api, t.key, {
        deviceId,
        age: child ? 12 : 30,
        locationPermission: i % 7 === 0 ? 'DENIED' : 'ALWAYS',
      });
      if (child) continue;
      if (i % 5 !== 0) await consent(api, t.key, deviceId, 'LOCATION', true);
      await consent(api, t.key, deviceId, 'MARKETING', true);
      if (i % 5 !== 0 && i % 7 !== 0) eligible.add(r.endUser!.id);
    }
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const r = await api.gql(AUDIENCE, { campaignId, first: 40, after }, t.key);
      expect(r.errors).toBeUndefined();
      const page = r.data!.campaignAudience;
      expect(page.totalCount).toBe(eligible.size);
      if (page.pageInfo.hasNextPage) expect(page.edges).toHaveLength(40);
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      pages += 1;
    } while (after);
    expect(pages).toBe(Math.ceil(eligible.size / 40));
    expect(new Set(seen)).toEqual(eligible);
    expect(seen).toHaveLength(eligible.size);
  });

  it('is empty for a campaign that is not ACTIVE, and drops an end user the moment they withdraw', async () => {
    const t = await sdkTenant(api);
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    await upsert(api, t.key, { deviceId: 'd', age: 30, locationPermission: 'ALWAYS' });
    await consent(api, t.key, 'd', 'LOCATION', true);
    await consent(api, t.key, 'd', 'MARKETING', true);
    expect((await api.gql(AUDIENCE, { campaignId }, t.key)).data!.campaignAudience.totalCount).toBe(0);
    await api.gql(SET_STATUS, { input: { campaignId, status: 'ACTIVE' } }, t.token);
    expect((await api.gql(AUDIENCE, { campaignId }, t.key)).data!.campaignAudience.totalCount).toBe(1);
    await consent(api, t.key, 'd', 'LOCATION', false);
    expect((await api.gql(AUDIENCE, { campaignId }, t.key)).data!.campaignAudience.totalCount).toBe(0);
  });

  it("refuses an unknown or another tenant's campaign id as bad input, and operators", async () => {
    const a = await sdkTenant(api);
    const b = await sdkTenant(api);
    const theirs = await createCampaign(api, b.token, b.tenantId);
    expect((await api.gql(AUDIENCE, { campaignId: theirs }, a.key)).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'campaignId',
    });
    expect((await api.gql(AUDIENCE, { campaignId: 'nope' }, a.key)).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'campaignId',
    });
    expect((await api.gql(AUDIENCE, { campaignId: theirs, first: 500 }, b.key)).errors![0]!.extensions).toMatchObject({
      field: 'first',
    });
    expect(codes(await api.gql(AUDIENCE, { campaignId: theirs }, b.token))).toEqual(['FORBIDDEN']);
  });

  it('tells members the audience size, as "< 5" when it is small', async () => {
    const t = await sdkTenant(api);
    const campaignId = await createCampaign(api, t.token, t.tenantId);
    for (const d of ['a', 'b']) {
      await upsert(api, t.key, { deviceId: d, age: 30, locationPermission: 'ALWAYS' });
      await consent(api, t.key, d, 'LOCATION', true);
      await consent(api, t.key, d, 'MARKETING', true);
    }
    const analyst = await signUp(api);
    await addMember(api, t.token, t.tenantId, analyst.email, 'ANALYST');
    const r = await api.gql(
      'query($id: ID!) { campaignAudienceSize(campaignId: $id) { value display } }',
      { id: campaignId },
      analyst.token,
    );
    expect(r.data!.campaignAudienceSize).toEqual({ value: null, display: '< 5' });
    const outsider = await owner(api);
    expect(
      codes(
        await api.gql(
          'query($id: ID!) { campaignAudienceSize(campaignId: $id) { display } }',
          { id: campaignId },
          outsider.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });
});
