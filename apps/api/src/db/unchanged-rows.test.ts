import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases';
import { consent, sdkTenant, upsert } from '../../test/sdk-fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { ConsentRecord } from '../modules/end-users/consent-record.entity';
import { EndUser } from '../modules/end-users/end-user.entity';
import { Tenant } from '../modules/tenants/tenant.entity';

describe.each(databaseKinds)('a flush writes only what changed (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  it('finds nothing to write in entities it has just loaded, date-times included', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'loaded', age: 30 });
    await consent(api, t.key, 'loaded', 'MARKETING', true, '2026-11-20T08:00:00.123Z');
    const em = api.server.orm.em.fork();
    await em.findOneOrFail(Tenant, { id: t.tenantId });
    const endUser = await em.findOneOrFail(EndUser, { tenant: t.tenantId, deviceId: 'loaded' });
    await em.find(ConsentRecord, { endUser: endUser.id });
    em.getUnitOfWork().computeChangeSets();
    expect(
      em
        .getUnitOfWork()
        .getChangeSets()
        .map((c) => [c.meta.className, c.payload]),
    ).toEqual([]);
  });

  it('does not touch the tenant when a consent is recorded, so no replica drops its caches for it', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'steady', age: 30 });
    const epoch = async () => {
      const [row] = await api.server.orm.em
        .fork()
        .getConnection()
        .execute<{ epoch: number | string }[]>('select epoch from cache_epoch where id = 1');
      return Number(row!.epoch);
    };
    const before = await epoch();
    await consent(api, t.key, 'steady', 'LOCATION', true);
    await consent(api, t.key, 'steady', 'MARKETING', false);
    expect(await epoch()).toBe(before);
  });
});
