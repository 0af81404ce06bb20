/**
 * The entry fields of a package.json the owners wrote (`types`, `main`, `module`): a path sdkgen's build writes for
 * the package's entry, in the kind the field names (declarations for `types`, CommonJS for `main`, an ES module for
 * `module`), stays as they wrote it; one sdkgen's build cannot honour is set to sdkgen's and the report says why
 * (issue 89, item 6: openai-node's package.json, which people created in 2022, had its `types` rewritten).
 */
import { describe, expect, it } from 'vitest';
import { mergePackageJson, printLike } from '../../generator/migrate/package/package-json';

// sdkgen's package.json for an SDK from a Stainless config, as far as these fields go (templates/base/package.json.hbs).
const SDKGEN = JSON.stringify({
  name: 'acme',
  version: '0.1.0',
  type: 'commonjs',
  main: './dist/cjs/index.js',
  module: './dist/index.js',
  types: './dist/cjs/index.d.ts',
  exports: { '.': { import: './dist/index.mjs', require: './dist/cjs/index.js' } },
  scripts: { build: 'node scripts/build.mjs' },
});

// The items Stainless's generations wrote (the base); the entry fields are the owners'.
const STAINLESS = { name: 'acme', version: '1.0.0', scripts: { build: './scripts/build' } };

const merge = (fields: Record<string, string>) =>
  mergePackageJson(SDKGEN, JSON.stringify({ ...STAINLESS, ...fields }), JSON.stringify(STAINLESS), new Set());

describe("the owners' entry fields", () => {
  const cases: Array<{ given: Record<string, string>; want: Record<string, string>; rewritten: string[] }> = [
    // Declarations sdkgen's build writes for the entry (its ES module build's): the same API, kept.
    { given: { types: 'dist/index.d.ts' }, want: { types: 'dist/index.d.ts' }, rewritten: [] },
    // The same files as sdkgen's, spelled otherwise: kept as they spelled them.
    {
      given: { main: 'dist/cjs/index.js', types: 'dist/cjs/index.d.ts', module: 'dist/index.mjs' },
      want: { main: 'dist/cjs/index.js', types: 'dist/cjs/index.d.ts', module: 'dist/index.mjs' },
      rewritten: [],
    },
    // An ES module in sdkgen's build where `main` names CommonJS (Stainless's build wrote CommonJS there): sdkgen's.
    {
      given: { main: 'dist/index.js' },
      want: { main: './dist/cjs/index.js' },
      rewritten: ['main: "dist/index.js" → "./dist/cjs/index.js" (not the entry\'s CommonJS in sdkgen\'s build)'],
    },
    // A file sdkgen's build does not write: sdkgen's.
    {
      given: { types: 'lib/index.d.ts' },
      want: { types: './dist/cjs/index.d.ts' },
      rewritten: [
        'types: "lib/index.d.ts" → "./dist/cjs/index.d.ts" (not the entry\'s declarations in sdkgen\'s build)',
      ],
    },
  ];
  for (const { given, want, rewritten } of cases)
    it(`${JSON.stringify(given)} → ${JSON.stringify(want)}`, () => {
      const merged = merge(given);
      expect(merged.json).toMatchObject(want);
      expect(merged.rewritten).toEqual(rewritten);
    });

  it('a kept entry field is reported kept', () => {
    expect(merge({ types: 'dist/index.d.ts' }).kept).toContain('types');
  });
});

describe("the owners' own package.json, printed", () => {
  // Theirs, as people wrote it (openai-node's form: their key order, arrays over several lines).
  const theirs = `{
  "name": "acme",
  "version": "1.0.0",
  "types": "dist/index.d.ts",
  "main": "dist/index.js",
  "files": [
    "**/*"
  ],
  "private": false,
  "scripts": {
    "build": "./scripts/build"
  }
}
`;

  it('keeps their key order and the text of each entry the move leaves as it was: the diff is what changed', () => {
    const merged = mergePackageJson(SDKGEN, theirs, JSON.stringify(STAINLESS), new Set());
    const printed = printLike(SDKGEN, merged.json, theirs);
    const lines = printed.split('\n');
    // Their entries first, in their order, as they wrote them; sdkgen's others after.
    expect(printed.startsWith(theirs.slice(0, theirs.indexOf('  "main"')))).toBe(true);
    expect(lines).toContain('  "main": "./dist/cjs/index.js",');
    expect(lines.indexOf('  "private": false,')).toBeLessThan(lines.findIndex((l) => l.startsWith('  "module"')));
    expect(JSON.parse(printed)).toEqual(merged.json);
  });

  it("without theirs, sdkgen's order and text (Stainless's package.json, replaced by sdkgen's)", () => {
    const merged = mergePackageJson(SDKGEN, theirs, JSON.stringify(STAINLESS), new Set());
    expect(Object.keys(JSON.parse(printLike(SDKGEN, merged.json)) as object)[2]).toBe('type');
  });
});

