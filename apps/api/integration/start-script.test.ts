import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { uniqueEmail, PASSWORD } from '../test/fixtures';
import { gqlOver } from '../test/test-api';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

const portAnswers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(Boolean(socket.end())));
    socket.once('error', () => resolve(false));
  });

describe("the README's run command", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('stops the API, the dashboard and everything they started on SIGTERM, letting an in-flight request finish', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vicinity-start-'));
    dirs.push(dir);
    const [apiPort, dashboardPort] = [41_000 + (process.pid % 1000), 42_000 + (process.pid % 1000)];
    const start = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(apiPort),
        DASHBOARD_PORT: String(dashboardPort),
        DATABASE_URL: `sqlite:${join(dir, 'start.db')}`,
        DEMO_SEED: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const running = new Promise<void>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Vicinity is running')) resolve();
      };
      start.stdout.on('data', read);
      start.stderr.on('data', read);
      start.once('exit', (code) => reject(new Error(`start.mjs exited (${code}) before running:\n${output}`)));
    });
    await running;
    expect([await portAnswers(apiPort), await portAnswers(dashboardPort)]).toEqual([true, true]);

    const gql = gqlOver(`http://127.0.0.1:${apiPort}/graphql`);
    // The request goes on a connection that is already open: one the server accepted before it was told to stop.
    expect((await gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const inFlight = gql('mutation($input: SignUpInput!) { signUp(input: $input) { operator { id } } }', {
      input: { email: uniqueEmail('late'), password: PASSWORD, name: 'Late Arrival' },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const exited = once(start, 'exit');
    start.kill('SIGTERM');
    expect((await inFlight).data?.signUp.operator.id).toEqual(expect.any(String));
    expect((await exited)[0]).toBe(0);
    expect([await portAnswers(apiPort), await portAnswers(dashboardPort)]).toEqual([false, false]);
  });
});
