import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, owner } from '../../test/fixtures';
import { consentingAdult, upsert } from '../../test/sdk-fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';

const METRICS_TOKEN = 'metrics-token-for-the-test';
const ELIGIBILITY = 'query($input: EligibilityInput!) { eligibility(input: $input) { eligible reasons } }';

describe('metrics', () => {
  let api: TestApi;
  let base: string;
  beforeAll(async () => {
    api = await startTestApi('sqlite', { METRICS_TOKEN });
    base = api.url.replace('/graphql', '');
  });
  afterAll(() => api.close());

  const scrape = async () => {
    const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    return response.text();
  };

  it('answers only with the metrics token when one is configured', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-same-size' } })).status,
    ).toBe(401);
    expect(await scrape()).toMatch(/^# HELP/m);
  });

  it('counts operations by root field and outcome, eligibility by decision, and times requests', async () => {
    const boss = await owner(api);
    const { key } = await createApiKey(api, boss.token, boss.tenantId);
    await consentingAdult(api, key, 'metrics-adult');
    await upsert(api, key, { deviceId: 'metrics-denied', locationPermission: 'DENIED' });
    await api.gql(ELIGIBILITY, { input: { deviceId: 'metrics-adult' } }, key);
    await api.gql(ELIGIBILITY, { input: { deviceId: 'metrics-denied' } }, key);
    await api.gql(ELIGIBILITY, { input: { deviceId: 'metrics-adult' } });
    const text = await scrape();
    const count = (outcome: string) =>
      [
        ...text.matchAll(
          new RegExp(
            `vicinity_graphql_operations_total\\{field="eligibility",outcome="${outcome}",lane="\\w+"\\} (\\d+)`,
            'g',
          ),
        ),
      ]
        .map((m) => Number(m[1]))
        .reduce((a, b) => a + b, 0);
    expect(count('ok')).toBe(2);
    expect(count('UNAUTHENTICATED')).toBe(1);
    expect(text).toMatch(/vicinity_eligibility_decisions_total\{decision="ELIGIBLE"\} 1/);
    expect(text).toMatch(/vicinity_eligibility_decisions_total\{decision="LOCATION_DENIED"\} 1/);
    expect(text).toMatch(/vicinity_http_request_duration_seconds_count\{method="POST",route="\/graphql"\} \d+/);
    expect(text).toMatch(/vicinity_database_pool_connections\{state="used"\} \d/);
    expect(text).toMatch(/nodejs_eventloop_lag_seconds \d/);
    expect(text).toMatch(/process_resident_memory_bytes \d/);
  });

  it('never labels anything with a tenant, an id, an operation name or an end user value', async () => {
    const boss = await owner(api);
    const { key } = await createApiKey(api, boss.token, boss.tenantId);
    await api.gql('query SecretOperationName { __typename }', {}, key);
    await upsert(api, key, { deviceId: 'device-7f3a-unique', email: 'person@example.com' });
    await fetch(`${base}/no/such/path-7f3a`);
    const text = await scrape();
    for (const value of [
      boss.tenantId,
      'Acme Retail',
      'SecretOperationName',
      'device-7f3a',
      'person@example.com',
      'path-7f3a',
    ]) {
      expect(text).not.toContain(value);
    }
  });
});

describe('the dashboard served by the API', () => {
  let api: TestApi;
  let dir: string;
  let base: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vicinity-dashboard-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Vicinity</title><div id="root"></div>');
    await writeFile(join(dir, 'assets', 'app-3f9a.js'), 'console.log("app")');
    api = await startTestApi('sqlite', { SERVE_DASHBOARD: 'true', DASHBOARD_DIR: dir });
    base = api.url.replace('/graphql', '');
  });
  afterAll(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers every page of the app with index.html, never cached, under a content security policy', async () => {
    for (const path of ['/', '/campaigns/123', '/privacy?status=OPEN']) {
      const page = await fetch(`${base}${path}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('serves hashed assets for good and answers 404 for a file that is not there', async () => {
    const asset = await fetch(`${base}/assets/app-3f9a.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/assets/app-0000.js`)).status).toBe(404);
  });

  it('keeps the API paths for the API', async () => {
    expect((await api.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    expect((await fetch(`${base}/graphql`, { method: 'GET' })).status).not.toBe(200);
    expect((await fetch(`${base}/healthz`)).headers.get('content-type')).toContain('application/json');
    expect((await fetch(`${base}/export/nothing`, { method: 'GET' })).status).toBe(404);
  });
});
