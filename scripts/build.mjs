// Bundles the generator (TypeScript under generator/) into dist/ with esbuild.
// Runs on `npm ci` (prepare) and before every CLI script, so dist/ is never stale.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

await build({
  entryPoints: [path.join(root, 'generator/cli/main.ts')],
  outdir: path.join(root, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node18',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
