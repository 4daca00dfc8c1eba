import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases';
import { addMember, createApiKey, inviteMember, owner, signUp, uniqueEmail } from '../../test/fixtures';
import { createBeacon, createCampaign, createCircle } from '../../test/places-fixtures';
import { createRequest } from '../../test/privacy-fixtures';
import { consentingAdult, EVENTS, upsert } from '../../test/sdk-fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { Tenant } from '../modules/tenants/tenant.entity';
import { globalEntityNames } from './entities';
import { scopeToTenant, TENANT_FILTER } from './tenant-filter';

describe.each(databaseKinds)('tenant isolation is structural (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  const tenantOwned = () =>
    Object.values(api.server.orm.getMetadata().getAll()).filter(
      (meta) => !meta.embeddable && !meta.virtual && !globalEntityNames.includes(meta.className),
    );

  it('gives every entity that is not global a tenant relation and the tenant filter', () => {
    const owned = tenantOwned();
    expect(owned.length).toBeGreaterThan(0);
    for (const meta of owned) {
      const tenant = meta.properties['tenant' as keyof typeof meta.properties];
      expect(tenant, `${meta.className} lacks a tenant property`).toBeDefined();
      expect(tenant!.type, `${meta.className}.tenant must reference Tenant`).toBe(Tenant.name);
      expect(Object.keys(meta.filters), `${meta.className} lacks the tenant filter`).toContain(TENANT_FILTER);
    }
  });

  it('narrows every read of every tenant-owned entity to the scoped tenant', async () => {
    const a = await owner(api);
    const b = await owner(api);
    for (const t of [a, b]) {
      const { key } = await createApiKey(api, t.token, t.tenantId);
      await api.gql(
        'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }',
        { input: { tenantId: t.tenantId, url: 'https://hooks.example.com/in', events: ['PLACE_CHANGED'] } },
        t.token,
      );
      await addMember(api, t.token, t.tenantId, (await signUp(api)).email, 'ANALYST');
      await inviteMember(api, t.token, t.tenantId, uniqueEmail('invitee'), 'MARKETER');
      const geofenceId = await createCircle(api, t.token, t.tenantId);
      const campaignId = await createCampaign(api, t.token, t.tenantId, {
        geofenceIds: [geofenceId],
        beaconIds: [await createBeacon(api, t.token, t.tenantId)],
      });
      await consentingAdult(api, key, 'device');
      await upsert(api, key, { deviceId: 'child', age: 9 });
      await api.gql(EVENTS, { input: { events: [{ deviceId: 'device', campaignId, type: 'DELIVERED' }] } }, key);
      await createRequest(api, t.token, { tenantId: t.tenantId, type: 'ACCESS', subject: { deviceId: 'device' } });
      await api.gql('mutation($id: ID!) { runRetentionPurge(tenantId: $id) { ranAt } }', { id: t.tenantId }, t.token);
    }
    await api.server.app.usage.flush();
    const em = api.server.orm.em.fork();
    scopeToTenant(em, a.tenantId);
    for (const meta of tenantOwned()) {
      const rows = await em.find<{ tenant?: { id: string } }>(meta.class, {});
      expect(rows.length, `no ${meta.className} rows to check`).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => row.tenant?.id)), meta.className).toEqual(new Set([a.tenantId]));
    }
  });
});
