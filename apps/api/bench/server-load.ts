/** The bench's parts: the compiled API and the load generator, each started as its own process. */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random, randomPosition } from './eligibility-seed';

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const CONNECTIONS = 16;
export const apiRoot = fileURLToPath(new URL('..', import.meta.url));

export type Load = { requestsPerSecond: number; p50: number; p99: number; errors: number };

export function runLoad(url: string, bodies: string[], key?: string, rate?: number): Promise<Load> {
  const plan = join(tmpdir(), `vicinity-load-${randomBytes(4).toString('hex')}.json`);
  writeFileSync(plan, JSON.stringify({ url, key, bodies, seconds: SECONDS, connections: CONNECTIONS, rate }));
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

export async function waitUntilUp(url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const up = await fetch(url).then(
      (r) => r.status < 500,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

export function startProcess(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: apiRoot, env: { ...process.env, ...env }, stdio: 'inherit' });
  process.once('exit', () => child.kill('SIGKILL'));
  return child;
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** The compiled API (`node start.mjs` under NODE_ENV=production), as deployed. */
export async function startApi(databaseUrl: string, port: number, nodeOptions: string[] = []): Promise<ChildProcess> {
  const child = startProcess([...nodeOptions, 'start.mjs'], {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    SUPPRESSION_SECRET: randomBytes(32).toString('hex'),
    SERVE_DASHBOARD: 'false',
    PURGE_INTERVAL_MINUTES: '0',
    // The bench measures the server, not the per-key budget that protects it.
    SDK_RATE_LIMIT_PER_SECOND: '100000',
    SDK_RATE_LIMIT_BURST: '100000',
  });
  await waitUntilUp(`http://127.0.0.1:${port}/healthz`);
  return child;
}

export const residentMb = (pid: number) =>
  Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024);

export const TYPENAME = [JSON.stringify({ query: '{ __typename }' })];

export function eligibilityBodies(devices: string[], count = 2000): string[] {
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
