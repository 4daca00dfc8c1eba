// The README's run command: generates the typed schema, then starts the API and the dashboard together and says
// where they are. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.PORT ?? '4000';
const dashboardPort = process.env.DASHBOARD_PORT ?? '5173';
const apiUrl = `http://127.0.0.1:${apiPort}`;
const dashboardUrl = `http://127.0.0.1:${dashboardPort}`;

/** The pnpm that runs this script when started through `pnpm start`, else pnpm 10 through npx. */
function pnpm(args, env = {}) {
  const execPath = process.env.npm_execpath;
  const [command, ...prefix] =
    execPath && /pnpm/.test(execPath) ? [process.execPath, execPath] : ['npx', '-y', 'pnpm@10'];
  return spawn(command, [...prefix, ...args], { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
}

function finished(child) {
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

async function waitFor(url, tries = 120) {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

if ((await finished(pnpm(['exec', 'turbo', 'run', 'codegen', '--output-logs=errors-only']))) !== 0) {
  console.error('codegen failed; see above');
  process.exit(1);
}

const children = [
  pnpm(['--filter', '@vicinity/api', 'start'], { PORT: apiPort }),
  pnpm(['--filter', '@vicinity/dashboard', 'dev', '--host', '127.0.0.1', '--strictPort'], {
    DASHBOARD_PORT: dashboardPort,
    API_URL: apiUrl,
  }),
];
const stopAll = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
children.forEach((child) =>
  child.on('close', (code) => {
    if (code) {
      console.error(`a process stopped with code ${code}; stopping the rest`);
      stopAll();
      process.exitCode = code;
    }
  }),
);

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
