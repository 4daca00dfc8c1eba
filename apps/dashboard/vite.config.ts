import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';
const port = Number(process.env.DASHBOARD_PORT ?? 5173);

// The dashboard talks to a relative /graphql, so dev and preview forward API paths to the API server.
const proxy = {
  '/graphql': { target: apiUrl, changeOrigin: true },
  '/healthz': { target: apiUrl, changeOrigin: true },
};

// Libraries change less often than the app: separate chunks stay cached across deployments.
const vendorChunks = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
  { name: 'mantine', test: /node_modules[\\/](@mantine|@tabler|@floating-ui)[\\/]/ },
  { name: 'graphql', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/ },
];

export default defineConfig({
  plugins: [react()],
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
  build: { rolldownOptions: { output: { codeSplitting: { groups: vendorChunks } } } },
});
