/**
 * Not a test: how long CSV imports of 10,000 beacons and 10,000 circle geofences take, through the real server and
 * HTTP, on a fresh SQLite file and on PostgreSQL (TEST_POSTGRES_URL, else the local server at 127.0.0.1:5432, in a
 * throwaway database). Run from apps/api: `npx tsx bench/csv-import.bench.ts`.
 */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config';
import { createServer } from '../src/server';
import { gql, postgresDatabase, sqliteDatabase } from './bench-support';

const ROWS = 10_000;
const UUID = 'f7826da6-4fa2-4e98-8024-bc5b71e0893e';

async function owner(origin: string): Promise<{ token: string; tenantId: string }> {
  const { signUp } = await gql<{ signUp: { token: string } }>(
    origin,
    'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
    { input: { email: `bench-${Date.now()}@example.com`, password: 'correct horse battery', name: 'Bench' } },
  );
  const { createTenant } = await gql<{ createTenant: { id: string } }>(
    origin,
    'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
    { input: { name: 'Bench Retail' } },
    signUp.token,
  );
  return { token: signUp.token, tenantId: createTenant.id };
}

const beaconsCsv = () =>
  [
    'name,uuid,major,minor,latitude,longitude,tags',
    ...Array.from(
      { length: ROWS },
      (_, i) => `Beacon ${i},${UUID},${Math.floor(i / 1000)},${i},48.85,2.35,store|bench`,
    ),
  ].join('\n');

const circlesCsv = () =>
  [
    'name,shape,latitude,longitude,radius_meters,polygon,tags',
    ...Array.from({ length: ROWS }, (_, i) => `Store ${i},CIRCLE,${48 + i / 10_000},${2 + i / 10_000},150,,bench`),
  ].join('\n');

async function timedImport(origin: string, what: string, csv: string, owner: { token: string; tenantId: string }) {
  const started = performance.now();
  const response = await fetch(`${origin}/import/${what}?tenantId=${owner.tenantId}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${owner.token}` },
    body: csv,
  });
  const report = (await response.json()) as { imported?: number };
  const ms = Math.round(performance.now() - started);
  if (report.imported !== ROWS) throw new Error(`${what}: ${response.status} ${JSON.stringify(report).slice(0, 500)}`);
  return ms;
}

async function bench(kind: 'sqlite' | 'postgres'): Promise<void> {
  const database = kind === 'sqlite' ? await sqliteDatabase() : await postgresDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_SEED: 'false', DATABASE_URL: database.url });
  const server = await createServer(config);
  try {
    await server.fastify.listen({ host: '127.0.0.1', port: 0 });
    const origin = `http://127.0.0.1:${(server.fastify.server.address() as AddressInfo).port}`;
    const operator = await owner(origin);
    const beacons = await timedImport(origin, 'beacons', beaconsCsv(), operator);
    const geofences = await timedImport(origin, 'geofences', circlesCsv(), operator);
    console.log(`${kind}: ${ROWS} beacons ${beacons} ms, ${ROWS} circle geofences ${geofences} ms`);
  } finally {
    await server.close();
    await database.drop();
  }
}

await bench('sqlite');
await bench('postgres');
