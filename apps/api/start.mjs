// The API package's `start`: the compiled build with plain node in production, the TypeScript sources (through tsx,
// a development dependency) otherwise. One process either way, so signals reach the server itself.
import { existsSync } from 'node:fs';

if (process.env.NODE_ENV === 'production') {
  if (!existsSync(new URL('./dist/main.js', import.meta.url))) {
    console.error('dist/main.js is missing: run `npx -y pnpm@10 build` first');
    process.exit(1);
  }
  await import('./dist/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./src/main.ts');
}
