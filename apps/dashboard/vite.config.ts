import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';
const port = Number(process.env.DASHBOARD_PORT ?? 5173);

// The dashboard calls the API on relative paths (/graphql, /import, /export), so dev and preview forward them to it.
const proxy = {
  '/graphql': { target: apiUrl, changeOrigin: true },
  '/healthz': { target: apiUrl, changeOrigin: true },
  '/import': { target: apiUrl, changeOrigin: true },
  '/export': { target: apiUrl, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  // The map's libraries load only with the lazily loaded map: bundle them at start-up, or the dev server would find
  // them on first use and reload the page under the user (and under end-to-end tests).
  optimizeDeps: { include: ['leaflet', 'react-leaflet', '@geoman-io/leaflet-geoman-free'] },
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
  // The manifest tells the bundle budget (scripts/bundle-budget.mjs) which chunks the first page load fetches.
  build: { manifest: true },
});
