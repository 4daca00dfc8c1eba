import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { addMember, createApiKey, owner, signUp } from '../../../test/fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { ApiKey } from './api-key.entity';

const KEYS = 'query($tenantId: ID!) { apiKeys(tenantId: $tenantId) { id name prefix scopes revokedAt } }';
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
const KEY_TENANT = '{ apiKeyTenant { id name } }';

describe.each(databaseKinds)('API keys (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  it('shows the secret once, stores only its hash, and lists the key by its visible prefix', async () => {
    const boss = await owner(api);
    const created = await createApiKey(api, boss.token, boss.tenantId, 'iOS backend');
    expect(created.key.startsWith(created.apiKey.prefix)).toBe(true);
    expect(created.key.length).toBeGreaterThan(40);
    const stored = await api.server.orm.em.fork().findOneOrFail(ApiKey, { id: created.apiKey.id }, { filters: false });
    expect(stored.keyHash).not.toContain(created.key);
    expect(JSON.stringify(stored)).not.toContain(created.key);
    const list = await api.gql(KEYS, { tenantId: boss.tenantId }, boss.token);
    expect(list.data!.apiKeys).toEqual([
      { id: created.apiKey.id, name: 'iOS backend', prefix: created.apiKey.prefix, scopes: ['SDK'], revokedAt: null },
    ]);
    expect(JSON.stringify(list)).not.toContain(created.key);
  });

  it('acts for exactly its own tenant', async () => {
    const boss = await owner(api);
    const { key } = await createApiKey(api, boss.token, boss.tenantId);
    const r = await api.gql(KEY_TENANT, {}, key);
    expect(r.data!.apiKeyTenant.id).toBe(boss.tenantId);
  });

  it('stops working at once when revoked, and a second revocation keeps the first time', async () => {
    const boss = await owner(api);
    const { key, apiKey } = await createApiKey(api, boss.token, boss.tenantId);
    const first = await api.gql(REVOKE, { id: apiKey.id }, boss.token);
    expect(first.data!.revokeApiKey.revokedAt).toEqual(expect.any(String));
    expect(codes(await api.gql(KEY_TENANT, {}, key))).toEqual(['UNAUTHENTICATED']);
    const second = await api.gql(REVOKE, { id: apiKey.id }, boss.token);
    expect(second.data!.revokeApiKey.revokedAt).toBe(first.data!.revokeApiKey.revokedAt);
  });

  it('cannot act as an operator, and operators cannot call SDK operations', async () => {
    const boss = await owner(api);
    const { key } = await createApiKey(api, boss.token, boss.tenantId);
    expect(codes(await api.gql(KEYS, { tenantId: boss.tenantId }, key))).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql('mutation { createTenant(input: { name: "Keyed" }) { id } }', {}, key))).toEqual([
      'FORBIDDEN',
    ]);
    expect((await api.gql('{ me { id } }', {}, key)).data).toEqual({ me: null });
    expect(codes(await api.gql(KEY_TENANT, {}, boss.token))).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql(KEY_TENANT))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a key without scopes or name, writing nothing', async () => {
    const boss = await owner(api);
    const noScopes = await api.gql(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
      { input: { tenantId: boss.tenantId, name: 'x', scopes: [] } },
      boss.token,
    );
    expect(noScopes.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes' });
    const noName = await api.gql(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
      { input: { tenantId: boss.tenantId, name: '', scopes: ['SDK'] } },
      boss.token,
    );
    expect(noName.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await api.server.orm.em.fork().count(ApiKey, { tenant: boss.tenantId }, { filters: false })).toBe(0);
  });

  it.each(['MARKETER', 'ANALYST', 'PRIVACY_OFFICER'])('lets no %s list, create or revoke keys', async (role) => {
    const boss = await owner(api);
    const member = await signUp(api);
    await addMember(api, boss.token, boss.tenantId, member.email, role);
    const { apiKey } = await createApiKey(api, boss.token, boss.tenantId);
    expect(codes(await api.gql(KEYS, { tenantId: boss.tenantId }, member.token))).toEqual(['FORBIDDEN']);
    const create = await api.gql(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
      { input: { tenantId: boss.tenantId, name: 'sneaky', scopes: ['SDK'] } },
      member.token,
    );
    expect(codes(create)).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql(REVOKE, { id: apiKey.id }, member.token))).toEqual(['FORBIDDEN']);
    const stored = await api.server.orm.em.fork().findOneOrFail(ApiKey, { id: apiKey.id }, { filters: false });
    expect(stored.revokedAt ?? null).toBeNull();
  });

  it("never lists, creates in or revokes another tenant's keys", async () => {
    const a = await owner(api);
    const b = await owner(api);
    const bKey = await createApiKey(api, b.token, b.tenantId);
    expect(codes(await api.gql(KEYS, { tenantId: b.tenantId }, a.token))).toEqual(['NOT_FOUND']);
    const create = await api.gql(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
      { input: { tenantId: b.tenantId, name: 'implant', scopes: ['SDK'] } },
      a.token,
    );
    expect(codes(create)).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(REVOKE, { id: bKey.apiKey.id }, a.token))).toEqual(['NOT_FOUND']);
    expect((await api.gql(KEY_TENANT, {}, bKey.key)).data!.apiKeyTenant.id).toBe(b.tenantId);
    const aKey = await createApiKey(api, a.token, a.tenantId);
    expect((await api.gql(KEY_TENANT, {}, aKey.key)).data!.apiKeyTenant.id).toBe(a.tenantId);
  });
});
