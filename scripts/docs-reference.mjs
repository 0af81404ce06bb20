/**
 * Writes the reference pages generated from the code (docs/reference/cli.md, config.md, stainless-config.md; see
 * scripts/reference-pages.ts). `--check` writes nothing and exits 1 when a committed page is stale.
 *
 *   npm run docs:reference
 *   node scripts/docs-reference.mjs --check
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'test/.tmp/docs-reference.mjs');
mkdirSync(path.dirname(bundle), { recursive: true });
await build({
  entryPoints: [path.join(root, 'scripts/reference-pages.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
  outfile: bundle,
});
const { referencePages } = await import(pathToFileURL(bundle).href);
const check = process.argv.includes('--check');
let stale = 0;
for (const [file, text] of await referencePages(root)) {
  const target = path.join(root, file);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (current === text) continue;
  if (check) {
    stale++;
    console.error(`${file} is stale: run npm run docs:reference`);
    continue;
  }
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${file}`);
}
process.exitCode = stale > 0 ? 1 : 0;
