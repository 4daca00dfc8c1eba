import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@vicinity/api/config';
import { createServer as createApiServer } from '@vicinity/api/server';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { checkAccessibility, describeViolations, failingViolations, watchConsole } from './page-checks';

const dashboardDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The map's default tile server (VITE_TILE_URL is not set in the tests). */
export const tileUrls = 'https://tile.openstreetmap.org/**';
const blankTile = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII=',
  'base64',
);

export interface RunningApi {
  url: string;
  close(): Promise<void>;
}

export interface RunningDashboard {
  url: string;
  close(): Promise<void>;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The real API, in this process, on a fresh SQLite file and a random port. */
async function startApi(): Promise<RunningApi> {
  const dataDir = await mkdtemp(join(tmpdir(), 'vicinity-e2e-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: `sqlite:${join(dataDir, 'e2e.db')}`,
    PORT: '0',
    LOG_LEVEL: 'warn',
    DEMO_SEED: 'false',
  });
  const server = await createApiServer(config);
  await server.fastify.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.fastify.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The dashboard's Vite dev server (its own vite.config.ts), proxying /graphql to the given API. */
async function startDashboard(apiUrl: string): Promise<RunningDashboard> {
  // vite.config.ts reads the proxy target when it loads.
  process.env.API_URL = apiUrl;
  const port = await findFreePort();
  const server: ViteDevServer = await createViteServer({
    root: dashboardDir,
    configFile: join(dashboardDir, 'vite.config.ts'),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port, strictPort: true, hmr: false },
  });
  await server.listen();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => server.close(),
  };
}

async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Signs a new operator up through the dashboard and creates their first tenant; returns their email. */
export async function signUpWithTenant(
  { page, dashboard, expectAccessible }: E2eSession,
  name: string,
): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}@example.com`;
  await page.goto(`${dashboard.url}/signup`);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await expectAccessible('sign-up page');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByLabel('Tenant name').fill('Corner Bakery');
  await expectAccessible('create tenant page');
  await page.getByRole('button', { name: 'Create tenant' }).click();
  await page.waitForURL(/\/t\/[^/]+$/);
  await page.getByRole('heading', { name: 'Corner Bakery' }).waitFor();
  await expectAccessible('tenant overview');
  return email;
}

/** Nothing (a toast, a popover) lies over the middle of `what`: a click there reaches it. */
export async function expectUncovered(what: Locator): Promise<void> {
  const onTop = await what.evaluate(
    // A string runs in the page: this file is compiled without the DOM's types.
    (element) => {
      const box = element.getBoundingClientRect();
      const top = element.ownerDocument.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return top !== null && element.contains(top) ? null : (top?.outerHTML.slice(0, 160) ?? 'nothing');
    },
  );
  if (onTop !== null) throw new Error(`${what.toString()} is covered by ${onTop}`);
}

/** At a phone's width (390 px), nothing makes the page scroll sideways and `what` is on screen whole. */
export async function expectFitsPhone(page: Page, what: Locator): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await what.waitFor();
  // A toast sliding away may widen the page for a moment: only a page that stays too wide fails.
  const fits = await page
    .waitForFunction('document.documentElement.scrollWidth <= 390', undefined, { timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!fits) {
    const pageWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
    const overflowing = await page.evaluate<string[]>(
      `[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 390 && ![...e.children].some((c) => c.getBoundingClientRect().right > 390)).slice(0, 5).map((e) => e.outerHTML.slice(0, 160))`,
    );
    throw new Error(
      `At 390 px the page is ${pageWidth} px wide: it scrolls sideways because of\n${overflowing.join('\n')}`,
    );
  }
  const box = await what.boundingBox();
  if (!box || box.x < 0 || box.x + box.width > 390) {
    throw new Error(`At 390 px, ${what.toString()} is not on screen whole: ${JSON.stringify(box)}`);
  }
}

/** Calls the API as the signed-in operator, with the session token the dashboard keeps in localStorage. */
export async function graphqlAsOperator<T>(page: Page, apiUrl: string, query: string, variables: object): Promise<T> {
  // A string runs in the page: this file is compiled without the DOM's types.
  const token = await page.evaluate<string | null>("localStorage.getItem('vicinity.sessionToken')");
  if (!token) throw new Error('the dashboard holds no session token');
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`GraphQL call failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export interface E2eSession {
  api: RunningApi;
  dashboard: RunningDashboard;
  page: Page;
  /**
   * Runs axe-core on the page as it is now and throws on any critical or serious violation. Call it at each state
   * a test reaches: a page, an open dialog, a form showing its errors.
   */
  expectAccessible(state: string): Promise<void>;
  /** The console errors and uncaught exceptions since the last call, less those ignored until then. */
  takeConsoleProblems(): string[];
  /** Until the test ends, console errors matching `pattern` are expected (e.g. tiles made unreachable on purpose). */
  ignoreConsoleErrors(pattern: RegExp): void;
  close(): Promise<void>;
}

/** The real API on a fresh SQLite file, the dashboard in front of it, and one Chromium page; close() stops all. */
export async function startE2eSession(): Promise<E2eSession> {
  const api = await startApi();
  const dashboard = await startDashboard(api.url);
  const browser = await launchChromium();
  const page = await browser.newPage({ reducedMotion: 'reduce' });
  page.setDefaultTimeout(20_000);
  // The tests never reach the internet: every map tile is one transparent pixel.
  await page.route(tileUrls, (route) => route.fulfill({ contentType: 'image/png', body: blankTile }));
  const browserConsole = watchConsole(page);
  let ignored: RegExp[] = [];
  return {
    api,
    dashboard,
    page,
    async expectAccessible(state) {
      const check = await checkAccessibility(page, state);
      // E2E_AXE_REPORT=<file> keeps every state's violations of any impact, for counting them.
      if (process.env.E2E_AXE_REPORT) await appendFile(process.env.E2E_AXE_REPORT, `${JSON.stringify(check)}\n`);
      const failing = failingViolations(check);
      if (failing.length > 0) throw new Error(describeViolations(check, failing));
    },
    takeConsoleProblems() {
      const problems = browserConsole.take().filter((problem) => !ignored.some((pattern) => pattern.test(problem)));
      ignored = [];
      return problems;
    },
    ignoreConsoleErrors(pattern) {
      ignored.push(pattern);
    },
    async close() {
      await browser.close();
      await dashboard.close();
      await api.close();
    },
  };
}

/**
 * One session for the tests of a describe block: started before the first, closed after the last, and every test
 * fails if the browser logged an error or threw while it ran.
 */
export function useE2eSession(): () => E2eSession {
  let session: E2eSession | undefined;
  beforeAll(async () => {
    session = await startE2eSession();
  });
  afterEach(() => {
    const problems = session?.takeConsoleProblems() ?? [];
    if (problems.length > 0) throw new Error(`The browser reported errors:\n${problems.join('\n')}`);
  });
  afterAll(() => session?.close());
  return () => {
    if (!session) throw new Error('the e2e session has not started');
    return session;
  };
}
