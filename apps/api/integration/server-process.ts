import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import { type GqlClient, gqlOver } from '../test/test-api';

const apiRoot = fileURLToPath(new URL('..', import.meta.url));
const startupTimeoutMs = 60_000;

export type ServerProcess = GqlClient & {
  baseUrl: string;
  /** Every log line the process wrote so far. */
  logs: string[];
  /** SIGTERM, then the exit code once it has stopped. */
  stop(): Promise<number | null>;
  /** SIGKILL: no chance to finish anything. */
  kill(): Promise<void>;
};

/** The API as its own process, the way it runs when deployed, on the database `databaseUrl`. */
export async function startServerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
  { entry = 'src/main.ts' }: { entry?: 'src/main.ts' | 'start.mjs' } = {},
): Promise<ServerProcess> {
  // start.mjs is the package's start script: the compiled build under NODE_ENV=production.
  const args = entry === 'start.mjs' ? [entry] : ['--import', 'tsx', entry];
  const child = spawn(process.execPath, args, {
    cwd: apiRoot,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DEMO_SEED: 'false',
      PORT: '0',
      SDK_RATE_LIMIT_PER_SECOND: '100000',
      SDK_RATE_LIMIT_BURST: '100000',
      ...env,
      DATABASE_URL: databaseUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const baseUrl = await listeningAddress(child, logs);
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return {
    baseUrl,
    logs,
    gql: gqlOver(`${baseUrl}/graphql`),
    async stop() {
      child.kill('SIGTERM');
      return (await exited)[0];
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

function listeningAddress(child: ChildProcessByStdio<null, Readable, Readable>, logs: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not listen within ${startupTimeoutMs} ms:\n${logs.join('')}`));
    }, startupTimeoutMs);
    const collect = (chunk: Buffer) => {
      logs.push(chunk.toString());
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(logs.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${logs.join('')}`));
    });
  });
}
