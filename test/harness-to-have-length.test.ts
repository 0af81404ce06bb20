/**
 * The generated tests' harness of an SDK made from a Stainless config (tests/harness.ts) gives Jest's and Vitest's
 * `toHaveLength(n)` and `toBeNull()`, which owners' tests carried by `sdkgen migrate` call: a string's, an array's or an array-like
 * value's `length`, negated with `.not`, and (as in Jest) a failure for a value without a numeric length either way.
 * The SDK's harness and a test file calling the matcher are type-checked under tsc --strict and run under Node by
 * the harness on its own.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGeneratedTests, typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { ACME_HEALTH_CONFIG, ACME_HEALTH_SPEC } from './helpers/acme-health';

const root = tempDir('harness-to-have-length');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const [SPEC, CONFIG] = [ACME_HEALTH_SPEC, ACME_HEALTH_CONFIG];

/** Calls of the matcher: the first three hold, the others fail. */
const TESTS = `import { describe, expect, it } from './harness.js';

describe('length', () => {
  it('of a string', () => {
    expect('abc').toHaveLength(3);
    expect('').toHaveLength(0);
  });
  it('of an array', () => {
    expect([1, 2]).toHaveLength(2);
    expect([]).not.toHaveLength(1);
  });
  it('of array-like values', () => {
    expect({ length: 4 }).toHaveLength(4);
    expect(new Uint8Array(5)).toHaveLength(5);
  });
  it('another length', () => {
    expect([1, 2]).toHaveLength(3);
  });
  it('negated, the same length', () => {
    expect('ab').not.toHaveLength(2);
  });
  it('negated, no length', () => {
    expect({ a: 1 }).not.toHaveLength(1);
  });
  it('of null', () => {
    expect(null).toHaveLength(0);
  });
});

describe('null', () => {
  it('is null', () => {
    expect(null).toBeNull();
    expect(undefined).not.toBeNull();
  });
  it('undefined is not', () => {
    expect(undefined).toBeNull();
  });
});
`;

describe("the harness's toHaveLength", () => {
  it('type-checks under tsc --strict, passes on the length and fails otherwise', async () => {
    const input = path.join(root, 'input');
    mkdirSync(input, { recursive: true });
    const result = await generateFrom(input, SPEC, CONFIG);
    const out = path.join(root, 'sdk');
    writeFiles(
      out,
      result.files.filter((f) => !f.path.startsWith('tests/') || f.path === 'tests/harness.ts'),
    );
    writeFileSync(path.join(out, 'tests/length.test.ts'), TESTS);

    const { status, output } = typeCheckStrict(out, ['src/**/*.ts', 'tests/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);

    const run = await runGeneratedTests(out, 'http://127.0.0.1:9');
    expect(run.passed, run.text).toEqual([
      'length > of a string',
      'length > of an array',
      'length > of array-like values',
      'null > is null',
    ]);
    expect(run.failed, run.text).toEqual([
      { name: 'length > another length', error: 'Error: expected [1,2] to have length 3 (its length is 2)' },
      {
        name: 'length > negated, the same length',
        error: 'Error: expected "ab" not to have length 2 (its length is 2)',
      },
      { name: 'length > negated, no length', error: 'Error: expected a value with a length, got {"a":1}' },
      { name: 'length > of null', error: 'Error: expected a value with a length, got null' },
      { name: 'null > undefined is not', error: 'Error: expected undefined to be null' },
    ]);
    expect(run.summary).toBe('4 passed, 5 failed, 0 skipped');
  });
});