describe("the owners' own package.json, one level down", () => {
  // sdkgen's sections (its scripts, its dependencies) merged into theirs: printed in their order, sdkgen's new keys after
  // (a dependency map sorted as npm sorts it: into place where theirs was sorted).
  const print = (given: { sdkgen: Record<string, unknown>; theirs: Record<string, unknown> }) => {
    const theirs = `${JSON.stringify(given.theirs, null, 2)}\n`;
    return printLike(`${JSON.stringify(given.sdkgen, null, 2)}\n`, given.sdkgen, theirs);
  };
  const keysOf = (printed: string, section: string) =>
    Object.keys((JSON.parse(printed) as Record<string, Record<string, unknown>>)[section] ?? {});
  const cases: Array<{
    name: string;
    sdkgen: Record<string, unknown>;
    theirs: Record<string, unknown>;
    section: string;
    want: string[] | undefined;
  }> = [
    {
      name: "scripts: theirs in their order, sdkgen's new ones after",
      sdkgen: { scripts: { build: 'b', lint: 'l', test: 't' } },
      theirs: { scripts: { test: 't0', format: 'f', build: 'b0' } },
      section: 'scripts',
      want: ['test', 'build', 'lint'],
    },
    {
      name: "sorted dependencies: sdkgen's new one sorted into place",
      sdkgen: { devDependencies: { 'fast-check': '1', 'fast-glob': '1', jest: '1', zod: '1' } },
      theirs: { devDependencies: { 'fast-check': '1', 'fast-glob': '1', zod: '1' } },
      section: 'devDependencies',
      want: ['fast-check', 'fast-glob', 'jest', 'zod'],
    },
    {
      name: "unsorted dependencies: theirs in their order, sdkgen's new one after",
      sdkgen: { dependencies: { a: '1', b: '1', c: '1' } },
      theirs: { dependencies: { c: '1', a: '1' } },
      section: 'dependencies',
      want: ['c', 'a', 'b'],
    },
    {
      name: "exports: theirs in their order, sdkgen's new subpath after theirs, before a wildcard",
      sdkgen: { exports: { '.': './i.js', './a': './a.js', './b': './b.js', './*': './*.js' } },
      theirs: { exports: { './b': './b.js', '.': './i.js', './*': './*.js' } },
      section: 'exports',
      want: ['./b', '.', './a', './*'],
    },
    {
      name: 'no empty dependencies their file lacked',
      sdkgen: { dependencies: {}, devDependencies: { a: '1' } },
      theirs: { devDependencies: { a: '1' } },
      section: 'dependencies',
      want: undefined,
    },
  ];
  for (const { name, sdkgen, theirs, section, want } of cases)
    it(name, () => {
      const printed = print({ sdkgen, theirs });
      if (want === undefined) expect(section in (JSON.parse(printed) as object)).toBe(false);
      else expect(keysOf(printed, section)).toEqual(want);
    });

  it("a section whose entries the move leaves as they were keeps their text, and sdkgen's empty one stays without theirs", () => {
    const theirs = '{\n  "devDependencies": {\n    "zod": "1",\n    "fast-glob": "1"\n  }\n}\n';
    const sdkgen = { dependencies: {}, devDependencies: { 'fast-glob': '1', zod: '1' } };
    expect(printLike(JSON.stringify(sdkgen, null, 2), sdkgen, theirs)).toBe(theirs);
    expect(JSON.parse(printLike(JSON.stringify(sdkgen, null, 2), sdkgen))).toEqual(sdkgen);
  });
});
