/**
 * typeCheckStrict's program (./generated-tests.ts: tsc --strict, no ambient types, the SDK's own module syntax and
 * `paths`) with only some of its files checked: those a test brings to an SDK whose generated files another check
 * covers in full (the owners' code, the files their patches were applied to). The other files of the program are
 * read for the types the checked ones use, not checked themselves (runTsc's `only`, ./sdk.ts).
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runTsc, sdkModuleSyntax, sdkPaths, STRICT_OPTIONS } from './sdk';

export function typeCheckStrictOnly(
  dir: string,
  include: string[],
  only: string[],
): { status: number | null; output: string } {
  // A file the program does not hold would be checked by nobody, silently.
  const missing = only.filter((file) => !existsSync(path.resolve(dir, file)));
  if (only.length === 0 || missing.length > 0) throw new Error(`typeCheckStrictOnly: no file ${missing.join(', ')}`);
  const project = path.join(dir, 'tsconfig.check.json');
  const compilerOptions = { ...STRICT_OPTIONS, types: [], ...sdkModuleSyntax(dir), ...sdkPaths(dir) };
  writeFileSync(project, JSON.stringify({ compilerOptions, include }));
  return runTsc(project, { only: only.map((file) => path.resolve(dir, file)) });
}
