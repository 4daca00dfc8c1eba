import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql@16 ships index.mjs beside its CommonJS main "index"; Vite would pick the .mjs while Node-loaded
  // libraries (@graphql-inspector/core) get index.js, and two graphql realms reject each other's schemas.
  resolve: { extensions: ['.js', '.mjs', '.ts', '.mts', '.jsx', '.tsx', '.json'] },
  test: {
    include: ['test/**/*.test.ts'],
  },
});
