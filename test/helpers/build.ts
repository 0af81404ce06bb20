import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { distIsCurrent as distIsCurrentIn } from './dist-current.mjs';
import { ROOT } from './paths';

/** dist/ was built after the last change to anything it is built from (the build stamps dist/.built last). */
const distIsCurrent = (): boolean => distIsCurrentIn(ROOT);

/** Set on globalThis: with `isolate: false` a worker runs many test files, which may each load this module anew. */
const BUILT = Symbol.for('sdkgen.test.built');

/**
 * Builds dist/ (scripts/build.mjs) for the tests that run the CLI, unless it is current: `npm test` built it before
 * Vitest started, and the sources do not change while the tests run, so a second build would only cost its second.
 * Run alone (`vitest run test/cli.test.ts`) after an edit, a test file still gets a fresh build. Throws with the
 * build's output when it fails.
 */
export function buildSdkgen(): void {
  const scope = globalThis as { [BUILT]?: true };
  if (scope[BUILT]) return;
  if (distIsCurrent()) {
    scope[BUILT] = true;
    return;
  }
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`scripts/build.mjs exited ${build.status}:\n${build.stdout}${build.stderr}`);
  scope[BUILT] = true;
}
