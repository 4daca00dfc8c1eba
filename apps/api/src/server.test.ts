import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseKinds, createTestDatabaseUrl } from '../test/databases';
import { owner } from '../test/fixtures';
import { startTestApi } from '../test/test-api';
import { loadConfig } from './config';
import { Tenant } from './modules/tenants/tenant.entity';
import { createServer } from './server';

describe.each(databaseKinds)('the server on %s', (kind) => {
  it('is alive on /healthz whatever the database does, and ready on /readyz only while the database answers', async () => {
    const api = await startTestApi(kind);
    const health = api.url.replace('/graphql', '/healthz');
    const ready = api.url.replace('/graphql', '/readyz');
    expect((await fetch(health)).status).toBe(200);
    expect(await (await fetch(ready)).json()).toEqual({ status: 'ready', checks: { database: 'ok' } });
    await api.server.orm.close();
    expect((await fetch(health)).status).toBe(200);
    const notReady = await fetch(ready);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: 'not ready', checks: { database: 'unavailable' } });
    await api.close();
  });

  it('keeps every row when it starts again on an existing database', async () => {
    const database = await createTestDatabaseUrl(kind);
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DEMO_SEED: 'false',
      DATABASE_URL: database.url,
    });
    const first = await createServer(config);
    await first.orm.em.fork().persistAndFlush(new Tenant('Kept'));
    const tenantsBefore = await first.orm.em.fork().getConnection().execute('select count(*) as n from tenant');
    await first.close();
    const second = await createServer(config);
    const tenantsAfter = await second.orm.em.fork().getConnection().execute('select count(*) as n from tenant');
    await second.close();
    await database.drop();
    expect(Number(tenantsBefore[0].n)).toBe(1);
    expect(Number(tenantsAfter[0].n)).toBe(1);
  });

  it('lets an in-flight request finish when it is closed', async () => {
    const api = await startTestApi(kind);
    const { token } = await owner(api);
    const arrived = new Promise((resolve) => api.server.fastify.server.once('request', resolve));
    const inFlight = api.gql('mutation { createTenant(input: { name: "Late" }) { id name } }', {}, token);
    await arrived;
    const closing = api.close();
    const r = await inFlight;
    await closing;
    expect(r.data).toEqual({ createTenant: { id: expect.any(String), name: 'Late' } });
  });
});

describe('the process', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('starts on a fresh SQLite file with no manual step and exits 0 on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vicinity-proc-'));
    dirs.push(dir);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: fileURLToPathSafe(new URL('..', import.meta.url)),
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${join(dir, 'fresh.db')}`,
        PORT: '0',
        LOG_LEVEL: 'info',
        NODE_ENV: 'test',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const logs: string[] = [];
    const listening = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        logs.push(chunk.toString());
        const match = /Server listening at (http:\/\/[\d.:]+)/.exec(logs.join(''));
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${logs.join('')}`)));
    });
    const base = await listening;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const lines = logs.join('').trim().split('\n');
    expect(lines.every((line) => typeof JSON.parse(line).msg === 'string')).toBe(true);
  });
});

function fileURLToPathSafe(url: URL): string {
  return decodeURIComponent(url.pathname);
}
