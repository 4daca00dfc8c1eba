// The whole test suite: the README's test command. Runs every step even after a failure, then summarises.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const committedSchemaPath = join(repoRoot, 'packages/schema/schema.graphql');
const vitestReport = 'test-results/vitest.json';
const e2eReport = 'test-results/e2e.json';
const jsonReporterArgs = (file) => ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`];

/** The replica tests share state through a real Redis: say so at once rather than fail half way. */
async function assertRedisAnswers() {
  const url = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  const answers = await new Promise((resolve) => {
    const socket = connect(Number(url.port || 6379), url.hostname, () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
  if (!answers) {
    console.error(
      `No Redis at ${url.host}.\n` +
        'The replica tests need one: install and start it (`apt-get install -y redis-server`) or set TEST_REDIS_URL',
    );
    process.exit(1);
  }
}

function assertChromiumIsInstalled() {
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch {
    console.error(
      `Chromium not found at ${chromiumPath}.\n` +
        'Chromium is required for the end-to-end tests: install it with `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH',
    );
    process.exit(1);
  }
}

/** The pnpm that runs this script when started through `pnpm test`, else pnpm 10 through npx. */
function pnpmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return [process.execPath, execPath];
  return ['npx', '-y', 'pnpm@10'];
}

function run(args) {
  const [command, ...prefix] = pnpmCommand();
  return new Promise((resolve) => {
    const child = spawn(command, [...prefix, ...args], { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

function readIfExists(path) {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function workspacePackages() {
  return ['apps', 'packages'].flatMap((group) =>
    readdirSync(join(repoRoot, group), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(repoRoot, group, entry.name, 'package.json')))
      .map((entry) => {
        const dir = join(repoRoot, group, entry.name);
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        return { name: manifest.name, dir, scripts: manifest.scripts ?? {} };
      }),
  );
}

function readTestCounts(reportPath) {
  if (!existsSync(reportPath)) return undefined;
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function formatCounts({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

function formatSeconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}

async function main() {
  assertChromiumIsInstalled();
  await assertRedisAnswers();
  const packages = workspacePackages();
  for (const pkg of packages) {
    rmSync(join(pkg.dir, vitestReport), { force: true });
    rmSync(join(pkg.dir, e2eReport), { force: true });
  }

  const steps = [];
  async function step(name, args) {
    console.log(`\n=== ${name} ===`);
    const started = Date.now();
    const code = await run(args);
    steps.push({ name, ok: code === 0, ms: Date.now() - started });
    return code === 0;
  }

  const schemaBeforeCodegen = readIfExists(committedSchemaPath);
  if (!(await step('codegen', ['exec', 'turbo', 'run', 'codegen']))) {
    return summarise(steps, packages);
  }
  if (schemaBeforeCodegen !== readIfExists(committedSchemaPath)) {
    // CI checks the commit as it is; on a developer's machine the regenerated file is simply what to commit next.
    const ok = !process.env.CI;
    console.error('\npackages/schema/schema.graphql differed from the schema the API emits; it is regenerated now');
    steps.push({ name: `committed schema.graphql is fresh${ok ? ' (regenerated: commit it)' : ''}`, ok, ms: 0 });
  }
  await step('typecheck and lint', ['exec', 'turbo', 'run', 'typecheck', 'lint', '--continue']);
  await step('formatting', ['exec', 'prettier', '--check', '.']);
  // One package at a time: the API suites hash passwords and run PostgreSQL, and 2 cores are all there is.
  await step('unit and integration tests', [
    'exec',
    'turbo',
    'run',
    'test',
    '--continue',
    '--concurrency=1',
    '--',
    ...jsonReporterArgs(vitestReport),
  ]);
  await step('end-to-end tests', ['--filter', '@vicinity/dashboard', 'run', 'e2e', ...jsonReporterArgs(e2eReport)]);
  return summarise(steps, packages);
}

function summarise(steps, packages) {
  console.log('\n=== summary ===');
  for (const { name, ok, ms } of steps) console.log(`${ok ? 'ok    ' : 'FAILED'} ${name} (${formatSeconds(ms)})`);

  const total = { passed: 0, failed: 0, skipped: 0 };
  let missingReports = 0;
  const suites = packages.flatMap((pkg) => [
    ...(pkg.scripts.test ? [{ label: pkg.name, report: join(pkg.dir, vitestReport) }] : []),
    ...(pkg.scripts.e2e ? [{ label: `${pkg.name} (e2e)`, report: join(pkg.dir, e2eReport) }] : []),
  ]);
  for (const { label, report } of suites) {
    const counts = readTestCounts(report);
    if (!counts) {
      missingReports += 1;
      console.log(`${label}: no test results (did not run)`);
      continue;
    }
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    console.log(`${label}: ${formatCounts(counts)}`);
  }
  console.log(`Total: ${formatCounts(total)}`);

  const failed = steps.some((s) => !s.ok) || total.failed > 0 || missingReports > 0;
  return failed ? 1 : 0;
}

process.exitCode = await main();
