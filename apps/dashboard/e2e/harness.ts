import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@vicinity/api/config';
import { createServer as createApiServer } from '@vicinity/api/server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer as createViteServer, type ViteDevServer } from 'vite';

const dashboardDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
export async function signUpWithTenant(page: Page, dashboardUrl: string, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}@example.com`;
  await page.goto(`${dashboardUrl}/signup`);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByLabel('Tenant name').fill('Corner Bakery');
  await page.getByRole('button', { name: 'Create tenant' }).click();
  return email;
}

export interface E2eSession {
  api: RunningApi;
  dashboard: RunningDashboard;
  page: Page;
  close(): Promise<void>;
}

/** The real API on a fresh SQLite file, the dashboard in front of it, and one Chromium page; close() stops all. */
export async function startE2eSession(): Promise<E2eSession> {
  const api = await startApi();
  const dashboard = await startDashboard(api.url);
  const browser = await launchChromium();
  const page = await browser.newPage();
  page.setDefaultTimeout(20_000);
  return {
    api,
    dashboard,
    page,
    async close() {
      await browser.close();
      await dashboard.close();
      await api.close();
    },
  };
}
