// @ts-check
// The JavaScript a first visit downloads before anything shows: the entry chunk and every chunk it imports
// statically, gzipped. Chunks loaded later by import() (pages, the map) do not count.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** In kB of 1,000 bytes, as Vite reports sizes. */
export const initialJavaScriptBudgetKb = 250;

/**
 * @typedef {{ file: string; isEntry?: boolean; imports?: string[] }} ManifestChunk
 * @typedef {{ file: string; gzipBytes: number }} SizedFile
 */

/**
 * The entry's JavaScript and its static imports, each with its gzip size, from a Vite build's manifest.
 * @param {string} distDir the build's output directory (with `.vite/manifest.json`)
 * @returns {Promise<SizedFile[]>}
 */
export async function initialJavaScript(distDir) {
  /** @type {Record<string, ManifestChunk>} */
  const manifest = JSON.parse(await readFile(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length === 0) throw new Error(`${distDir}: the manifest has no entry chunk`);
  /** @type {Set<string>} */
  const reached = new Set();
  const pending = [...entries];
  while (pending.length > 0) {
    const key = /** @type {string} */ (pending.pop());
    if (reached.has(key)) continue;
    reached.add(key);
    pending.push(...(manifest[key]?.imports ?? []));
  }
  const files = [...reached].map((key) => /** @type {ManifestChunk} */ (manifest[key]).file);
  // Vite lists stylesheets under `css`, never under `imports`: what is reached is JavaScript.
  return Promise.all(
    files.map(async (file) => ({ file, gzipBytes: gzipSync(await readFile(join(distDir, file))).length })),
  );
}

/**
 * @param {SizedFile[]} files
 * @param {number} budgetKb
 * @returns {{ totalKb: number; withinBudget: boolean; report: string }}
 */
export function judge(files, budgetKb) {
  const totalKb = files.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0) / 1000;
  const lines = [...files]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map(({ file, gzipBytes }) => `  ${(gzipBytes / 1000).toFixed(1).padStart(7)} kB  ${file}`);
  const verdict =
    totalKb <= budgetKb
      ? `Initial JavaScript: ${totalKb.toFixed(1)} kB gzip, within the ${budgetKb} kB budget.`
      : `Initial JavaScript: ${totalKb.toFixed(1)} kB gzip, over the ${budgetKb} kB budget: load more of it lazily.`;
  return { totalKb, withinBudget: totalKb <= budgetKb, report: [verdict, ...lines].join('\n') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const distDir = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));
  const { withinBudget, report } = judge(await initialJavaScript(distDir), initialJavaScriptBudgetKb);
  console.log(report);
  if (!withinBudget) process.exit(1);
}
