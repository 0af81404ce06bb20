/**
 * How a TypeScript test file calls its tests (`test(…)`, Jest's global, or `it(…)`, the one name sdkgen's harness
 * imports), and `test` imported beside `it` from sdkgen's harness where the owners' tests keep their spelling
 * (reapply/hunks.ts).
 */
import { TEST_CALL } from './find-lines';

/** What a file's tests are called, when it has some and calls them all one way. */
export function testsCalled(fileLines: string[]): 'test' | 'it' | null {
  const names = new Set(fileLines.map((line) => TEST_CALL.exec(line.trim())?.[1]).filter((name) => name !== undefined));
  return names.size === 1 ? ([...names][0] as 'test' | 'it') : null;
}

/** The named import of sdkgen's test harness that gives `it` (`import { describe, expect, it } from './harness.js';`). */
export const HARNESS_IMPORT = /^import \{([^}]*)\} from '(?:\.\.?\/)+(?:[\w-]+\/)*harness(?:\.js)?';$/;

/** The line of a test file importing `it` from sdkgen's harness, or -1. */
export function harnessImport(fileLines: string[]): number {
  return fileLines.findIndex((line) => {
    const names = HARNESS_IMPORT.exec(line.trim())?.[1];
    return names !== undefined && names.split(',').some((name) => name.trim() === 'it');
  });
}

/** The file with `test` among the names its harness import gives (in sdkgen's order, sorted). */
export function withTestImported(fileLines: string[]): string[] {
  const at = harnessImport(fileLines);
  if (at < 0) return fileLines;
  const line = fileLines[at];
  const names = HARNESS_IMPORT.exec(line.trim())![1]
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.includes('test')) return fileLines;
  const list = [...names, 'test'].sort((x, y) => x.localeCompare(y)).join(', ');
  return fileLines.map((text, i) => (i === at ? text.replace(/\{[^}]*\}/, `{ ${list} }`) : text));
}
