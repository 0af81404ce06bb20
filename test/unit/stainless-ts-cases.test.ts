/**
 * scripts/stainless-ts-cases.mjs, shared by the stainless-compat suite and scripts/stainless-ts-tests.mjs: Stainless's
 * endpoint test files are read case by case (`test` and `test.skip`, with the lines each spans), and the errors tsc
 * prints are charged to the case they fall in; an error outside every case (an import) to each case of its file; an
 * error outside the tests (in the SDK) to none, returned apart.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { casesWithErrors, testCases } from '../../scripts/stainless-ts-cases.mjs';
import { tempDir } from '../helpers/sdk';

const dir = tempDir('stainless-ts-cases');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILE = [
  "import Acme from 'acme';", // 1
  '', // 2
  "describe('resource pets', () => {", // 3
  "  test('create: only required params', async () => {", // 4
  '    await client.pets.create({ name: 1 });', // 5
  '  });', // 6
  '', // 7
  "  test.skip('list', async () => {", // 8
  '    await client.pets.list();', // 9
  '  });', // 10
  '});', // 11
].join('\n');

describe('Stainless endpoint test cases', () => {
  it('are read with the lines each spans, skipped or not', () => {
    expect(testCases('pets.test.ts', FILE)).toEqual([
      {
        id: 'pets.test.ts > resource pets > create: only required params',
        file: 'pets.test.ts',
        skipped: false,
        from: 4,
        to: 7,
      },
      { id: 'pets.test.ts > resource pets > list', file: 'pets.test.ts', skipped: true, from: 8, to: 11 },
    ]);
  });

  it("are charged with the tsc errors inside them; an import's error counts against each; the SDK's against none", () => {
    mkdirSync(path.join(dir, 'tests', 'api-resources', 'pets'), { recursive: true });
    writeFileSync(path.join(dir, 'tests', 'api-resources', 'pets', 'pets.test.ts'), FILE);
    writeFileSync(path.join(dir, 'tests', 'api-resources', 'owners.test.ts'), FILE);
    const output = [
      `${dir}/tests/api-resources/pets/pets.test.ts(5,34): error TS2322: Type 'number' is not assignable to type 'string'.`,
      `tests/api-resources/owners.test.ts(1,18): error TS2307: Cannot find module 'acme'.`,
      `sdk/src/client.ts(10,3): error TS2304: Cannot find name 'x'.`,
    ].join('\n');
    const { cases, elsewhere } = casesWithErrors(dir, output);
    expect(Object.fromEntries(cases.map((c) => [c.id, c.errors]))).toEqual({
      'owners.test.ts > resource pets > create: only required params': ["1: error TS2307: Cannot find module 'acme'."],
      'owners.test.ts > resource pets > list': ["1: error TS2307: Cannot find module 'acme'."],
      'pets/pets.test.ts > resource pets > create: only required params': [
        "5: error TS2322: Type 'number' is not assignable to type 'string'.",
      ],
      'pets/pets.test.ts > resource pets > list': [],
    });
    expect(elsewhere).toEqual(["sdk/src/client.ts(10): error TS2304: Cannot find name 'x'."]);
  });
});
