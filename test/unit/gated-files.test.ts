/**
 * The files `npm test` leaves out (test/helpers/gated-files.ts): those whose every suite is gated on a gate that is
 * off. A file with one suite that would run must stay in, wherever that suite is declared.
 */
import { describe, expect, it } from 'vitest';
import { gatesOff, wholeGated, wholeGatedFiles } from '../helpers/gated-files';
import { ROOT } from '../helpers/paths';

const off = new Set(['SLOW_FULL', 'PYTHON_FULL']);
const head = "import { describe, it } from 'vitest';\nimport { SLOW_FULL } from './helpers/slow-tests';\n";

describe('wholeGated', () => {
  it.each([
    [
      'every suite under runIf(SLOW_FULL)',
      "describe.runIf(SLOW_FULL)('a', () => {});\nit.runIf(SLOW_FULL)('b', () => {});\n",
      true,
    ],
    ['skipIf(!PYTHON_FULL)', "describe.skipIf(!PYTHON_FULL)('a', () => {\n  it('x', () => {});\n});\n", true],
    [
      'a suite of its own beside the gated one',
      "describe.runIf(SLOW_FULL)('a', () => {});\ndescribe('b', () => {});\n",
      false,
    ],
    [
      'a suite declared in a loop',
      "describe.runIf(SLOW_FULL)('a', () => {});\nfor (const x of [1]) {\n  it(`${x}`, () => {});\n}\n",
      false,
    ],
    ['a suite in a block', "describe.runIf(SLOW_FULL)('a', () => {});\n{\n  describe('b', () => {});\n}\n", false],
    ['a gate with another condition', "describe.runIf(SLOW_FULL && ok)('a', () => {});\n", false],
    [
      'an ungated suite with gated tests inside',
      "describe('a', () => {\n  it.runIf(SLOW_FULL)('x', () => {});\n});\n",
      false,
    ],
    [
      'a line like a suite inside a template literal',
      "describe.runIf(SLOW_FULL)('a', () => {\n  const source = `\nit('x', () => {});\n`;\n});\n",
      true,
    ],
    ['no suite at all', 'export const SLOW_FULL = 1;\n', false],
    ['a gate that is on', "describe.runIf(E2E)('a', () => {});\n", false],
  ])('%s: %s', (_, body, want) => {
    expect(wholeGated('x.test.ts', head + body, off)).toBe(want);
  });

  it('counts a gate off only while its variable is not full', () => {
    expect([...gatesOff({})]).toEqual(['SLOW_FULL', 'PYTHON_FULL', 'E2E_FULL']);
    expect([...gatesOff({ SDKGEN_SLOW_TESTS: 'full' })]).toEqual(['PYTHON_FULL', 'E2E_FULL']);
    expect([...gatesOff({ SDKGEN_E2E_TESTS: 'full' })]).toEqual(['SLOW_FULL', 'PYTHON_FULL']);
    expect(
      wholeGated(
        'x.test.ts',
        `${head}describe.runIf(SLOW_FULL)('a', () => {});\n`,
        gatesOff({ SDKGEN_SLOW_TESTS: 'full' }),
      ),
    ).toBe(false);
  });

  it("finds this repository's gated files, and none that npm test runs a test of", () => {
    const files = wholeGatedFiles(ROOT, off);
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('test/migrate-stale-base.test.ts');
    expect(files).not.toContain('test/mcp.test.ts');
    expect(files).not.toContain('test/unit/gated-files.test.ts');
    expect(wholeGatedFiles(ROOT, new Set())).toEqual([]);
    // An end-to-end file CI runs after npm test (`npm run test:e2e`), whole.
    expect(wholeGatedFiles(ROOT, gatesOff({}))).toContain('test/package-consumers.test.ts');
  });
});
