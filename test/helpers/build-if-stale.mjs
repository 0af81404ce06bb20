// `npm test`'s build: scripts/build.mjs, unless dist/ is current (./dist-current.mjs). `npm ci` builds dist/ (the
// package's prepare script), and a second build of the same sources before the tests cost a run a quarter of a
// minute of CPU. Usage: node test/helpers/build-if-stale.mjs
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distIsCurrent } from './dist-current.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
if (distIsCurrent(root)) {
  console.log('dist/ is current: not rebuilt');
} else {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  process.exit(build.status ?? 1);
}
