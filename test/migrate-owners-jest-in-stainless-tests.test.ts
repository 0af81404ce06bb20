/**
 * Owners' Jest lines that live only in Stainless's test files (a test added to `tests/api-resources/…`, spying with
 * `jest.spyOn` and expecting `toHaveBeenCalledWith`), carried into the test file sdkgen writes (reapply/host-expect.ts),
 * keep running under the runner the move leaves:
 * - with Stainless's Jest config in the repository, Jest stays (package/jest-plan.ts counted only files of the owners'
 *   own and Stainless's kept tests: the config went, Vitest ran the file, and `jest` was undefined there);
 * - without one, the tests run on Vitest, and the file imports Vitest's `expect` (Jest's matchers, typed): the global
 *   one is no type of the tsconfig's, so `tsc --strict` failed on every `expect(…)`. A `jest.…` call there goes to a
 *   person, with Vitest's name for it.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';
import { STAINLESS_JEST } from './helpers/stainless-repository';
import { typeCheckStrict } from './helpers/generated-tests';
import { SLOW_FULL } from './helpers/slow-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { ACME_HEALTH_CONFIG, ACME_HEALTH_SPEC } from './helpers/acme-health';

const [SPEC, CONFIG] = [ACME_HEALTH_SPEC, ACME_HEALTH_CONFIG];

const root = tempDir('owners-jest-stainless-tests');
afterAll(() => rmSync(root, { recursive: true, force: true }));

let rendered: Array<{ path: string; contents: string }> = [];
beforeAll(async () => {
  ({ files: rendered } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false }));
});

const TEST = 'tests/api-resources/health.test.ts';
const STAINLESS_TEST =
  "import Acme from 'acme';\n\nconst client = new Acme({ apiKey: 'k' });\n\ndescribe('resource health', () => {\n" +
  "  test('check', async () => {\n    const response = await client.health.check();\n    expect(response).toBeUndefined();\n  });\n});\n";

/** Matchers the harness lacks; and Jest's `jest` object. */
const MATCHERS_TEST = `
test('reads the options it was given', () => {
  expect({ apiKey: 'k', timeout: 5 }).toMatchObject({ apiKey: expect.any(String) });
});
`;
const SPY_TEST = `
test('warns on a deprecated call', () => {
  const consoleSpy = jest.spyOn(console, 'warn').mockImplementation();
  console.warn('deprecated');
  expect(consoleSpy).toHaveBeenCalledWith('deprecated');
  consoleSpy.mockRestore();
});
`;

/** A `jest.fn()` expected with the harness's own matchers. */
const MOCK_FN_TEST = `
test('calls the sender', () => {
  const send = jest.fn(() => 1);
  expect(send()).toBe(1);
});
`;

/** The move of a repository holding Stainless's test file, edited by the owners (`added` at its end). */
function moved(added: string, jestConfig: boolean) {
  const stainless = new Map<string, string>([[TEST, STAINLESS_TEST]]);
  if (jestConfig) stainless.set('jest.config.ts', STAINLESS_JEST);
  const edited = new Map([...stainless, [TEST, `${STAINLESS_TEST}${added}`]]);
  return planMigration({
    current: [...edited].map(([path, text]) => ({ path, blob: text === stainless.get(path) ? path : 'edited', text })),
    base: { blobs: new Map([...stainless.keys()].map((path) => [path, path])), texts: stainless },
    rendered,
  });
}

const written = (plan: ReturnType<typeof moved>, path: string) => plan.writes.find((w) => w.path === path)?.contents;

describe("owners' Jest lines only in Stainless's test files", () => {
  it("keep Stainless's Jest config, and Jest as the runner", () => {
    for (const added of [SPY_TEST, MATCHERS_TEST]) {
      const plan = moved(added, true);
      expect(plan.testRunner).toMatchObject({ runner: 'jest', config: 'jest.config.ts' });
      expect(plan.removed).not.toContain('jest.config.ts');
      expect(written(plan, TEST)).toContain(added.trim());
    }
  });

  it("leave Stainless's Jest config to go where the owners' lines use only the harness", () => {
    const plan = moved("\ntest('is undefined', () => {\n  expect(undefined).toBeUndefined();\n});\n", true);
    expect(plan.testRunner).toBeNull();
    expect(plan.removed).toContain('jest.config.ts');
    expect(written(plan, TEST)).not.toContain("from 'vitest'");
  });

  it("take Vitest's `expect` where no Jest config stays", () => {
    const plan = moved(MATCHERS_TEST, false);
    expect(plan.testRunner).toBeNull();
    const text = written(plan, TEST)!;
    expect(text).toMatch(
      /^import \{ describe, process, test \} from '\.\.\/harness\.js';\nimport \{ expect \} from 'vitest';$/m,
    );
    expect(plan.needsHand.filter((n) => n.path === TEST)).toEqual([]);
  });

  it("call Vitest's `vi` for Jest's `jest` where it has the member, and import it", () => {
    const spying = moved(SPY_TEST, false);
    const text = written(spying, TEST)!;
    expect(text).toMatch(/^import \{ expect, vi \} from 'vitest';$/m);
    // (Vitest's `mockImplementation` must be given the function Jest's stands for when given none.)
    expect(text).toContain("const consoleSpy = vi.spyOn(console, 'warn').mockImplementation(() => {});");
    expect(text).not.toMatch(/\bjest\./);
    expect(spying.needsHand.filter((n) => n.path === TEST)).toEqual([]);
    // The harness's `expect` kept (its matchers are enough): `vi` alone is imported.
    const mocking = moved(MOCK_FN_TEST, false);
    const mocked = written(mocking, TEST)!;
    expect(mocked).toMatch(
      /^import \{ describe, expect, process, test \} from '\.\.\/harness\.js';\nimport \{ vi \} from 'vitest';$/m,
    );
    expect(mocked).toContain('const send = vi.fn(() => 1);');
    expect(mocking.needsHand.filter((n) => n.path === TEST)).toEqual([]);
  });

  it("leave to a person the `jest.…` calls Vitest's `vi` has under another name", () => {
    const plan = moved(`${SPY_TEST}\ntest('reads the real module', () => {\n  jest.setTimeout(10_000);\n});\n`, false);
    const text = written(plan, TEST)!;
    expect(text).toContain('vi.spyOn(console');
    expect(text).toContain('  jest.setTimeout(10_000);');
    expect(plan.needsHand.filter((n) => n.path === TEST).map((n) => n.reason)).toEqual([
      expect.stringMatching(/Jest's `jest` object \(`jest\.setTimeout`\).*Vitest's `vi`/),
    ]);
    // Nothing was reported for such a call where the file kept the harness's `expect`.
    const kept = moved("\ntest('waits', () => {\n  jest.setTimeout(10_000);\n  expect(1).toBe(1);\n});\n", false);
    expect(kept.needsHand.filter((n) => n.path === TEST).map((n) => n.reason)).toEqual([
      expect.stringMatching(/`jest\.setTimeout`/),
    ]);
  });

  // The strict type check takes a while: CI's (SDKGEN_SLOW_TESTS=full).
  it.runIf(SLOW_FULL)('type-check under `tsc --strict` on Vitest', () => {
    const plan = moved(`${MATCHERS_TEST}${SPY_TEST}${MOCK_FN_TEST}`, false);
    writeFiles(root, rendered);
    writeFiles(root, [{ path: TEST, contents: written(plan, TEST)! }]);
    const { status, output } = typeCheckStrict(root, [TEST]);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
