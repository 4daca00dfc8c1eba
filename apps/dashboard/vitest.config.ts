import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test/setup-tests.ts'],
    css: false,
    // Two cores shared with the API suites: the first render of a page (lazy routes, Mantine) can take seconds.
    testTimeout: 20_000,
  },
});
