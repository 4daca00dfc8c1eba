import { defineConfig } from 'vitest/config';

export default defineConfig({
  // type-graphql and MikroORM use TypeScript's legacy (experimental) decorators; Vite 8 transforms TS with oxc.
  resolve: { extensions: ['.js', '.mjs', '.ts', '.mts', '.jsx', '.tsx', '.json'] },
  oxc: { decorator: { legacy: true } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Two cores: more parallel files only make the SQLite and PostgreSQL suites contend.
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
