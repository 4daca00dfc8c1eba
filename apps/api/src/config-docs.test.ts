import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { envSchema } from './config';

const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
const srcDir = fileURLToPath(new URL('.', import.meta.url));

/** The names in the first column of the README's configuration table. */
function documentedVariables(): string[] {
  const section = readme.slice(readme.indexOf('## Configuration'));
  const table = section.slice(section.indexOf('| variable'), section.indexOf('\n\n', section.indexOf('| variable')));
  return [...table.matchAll(/^\| `([A-Z0-9_]+)`/gm)].map((m) => m[1]!);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("the README's configuration table", () => {
  it('lists exactly the variables config.ts reads', () => {
    expect(documentedVariables().sort()).toEqual(Object.keys(envSchema.shape).sort());
  });

  it('is complete because config.ts is the only server code that reads the environment', () => {
    const readers = sourceFiles(srcDir)
      .filter((file) => !file.endsWith('.test.ts') && !file.endsWith('config.ts') && !file.includes('/scripts/'))
      .filter((file) => readFileSync(file, 'utf8').includes('process.env'));
    expect(readers).toEqual([]);
  });
});
