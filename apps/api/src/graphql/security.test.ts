import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';

async function post(api: TestApi, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

describe('request limits: malformed, oversized and over-limit requests get 4xx, never 5xx', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite', { GRAPHQL_MAX_TOKENS: '200', GRAPHQL_MAX_DEPTH: '2', GRAPHQL_MAX_ALIASES: '5' });
  });
  afterAll(() => api.close());

  it('answers a syntax error with 400', async () => {
    const r = await post(api, { query: '{ me { id ' });
    expect(r.status).toBe(400);
    expect(r.text).toContain('GRAPHQL_PARSE_FAILED');
  });

  it('answers a document over the token limit with 400', async () => {
    const r = await post(api, { query: `{ ${Array.from({ length: 150 }, () => 'me { id }').join(' ')} }` });
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/token/i);
  });

  it('answers a body over 1 MB with 413', async () => {
    const r = await post(api, { query: '{ me { id } }', variables: { pad: 'x'.repeat(1024 * 1024) } });
    expect(r.status).toBe(413);
  });

  it('answers a query deeper than the limit with 400', async () => {
    const shallow = await post(api, { query: '{ tenants { id name } }' });
    expect(shallow.status).toBe(200);
    const deep = await post(api, { query: '{ members(tenantId: "x") { operator { id } } }' });
    expect(deep.status).toBe(400);
    expect(deep.text).toMatch(/depth/i);
  });

  it('answers too many aliases with 400', async () => {
    const r = await post(api, {
      query: '{ a: me { id } b: me { id } c: me { id } d: me { id } e: me { id } f: me { id } g: me { id } }',
    });
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/alias/i);
  });

  it('refuses batched requests', async () => {
    const r = await post(api, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(r.status).toBe(400);
  });

  it('refuses a non-JSON body that a browser form could send (CSRF prevention)', async () => {
    const r = await post(api, 'query={ me { id } }', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
  });

  it('answers malformed JSON with 400', async () => {
    expect((await post(api, '{"query": ')).status).toBe(400);
  });

  it('answers a subscription with 400: the API has none', async () => {
    const r = await post(api, { query: 'subscription { __typename }' });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).errors).toEqual([
      expect.objectContaining({ message: 'This API has no subscriptions', extensions: { code: 'BAD_REQUEST' } }),
    ]);
  });

  it('answers a persisted query whose hash does not match its text with 400 BAD_REQUEST', async () => {
    const r = await post(api, {
      query: '{ me { id } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).errors).toEqual([
      { message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } },
    ]);
  });

  it('answers more than 50 invalid variable values with 400, none of them an internal error', async () => {
    const events = Array.from({ length: 60 }, () => ({ deviceId: 1, campaignId: 'c', type: 'NOPE' }));
    const r = await post(api, {
      query: 'mutation($input: RecordEventsInput!) { recordEvents(input: $input) { accepted } }',
      variables: { input: { events } },
    });
    expect(r.status).toBe(400);
    const errors = JSON.parse(r.text).errors as { message: string; extensions: { code: string } }[];
    expect(errors.length).toBeGreaterThan(50);
    expect(errors.at(-1)).toMatchObject({
      message: expect.stringMatching(/Too many errors/),
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(errors.filter((e) => e.extensions.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
  });

  it('returns a request id on every response', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-123' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
  });
});

describe('production mode', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite', { NODE_ENV: 'production', SUPPRESSION_SECRET: 'x'.repeat(32) });
  });
  afterAll(() => api.close());

  it('turns introspection off', async () => {
    const r = await api.gql('{ __schema { queryType { name } } }');
    expect(r.data ?? null).toBeNull();
    expect(JSON.stringify(r.errors)).toMatch(/introspection/i);
  });

  it('gives no field suggestions', async () => {
    const r = await api.gql('{ tenant { id } }');
    expect(r.errors).toBeDefined();
    expect(JSON.stringify(r.errors)).not.toMatch(/did you mean/i);
  });

  it('masks unexpected errors and shows no stack traces', async () => {
    await api.server.orm.close();
    const r = await api.gql('mutation { logIn(input: { email: "a@example.com", password: "whatever12" }) { token } }');
    expect(r.errors![0]!.message).toBe('Internal server error');
    expect(r.errors![0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|at .*\.ts/);
  });
});
