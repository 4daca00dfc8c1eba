/**
 * Not a test: how long completing an ERASURE takes for an end user with 10,000 engagement events (and a consent
 * ledger), through the real server and HTTP, on a fresh SQLite file and on PostgreSQL (TEST_POSTGRES_URL, else the
 * local server at 127.0.0.1:5432, in a throwaway database). Run from apps/api: `npx tsx bench/erasure.bench.ts`.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config';
import { Campaign } from '../src/modules/campaigns/campaign.entity';
import { EndUser } from '../src/modules/end-users/end-user.entity';
import { EngagementEvent } from '../src/modules/engagement/engagement-event.entity';
import { EngagementType } from '../src/modules/engagement/engagement-type';
import { createServer } from '../src/server';
import { gql, postgresDatabase, sqliteDatabase } from './bench-support';

const EVENTS = 10_000;
const BYSTANDER_EVENTS = 10_000;

async function bench(kind: 'sqlite' | 'postgres'): Promise<void> {
  const database = kind === 'sqlite' ? await sqliteDatabase() : await postgresDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_SEED: 'false', DATABASE_URL: database.url });
  const server = await createServer(config);
  try {
    await server.fastify.listen({ host: '127.0.0.1', port: 0 });
    const origin = `http://127.0.0.1:${(server.fastify.server.address() as AddressInfo).port}`;
    const { signUp } = await gql<{ signUp: { token: string } }>(
      origin,
      'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
      { input: { email: `bench-${Date.now()}@example.com`, password: 'correct horse battery', name: 'Bench' } },
    );
    const token = signUp.token;
    const { createTenant } = await gql<{ createTenant: { id: string } }>(
      origin,
      'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
      { input: { name: 'Bench' } },
      token,
    );
    const tenantId = createTenant.id;
    const { createCampaign } = await gql<{ createCampaign: { id: string } }>(
      origin,
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
      { input: { tenantId, name: 'Bench', trigger: 'ENTER', content: { title: 'Hello' } } },
      token,
    );

    const em = server.orm.em.fork();
    const campaign = await em.findOneOrFail(Campaign, { id: createCampaign.id }, { populate: ['tenant'] });
    const subject = new EndUser(campaign.tenant, 'bench-subject');
    const bystander = new EndUser(campaign.tenant, 'bench-bystander');
    await em.persistAndFlush([subject, bystander]);
    const eventsOf = (endUser: EndUser, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        id: randomUUID(),
        tenant: campaign.tenant.id,
        endUser: endUser.id,
        campaign: campaign.id,
        type: EngagementType.DELIVERED,
        occurredAt: new Date(Date.now() - i * 60_000),
        receivedAt: new Date(),
      }));
    await em.insertMany(EngagementEvent, eventsOf(subject, EVENTS));
    await em.insertMany(EngagementEvent, eventsOf(bystander, BYSTANDER_EVENTS));

    const { createPrivacyRequest } = await gql<{ createPrivacyRequest: { id: string } }>(
      origin,
      'mutation($input: CreatePrivacyRequestInput!) { createPrivacyRequest(input: $input) { id } }',
      { input: { tenantId, type: 'ERASURE', subject: { deviceId: 'bench-subject' } } },
      token,
    );
    const started = performance.now();
    const { completePrivacyRequest } = await gql<{
      completePrivacyRequest: { erased: { kind: string; count: number }[] };
    }>(
      origin,
      'mutation($id: ID!) { completePrivacyRequest(id: $id) { erased { kind count } } }',
      { id: createPrivacyRequest.id },
      token,
    );
    const ms = Math.round(performance.now() - started);
    const events = completePrivacyRequest.erased.find((c) => c.kind === 'EngagementEvent')?.count;
    if (events !== EVENTS) throw new Error(`${kind}: erased ${events} events, expected ${EVENTS}`);
    console.log(
      `${kind}: erasure of an end user with ${EVENTS} events (among ${EVENTS + BYSTANDER_EVENTS}) ${ms} ms, through HTTP`,
    );
  } finally {
    await server.close();
    await database.drop();
  }
}

await bench('sqlite');
await bench('postgres');
