import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, databaseKinds, type TestDatabase } from '../../test/databases';
import { createApiKey, owner } from '../../test/fixtures';
import { createCampaign, createCircle, PARIS, SET_STATUS } from '../../test/places-fixtures';
import { consentingAdult, upsert } from '../../test/sdk-fixtures';
import { loadConfig } from '../config';
import { createServer, type VicinityServer } from '../server';

type Answer = { status: number; contentType: string | null; body: string };

const ELIGIBILITY =
  'query($input: EligibilityInput!) { eligibility(input: $input) { eligible reasons offers { campaignId title body } } }';
const CONSENT =
  'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { purpose granted policyVersion } } }';

/**
 * The same requests to two servers on one database, one with the fast lane and one without: every answer must be the
 * same, byte for byte, and the fast lane must have served the well-formed ones.
 */
describe.each(databaseKinds)("the fast lane's answers (%s)", (kind) => {
  let database: TestDatabase;
  let fast: VicinityServer;
  let apollo: VicinityServer;
  const urls: Record<'fast' | 'apollo', string> = { fast: '', apollo: '' };

  beforeAll(async () => {
    database = await createTestDatabaseUrl(kind);
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DEMO_SEED: 'false',
      DATABASE_URL: database.url,
      SDK_RATE_LIMIT_PER_SECOND: '100000',
      SDK_RATE_LIMIT_BURST: '100000',
    });
    fast = await createServer(config);
    apollo = await createServer(config, { fastLane: false });
    for (const [lane, server] of [
      ['fast', fast],
      ['apollo', apollo],
    ] as const) {
      await server.fastify.listen({ host: '127.0.0.1', port: 0 });
      urls[lane] = `http://127.0.0.1:${(server.fastify.server.address() as { port: number }).port}/graphql`;
    }
  });
  afterAll(async () => {
    await fast.close();
    await apollo.close();
    await database.drop();
  });

  async function ask(
    lane: 'fast' | 'apollo',
    query: string,
    variables?: object,
    token?: string,
    headers = {},
  ): Promise<Answer> {
    const response = await fetch(urls[lane], {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() };
  }
  /** Twice to each: the first request of a document teaches the fast lane it is valid. */
  async function both(query: string, variables?: object, token?: string, headers = {}) {
    await ask('fast', query, variables, token, headers);
    return {
      fast: await ask('fast', query, variables, token, headers),
      apollo: await ask('apollo', query, variables, token, headers),
    };
  }
  const fastLaneServed = async () => {
    const text = await fast.app.metrics.registry.metrics();
    return [...text.matchAll(/vicinity_graphql_operations_total\{[^}]*lane="fast"[^}]*\} (\d+)/g)].reduce(
      (n, m) => n + Number(m[1]),
      0,
    );
  };

  it('answers queries exactly as Apollo does, errors included', async () => {
    const boss = await owner({
      gql: (q, v, t) => ask('apollo', q, v, t).then((a) => ({ status: a.status, ...JSON.parse(a.body) })),
    });
    const gql = {
      gql: (q: string, v?: object, t?: string) =>
        ask('apollo', q, v, t).then((a) => ({ status: a.status, ...JSON.parse(a.body) })),
    };
    const { key } = await createApiKey(gql, boss.token, boss.tenantId);
    const geofenceId = await createCircle(gql, boss.token, boss.tenantId, 'Both lanes');
    const campaignId = await createCampaign(gql, boss.token, boss.tenantId, { geofenceIds: [geofenceId] });
    await gql.gql(SET_STATUS, { input: { campaignId, status: 'ACTIVE' } }, boss.token);
    await consentingAdult(gql, key, 'lane-adult');
    await upsert(gql, key, { deviceId: 'lane-denied', locationPermission: 'DENIED' });
    const servedBefore = await fastLaneServed();

    const cases: [string, object | undefined, string | undefined, object?][] = [
      ['{ __typename }', undefined, undefined],
      ['{ __typename }', undefined, key, { accept: 'application/json' }],
      [ELIGIBILITY, { input: { deviceId: 'lane-adult', position: PARIS } }, key],
      [ELIGIBILITY, { input: { deviceId: 'lane-denied', position: PARIS } }, key],
      [ELIGIBILITY, { input: { deviceId: 'nobody-here', position: PARIS } }, key],
      [ELIGIBILITY, { input: { deviceId: 'lane-adult', position: PARIS } }, undefined],
      [ELIGIBILITY, { input: { deviceId: 'lane-adult', position: PARIS } }, boss.token],
      [
        'query($id: ID!) { campaign(id: $id) { id name status geofences { id name } } }',
        { id: campaignId },
        boss.token,
      ],
      ['query($id: ID!) { campaign(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, boss.token],
      [
        CONSENT,
        { input: { deviceId: 'nobody-here', purpose: 'LOCATION', granted: true, source: 'SDK', policyVersion: '1' } },
        key,
      ],
    ];
    for (const [query, variables, token, headers] of cases) {
      const { fast: a, apollo: b } = await both(query, variables, token, headers);
      expect(a, `${query} ${JSON.stringify(variables)}`).toEqual(b);
    }
    expect(await fastLaneServed()).toBeGreaterThanOrEqual(servedBefore + cases.length);
  });

  it('answers a mutation exactly as Apollo does, and leaves Apollo what only Apollo answers', async () => {
    const gql = {
      gql: (q: string, v?: object, t?: string) =>
        ask('apollo', q, v, t).then((a) => ({ status: a.status, ...JSON.parse(a.body) })),
    };
    const boss = await owner(gql);
    const { key } = await createApiKey(gql, boss.token, boss.tenantId);
    await upsert(gql, key, { deviceId: 'lane-consent', age: 30 });
    const consent = {
      input: { deviceId: 'lane-consent', purpose: 'MARKETING', granted: true, source: 'SDK', policyVersion: '7' },
    };
    const a = [await ask('fast', CONSENT, consent, key), await ask('fast', CONSENT, consent, key)];
    const b = await ask('apollo', CONSENT, consent, key);
    expect(a[1]).toEqual(b);

    const servedBefore = await fastLaneServed();
    for (const [query, variables, headers] of [
      ['{ __schema { queryType { name } } }', undefined, {}],
      [ELIGIBILITY, { input: { deviceId: 42 } }, {}],
      ['{ __typename }', undefined, { accept: 'application/graphql-response+json' }],
      ['subscription { __typename }', undefined, {}],
      ['{ nope }', undefined, {}],
    ] as [string, object | undefined, object][]) {
      const { fast: x, apollo: y } = await both(query, variables, key, headers);
      expect(x, query).toEqual(y);
    }
    expect(await fastLaneServed()).toBe(servedBefore);
  });
});
