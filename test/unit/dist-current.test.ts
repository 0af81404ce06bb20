/**
 * test/helpers/dist-current.mjs, by which `npm test` (test/helpers/build-if-stale.mjs) and the tests' buildSdkgen
 * skip a build of dist/ that is current: current only when dist/.built is newer than every file of every build input.
 */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_INPUTS, distIsCurrent } from '../helpers/dist-current.mjs';
import { tempDir } from '../helpers/sdk';

/** Seconds from now: the folders the test makes are stamped now. */
const later = (seconds: number) => Date.now() / 1000 + seconds;

/** A checkout with every build input (a folder for each directory input, a file in it), the files at `inputsAt` (s). */
function checkout(inputsAt: number): string {
  const root = tempDir('dist-current');
  for (const input of BUILD_INPUTS) {
    const file = /\.\w+$/.test(input) ? path.join(root, input) : path.join(root, input, 'deep/module.ts');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '');
    utimesSync(file, inputsAt, inputsAt);
  }
  return root;
}

function built(root: string, at: number): void {
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  writeFileSync(path.join(root, 'dist/.built'), '');
  utimesSync(path.join(root, 'dist/.built'), at, at);
}

describe('dist/ is current', () => {
  it('when it was built after the last change to every input', () => {
    const root = checkout(1_000_000);
    built(root, later(100));
    expect(distIsCurrent(root)).toBe(true);
  });

  it('not when a file deep in an input changed since, nor before any build', () => {
    const root = checkout(1_000_000);
    expect(distIsCurrent(root)).toBe(false);
    built(root, later(100));
    utimesSync(path.join(root, 'generator/deep/module.ts'), later(200), later(200));
    expect(distIsCurrent(root)).toBe(false);
  });
});
