/**
 * More of the compiler semantics the owners' code was checked under that the move keeps (issue 89, item 5):
 * - class fields: Stainless's `target: es2020` initialises a field after the constructor's parameter properties
 *   (`constructor(private client: X) {}` then `wallets = new Wallets(this.client)`, the shape of an owners' wrapper
 *   client); sdkgen's ES2022 defines fields first, so the same class is TS2729 (and `undefined` at run time). The
 *   migrated tsconfig sets `useDefineForClassFields: false` where Stainless's semantics were that.
 * - library years: a `lib` of Stainless's newer than sdkgen's (`es2023`'s `findLast`, `esnext`) is added to sdkgen's.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { relaxCompilerOptions } from '../generator/migrate/package/compiler-options';
import { runTsc, tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const sdkgenTsconfig = `{
  "compilerOptions": {
    "target": "ES2022",
    "module": "ESNext",
    "moduleResolution": "bundler",
    "lib": ["ES2022", "DOM", "DOM.Iterable"],
    "strict": true,
    "noEmit": true
  }
}
`;

const stainless = (options: Record<string, unknown>) =>
  JSON.stringify({ compilerOptions: { target: 'es2020', lib: ['es2020'], strict: true, ...options } });

const relaxed = (options: Record<string, unknown>) => relaxCompilerOptions(sdkgenTsconfig, stainless(options));
const compilerOptions = (text: string) =>
  (JSON.parse(text) as { compilerOptions: Record<string, unknown> }).compilerOptions;

describe("class fields as Stainless's target initialised them", () => {
  it('an es2020 target (assigned after parameter properties) gives useDefineForClassFields: false', () => {
    const result = relaxed({})!;
    expect(result.options).toContain('useDefineForClassFields');
    expect(compilerOptions(result.text).useDefineForClassFields).toBe(false);
  });

  it('not where Stainless defined them too: an ES2022 target, or the option set true', () => {
    expect(relaxed({ target: 'es2022' })?.options ?? []).not.toContain('useDefineForClassFields');
    expect(relaxed({ useDefineForClassFields: true })?.options ?? []).not.toContain('useDefineForClassFields');
  });
});

describe("the global types Stainless's tsconfig named", () => {
  const withTypes = (types: unknown) =>
    relaxCompilerOptions(
      sdkgenTsconfig.replace('"strict": true', '"types": [],\n    "strict": true'),
      stainless(types === undefined ? {} : { types }),
    );

  it("a list naming types sdkgen's leaves out (`node`, `jest`) lets the installed ones in, as none named did", () => {
    // openai-node's tsconfig: `types: ["jest", "node"]`; sdkgen's `types: []` left the owners' `process`, `Buffer` and
    // Jest's globals (and, with DOM's lib left out, fetch's types) undeclared.
    for (const types of [['jest', 'node'], ['node'], undefined]) {
      const result = withTypes(types)!;
      expect(result.options).toContain('types');
      expect(compilerOptions(result.text).types).toBeUndefined();
    }
  });

  it("an empty list, as sdkgen's, changes nothing", () => {
    expect(withTypes([])?.options ?? []).not.toContain('types');
  });
});

describe("the library years Stainless's lib had", () => {
  it("a newer year, or esnext, is added to sdkgen's lib; DOM's stay as they are", () => {
    // (A lib without DOM's leaves DOM's out, as before: compiler-options.ts' `libLeavesOutDom`.)
    expect(compilerOptions(relaxed({ lib: ['es2023'] })!.text).lib).toEqual(['ES2022', 'es2023']);
    expect(compilerOptions(relaxed({ lib: ['esnext', 'dom'] })!.text).lib).toEqual([
      'ES2022',
      'DOM',
      'DOM.Iterable',
      'esnext',
    ]);
  });

  it('an older year, or a part of a year sdkgen covers, adds nothing', () => {
    expect(relaxed({ lib: ['es2020', 'es2021.string', 'DOM'], target: 'es2022' })?.options ?? []).not.toContain('lib');
  });
});

describe.runIf(SLOW_FULL)("the owners' wrapper client type-checks under the migrated tsconfig as it did", () => {
  const root = tempDir('compiler-options-r32a');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const wrapper = [
    'class Wallets {',
    '  constructor(readonly client: { key: string }) {}',
    '}',
    'export class AcmeClient {',
    '  constructor(private client: { key: string }) {}',
    '  wallets = new Wallets(this.client);',
    '  last = [1, 2, 3].findLast((n) => n > 1);',
    '}',
    '',
  ].join('\n');
  const check = (name: string, tsconfig: string) => {
    const dir = path.join(root, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'client.ts'), wrapper);
    const options = compilerOptions(tsconfig);
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { ...options, types: [] }, files: ['client.ts'] }),
    );
    return runTsc(path.join(dir, 'tsconfig.json')).output;
  };

  it("fails under sdkgen's own tsconfig (TS2729, and no findLast in ES2022's lib)", () => {
    const output = check('sdkgen', sdkgenTsconfig);
    expect(output).toContain('TS2729');
    expect(output).toContain('findLast');
  });

  it('passes under the migrated one', () => {
    expect(check('migrated', relaxed({ lib: ['es2023'] })!.text)).toBe('');
  });
});
