import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { owner } from '../../../test/fixtures';
import { createCampaign, createCircle } from '../../../test/places-fixtures';
import { consent, consentingAdult, EVENTS, sdkTenant, upsert } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';

const LIST =
  'query($tenantId: ID!) { campaigns(tenantId: $tenantId) { edges { node { id name figures { delivered { value display } opened { value display } } } } } }';
const ONE =
  'query($id: ID!) { campaign(id: $id) { figures { delivered { value display } opened { value display } } } }';

describe.each(databaseKinds)("a campaign's delivered and opened figures (%s)", (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => new Date('2026-11-21T12:00:00Z') });
  });
  afterAll(() => api.close());

  async function record(key: string, campaignId: string, type: string, devices: string[]) {
    const events = devices.map((deviceId) => ({ deviceId, campaignId, type, occurredAt: '2026-11-21T11:00:00Z' }));
    const r = await api.gql(EVENTS, { input: { events } }, key);
    expect(r.errors).toBeUndefined();
  }

  it('shows each campaign of a page its own figures, from one query, counting only end users with ANALYTICS consent', async () => {
    const t = await sdkTenant(api);
    const other = await sdkTenant(api);
    const circle = await createCircle(api, t.token, t.tenantId);
    const big = await createCampaign(api, t.token, t.tenantId, { name: 'Big', geofenceIds: [circle] });
    const small = await createCampaign(api, t.token, t.tenantId, { name: 'Small', geofenceIds: [circle] });
    await createCampaign(api, t.token, t.tenantId, { name: 'Quiet', geofenceIds: [circle] });
    const theirs = await createCampaign(api, other.token, other.tenantId, {
      geofenceIds: [await createCircle(api, other.token, other.tenantId)],
    });
    const devices = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (const d of devices) await consentingAdult(api, t.key, d, '2026-11-01T00:00:00Z');
    for (const d of devices) await consentingAdult(api, other.key, d, '2026-11-01T00:00:00Z');
    await upsert(api, t.key, { deviceId: 'no-analytics', age: 30, locationPermission: 'ALWAYS' });
    for (const p of ['LOCATION', 'MARKETING'])
      await consent(api, t.key, 'no-analytics', p, true, '2026-11-01T00:00:00Z');
    await record(t.key, big, 'DELIVERED', [...devices, 'a', 'no-analytics']);
    await record(t.key, big, 'OPENED', ['a', 'b', 'c', 'd', 'e', 'no-analytics']);
    await record(t.key, small, 'DELIVERED', ['a', 'b']);
    await record(other.key, theirs, 'DELIVERED', devices);

    const execute = vi.spyOn(api.server.orm.em.getConnection(), 'execute');
    const r = await api.gql(LIST, { tenantId: t.tenantId }, t.token);
    const engagementQueries = execute.mock.calls.filter(([sql]) => String(sql).includes('from engagement_event'));
    execute.mockRestore();
    expect(r.errors).toBeUndefined();
    const figures = Object.fromEntries(
      r.data!.campaigns.edges.map((e: { node: { name: string; figures: unknown } }) => [e.node.name, e.node.figures]),
    );
    expect(figures).toEqual({
      Big: { delivered: { value: 7, display: '7' }, opened: { value: 5, display: '5' } },
      Small: { delivered: { value: null, display: '< 5' }, opened: { value: 0, display: '0' } },
      Quiet: { delivered: { value: 0, display: '0' }, opened: { value: 0, display: '0' } },
    });
    expect(engagementQueries).toHaveLength(1);

    const single = await api.gql(ONE, { id: big }, t.token);
    expect(single.data!.campaign.figures.delivered.value).toBe(7);
    const outsider = await owner(api);
    expect(codes(await api.gql(ONE, { id: big }, outsider.token))).toEqual(['NOT_FOUND']);
  });
});
