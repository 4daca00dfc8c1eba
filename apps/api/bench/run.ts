/**
 * `pnpm bench`: eligibility throughput and latency on SQLite and PostgreSQL. Seeds one tenant with 100,000 end users
 * (every consent variant) and 1,000 beacons, starts the real server in production mode, and measures with autocannon
 * from a second process: (1) `{ __typename }` with an API key, (2) eligibility at 100, 10,000 and 100,000 geofences,
 * and (3) decide() + the index lookup in-process. Writes a markdown table to bench/results/ and prints it.
 * PostgreSQL: TEST_POSTGRES_URL, else the local server at 127.0.0.1:5432 (a throwaway database).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config';
import { EndUser } from '../src/modules/end-users/end-user.entity';
import { ConsentRecord } from '../src/modules/end-users/consent-record.entity';
import { consentFacts, policyEndUser, policyTenant } from '../src/modules/end-users/policy-view';
import { Tenant } from '../src/modules/tenants/tenant.entity';
import { decide } from '../src/policy/decide';
import type { MikroORM } from '@mikro-orm/core';
import { openOrm } from '../src/db/orm';
import { CatalogIndexCache } from '../src/modules/eligibility/catalog-index.cache';
import { type Database, postgresDatabase, sqliteDatabase } from './bench-support';
import { addGeofences, random, randomPosition, seedBeacons, seedEndUsers, seedTenant } from './eligibility-seed';

const END_USERS = Number(process.env.BENCH_END_USERS ?? 100_000);
const TIERS = [100, 10_000, 100_000];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;

type Row = { scenario: string; requestsPerSecond: number; p50: number; p99: number; errors: number; rssMb: number };

function runLoad(url: string, key: string, bodies: string[]): Promise<Omit<Row, 'scenario' | 'rssMb'>> {
  const plan = join(tmpdir(), `vicinity-load-${randomBytes(4).toString('hex')}.json`);
  writeFileSync(plan, JSON.stringify({ url, key, bodies, seconds: SECONDS, connections: CONNECTIONS }));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./load.ts', import.meta.url)), plan],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`load exited ${code}`)),
    );
  });
}

function eligibilityBodies(devices: string[], count = 2000): string[] {
  return Array.from({ length: count }, () =>
    JSON.stringify({
      query:
        'query($input: EligibilityInput!) { eligibility(input: $input) { eligible reasons offers { campaignId title } } }',
      variables: {
        input: {
          deviceId: devices[Math.floor(random() * devices.length)],
          position: { ...randomPosition(), accuracyMeters: 10 },
        },
      },
    }),
  );
}

/** decide() and the index lookup, without HTTP or the database: the floor under the hot path. */
async function inProcess(
  orm: MikroORM,
  catalog: CatalogIndexCache,
  tenant: Tenant,
  devices: string[],
): Promise<Omit<Row, 'scenario' | 'rssMb'>> {
  const em = orm.em.fork();
  const sample = await em.find(EndUser, { tenant: tenant.id, deviceId: { $in: devices.slice(0, 500) } });
  const consents = await em.find(ConsentRecord, { tenant: tenant.id, endUser: { $in: sample.map((u) => u.id) } });
  const fresh = await em.findOneOrFail(Tenant, { id: tenant.id });
  const index = await catalog.get(tenant.id, fresh.catalogVersion);
  const consentsByUser = new Map(
    sample.map((u) => [u.id, consentFacts(consents.filter((c) => c.endUser.id === u.id))]),
  );
  const timings: number[] = [];
  const started = performance.now();
  for (let i = 0; i < 50_000; i++) {
    const user = sample[i % sample.length]!;
    const t0 = performance.now();
    const decision = decide(policyEndUser(user), consentsByUser.get(user.id)!, {
      tenant: policyTenant(fresh),
      at: new Date(),
    });
    if (decision.eligible) index.campaignsAt({ ...randomPosition(), accuracyMeters: 10 }, []);
    timings.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  timings.sort((a, b) => a - b);
  return { requestsPerSecond: 50_000 / seconds, p50: timings[25_000]!, p99: timings[49_500]!, errors: 0 };
}

/** The API as its own process (so its memory is its own), started like production: `node --import tsx src/main.ts`. */
async function startServerProcess(databaseUrl: string, port: number): Promise<{ pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SUPPRESSION_SECRET: randomBytes(32).toString('hex'),
      // The bench measures the server, not the per-key budget that protects it.
      SDK_RATE_LIMIT_PER_SECOND: '100000',
      SDK_RATE_LIMIT_BURST: '100000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  return {
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          process.off('exit', orphanGuard);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
}

async function benchOn(kind: 'sqlite' | 'postgres', database: Database): Promise<Row[]> {
  // Seeding goes through its own ORM connection; the server process only ever serves.
  const orm = await openOrm(loadConfig({ DATABASE_URL: database.url }).database);
  const em = orm.em.fork();
  const { tenant, key } = await seedTenant(em);
  const devices = await seedEndUsers(em, tenant, END_USERS);
  await seedBeacons(em, tenant, 1000);
  const port = 4900 + Math.floor(Math.random() * 90);
  const url = `http://127.0.0.1:${port}/graphql`;
  const rows: Row[] = [];
  // SQLite allows one writer: the server is stopped whenever the bench seeds, and started afresh for each run.
  const measure = async (scenario: string, bodies: string[]) => {
    const server = await startServerProcess(database.url, port);
    try {
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: bodies[0],
      });
      rows.push({ scenario, ...(await runLoad(url, key, bodies)), rssMb: residentMb(server.pid) });
    } finally {
      await server.stop();
    }
  };
  await measure(`${kind}: { __typename } (API key)`, [JSON.stringify({ query: '{ __typename }' })]);
  let placed = 0;
  for (const tier of TIERS) {
    await addGeofences(em, tenant, tier - placed, String(tier));
    placed = tier;
    await measure(`${kind}: eligibility, ${tier.toLocaleString('en')} geofences`, eligibilityBodies(devices));
  }
  const index = new CatalogIndexCache(orm);
  rows.push({
    scenario: `${kind}: decide() + index lookup in-process, ${placed.toLocaleString('en')} geofences`,
    ...(await inProcess(orm, index, tenant, devices)),
    rssMb: 0,
  });
  await orm.close();
  return rows;
}

function table(rows: Row[]): string {
  const lines = rows.map(
    (r) =>
      `| ${r.scenario} | ${Math.round(r.requestsPerSecond).toLocaleString('en')} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors} | ${r.rssMb} |`,
  );
  return ['| scenario | req/s | p50 ms | p99 ms | errors | RSS MB |', '|---|---:|---:|---:|---:|---:|', ...lines].join(
    '\n',
  );
}

const kinds = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',') as ('sqlite' | 'postgres')[];
const rows: Row[] = [];
for (const kind of kinds) {
  const database = kind === 'sqlite' ? await sqliteDatabase() : await postgresDatabase();
  try {
    rows.push(...(await benchOn(kind, database)));
  } finally {
    await database.drop();
  }
}
const report = `# Eligibility benchmark, ${new Date().toISOString()}\n\n${END_USERS.toLocaleString('en')} end users, 1,000 beacons, ${CONNECTIONS} connections, ${SECONDS} s per run, production mode, Node ${process.version}.\n\n${table(rows)}\n`;
const dir = fileURLToPath(new URL('./results/', import.meta.url));
await mkdir(dir, { recursive: true });
await writeFile(`${dir}eligibility-${new Date().toISOString().slice(0, 10)}.md`, report);
process.stdout.write(report);
process.exit(0);
