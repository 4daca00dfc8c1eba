import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { addMember, createApiKey, owner, PASSWORD, signUp } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../../test/test-api';
import { AuditEntry } from './audit-entry.entity';

describe.each(databaseKinds)('audit log (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  const entriesFor = (tenantId: string) =>
    api.server.orm.em
      .fork()
      .find(AuditEntry, { tenant: tenantId }, { filters: false, orderBy: { createdAt: 'asc', id: 'asc' } });

  it('records who did what to which id in which tenant, and how it ended', async () => {
    const boss = await owner(api);
    const member = await signUp(api);
    const membershipId = await addMember(api, boss.token, boss.tenantId, member.email, 'ANALYST');
    const { apiKey } = await createApiKey(api, boss.token, boss.tenantId);
    await api.gql('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: apiKey.id }, boss.token);
    await api.gql(
      'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }',
      { input: { membershipId, role: 'OWNER' } },
      member.token,
    );

    const entries = await entriesFor(boss.tenantId);
    expect(entries.map((e) => [e.action, e.actorId, e.targetId ?? null, e.outcome, e.errorCode ?? null])).toEqual([
      ['createTenant', boss.operatorId, boss.tenantId, 'success', null],
      ['addMember', boss.operatorId, membershipId, 'success', null],
      ['createApiKey', boss.operatorId, apiKey.id, 'success', null],
      ['revokeApiKey', boss.operatorId, apiKey.id, 'success', null],
      ['changeMemberRole', member.operatorId, membershipId, 'failure', 'FORBIDDEN'],
    ]);
    expect(entries.every((e) => e.requestId.length > 0 && e.createdAt instanceof Date)).toBe(true);
  });

  it('records sign-ups and failed log-ins without any personal data values', async () => {
    const email = `audit-${Date.now()}@example.com`;
    await api.gql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { email, password: PASSWORD, name: 'Grace Hopper' },
    });
    await api.gql('mutation($input: LogInInput!) { logIn(input: $input) { token } }', {
      input: { email, password: 'wrong-password-1' },
    });
    const all = await api.server.orm.em.fork().find(AuditEntry, {}, { filters: false });
    const text = JSON.stringify(all);
    expect(text).not.toContain(email);
    expect(text).not.toContain('Grace');
    expect(text).not.toContain('wrong-password-1');
    const actions = all.map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toContain('signUp:success');
    expect(actions).toContain('logIn:failure');
  });

  it('does not audit API-key reads one by one', async () => {
    const boss = await owner(api);
    const { key } = await createApiKey(api, boss.token, boss.tenantId);
    const before = (await entriesFor(boss.tenantId)).length;
    for (let i = 0; i < 3; i++) await api.gql('{ apiKeyTenant { id } }', {}, key);
    expect((await entriesFor(boss.tenantId)).length).toBe(before);
  });
});
