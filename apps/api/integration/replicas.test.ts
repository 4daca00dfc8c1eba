import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, databaseKinds, type TestDatabase } from '../test/databases';
import { MikroORM } from '@mikro-orm/core';
import { loadConfig } from '../src/config';
import { ormOptions } from '../src/db/orm';
import { setTenantSuspension } from '../src/modules/tenants/suspension';
import { createApiKey, owner } from '../test/fixtures';
import { createCampaign, createCircle, PARIS, SET_STATUS } from '../test/places-fixtures';
import { consent, consentingAdult, upsert } from '../test/sdk-fixtures';
import { codes } from '../test/test-api';
import { migrations } from '../src/db/migrations';
import { readAllRows } from './database-rows';
import { type ServerProcess, startServerProcess } from './server-process';

describe.each(databaseKinds)('two replicas on one %s database', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabaseUrl(kind);
  });
  afterAll(() => database.drop());

  it('start together on a new database, migrate it once, and serve the same data', async () => {
    const [a, b] = await Promise.all([startServerProcess(database.url), startServerProcess(database.url)]);
    const boss = await owner(a);
    const geofenceId = await createCircle(a, boss.token, boss.tenantId, 'Seen from both');
    const seen = await b.gql('query($id: ID!) { geofence(id: $id) { name } }', { id: geofenceId }, boss.token);
    expect(seen.data).toEqual({ geofence: { name: 'Seen from both' } });
    expect([await a.stop(), await b.stop()]).toEqual([0, 0]);
    const { schema_migration: recorded } = await readAllRows(database.url, ['schema_migration']);
    expect(recorded!.map((row) => JSON.parse(row).name).sort()).toEqual(migrations[kind].map((m) => m.name).sort());
  });
});

const ELIGIBILITY =
  'query($input: EligibilityInput!) { eligibility(input: $input) { eligible reasons offers { campaignId } } }';
const oneSecond = () => new Promise((resolve) => setTimeout(resolve, 1_000));

describe.each(databaseKinds)('replicas on one %s database see each other’s changes', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabaseUrl(kind);
  });
  afterAll(() => database.drop());

  it('within a second: a suspension, a settings change, a revoked key and a new campaign', async () => {
    const [a, b] = await Promise.all([startServerProcess(database.url), startServerProcess(database.url)]);
    const boss = await owner(a);
    const { key } = await createApiKey(a, boss.token, boss.tenantId);
    const geofenceId = await createCircle(a, boss.token, boss.tenantId, 'Shared store');
    const firstCampaign = await createCampaign(a, boss.token, boss.tenantId, { geofenceIds: [geofenceId] });
    await a.gql(SET_STATUS, { input: { campaignId: firstCampaign, status: 'ACTIVE' } }, boss.token);
    await consentingAdult(a, key, 'replica-adult');
    await upsert(a, key, { deviceId: 'replica-no-marketing', age: 30, locationPermission: 'ALWAYS' });
    await consent(a, key, 'replica-no-marketing', 'LOCATION', true);
    const ask = (server: ServerProcess, deviceId: string) =>
      server.gql(ELIGIBILITY, { input: { deviceId, position: PARIS } }, key);

    // B has the key, the tenant and the index in its caches.
    expect((await ask(b, 'replica-adult')).data!.eligibility.offers).toEqual([{ campaignId: firstCampaign }]);
    expect((await ask(b, 'replica-no-marketing')).data!.eligibility.reasons).toEqual(['MARKETING_CONSENT_MISSING']);

    // A new campaign activated through A is offered by B on its next query.
    const secondCampaign = await createCampaign(a, boss.token, boss.tenantId, {
      geofenceIds: [geofenceId],
      priority: 5,
    });
    await a.gql(SET_STATUS, { input: { campaignId: secondCampaign, status: 'ACTIVE' } }, boss.token);
    expect(
      (await ask(b, 'replica-adult')).data!.eligibility.offers.map((o: { campaignId: string }) => o.campaignId),
    ).toEqual([secondCampaign, firstCampaign]);

    // A settings change through A.
    const settings = await a.gql(
      'mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { requireMarketingConsent } }',
      { input: { tenantId: boss.tenantId, requireMarketingConsent: false } },
      boss.token,
    );
    expect(settings.errors).toBeUndefined();
    await oneSecond();
    expect((await ask(b, 'replica-no-marketing')).data!.eligibility.eligible).toBe(true);

    // A suspension by platform operations, from a process that is neither replica.
    const operations = await MikroORM.init(ormOptions(loadConfig({ DATABASE_URL: database.url }).database));
    await setTenantSuspension(operations.em.fork(), boss.tenantId, new Date());
    await oneSecond();
    expect((await ask(b, 'replica-adult')).data!.eligibility.reasons).toEqual(['TENANT_SUSPENDED']);
    expect((await ask(a, 'replica-adult')).data!.eligibility.reasons).toEqual(['TENANT_SUSPENDED']);
    await setTenantSuspension(operations.em.fork(), boss.tenantId, null);
    await operations.close();
    await oneSecond();
    expect((await ask(b, 'replica-adult')).data!.eligibility.eligible).toBe(true);

    // A key revoked through A: refused by A at once, by B within a second.
    const keys = await a.gql(
      'query($tenantId: ID!) { apiKeys(tenantId: $tenantId) { id } }',
      { tenantId: boss.tenantId },
      boss.token,
    );
    await a.gql('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: keys.data!.apiKeys[0].id }, boss.token);
    expect(codes(await ask(a, 'replica-adult'))).toEqual(['UNAUTHENTICATED']);
    await oneSecond();
    expect(codes(await ask(b, 'replica-adult'))).toEqual(['UNAUTHENTICATED']);
    expect([await a.stop(), await b.stop()]).toEqual([0, 0]);
  });
});
