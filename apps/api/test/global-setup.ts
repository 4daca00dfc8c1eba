import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

const startupTimeoutMs = 60_000;
const serverScript = join(dirname(fileURLToPath(import.meta.url)), 'embedded-postgres-server.ts');

async function readAdminUrl(child: ChildProcess): Promise<string> {
  if (!child.stdout) throw new Error('embedded PostgreSQL: no stdout to read the URL from');
  const lines = createInterface({ input: child.stdout });
  const firstLine = new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited (${code}) before it was ready`)));
    setTimeout(
      () => reject(new Error(`embedded PostgreSQL not ready after ${startupTimeoutMs} ms`)),
      startupTimeoutMs,
    ).unref();
  });
  try {
    return (JSON.parse(await firstLine) as { url: string }).url;
  } finally {
    lines.close();
  }
}

async function startEmbeddedPostgres(): Promise<{ url: string; stop(): Promise<void> }> {
  const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
  const child = spawn(process.execPath, [tsxCli, serverScript], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const url = await readAdminUrl(child);
    return {
      url,
      async stop() {
        const exited = once(child, 'exit');
        child.stdin?.end();
        await exited;
      },
    };
  } catch (error) {
    child.kill();
    throw error;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const externalUrl = process.env.TEST_POSTGRES_URL;
  if (externalUrl) {
    project.provide('postgresAdminUrl', externalUrl);
    return undefined;
  }
  const postgres = await startEmbeddedPostgres();
  project.provide('postgresAdminUrl', postgres.url);
  return () => postgres.stop();
}
