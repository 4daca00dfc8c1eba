import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The API runs in-process: its type-graphql and MikroORM classes use TypeScript's legacy decorators.
  oxc: { decorator: { legacy: true } },
  // graphql@16's extensionless main "index" must resolve to index.js as in Node, or the API's own graphql imports
  // and its Node-loaded libraries would hold two graphql realms.
  resolve: { extensions: ['.js', '.mjs', '.ts', '.mts', '.jsx', '.tsx', '.json'] },
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
