import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, type TestDatabase } from '../test/databases';
import { createApiKey, owner, PASSWORD, signUp } from '../test/fixtures';
import { createCampaign, createCircle, PARIS, SET_STATUS } from '../test/places-fixtures';
import { consentingAdult } from '../test/sdk-fixtures';
import { codes } from '../test/test-api';
import { type ServerProcess, startServerProcess } from './server-process';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ELIGIBILITY =
  'query($input: EligibilityInput!) { eligibility(input: $input) { eligible offers { campaignId } } }';
const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { token } }';

/** Two API processes on one PostgreSQL database and one Redis, with a key prefix of their own. */
describe('two replicas sharing Redis', () => {
  let database: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    database = await createTestDatabaseUrl('postgres');
    const env = {
      REDIS_URL,
      REDIS_PREFIX: `test-${randomBytes(4).toString('hex')}:`,
      SDK_RATE_LIMIT_PER_SECOND: '0.1',
      SDK_RATE_LIMIT_BURST: '10',
      LOGIN_MAX_FAILURES: '3',
      LOGIN_LOCKOUT_SECONDS: '60',
    };
    [a, b] = await Promise.all([startServerProcess(database.url, env), startServerProcess(database.url, env)]);
  });
  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
    await database.drop();
  });

  it('count Redis among what they need to be ready', async () => {
    const ready = await fetch(`${a.baseUrl}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', redis: 'ok' } });
  });

  it('share one rate limit per API key', async () => {
    const boss = await owner(a);
    const { key } = await createApiKey(a, boss.token, boss.tenantId);
    const ask = (server: ServerProcess) => server.gql('{ __typename }', {}, key);
    const answers = [];
    for (let i = 0; i < 8; i++) answers.push(await ask(a), await ask(b));
    const limited = answers.filter((r) => codes(r).includes('RATE_LIMITED'));
    // A burst of 10 for the key, whichever replica is asked: 16 calls, 6 refused.
    expect(limited).toHaveLength(6);
  });

  it('see a revoked key and a new campaign on the other replica within a second', async () => {
    const boss = await owner(a);
    const { key, apiKey } = await createApiKey(a, boss.token, boss.tenantId, 'replicated');
    const geofenceId = await createCircle(a, boss.token, boss.tenantId);
    await consentingAdult(b, key, 'redis-adult');
    const ask = () => b.gql(ELIGIBILITY, { input: { deviceId: 'redis-adult', position: PARIS } }, key);
    expect((await ask()).data!.eligibility).toEqual({ eligible: true, offers: [] });

    const campaignId = await createCampaign(a, boss.token, boss.tenantId, { geofenceIds: [geofenceId] });
    await a.gql(SET_STATUS, { input: { campaignId, status: 'ACTIVE' } }, boss.token);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await ask()).data!.eligibility.offers).toEqual([{ campaignId }]);

    await a.gql('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: apiKey.id }, boss.token);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(codes(await ask())).toEqual(['UNAUTHENTICATED']);
  });

  // Last: the lockout holds this address out of signing in, and signing up, for a minute.
  it('hold a sign-in lockout on every replica', async () => {
    const { email } = await signUp(a);
    const attempt = (server: ServerProcess, password: string) => server.gql(LOG_IN, { input: { email, password } });
    for (const server of [a, b, a])
      expect(codes(await attempt(server, 'wrong password!'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await attempt(b, PASSWORD))).toEqual(['RATE_LIMITED']);
  });
});
