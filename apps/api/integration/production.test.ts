import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, uniqueEmail } from '../test/fixtures';
import { startServerProcess } from './server-process';

const run = promisify(execFile);
const apiRoot = fileURLToPath(new URL('..', import.meta.url));
const dashboardRoot = fileURLToPath(new URL('../../dashboard', import.meta.url));

describe('a production start', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vicinity-production-'));
    await run(process.execPath, ['build.mjs'], { cwd: apiRoot });
    await run(
      process.execPath,
      [join(dashboardRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
      {
        cwd: dashboardRoot,
      },
    );
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is one compiled process serving the API and the dashboard on one port, and stops cleanly on SIGTERM', async () => {
    const server = await startServerProcess(
      `sqlite:${join(dir, 'production.db')}`,
      {
        NODE_ENV: 'production',
        SUPPRESSION_SECRET: 'a-production-secret-of-32-characters!',
        DEMO_SEED: '',
      },
      { entry: 'start.mjs' },
    );
    const page = await fetch(`${server.baseUrl}/campaigns`);
    const html = await page.text();
    expect(page.status).toBe(200);
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await fetch(`${server.baseUrl}${script}`)).status).toBe(200);
    const { token } = await signUp(server);
    expect((await server.gql('{ me { id } }', {}, token)).data?.me.id).toEqual(expect.any(String));
    const introspection = await server.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    // The request goes on a connection the server accepted before it was told to stop (the ones above stay open).
    const inFlight = signUp(server, uniqueEmail('late'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await server.stop()).toBe(0);
    expect((await inFlight).token).toEqual(expect.any(String));
  });
});
