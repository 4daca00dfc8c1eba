import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { createRequest } from '../../../test/privacy-fixtures';
import { sdkTenant, UPSERT, upsert } from '../../../test/sdk-fixtures';
import { startTestApi, type TestApi } from '../../../test/test-api';

describe.each(databaseKinds)('US jurisdictions by state (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => new Date('2026-03-02T09:00:00Z') });
  });
  afterAll(() => api.close());

  it.each([
    [{ countryCode: 'US', regionCode: 'CA' }, 'US_CA', 'CA', 'California (CCPA)', true],
    [{ regionCode: 'US-VA' }, 'US_STATE', 'VA', 'Virginia (state privacy law)', false],
    [{ countryCode: 'us', regionCode: 'co' }, 'US_STATE', 'CO', 'Colorado (state privacy law)', false],
    [
      { countryCode: 'US', regionCode: 'OH' },
      'US_GENERAL',
      'OH',
      'Ohio, no state privacy law: general US rules',
      false,
    ],
    [{ countryCode: 'US' }, 'US_GENERAL', null, 'US (state unknown): general US rules', false],
  ])('judges an end user at %j under %s', async (place, jurisdiction, usState, words, acknowledges) => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'somewhere', age: 30, ...place });
    const request = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ACCESS',
      subject: { deviceId: 'somewhere' },
    });
    expect(request).toMatchObject({ jurisdiction, usState, jurisdictionName: words });
    expect(request.acknowledgeBy !== null).toBe(acknowledges);
    expect(request.dueAt).toBe('2026-04-16T09:00:00.000Z');
  });

  it('forgets the state when the country changes, so a move abroad is not judged by the old state', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'mover', age: 30, regionCode: 'US-CA' });
    await upsert(api, t.key, { deviceId: 'mover', countryCode: 'US' });
    const stillCa = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ACCESS',
      subject: { deviceId: 'mover' },
    });
    expect(stillCa.jurisdiction).toBe('US_CA');
    await upsert(api, t.key, { deviceId: 'mover', countryCode: 'FR' });
    await upsert(api, t.key, { deviceId: 'mover', countryCode: 'US' });
    const erasure = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ERASURE',
      subject: { deviceId: 'mover' },
    });
    expect(erasure).toMatchObject({ jurisdiction: 'US_GENERAL', usState: null });
  });

  it.each([
    [{ regionCode: 'California' }, 'must be an ISO 3166-2 subdivision code such as US-CA, or CA'],
    [{ countryCode: 'FR', regionCode: 'US-CA' }, 'the region must be in the country given, e.g. US-CA with US'],
  ])('refuses the region %j', async (place, message) => {
    const t = await sdkTenant(api);
    const r = await api.gql(UPSERT, { input: { deviceId: 'wrong', ...place } }, t.key);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
    expect(r.errors![0]!.message).toContain(message);
  });
});
