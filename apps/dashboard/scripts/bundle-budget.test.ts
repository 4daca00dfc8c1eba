import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { initialJavaScript, judge } from './bundle-budget.mjs';

let distDir: string;

afterEach(() => rm(distDir, { recursive: true, force: true }));

/** A build's output: chunks of random (incompressible) bytes and the manifest Vite writes beside them. */
async function fakeBuild(chunks: Record<string, number>, manifest: object): Promise<Record<string, Buffer>> {
  distDir = await mkdtemp(join(tmpdir(), 'bundle-budget-'));
  await mkdir(join(distDir, 'assets'));
  await mkdir(join(distDir, '.vite'));
  await writeFile(join(distDir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  const contents: Record<string, Buffer> = {};
  for (const [file, size] of Object.entries(chunks)) {
    contents[file] = randomBytes(size);
    await writeFile(join(distDir, file), contents[file]);
  }
  return contents;
}

describe('the initial JavaScript budget', () => {
  it('counts the entry and every chunk it imports statically, however deep, but no lazy chunk and no CSS', async () => {
    const contents = await fakeBuild(
      { 'assets/index.js': 3000, 'assets/shared.js': 2000, 'assets/deep.js': 1000, 'assets/page.js': 5000 },
      {
        'index.html': {
          file: 'assets/index.js',
          isEntry: true,
          imports: ['_shared.js'],
          dynamicImports: ['src/page.tsx'],
          css: ['assets/index.css'],
        },
        '_shared.js': { file: 'assets/shared.js', imports: ['_deep.js'] },
        '_deep.js': { file: 'assets/deep.js' },
        'src/page.tsx': { file: 'assets/page.js', isDynamicEntry: true, imports: ['_shared.js'] },
        'assets/index.css': { file: 'assets/index.css' },
      },
    );

    const files = await initialJavaScript(distDir);

    expect(files.map(({ file }) => file).sort()).toEqual(['assets/deep.js', 'assets/index.js', 'assets/shared.js']);
    for (const { file, gzipBytes } of files) expect(gzipBytes).toBe(gzipSync(contents[file]!).length);
  });

  it('passes a build at its budget and fails one a byte over it, naming the largest chunk first', () => {
    const files = [
      { file: 'assets/small.js', gzipBytes: 50_000 },
      { file: 'assets/large.js', gzipBytes: 200_000 },
    ];
    expect(judge(files, 250)).toMatchObject({ totalKb: 250, withinBudget: true });

    const over = judge([...files, { file: 'assets/byte.js', gzipBytes: 1 }], 250);
    expect(over.withinBudget).toBe(false);
    expect(over.report.split('\n')).toEqual([
      'Initial JavaScript: 250.0 kB gzip, over the 250 kB budget: load more of it lazily.',
      '    200.0 kB  assets/large.js',
      '     50.0 kB  assets/small.js',
      '      0.0 kB  assets/byte.js',
    ]);
  });

  it('refuses a manifest without an entry rather than passing an empty sum', async () => {
    await fakeBuild({}, { '_shared.js': { file: 'assets/shared.js' } });
    await expect(initialJavaScript(distDir)).rejects.toThrow('the manifest has no entry chunk');
  });
});
