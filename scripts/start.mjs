// The README's run command: generates the typed schema, then starts the API and the dashboard's dev server together
// and says where they are. SIGINT (Ctrl-C) or SIGTERM stops both, with everything they started, and then this script.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.PORT ?? '4000';
const dashboardPort = process.env.DASHBOARD_PORT ?? '5173';
const apiUrl = `http://127.0.0.1:${apiPort}`;
const dashboardUrl = `http://127.0.0.1:${dashboardPort}`;
const STOP_GRACE_MS = 10_000;

/** The pnpm that runs this script when started through `pnpm start`, else pnpm 10 through npx. */
function pnpmCommand() {
  const execPath = process.env.npm_execpath;
  return execPath && /pnpm/.test(execPath) ? [process.execPath, execPath] : ['npx', '-y', 'pnpm@10'];
}

/**
 * Each child leads its own process group, so that stopping it reaches whatever it started in turn (a watcher, a
 * compiler): signalling only the child would leave those running on their ports.
 */
function startGroup(command, args, cwd, env = {}) {
  const child = spawn(command, args, { cwd, stdio: 'inherit', detached: true, env: { ...process.env, ...env } });
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1))));
  return child;
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group has already gone
  }
}

async function waitFor(url, tries = 240) {
  for (let i = 0; i < tries && !stopping; i++) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

const [pnpm, ...pnpmPrefix] = pnpmCommand();
const codegen = startGroup(
  pnpm,
  [...pnpmPrefix, 'exec', 'turbo', 'run', 'codegen', '--output-logs=errors-only'],
  repoRoot,
);
const children = [codegen];
let stopping = false;

async function stopAll(exitCode) {
  if (stopping) return;
  stopping = true;
  for (const child of children) signalGroup(child, 'SIGTERM');
  const deadline = setTimeout(() => children.forEach((child) => signalGroup(child, 'SIGKILL')), STOP_GRACE_MS);
  await Promise.all(children.map((child) => child.exited));
  clearTimeout(deadline);
  process.exit(exitCode);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

if ((await codegen.exited) !== 0) {
  console.error('codegen failed; see above');
  await stopAll(1);
}

const require = createRequire(join(repoRoot, 'apps/dashboard/package.json'));
const vite = join(dirname(require.resolve('vite/package.json')), 'bin/vite.js');
const servers = [
  startGroup(process.execPath, ['start.mjs'], join(repoRoot, 'apps/api'), { PORT: apiPort }),
  startGroup(process.execPath, [vite, '--host', '127.0.0.1', '--strictPort'], join(repoRoot, 'apps/dashboard'), {
    DASHBOARD_PORT: dashboardPort,
    API_URL: apiUrl,
  }),
];
children.push(...servers);
for (const server of servers) {
  server.exited.then((code) => {
    if (stopping) return;
    console.error(`a server stopped with code ${code}; stopping the rest`);
    stopAll(code || 1);
  });
}

if ((await waitFor(`${apiUrl}/healthz`)) && (await waitFor(dashboardUrl))) {
  console.log(
    [
      '',
      'Vicinity is running:',
      `  Dashboard    ${dashboardUrl}`,
      `  GraphQL API  ${apiUrl}/graphql   (health: ${apiUrl}/healthz)`,
      '  Sign in as   demo@vicinity.local  /  vicinity-demo-2026   (seeded on first start)',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}
