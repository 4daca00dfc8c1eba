import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test/databases';
import { owner } from '../../../../test/fixtures';
import { createCampaign, createCircle } from '../../../../test/places-fixtures';
import { member } from '../../../../test/privacy-fixtures';
import { consent, consentingAdult, EVENTS, sdkTenant, upsert } from '../../../../test/sdk-fixtures';
import { startTestApi, type TestApi } from '../../../../test/test-api';
import { AuditEntry } from '../../audit/audit-entry.entity';

const DAY = 86_400_000;

describe.each(databaseKinds)('engagement export (%s)', (kind) => {
  let api: TestApi;
  let origin: string;
  beforeAll(async () => {
    api = await startTestApi(kind, { WEBHOOK_DISPATCHER: 'off' });
    origin = api.url.replace(/\/graphql$/, '');
  });
  afterAll(() => api.close());

  async function download(params: Record<string, string>, token?: string) {
    const response = await fetch(`${origin}/export/engagement?${new URLSearchParams(params)}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  }

  /** A tenant with engagement from an end user analytics may count and one it may not, inside and outside a range. */
  async function tenantWithEngagement() {
    const t = await sdkTenant(api);
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    const since = new Date(Date.now() - 10 * DAY).toISOString();
    await consentingAdult(api, t.key, 'counted-device', since);
    await upsert(api, t.key, { deviceId: 'uncounted-device', age: 30, locationPermission: 'ALWAYS' });
    for (const purpose of ['LOCATION', 'MARKETING'])
      await consent(api, t.key, 'uncounted-device', purpose, true, since);
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();
    const events = [
      { deviceId: 'counted-device', campaignId, type: 'DELIVERED', occurredAt: at(3) },
      { deviceId: 'counted-device', campaignId, type: 'OPENED', occurredAt: at(2) },
      { deviceId: 'counted-device', campaignId, type: 'DELIVERED', occurredAt: at(8) },
      { deviceId: 'uncounted-device', campaignId, type: 'DELIVERED', occurredAt: at(2) },
    ];
    const r = await api.gql(EVENTS, { input: { events } }, t.key);
    expect(r.errors).toBeUndefined();
    return { ...t, campaignId, range: { tenantId: t.tenantId, from: at(5), to: at(0) } };
  }

  it('streams the range as NDJSON, only the events analytics may count, naming no one', async () => {
    const t = await tenantWithEngagement();
    const ndjson = await download(t.range, t.token);
    expect(ndjson.status).toBe(200);
    expect(ndjson.type).toContain('application/x-ndjson');
    const rows = ndjson.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.map((r) => r.type)).toEqual(['DELIVERED', 'OPENED']);
    expect(rows[0]).toMatchObject({ campaignId: t.campaignId, campaignName: 'Autumn coffee' });
    expect(rows[0].endUserReference).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[1].endUserReference).toBe(rows[0].endUserReference);
    expect(ndjson.text).not.toContain('device');
  });

  it('gives the same events as CSV with a header', async () => {
    const t = await tenantWithEngagement();
    const csv = await download({ ...t.range, format: 'csv' }, t.token);
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    const lines = csv.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('id,occurredAt,type,campaignId,campaignName,endUserReference');
    expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual(['DELIVERED', 'OPENED']);
  });

  it('is audited, and refused to other tenants, the privacy officer and anyone signed out', async () => {
    const t = await tenantWithEngagement();
    await download(t.range, t.token);
    const audit = await api.server.orm.em
      .fork()
      .find(AuditEntry, { tenant: t.tenantId, action: 'exportEngagement' }, { filters: false });
    expect(audit.map((a) => a.outcome)).toEqual(['success']);
    const stranger = await owner(api);
    expect((await download(t.range, stranger.token)).status).toBe(404);
    const officer = await member(api, t.token, t.tenantId, 'PRIVACY_OFFICER');
    expect((await download(t.range, officer.token)).status).toBe(403);
    expect((await download(t.range)).status).toBe(401);
  });

  it.each([
    [{ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'to must be after from'],
    [{ from: '2024-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'at most 400 days'],
    [{ from: 'yesterday', to: '2026-01-01T00:00:00Z' }, 'from'],
    [{ from: '2025-12-01T00:00:00Z', to: '2026-01-01T00:00:00Z', format: 'xlsx' }, 'format'],
  ])('answers 400 with the reason for %j', async (params, reason) => {
    const boss = await owner(api);
    const r = await download({ tenantId: boss.tenantId, ...params }, boss.token);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).error).toContain(reason);
  });
});
