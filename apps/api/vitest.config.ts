import { defineConfig } from 'vitest/config';

export default defineConfig({
  // type-graphql and MikroORM use TypeScript's legacy (experimental) decorators; Vite 8 transforms TS with oxc.
  resolve: { extensions: ['.js', '.mjs', '.ts', '.mts', '.jsx', '.tsx', '.json'] },
  oxc: { decorator: { legacy: true } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'integration/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Two cores: more parallel files only make the SQLite and PostgreSQL suites contend.
    maxWorkers: 2,
    fileParallelism: true,
    // Lifecycle tests start server processes and audiences page through hundreds of end users: on two shared cores
    // under load they take several times what they take alone. A limit is for hangs, not for speed.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
