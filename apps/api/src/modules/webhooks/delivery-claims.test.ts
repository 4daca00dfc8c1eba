import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { owner } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../../test/test-api';
import { createEndpoint } from '../../../test/webhook-fixtures';
import { Tenant } from '../tenants/tenant.entity';
import { claimDueDeliveries } from './delivery-claims';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEventType } from './webhook-enums';

const ROWS = 300;
const CLAIMERS = 8;

describe.each(databaseKinds)('claiming due deliveries (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  it('never gives one delivery to two claimers at once, and gives every due one to someone', async () => {
    const { tenantId } = await owner(api);
    const endpoints = await Promise.all(
      [0, 1, 2].map(async (i) => (await createEndpoint(api, tenantId, `http://127.0.0.1:9/${i}`)).endpoint),
    );
    const em = api.server.orm.em.fork();
    const at = new Date(Date.now() - 1000);
    for (let i = 0; i < ROWS; i++) {
      em.persist(
        new WebhookDelivery({
          tenant: em.getReference(Tenant, tenantId),
          endpoint: endpoints[i % endpoints.length]!,
          eventId: `event-${i}`,
          event: WebhookEventType.TEST,
          payload: '{}',
          at,
        }),
      );
    }
    await em.flush();

    // Claimers as many replicas would be, each asking again as soon as it got something, all at the same time.
    const claimed: string[][] = Array.from({ length: CLAIMERS }, () => []);
    await Promise.all(
      claimed.map(async (mine) => {
        for (;;) {
          const claims = await claimDueDeliveries(api.server.orm.em.fork(), {
            now: new Date(),
            leaseMs: 60_000,
            limit: 7,
            skipEndpoints: [],
          });
          if (claims.length === 0) return;
          mine.push(...claims.map((c) => c.id));
        }
      }),
    );
    const all = claimed.flat();
    expect(all).toHaveLength(ROWS);
    expect(new Set(all).size).toBe(ROWS);
  });
});
