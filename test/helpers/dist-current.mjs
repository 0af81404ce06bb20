// Whether dist/ is current: built (scripts/build.mjs stamps dist/.built last) after the last change to anything it
// is built from. Shared by the tests' buildSdkgen (./build.ts) and `npm test` (./build-if-stale.mjs).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What scripts/build.mjs builds dist/ from (package-lock.json stands for the bundled packages' versions). */
export const BUILD_INPUTS = ['generator', 'templates', 'bin', 'scripts/build.mjs', 'package.json', 'package-lock.json'];

/** The latest modification time of `file`, or of any file under it. */
function newestChange(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(file)) newest = Math.max(newest, newestChange(path.join(file, entry)));
  return newest;
}

/** Whether `root`'s dist/ was built after the last change to its build inputs. */
export function distIsCurrent(root) {
  try {
    const built = statSync(path.join(root, 'dist/.built')).mtimeMs;
    return BUILD_INPUTS.every((input) => newestChange(path.join(root, input)) < built);
  } catch {
    // No build yet, or an input missing: the build says what is wrong.
    return false;
  }
}
