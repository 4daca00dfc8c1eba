import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { owner } from '../../../test/fixtures';
import { createCircle } from '../../../test/places-fixtures';
import { createRequest, endUserId, member } from '../../../test/privacy-fixtures';
import { sdkTenant, upsert } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { actionWords } from './audit-words';

const LOG =
  'query($tenantId: ID!, $action: String) { auditLog(tenantId: $tenantId, action: $action) { edges { node { action actionWords targetId targetKind targetName } } } }';
const ACTIONS = 'query($tenantId: ID!) { auditActions(tenantId: $tenantId) { action words } }';

it.each([
  ['completePrivacyRequest', 'Completed privacy request'],
  ['createApiKey', 'Created API key'],
  ['logIn', 'Logged in'],
  ['upsertEndUser', 'Saved end user'],
  ['setCampaignStatus', 'Set campaign status'],
  ['frobnicateWidget', 'Frobnicate widget'],
])('puts the action %s in words: %s', (action, words) => {
  expect(actionWords(action)).toBe(words);
});

describe.each(databaseKinds)('the audit log as people read it (%s)', (kind) => {
  let api: TestApi;
  let origin: string;
  beforeAll(async () => {
    api = await startTestApi(kind, { WEBHOOK_DISPATCHER: 'off' });
    origin = api.url.replace(/\/graphql$/, '');
  });
  afterAll(() => api.close());

  async function csv(params: Record<string, string>, token?: string) {
    const response = await fetch(`${origin}/export/audit.csv?${new URLSearchParams(params)}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, text: await response.text() };
  }

  it('names targets by their own names, and a person only by kind', async () => {
    const t = await sdkTenant(api);
    await createCircle(api, t.token, t.tenantId);
    await upsert(api, t.key, { deviceId: 'named-device', email: 'named@example.com', age: 30 });
    const id = await endUserId(api, t.token, t.tenantId, 'named-device');
    await api.gql('mutation($id: ID!) { revealEndUserContact(id: $id) { email } }', { id }, t.token);
    await createRequest(api, t.token, { tenantId: t.tenantId, type: 'ERASURE', subject: { deviceId: 'named-device' } });
    const r = await api.gql(LOG, { tenantId: t.tenantId }, t.token);
    const nodes = r.data!.auditLog.edges.map((e: { node: Record<string, string | null> }) => e.node);
    const by = (action: string) => nodes.find((n: Record<string, string | null>) => n.action === action);
    expect(by('createGeofence')).toMatchObject({ actionWords: 'Created geofence', targetKind: 'Geofence' });
    expect(by('createGeofence').targetName).toBeTruthy();
    expect(by('createApiKey')).toMatchObject({ targetKind: 'API key', targetName: 'Mobile backend' });
    expect(by('revealEndUserContact')).toMatchObject({ targetKind: 'End user', targetName: null });
    expect(by('createPrivacyRequest')).toMatchObject({ targetKind: 'Privacy request', targetName: 'Erasure request' });
    expect(by('createTenant')).toMatchObject({ targetKind: 'Tenant', targetName: 'Acme Retail' });
    const text = JSON.stringify(r);
    for (const value of ['named@example.com', 'named-device']) expect(text).not.toContain(value);
  });

  it('lists the actions the log holds, in words, for the filter', async () => {
    const boss = await owner(api);
    await createCircle(api, boss.token, boss.tenantId);
    const r = await api.gql(ACTIONS, { tenantId: boss.tenantId }, boss.token);
    expect(r.data!.auditActions).toEqual([
      { action: 'createGeofence', words: 'Created geofence' },
      { action: 'createTenant', words: 'Created tenant' },
    ]);
    const marketer = await member(api, boss.token, boss.tenantId, 'MARKETER');
    expect(codes(await api.gql(ACTIONS, { tenantId: boss.tenantId }, marketer.token))).toEqual(['FORBIDDEN']);
    const stranger = await owner(api);
    expect(codes(await api.gql(ACTIONS, { tenantId: boss.tenantId }, stranger.token))).toEqual(['NOT_FOUND']);
  });

  it('exports the filtered log as CSV, audited, and only to those who may read it', async () => {
    const boss = await owner(api);
    await createCircle(api, boss.token, boss.tenantId);
    const all = await csv({ tenantId: boss.tenantId }, boss.token);
    expect(all.status).toBe(200);
    const lines = all.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('at,actor,action,actionWords,targetKind,targetName,targetId,outcome,errorCode');
    // The export is recorded before it is sent, so it lists itself.
    expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual(['exportAuditLog', 'createGeofence', 'createTenant']);
    const filtered = await csv({ tenantId: boss.tenantId, action: 'createTenant' }, boss.token);
    expect(filtered.text.trim().split(/\r?\n/)).toHaveLength(2);
    const again = await api.gql(LOG, { tenantId: boss.tenantId, action: 'exportAuditLog' }, boss.token);
    expect(again.data!.auditLog.edges).toHaveLength(2);
    const marketer = await member(api, boss.token, boss.tenantId, 'MARKETER');
    expect((await csv({ tenantId: boss.tenantId }, marketer.token)).status).toBe(403);
    expect((await csv({ tenantId: boss.tenantId }, (await owner(api)).token)).status).toBe(404);
    expect((await csv({ tenantId: boss.tenantId })).status).toBe(401);
    const bad = await csv(
      { tenantId: boss.tenantId, from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
      boss.token,
    );
    expect(bad.status).toBe(400);
  });
});
