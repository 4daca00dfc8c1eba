import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { addMember, owner, signUp } from '../../../test/fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { Tenant } from './tenant.entity';

const TENANTS = '{ tenants { id name minimumAge timezone requireMarketingConsent policyVersion myRole } }';
const UPDATE =
  'mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { minimumAge timezone requireMarketingConsent policyVersion name } }';

describe.each(databaseKinds)('tenants and their settings (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  it('makes the creator OWNER of a tenant with safe defaults', async () => {
    const { token, tenantId } = await owner(api);
    const r = await api.gql(TENANTS, {}, token);
    expect(r.data!.tenants).toEqual([
      {
        id: tenantId,
        name: 'Acme Retail',
        minimumAge: 13,
        timezone: 'UTC',
        requireMarketingConsent: true,
        policyVersion: '1',
        myRole: 'OWNER',
      },
    ]);
  });

  it('refuses a blank tenant name and writes nothing', async () => {
    const { token } = await signUp(api);
    const r = await api.gql('mutation { createTenant(input: { name: "   " }) { id } }', {}, token);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await api.gql(TENANTS, {}, token)).data!.tenants).toEqual([]);
  });

  it('lets the OWNER raise the minimum age, set the timezone, the marketing rule and the policy version', async () => {
    const { token, tenantId } = await owner(api);
    const r = await api.gql(
      UPDATE,
      {
        input: {
          tenantId,
          minimumAge: 16,
          timezone: 'Europe/Paris',
          requireMarketingConsent: false,
          policyVersion: '2026-11',
        },
      },
      token,
    );
    expect(r.data!.updateTenantSettings).toEqual({
      minimumAge: 16,
      timezone: 'Europe/Paris',
      requireMarketingConsent: false,
      policyVersion: '2026-11',
      name: 'Acme Retail',
    });
  });

  it('leaves every setting given as null as it is', async () => {
    const { token, tenantId } = await owner(api);
    const nulls = { name: null, minimumAge: null, timezone: null, requireMarketingConsent: null, policyVersion: null };
    const r = await api.gql(UPDATE, { input: { tenantId, ...nulls } }, token);
    expect(r.data!.updateTenantSettings).toEqual({
      minimumAge: 13,
      timezone: 'UTC',
      requireMarketingConsent: true,
      policyVersion: '1',
      name: 'Acme Retail',
    });
  });

  it('refuses an unknown time zone', async () => {
    const { token, tenantId } = await owner(api);
    const r = await api.gql(UPDATE, { input: { tenantId, timezone: 'Mars/Olympus_Mons' } }, token);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timezone' });
  });

  it('lets only the OWNER change settings', async () => {
    const boss = await owner(api);
    const marketer = await signUp(api);
    await addMember(api, boss.token, boss.tenantId, marketer.email, 'MARKETER');
    const r = await api.gql(UPDATE, { input: { tenantId: boss.tenantId, minimumAge: 18 } }, marketer.token);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    const read = await api.gql(
      'query($id: ID!) { tenant(id: $id) { minimumAge myRole } }',
      { id: boss.tenantId },
      marketer.token,
    );
    expect(read.data!.tenant).toEqual({ minimumAge: 13, myRole: 'MARKETER' });
  });

  it("answers NOT_FOUND for another tenant's settings, reads and writes alike", async () => {
    const a = await owner(api);
    const b = await owner(api);
    const read = await api.gql('query($id: ID!) { tenant(id: $id) { name } }', { id: b.tenantId }, a.token);
    expect(codes(read)).toEqual(['NOT_FOUND']);
    const write = await api.gql(UPDATE, { input: { tenantId: b.tenantId, minimumAge: 21 } }, a.token);
    expect(codes(write)).toEqual(['NOT_FOUND']);
    const tenant = await api.server.orm.em.fork().findOneOrFail(Tenant, { id: b.tenantId });
    expect(tenant.minimumAge).toBe(13);
  });

  it('requires a signed-in operator', async () => {
    expect(codes(await api.gql(TENANTS))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.gql('mutation { createTenant(input: { name: "X" }) { id } }'))).toEqual(['UNAUTHENTICATED']);
  });
});
