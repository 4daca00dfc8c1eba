import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { createApiKey, owner } from '../../../test/fixtures';
import { sdkTenant, upsert } from '../../../test/sdk-fixtures';
import { startTestApi, type TestApi } from '../../../test/test-api';
import { RedisTokenBuckets, TokenBuckets } from './token-bucket';

const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
afterAll(() => redis.quit());

describe.each([
  ['in this process', () => new TokenBuckets(2, 3)],
  ['in Redis', () => new RedisTokenBuckets(redis, `test-${randomBytes(4).toString('hex')}:`, 2, 3)],
] as const)('token buckets %s', (_where, make) => {
  it('allow a burst, then refill at the rate, and say how long to wait', async () => {
    const buckets = make();
    expect([await buckets.take('k', 0), await buckets.take('k', 0), await buckets.take('k', 0)]).toEqual([0, 0, 0]);
    expect(await buckets.take('k', 0)).toBe(1);
    expect(await buckets.take('k', 500)).toBe(0);
    expect(await buckets.take('k', 500)).toBe(1);
    expect(await buckets.take('other', 500)).toBe(0);
  });
});

describe.each(databaseKinds)('SDK rate limits and usage (%s)', (kind) => {
  let api: TestApi;
  let clock = new Date('2026-11-21T12:00:00Z');
  beforeAll(async () => {
    api = await startTestApi(kind, { SDK_RATE_LIMIT_PER_SECOND: '1', SDK_RATE_LIMIT_BURST: '3' }, { now: () => clock });
  });
  afterAll(() => api.close());

  it('answers 429 RATE_LIMITED with a retry-after once a key has spent its burst, per key', async () => {
    const t = await sdkTenant(api);
    const other = await createApiKey(api, t.token, t.tenantId, 'Other backend');
    for (let i = 0; i < 3; i++) await upsert(api, t.key, { deviceId: `d${i}`, age: 30 });
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.key}` },
      body: JSON.stringify({ query: '{ apiKeyTenant { id } }' }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
    expect((await api.gql('{ apiKeyTenant { id } }', {}, other.key)).errors).toBeUndefined();
    clock = new Date(clock.getTime() + 2000);
    expect((await api.gql('{ apiKeyTenant { id } }', {}, t.key)).errors).toBeUndefined();
  });

  it('never limits operators with the SDK budget', async () => {
    const boss = await owner(api);
    for (let i = 0; i < 5; i++) expect((await api.gql('{ tenants { id } }', {}, boss.token)).errors).toBeUndefined();
  });

  const USAGE =
    'query($t: ID!, $from: String!, $to: String!) { usage(tenantId: $t, from: $from, to: $to) { day operation count } }';
  /** The usage rows of a tenant over a period, as the holder of `token` sees them. */
  const usageOf = (tenantId: string, token: string, from: string, to = from) =>
    api.gql(USAGE, { t: tenantId, from, to }, token);

  it('counts SDK calls per tenant, day and operation', async () => {
    const t = await sdkTenant(api);
    clock = new Date('2026-11-22T09:00:00Z');
    await upsert(api, t.key, { deviceId: 'x', age: 30 });
    await api.gql('{ apiKeyTenant { id } }', {}, t.key);
    clock = new Date(clock.getTime() + 5000);
    await api.gql('{ apiKeyTenant { id } }', {}, t.key);
    await api.server.app.usage.flush();
    await api.gql('{ apiKeyTenant { id } }', {}, t.key);
    await api.server.app.usage.flush();
    const r = await usageOf(t.tenantId, t.token, '2026-11-22');
    expect(r.data!.usage).toEqual([
      { day: '2026-11-22', operation: 'apiKeyTenant', count: 3 },
      { day: '2026-11-22', operation: 'upsertEndUser', count: 1 },
    ]);
    const other = await owner(api);
    expect((await usageOf(t.tenantId, other.token, '2026-11-22')).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('counts each call in the UTC day it was made, across midnight and back', async () => {
    const t = await sdkTenant(api);
    for (const at of ['2026-11-24T23:59:59.999Z', '2026-11-25T00:00:00.000Z', '2026-11-24T12:00:00.000Z']) {
      clock = new Date(at);
      await api.gql('{ apiKeyTenant { id } }', {}, t.key);
    }
    await api.server.app.usage.flush();
    const r = await usageOf(t.tenantId, t.token, '2026-11-24', '2026-11-25');
    expect(r.data!.usage).toEqual([
      { day: '2026-11-24', operation: 'apiKeyTenant', count: 2 },
      { day: '2026-11-25', operation: 'apiKeyTenant', count: 1 },
    ]);
  });

  it('keeps the counts it could not write for the next flush', async () => {
    const t = await sdkTenant(api);
    const connection = api.server.orm.em.getConnection();
    await api.server.app.usage.flush();
    await connection.execute('alter table usage_counter rename to usage_counter_away');
    await api.gql('{ apiKeyTenant { id } }', {}, t.key);
    await api.gql('{ apiKeyTenant { id } }', {}, t.key);
    await expect(api.server.app.usage.flush()).rejects.toThrow();
    await connection.execute('alter table usage_counter_away rename to usage_counter');
    await api.gql('{ apiKeyTenant { id } }', {}, t.key);
    await api.server.app.usage.flush();
    const day = clock.toISOString().slice(0, 10);
    const r = await usageOf(t.tenantId, t.token, day);
    expect(r.data!.usage).toEqual([{ day, operation: 'apiKeyTenant', count: 3 }]);
  });
});
