/**
 * `pnpm bench`: the SDK's hot path against the targets of the eligibility issue, on SQLite and PostgreSQL. Seeds one
 * tenant in steps (1,000 then 100,000 end users with every consent variant; 100, 10,000 then 100,000 geofences;
 * 1,000 beacons), starts the compiled server in production mode as its own process for each step, and loads it with
 * autocannon from another process (16 connections). Every ratio compares figures of one run; the table says which
 * targets are met. PostgreSQL: TEST_POSTGRES_URL, else the local server (a throwaway database).
 */
import { execFileSync } from 'node:child_process';
import type { EntityManager } from '@mikro-orm/core';
import { loadConfig } from '../src/config';
import { openOrm } from '../src/db/orm';
import type { Tenant } from '../src/modules/tenants/tenant.entity';
import { type Database, postgresDatabase, sqliteDatabase } from './bench-support';
import { addGeofences, seedBeacons, seedEndUsers, seedTenant } from './eligibility-seed';
import {
  apiRoot,
  CONNECTIONS,
  eligibilityBodies,
  type Load,
  residentMb,
  runLoad,
  SECONDS,
  startApi,
  startProcess,
  stopProcess,
  TYPENAME,
  waitUntilUp,
} from './server-load';

type Figure = Load & { scenario: string; rssMb?: number };
type Target = { what: string; value: number; target: string; met: boolean };

async function benchOn(kind: 'sqlite' | 'postgres', database: Database, bareUrl: string): Promise<Figure[]> {
  // Seeding goes through its own ORM connection; the server is started afresh after each step.
  const orm = await openOrm(loadConfig({ DATABASE_URL: database.url }).database);
  const em: EntityManager = orm.em.fork();
  const { tenant, key } = await seedTenant(em);
  await seedBeacons(em, tenant, 1000);
  const port = 4900 + Math.floor(Math.random() * 90);
  const url = `http://127.0.0.1:${port}/graphql`;
  const figures: Figure[] = [];
  let devices: string[] = [];
  const withServer = async (work: (pid: number) => Promise<void>) => {
    const server = await startApi(database.url, port);
    try {
      // A request of an eligible end user first: the tenant's index is built before the clock starts.
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: eligibilityBodies(devices.slice(0, 1), 1)[0],
      });
      await work(server.pid!);
    } finally {
      await stopProcess(server);
    }
  };
  const measure = async (scenario: string, load: Promise<Load>, pid?: number) => {
    figures.push({ scenario: `${kind}: ${scenario}`, ...(await load), ...(pid && { rssMb: residentMb(pid) }) });
    const f = figures.at(-1)!;
    process.stderr.write(`${f.scenario}: ${Math.round(f.requestsPerSecond)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms\n`);
  };

  const grow = async (t: Tenant, geofences: number, label: string) => addGeofences(em, t, geofences, label);
  devices = await seedEndUsers(em, tenant, 0, 1_000);
  await grow(tenant, 100, '100');
  await withServer(() =>
    measure('eligibility, 1,000 end users, 100 geofences', runLoad(url, eligibilityBodies(devices), key)),
  );

  devices = [...devices, ...(await seedEndUsers(em, tenant, 1_000, 100_000))];
  await withServer(() =>
    measure('eligibility, 100,000 end users, 100 geofences', runLoad(url, eligibilityBodies(devices), key)),
  );

  await grow(tenant, 9_900, '10k');
  await withServer(async (pid) => {
    await measure('bare Fastify route', runLoad(bareUrl, TYPENAME));
    await measure('{ __typename }, anonymous', runLoad(url, TYPENAME));
    await measure('{ __typename }, API key', runLoad(url, TYPENAME, key));
    await measure(
      'eligibility, 100,000 end users, 10,000 geofences',
      runLoad(url, eligibilityBodies(devices), key),
      pid,
    );
    const half = figures.at(-1)!.requestsPerSecond / 2;
    await measure(
      `eligibility at half that rate (${Math.round(half)} req/s)`,
      runLoad(url, eligibilityBodies(devices), key, half),
    );
  });

  await grow(tenant, 90_000, '100k');
  await withServer((pid) =>
    measure('eligibility, 100,000 end users, 100,000 geofences', runLoad(url, eligibilityBodies(devices), key), pid),
  );
  await orm.close();
  return figures;
}

