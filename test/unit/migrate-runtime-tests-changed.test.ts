/**
 * A test of Stainless's runtime (which sdkgen's replaces) whose imports alone the owners changed, adding no test of
 * theirs (writer's tests/base64.test.ts importing from `internal/utils` rather than `internal/utils/base64`): it goes
 * with the runtime it tests, listed as such, and is no hand edit for a person. One they added a test to keeps theirs.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';

const STAINLESS_TEST = `import { fromBase64, toBase64 } from '../src/internal/utils/base64';

describe('base64', () => {
  test('round trip', () => {
    expect(fromBase64(toBase64('a'))).toEqual(new Uint8Array([97]));
  });
});
`;

function planWith(test: string) {
  return planMigration({
    current: [{ path: 'tests/base64.test.ts', blob: 'owners', text: test }],
    base: {
      blobs: new Map([['tests/base64.test.ts', 'stainless']]),
      texts: new Map([['tests/base64.test.ts', STAINLESS_TEST]]),
    },
    rendered: [
      { path: 'src/internal/utils/base64.ts', contents: 'export { toBase64, fromBase64 } from "../utils";\n' },
      { path: 'src/internal/utils.ts', contents: 'export function toBase64() {}\nexport function fromBase64() {}\n' },
    ],
  });
}

describe('migrate: Stainless’s runtime tests the owners changed', () => {
  it('go with the runtime where only their imports changed, listed as such, nothing for a person', () => {
    const plan = planWith(STAINLESS_TEST.replace("'../src/internal/utils/base64'", "'../src/internal/utils'"));
    expect(plan.removed).toContain('tests/base64.test.ts');
    expect(plan.changedStainlessTests).toEqual(['tests/base64.test.ts']);
    expect(plan.rejected).toEqual([]);
  });

  it('keep the owners’ own test added to one', () => {
    const added = `${STAINLESS_TEST}\ndescribe('theirs', () => {\n  test('empty', () => {\n    expect(toBase64('')).toBe('');\n  });\n});\n`;
    const plan = planWith(added);
    expect(plan.changedStainlessTests).toEqual([]);
    expect(plan.keptTests).toEqual(['tests/base64.test.ts (the tests you added)']);
  });
});
