/**
 * `npx tsx bench/profile.ts`: where an eligibility request's time goes. Seeds one tenant (BENCH_END_USERS end users,
 * BENCH_GEOFENCES geofences), starts the compiled server under `--cpu-prof`, loads it with eligibility queries as the
 * bench does, and prints the CPU time by package and the functions that take the most of it, self and inclusive.
 * BENCH_DATABASE: sqlite (default) or postgres. BENCH_QUERY=typename profiles `{ __typename }` with the API key instead.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { openOrm } from '../src/db/orm';
import { postgresDatabase, sqliteDatabase } from './bench-support';
import { addGeofences, seedEndUsers, seedTenant } from './eligibility-seed';
import { apiRoot, eligibilityBodies, runLoad, startApi, stopProcess, TYPENAME } from './server-load';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const END_USERS = Number(process.env.BENCH_END_USERS ?? 10_000);
const GEOFENCES = Number(process.env.BENCH_GEOFENCES ?? 10_000);
const kind = process.env.BENCH_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
const typenameOnly = process.env.BENCH_QUERY === 'typename';

/** node_modules/.pnpm/<name>@<version>/… → name; our sources → "api: <file>"; the rest as V8 names it. */
function packageOf(url: string, functionName: string): string {
  const pnpm = /node_modules\/\.pnpm\/(@?[^@/]+(?:\+[^@/]+)?)@/.exec(url);
  if (pnpm) return pnpm[1]!.replace('+', '/');
  const ours = /apps\/api\/dist\/(.+)$/.exec(url);
  if (ours) return `api: ${ours[1]}`;
  if (url.startsWith('node:')) return 'node internals';
  return url || functionName;
}

/** Samples from `fromMs` after the profile began: the start-up and the warm-up left out. */
function summarise(profile: CpuProfile, fromMs: number, limit = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const packages = new Map<string, number>();
  let total = 0;
  let clock = 0;
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  const nameOf = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${packageOf(n.callFrame.url, '')}:${n.callFrame.lineNumber + 1}`;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    clock += us;
    const node = byId.get(id)!;
    if (clock < fromMs * 1000 || node.callFrame.functionName === '(idle)') return;
    total += us;
    add(self, nameOf(node), us);
    add(packages, packageOf(node.callFrame.url, node.callFrame.functionName), us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at)!);
      if (!seen.has(name)) add(inclusive, name, us);
      seen.add(name);
    }
  });
  const table = (title: string, map: Map<string, number>) =>
    [
      `## ${title}`,
      '| share | ms | where |',
      '|---:|---:|---|',
      ...[...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([name, us]) => `| ${((100 * us) / total).toFixed(1)}% | ${Math.round(us / 1000)} | ${name} |`),
    ].join('\n');
  return [
    `CPU time sampled (idle excluded): ${Math.round(total / 1000)} ms`,
    table('Self time by package', packages),
    table('Self time by function', self),
    table('Inclusive time by function', inclusive),
  ].join('\n\n');
}

execFileSync(process.execPath, ['build.mjs'], { cwd: apiRoot, stdio: 'inherit' });
const database = kind === 'sqlite' ? await sqliteDatabase() : await postgresDatabase();
try {
  const orm = await openOrm(loadConfig({ DATABASE_URL: database.url }).database);
  const em = orm.em.fork();
  const { tenant, key } = await seedTenant(em);
  const devices = await seedEndUsers(em, tenant, 0, END_USERS);
  await addGeofences(em, tenant, GEOFENCES, 'profiled');
  await orm.close();

  const profiles = mkdtempSync(join(tmpdir(), 'vicinity-profile-'));
  const port = 4800 + Math.floor(Math.random() * 90);
  const url = `http://127.0.0.1:${port}/graphql`;
  const spawnedAt = Date.now();
  const server = await startApi(database.url, port, ['--cpu-prof', `--cpu-prof-dir=${profiles}`]);
  await runLoad(url, eligibilityBodies(devices, 200), key); // warm: the index, the JIT, the prepared statements
  const measuredFrom = Date.now() - spawnedAt;
  const load = await runLoad(url, typenameOnly ? TYPENAME : eligibilityBodies(devices), key);
  await stopProcess(server);
  const [file] = readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile'));
  const profile = JSON.parse(readFileSync(join(profiles, file!), 'utf8')) as CpuProfile;
  rmSync(profiles, { recursive: true, force: true });
  process.stdout.write(
    `# ${typenameOnly ? '{ __typename } with an API key' : 'Eligibility'} profile on ${kind}: ${END_USERS} end users, ${GEOFENCES} geofences\n\n` +
      `${Math.round(load.requestsPerSecond)} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms\n\n` +
      `${summarise(profile, measuredFrom)}\n`,
  );
} finally {
  await database.drop();
}
process.exit(0);