function targetsOf(kind: string, figures: Figure[]): Target[] {
  const f = (scenario: string) => figures.find((x) => x.scenario === `${kind}: ${scenario}`)!;
  const anonymous = f('{ __typename }, anonymous');
  const main = f('eligibility, 100,000 end users, 10,000 geofences');
  const ratio = (what: string, value: number, min: number) => ({
    what: `${kind}: ${what}`,
    value,
    target: `≥ ${min}`,
    met: value >= min,
  });
  const atMost = (what: string, value: number, max: number, unit = '') => ({
    what: `${kind}: ${what}`,
    value,
    target: `≤ ${max}${unit}`,
    met: value <= max,
  });
  return [
    ratio(
      'eligibility (100k end users, 10k geofences) / anonymous __typename',
      main.requestsPerSecond / anonymous.requestsPerSecond,
      0.8,
    ),
    ratio(
      '__typename with an API key / anonymous',
      f('{ __typename }, API key').requestsPerSecond / anonymous.requestsPerSecond,
      0.9,
    ),
    ratio(
      'anonymous __typename / bare Fastify route',
      anonymous.requestsPerSecond / f('bare Fastify route').requestsPerSecond,
      0.5,
    ),
    atMost(
      'eligibility p99: 100,000 end users / 1,000',
      f('eligibility, 100,000 end users, 100 geofences').p99 / f('eligibility, 1,000 end users, 100 geofences').p99,
      1.2,
    ),
    atMost(
      'eligibility p99: 100,000 geofences / 100',
      f('eligibility, 100,000 end users, 100,000 geofences').p99 /
        f('eligibility, 100,000 end users, 100 geofences').p99,
      1.2,
    ),
    atMost(
      'eligibility p50 at half the saturating rate',
      figures.find((x) => x.scenario.startsWith(`${kind}: eligibility at half`))!.p50,
      5,
      ' ms',
    ),
    atMost(
      'RSS at 100,000 geofences and 100,000 end users',
      f('eligibility, 100,000 end users, 100,000 geofences').rssMb!,
      300,
      ' MB',
    ),
  ];
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(2));
const figureTable = (figures: Figure[]) =>
  [
    '| scenario | req/s | p50 ms | p99 ms | errors | RSS MB |',
    '|---|---:|---:|---:|---:|---:|',
    ...figures.map(
      (r) => `| ${r.scenario} | ${fmt(r.requestsPerSecond)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.rssMb ?? ''} |`,
    ),
  ].join('\n');
const targetTable = (targets: Target[]) =>
  [
    '| figure | value | target | met |',
    '|---|---:|---:|:---:|',
    ...targets.map((t) => `| ${t.what} | ${fmt(t.value)} | ${t.target} | ${t.met ? 'yes' : '**no**'} |`),
  ].join('\n');

execFileSync(process.execPath, ['build.mjs'], { cwd: apiRoot, stdio: 'inherit' });
const barePort = 4990 + Math.floor(Math.random() * 9);
const bare = startProcess(['--import', 'tsx', 'bench/bare-server.ts', String(barePort)], {});
const bareUrl = `http://127.0.0.1:${barePort}/graphql`;
await waitUntilUp(bareUrl);
const kinds = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',') as ('sqlite' | 'postgres')[];
const figures: Figure[] = [];
const targets: Target[] = [];
for (const kind of kinds) {
  const database = kind === 'sqlite' ? await sqliteDatabase() : await postgresDatabase();
  try {
    const ofKind = await benchOn(kind, database, bareUrl);
    figures.push(...ofKind);
    targets.push(...targetsOf(kind, ofKind));
  } finally {
    await database.drop();
  }
}
await stopProcess(bare);
process.stdout.write(
  `# Eligibility benchmark, ${new Date().toISOString()}\n\n${CONNECTIONS} connections, ${SECONDS} s per run, production build, Node ${process.version}.\n\n` +
    `${targetTable(targets)}\n\n${figureTable(figures)}\n`,
);
process.exit(0);
