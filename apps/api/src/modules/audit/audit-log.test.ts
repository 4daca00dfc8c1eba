import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { createApiKey } from '../../../test/fixtures';
import { createRequest, endUserId, member } from '../../../test/privacy-fixtures';
import { sdkTenant, upsert } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';

const AUDIT_LOG =
  'query($tenantId: ID!, $actorId: ID, $action: String, $from: DateTime, $to: DateTime, $first: Int, $after: String) { auditLog(tenantId: $tenantId, actorId: $actorId, action: $action, from: $from, to: $to, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id at actorType actorId actorName action targetId outcome errorCode } } } }';

describe.each(databaseKinds)('the audit log query (%s)', (kind) => {
  let api: TestApi;
  const clock = new Date('2026-03-01T09:00:00Z');
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => clock });
  });
  afterAll(() => api.close());

  const log = async (token: string, vars: Record<string, unknown>) => {
    const r = await api.gql(AUDIT_LOG, vars, token);
    expect(r.errors).toBeUndefined();
    return r.data!.auditLog;
  };

  it('lists what operators did, newest first, filtered by actor, action and time, with no personal data', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'audited-device', email: 'audited@example.com', age: 30 });
    const officer = await member(api, t.token, t.tenantId, 'PRIVACY_OFFICER');
    const id = await endUserId(api, t.token, t.tenantId, 'audited-device');
    await api.gql('mutation($id: ID!) { revealEndUserContact(id: $id) { email } }', { id }, officer.token);
    const request = await createRequest(api, officer.token, {
      tenantId: t.tenantId,
      type: 'ACCESS',
      subject: { email: 'audited@example.com' },
    });

    const all = await log(t.token, { tenantId: t.tenantId });
    const actions = all.edges.map((e: { node: { action: string } }) => e.node.action);
    expect(actions.slice(0, 3)).toEqual(['createPrivacyRequest', 'revealEndUserContact', 'addMember']);
    expect(actions.at(-1)).toBe('createTenant');
    expect(all.edges[0].node).toMatchObject({
      actorType: 'operator',
      actorId: officer.operatorId,
      actorName: 'Pat PRIVACY_OFFICER',
      targetId: request.id,
      outcome: 'success',
      errorCode: null,
    });
    const text = JSON.stringify(all);
    for (const value of ['audited@example.com', 'audited-device']) expect(text).not.toContain(value);

    const byOfficer = await log(t.token, { tenantId: t.tenantId, actorId: officer.operatorId });
    expect(byOfficer.totalCount).toBe(2);
    const reveals = await log(officer.token, { tenantId: t.tenantId, action: 'revealEndUserContact' });
    expect(reveals.edges.map((e: { node: { targetId: string } }) => e.node.targetId)).toEqual([id]);
    const page = await log(t.token, { tenantId: t.tenantId, first: 2 });
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await log(t.token, { tenantId: t.tenantId, first: 50, after: page.pageInfo.endCursor });
    expect(rest.totalCount).toBe(all.totalCount);
    expect(rest.edges).toHaveLength(all.totalCount - 2);

    const future = await log(t.token, { tenantId: t.tenantId, from: new Date(Date.now() + 86_400_000).toISOString() });
    expect(future.totalCount).toBe(0);
    const bad = await api.gql(
      AUDIT_LOG,
      { tenantId: t.tenantId, from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' },
      t.token,
    );
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it("is for OWNER and PRIVACY_OFFICER only, and never another tenant's", async () => {
    const t = await sdkTenant(api);
    const analyst = await member(api, t.token, t.tenantId, 'ANALYST');
    const { key } = await createApiKey(api, t.token, t.tenantId);
    const stranger = await sdkTenant(api);
    expect(codes(await api.gql(AUDIT_LOG, { tenantId: t.tenantId }, analyst.token))).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql(AUDIT_LOG, { tenantId: t.tenantId }, key))).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql(AUDIT_LOG, { tenantId: t.tenantId }, stranger.token))).toEqual(['NOT_FOUND']);
  });
});
