// `pnpm build`: the API as plain JavaScript in dist/, started with `node` in production (no TypeScript at run time).
// Dependencies stay in node_modules; only our own code is bundled, one file per entry point.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/main.ts', migrate: 'src/scripts/migrate.ts' },
  outdir: 'dist',
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  sourcemap: true,
  // type-graphql and the schema builder read class names at run time.
  keepNames: true,
  logLevel: 'warning',
});
