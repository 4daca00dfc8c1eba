import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';

describe('GraphQL-over-HTTP compliance', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
  });
  afterAll(() => api.close());

  it('passes every MUST audit of the GraphQL-over-HTTP spec', async () => {
    const results = await auditServer({ url: api.url });
    const mustFailures = results
      .filter((r) => r.status !== 'ok' && r.name.startsWith('MUST'))
      .map((r) => `${r.id} ${r.name}`);
    expect(results.length).toBeGreaterThan(20);
    expect(mustFailures).toEqual([]);
  });
});
