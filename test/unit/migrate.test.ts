/**
 * The pure parts of `sdkgen migrate`: carrying hand edits from another generator's file to sdkgen's (reapply.ts),
 * merging package.json and printing it as sdkgen does (package-json.ts), and sorting a repository's files
 * (plan.ts).
 */
import { describe, expect, it } from 'vitest';
import type { MigrateResult } from '../../generator/api/migrate';
import { migrationReport } from '../../generator/cli/commands/migrate';
import { mergePackageJson, printLike } from '../../generator/migrate/package-json';
import { importsOf } from '../../generator/migrate/imports';
import { emptyMigrationPlan, planMigration } from '../../generator/migrate/plan';
import { editsAsHunks, reapplyEdits } from '../../generator/migrate/reapply';
import { reapplyJsonEdits } from '../../generator/migrate/reapply-json';
import { LINE_SET_FILE, reapplyLineSetEdits } from '../../generator/migrate/reapply-lines';

describe('reapplyEdits', () => {
  const base = 'import a from "a";\n\nexport class Pets {\n  list() {}\n  get() {}\n}\n';
  const theirs = "import a from './a.js';\n\n/** Pets. */\nexport class Pets {\n    list() {}\n    get() {}\n}\n";

  it('places an edit by the lines around it, whatever their indentation', () => {
    const edited = base.replace('  get() {}\n', '  get() {}\n  mine() {}\n');
    const result = reapplyEdits(base, edited, theirs);
    expect(result).toEqual({
      text: theirs.replace('    get() {}\n', '    get() {}\n  mine() {}\n'),
      applied: 1,
      rejected: [],
    });
  });

  it('puts additions at the start or the end of the file where their context is gone', () => {
    const edited = `// Copyright us\n${base}export * from './lib';\n`;
    const result = reapplyEdits(base, edited, 'something else entirely\n');
    expect(result.text).toBe("// Copyright us\nsomething else entirely\nexport * from './lib';\n");
    expect(result.applied).toBe(2);
  });

  it('returns an edit to lines the new file does not have, as a diff hunk', () => {
    const edited = base.replace('  list() {}\n', '  list(limit = 10) {}\n');
    const result = reapplyEdits(base, edited, 'export class Animals {}\n');
    expect(result.applied).toBe(0);
    expect(result.text).toBe('export class Animals {}\n');
    expect(result.rejected).toEqual([expect.stringContaining('-  list() {}\n+  list(limit = 10) {}\n')]);
    expect(result.rejected[0]).toMatch(/^@@ -1,6 \+1,6 @@\n/);
  });

  it('adds import and export lines whose neighbours are gone at the end of the module', () => {
    const edited = base.replace('export class Pets', "export * from './lib/pets';\n\nexport class Pets");
    const other = "export { A } from './a.js';\nexport { B } from './b.js';\n";
    expect(reapplyEdits(base, edited, other).text).toBe(`${other}export * from './lib/pets';\n\n`);
    // Other code whose neighbours are gone is not placed by guess.
    const code = base.replace('export class Pets', 'const pets = 1;\n\nexport class Pets');
    expect(reapplyEdits(base, code, other).rejected).toHaveLength(1);
  });

  it('adds members whose neighbours are gone at the end of the class of the same name', () => {
    const stainless = 'export class Client {\n  pets: API.Pets = new API.Pets(this);\n}\n\nClient.Pets = Pets;\n';
    const method =
      '\n  /** A socket (a helper of ours). */\n  ws(token?: string): Socket {\n    return new Socket(this.apiKey, [token]);\n  }\n';
    const edited = stainless.replace('(this);\n}', `(this);\n${method}}`);
    const sdkgen =
      'export class Client extends ClientCore {\n  pets: Pets = new Pets(this);\n\n  static APIError = Errors.APIError;\n}\n\nexport declare namespace Client {}\n';
    const result = reapplyEdits(stainless, edited, sdkgen);
    expect(result.rejected).toEqual([]);
    expect(result.text).toBe(sdkgen.replace('APIError;\n}', `APIError;\n${method}}`));
    // Inside a method, or unbalanced, it is not placed by guess; nor in a class the new file does not have.
    const inMethod = 'export class Client {\n  list() {\n    return 1;\n  }\n}\n';
    const statement = inMethod.replace('    return 1;\n', '    log();\n    return 1;\n');
    expect(reapplyEdits(inMethod, statement, sdkgen).rejected).toHaveLength(1);
    const open = stainless.replace('(this);\n}', '(this);\n  go() {\n}');
    expect(reapplyEdits(stainless, open, sdkgen).rejected).toHaveLength(1);
    expect(reapplyEdits(stainless, edited, sdkgen.replace(/Client/g, 'Other')).rejected).toHaveLength(1);
    // After the class has closed (in a namespace below it, say), the class is not where they were added.
    const below = `${stainless}export namespace Client {\n  export interface A {\n    a: string;\n  }\n}\n`;
    const added = below.replace('    a: string;\n  }\n', '    a: string;\n  }\n\n  export interface B {}\n');
    expect(reapplyEdits(below, added, sdkgen).rejected).toHaveLength(1);
    // Nor lines added inside a doc comment.
    const documented = stainless.replace('  pets:', '  /**\n   * Pets.\n   */\n  pets:');
    const inComment = documented.replace('   * Pets.\n', '   * Pets.\n   * @example x\n');
    expect(reapplyEdits(documented, inComment, sdkgen).rejected).toHaveLength(1);
  });

  it("puts a Markdown section before the heading that followed it, found by its words, at that heading's level", () => {
    const readme = '# Pets\n\n### Making requests\n\nText.\n\n#### Undocumented endpoints\n\nUse get.\n';
    const section = '### Signing tokens\n\n```sh\n# not a heading\n```\n\n#### Grants\n\nSee grants.\n\n';
    const edited = readme.replace('#### Undocumented', `${section}#### Undocumented`);
    const sdkgen =
      '# Pets SDK\n\n## Requests\n\nOther text.\n\n## Undocumented endpoints and params\n\nUse client.get.\n';
    const result = reapplyEdits(readme, edited, sdkgen, { markdown: true });
    expect(result.rejected).toEqual([]);
    const moved = '## Signing tokens\n\n```sh\n# not a heading\n```\n\n### Grants\n\nSee grants.\n\n';
    expect(result.text).toBe(sdkgen.replace('## Undocumented', `${moved}## Undocumented`));
    // Without a heading to go before, at the end; not in a file that is not Markdown.
    const end = reapplyEdits(readme, edited, '# Other\n\nText.', { markdown: true });
    expect(end.text).toBe(`# Other\n\nText.\n\n${section}`);
    expect(reapplyEdits(readme, edited, sdkgen).rejected).toHaveLength(1);
  });

  it('places nothing by lines of brackets alone, nor by less context that occurs twice', () => {
    const types = 'export interface A {\n  a: string;\n}\n\n/** B. */\nexport interface B {\n  b: string;\n}\n';
    const edited = types.replace('}\n\n/** B. */', '}\n\n/** Mine. */\nexport interface Mine {}\n\n/** B. */');
    const other = 'export interface X {\n  x: string;\n}\n\n/** Y. */\nexport interface Y {\n  y: string;\n}\n';
    expect(reapplyEdits(types, edited, other).rejected).toHaveLength(1);
    const twice = 'const a = 1;\nconst b = 2;\nconst c = 3;\nconst a = 1;\nconst b = 2;\n';
    const base = 'const z = 0;\nconst a = 1;\nconst b = 2;\n';
    expect(
      reapplyEdits(base, base.replace('const a = 1;\n', 'const a = 1;\nconst mine = 1;\n'), twice).rejected,
    ).toHaveLength(1);
  });

  it("counts an edit whose lines sdkgen's text already has as carried, not as one to carry by hand", () => {
    const base = "// header\nexport const VERSION = '0.0.1'; // x-release-please-version\n";
    const edited = "// header\nexport const VERSION = '0.5.0'; // x-release-please-version\n";
    const ours = "// sdkgen's header\nexport const VERSION = '0.5.0'; // x-release-please-version\n";
    expect(reapplyEdits(base, edited, ours)).toEqual({ text: ours, applied: 1, rejected: [] });
    // Punctuation alone is no sign of the edit.
    expect(reapplyEdits('a\nb\n', 'a\n}\nb\n', 'x\n}\ny\n').rejected).toHaveLength(1);
  });

  it('changes nothing when there are no edits', () => {
    expect(reapplyEdits(base, base, theirs)).toEqual({ text: theirs, applied: 0, rejected: [] });
    expect(editsAsHunks(base, base)).toEqual([]);
  });
});

describe('reapplyJsonEdits', () => {
  const stainless = JSON.stringify({
    include: ['src', 'tests'],
    exclude: [],
    compilerOptions: { target: 'es2020', paths: { a: ['./src'] } },
  });
  const sdkgen = '{\n  "compilerOptions": { "target": "ES2022", "strict": true },\n  "include": ["src", "tests"]\n}\n';

  it("sets the keys the user set, changed or removed where sdkgen's value is the other generator's or missing", () => {
    const edited = JSON.parse(stainless) as Record<string, unknown>;
    edited.exclude = ['tests/slow.test.ts'];
    edited.include = ['src', 'tests', 'examples'];
    edited.compilerOptions = { target: 'es2020', paths: { a: ['./src'], b: ['./b'] }, noUnusedLocals: true };
    const result = reapplyJsonEdits(stainless, JSON.stringify(edited), sdkgen);
    expect(result?.rejected).toEqual([]);
    expect(result?.applied).toBe(4);
    expect(JSON.parse(result!.text)).toEqual({
      compilerOptions: { target: 'ES2022', strict: true, paths: { b: ['./b'] }, noUnusedLocals: true },
      include: ['src', 'tests', 'examples'],
      exclude: ['tests/slow.test.ts'],
    });
    // An entry left as sdkgen wrote it keeps sdkgen's text; the others are printed with two-space indentation.
    const excluded = reapplyJsonEdits(stainless, stainless.replace('"exclude":[]', '"exclude":["x"]'), sdkgen);
    expect(excluded?.text).toBe(
      '{\n  "compilerOptions": { "target": "ES2022", "strict": true },\n  "include": ["src", "tests"],\n  "exclude": [\n    "x"\n  ]\n}\n',
    );
  });

  it('returns a key both changed, with the three values; and null for what is not a JSON object', () => {
    const edited = stainless.replace('"es2020"', '"es2021"');
    const result = reapplyJsonEdits(stainless, edited, sdkgen);
    expect(result).toEqual({
      text: sdkgen,
      applied: 0,
      rejected: ['compilerOptions.target: "es2020" → "es2021" (yours); sdkgen writes "ES2022"\n'],
    });
    expect(reapplyJsonEdits('// comment\n{}', '{}', sdkgen)).toBeNull();
    const proto = reapplyJsonEdits('{}', '{ "__proto__": { "polluted": true } }', '{}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.parse(proto!.text)).toEqual(JSON.parse('{ "__proto__": { "polluted": true } }'));
  });
});

describe('reapplyLineSetEdits', () => {
  it("adds the patterns the owners added and drops those they removed, whatever surrounded them in Stainless's file", () => {
    const stainless = 'node_modules\nyarn-error.log\ndist\ndist-deno\n/*.tgz\n.idea/\n';
    const edited = 'node_modules\ndist\ndist-deno\ndocs-out\n/*.tgz\n.idea/\ncoverage/\n';
    const sdkgen = '# Build output\nnode_modules\ndist\nyarn-error.log\n.env\n';
    const result = reapplyLineSetEdits(stainless, edited, sdkgen);
    // Each after the nearest pattern before it that sdkgen's file has: docs-out after dist, coverage/ after docs-out.
    expect(result.text).toBe('# Build output\nnode_modules\ndist\ndocs-out\ncoverage/\n.env\n');
    expect(result.applied).toBe(3);
    expect(result.rejected).toEqual([]);
  });

  it('leaves the file as sdkgen wrote it when the owners changed nothing it lacks', () => {
    const text = 'node_modules\ndist\n';
    expect(reapplyLineSetEdits(text, 'dist\nnode_modules\n', text)).toEqual({ text, applied: 0, rejected: [] });
  });

  it('is used for ignore files only', () => {
    expect(['.gitignore', 'packages/mcp/.npmignore', '.prettierignore'].every((p) => LINE_SET_FILE.test(p))).toBe(true);
    expect(['gitignore.ts', '.gitignore.bak', 'README.md'].some((p) => LINE_SET_FILE.test(p))).toBe(false);
  });
});

describe('mergePackageJson and printLike', () => {
  const generated =
    '{\n  "name": "pets",\n  "version": "0.1.0",\n  "exports": { ".": "./dist/index.js" },\n  "scripts": {\n    "test": "vitest run"\n  },\n  "dependencies": {},\n  "devDependencies": {\n    "typescript": "^5.9.3"\n  }\n}\n';
  const base = JSON.stringify({
    name: 'pets',
    version: '1.0.0',
    packageManager: 'pnpm@10.30.1',
    scripts: { test: './scripts/test', build: './scripts/build' },
    dependencies: { 'node-fetch': '^2' },
    devDependencies: { jest: '^29', typescript: '5.8.3' },
  });
  const current = JSON.stringify({
    name: '@acme/pets',
    version: '1.4.0',
    packageManager: 'pnpm@10.30.1',
    scripts: { test: './scripts/test', build: './scripts/build', docs: 'typedoc' },
    dependencies: { 'node-fetch': '^2', zod: '^3' },
    devDependencies: { jest: '^29', typescript: '5.8.3', typedoc: '^0.26' },
    bin: { pets: './bin/pets' },
  });

  it("keeps the project's name, version and additions, and sdkgen's build", () => {
    const merged = mergePackageJson(generated, current, base, new Set());
    expect(merged.json).toEqual({
      name: '@acme/pets',
      version: '1.4.0',
      // The package manager the repository runs with: scripts/bootstrap installs with it.
      packageManager: 'pnpm@10.30.1',
      exports: { '.': './dist/index.js' },
      scripts: { test: 'vitest run', docs: 'typedoc' },
      dependencies: { zod: '^3' },
      devDependencies: { typedoc: '^0.26', typescript: '^5.9.3' },
      bin: { pets: './bin/pets' },
    });
    expect(merged.dropped).toEqual([
      'dependencies.node-fetch',
      'devDependencies.jest',
      'scripts.test',
      'scripts.build',
    ]);
  });

  it("points a subpath the owners exported at sdkgen's build of that module; drops one it cannot place", () => {
    const exports = { '.': './dist/index.js', './*': './dist/*.js' };
    const theirs = JSON.stringify({
      ...JSON.parse(current),
      exports: {
        ...exports,
        './realtime': {
          types: './dist/lib/realtime/index.d.ts',
          import: './dist/lib/realtime/index.mjs',
          require: './dist/lib/realtime/index.js',
        },
        './shim': './shim.js',
      },
    });
    const pristine = JSON.stringify({ ...JSON.parse(base), exports });
    const ours = JSON.stringify({
      ...JSON.parse(generated),
      exports: { '.': './dist/index.js', './*': './dist/*.js' },
    });
    const merged = mergePackageJson(ours, theirs, pristine, new Set());
    expect(merged.json.exports).toEqual({
      '.': './dist/index.js',
      './*': './dist/*.js',
      './realtime': {
        import: { types: './dist/lib/realtime/index.d.ts', default: './dist/lib/realtime/index.js' },
        require: { types: './dist/cjs/lib/realtime/index.d.ts', default: './dist/cjs/lib/realtime/index.js' },
      },
    });
    // Exact subpaths before the patterns, as people read them.
    expect(Object.keys(merged.json.exports as object)).toEqual(['.', './realtime', './*']);
    expect(merged.kept).toContain('exports../realtime');
    expect(merged.dropped).toContain('exports../shim');
  });

  it('keeps the TypeScript their own code was checked with, from 5.0 on, when they have code of their own', () => {
    const withCompiler = (version: string) =>
      JSON.stringify({ ...JSON.parse(current), devDependencies: { typescript: version } });
    const keep = { keepCompiler: true };
    const compiler = (json: Record<string, unknown>) => (json.devDependencies as Record<string, string>).typescript;
    const merged = mergePackageJson(generated, withCompiler('5.8.3'), base, new Set(), keep);
    expect(compiler(merged.json)).toBe('5.8.3');
    expect(merged.kept).toContain('devDependencies.typescript');
    expect(compiler(mergePackageJson(generated, withCompiler('^4.9.5'), base, new Set(), keep).json)).toBe('^5.9.3');
    expect(compiler(mergePackageJson(generated, withCompiler('5.8.3'), base, new Set()).json)).toBe('^5.9.3');
  });

  it("puts the owners' pins (overrides, resolutions, pnpm.overrides) over sdkgen's, entry by entry", () => {
    const pins = { '@stoplight/prism-core': '5.8.0' };
    const ours = JSON.stringify({ ...JSON.parse(generated), resolutions: pins, pnpm: { overrides: pins } });
    const theirs = JSON.stringify({
      ...JSON.parse(current),
      resolutions: { 'node-fetch': '2.6.7', '@stoplight/prism-core': '5.7.0' },
      pnpm: { onlyBuiltDependencies: ['esbuild'] },
    });
    const merged = mergePackageJson(ours, theirs, base, new Set());
    expect(merged.json.resolutions).toEqual({ '@stoplight/prism-core': '5.7.0', 'node-fetch': '2.6.7' });
    expect(merged.json.pnpm).toEqual({ overrides: pins, onlyBuiltDependencies: ['esbuild'] });
    expect(merged.kept).toEqual(expect.arrayContaining(['resolutions', 'pnpm']));
    // Unchanged from Stainless's: sdkgen's own.
    const same = mergePackageJson(
      ours,
      JSON.stringify({ ...JSON.parse(current), resolutions: { a: '1' } }),
      JSON.stringify({ ...JSON.parse(base), resolutions: { a: '1' } }),
      new Set(),
    );
    expect(same.json.resolutions).toEqual(pins);
  });

  it('without a base, keeps only the dependencies custom code imports', () => {
    const merged = mergePackageJson(generated, current, null, new Set(['zod']));
    expect(merged.json.dependencies).toEqual({ zod: '^3' });
    expect(merged.json.scripts).toEqual({ test: 'vitest run' });
    expect(merged.dropped).toContain('devDependencies.typedoc');
  });

  it('prints unchanged entries as sdkgen wrote them', () => {
    const text = printLike(generated, mergePackageJson(generated, current, base, new Set()).json);
    expect(text).toContain('\n  "exports": { ".": "./dist/index.js" },\n');
    expect(text).toContain('\n  "version": "1.4.0",\n');
    expect(JSON.parse(text)).toEqual(mergePackageJson(generated, current, base, new Set()).json);
    expect(printLike(generated, JSON.parse(generated) as Record<string, unknown>)).toBe(generated);
  });
});

describe('planMigration', () => {
  const header = '// File generated from our OpenAPI spec by Stainless.\n';
  const file = (path: string, text: string, blob: string | null = `blob-${path}`) => ({ path, blob, text });

  it('without a base, takes the files with Stainless’s header as Stainless’s', () => {
    const plan = planMigration({
      current: [
        file('src/core.ts', `${header}export {};\n`),
        file('src/lib/x.ts', "import { A } from '../core/gone';\nimport z from 'zod';\nexport {};\n"),
        file('scripts/build', '#!/bin/sh\n'),
        file('.github/workflows/ci.yml', 'on: push\n'),
      ],
      base: null,
      rendered: [{ path: 'src/index.ts', contents: 'export {};\n' }],
    });
    expect(plan.removed).toEqual(['src/core.ts']);
    expect(plan.kept).toEqual(['src/lib/x.ts', 'scripts/build', '.github/workflows/ci.yml']);
    expect(plan.writes.map((f) => f.path)).toEqual(['src/index.ts']);
    expect(plan.needsHand).toEqual([
      { path: 'src/lib/x.ts', reason: "imports '../core/gone', which the new SDK does not have" },
    ]);
  });

  it("without a base, leaves another language's Stainless SDK in its folder, and committed packages unread", () => {
    const plan = planMigration({
      current: [
        file('src/core.ts', `${header}export {};\n`),
        file('go/go.mod', 'module example.com/sdk\n'),
        file('go/client.go', `${header}package sdk\n`),
        file('go/examples/.keep', `${header}`),
        file('js/node_modules/pkg/index.js', "require('./core/Gone');\n"),
        file('dist/index.js', "export * from './client.js';\n"),
      ],
      base: null,
      rendered: [{ path: 'src/index.ts', contents: 'export {};\n' }],
    });
    expect(plan.removed).toEqual(['src/core.ts']);
    expect(plan.kept).toEqual(
      expect.arrayContaining(['go/go.mod', 'go/client.go', 'go/examples/.keep', 'js/node_modules/pkg/index.js']),
    );
    expect(plan.needsHand).toEqual([]);
  });

  it("keeps an owner's file where sdkgen writes one, and says so", () => {
    const plan = planMigration({
      current: [file('src/index.ts', 'mine\n'), file('README.md', 'theirs\n', 'b1')],
      base: { blobs: new Map([['README.md', 'b1']]), texts: new Map([['README.md', 'theirs\n']]) },
      rendered: [
        { path: 'src/index.ts', contents: 'export {};\n' },
        { path: 'README.md', contents: '# sdk\n' },
      ],
    });
    expect(plan.writes).toEqual([{ path: 'README.md', contents: '# sdk\n' }]);
    expect(plan.needsHand).toEqual([{ path: 'src/index.ts', reason: expect.stringContaining('kept yours') }]);
  });

  it("writes the repository's released version where a line is marked for release-please, sdkgen's in the base", () => {
    const version = "// File generated by sdkgen.\nexport const VERSION = '0.1.0'; // x-release-please-version\n";
    const stainless = "export const VERSION = '0.17.0'; // x-release-please-version\n";
    const plan = planMigration({
      current: [
        file('package.json', '{ "name": "pets", "version": "0.17.0" }\n', 'p1'),
        file('src/version.ts', stainless, 'v1'),
      ],
      base: {
        blobs: new Map([
          ['package.json', 'p1'],
          ['src/version.ts', 'v1'],
        ]),
        texts: new Map([['src/version.ts', stainless]]),
      },
      rendered: [
        { path: 'package.json', contents: '{\n  "name": "pets",\n  "version": "0.1.0"\n}\n' },
        { path: 'src/version.ts', contents: version },
        { path: 'src/index.ts', contents: "export const other = '0.1.0';\n" },
        // The MCP server's, which release-please bumps with the SDK's (its JSON `version`s, its marked line).
        {
          path: 'packages/mcp-server/manifest.json',
          contents: '{\n  "manifest_version": "0.3",\n  "version": "0.1.0"\n}\n',
        },
        {
          path: 'packages/mcp-server/src/server.ts',
          contents: "const VERSION = '0.1.0'; // x-release-please-version\n",
        },
      ],
    });
    const written = new Map(plan.writes.map((f) => [f.path, f.contents]));
    expect(written.get('src/version.ts')).toBe(version.replace('0.1.0', '0.17.0'));
    expect(JSON.parse(written.get('packages/mcp-server/manifest.json')!)).toEqual({
      manifest_version: '0.3',
      version: '0.17.0',
    });
    expect(written.get('packages/mcp-server/src/server.ts')).toContain("'0.17.0'");
    expect(JSON.parse(written.get('package.json')!).version).toBe('0.17.0');
    expect(written.get('src/index.ts')).toBe("export const other = '0.1.0';\n");
    expect(plan.generated.find((f) => f.path === 'src/version.ts')?.contents).toBe(version);
  });

  it("keeps the repository's release-please config, with the files sdkgen writes a version in added to its extra-files", () => {
    const theirs = JSON.stringify(
      {
        packages: { '.': {} },
        'pull-request-header': 'Automated Release PR',
        'extra-files': [
          'src/version.ts',
          'README.md',
          { type: 'json', path: 'packages/mcp-server/package.json', jsonpath: '$.version' },
        ],
      },
      null,
      2,
    );
    const ours = JSON.stringify({
      packages: { '.': {} },
      'extra-files': [
        'src/version.ts',
        { type: 'json', path: 'packages/mcp-server/package.json', jsonpath: '$.version' },
        'packages/mcp-server/src/server.ts',
      ],
    });
    const plan = planMigration({
      current: [file('release-please-config.json', theirs, 'r1')],
      base: { blobs: new Map([['release-please-config.json', 'r1']]), texts: new Map() },
      rendered: [{ path: 'release-please-config.json', contents: ours }],
    });
    expect(plan.keptRepositoryFiles).toEqual(['release-please-config.json']);
    const written = JSON.parse(plan.writes[0].contents) as Record<string, unknown>;
    expect(written['pull-request-header']).toBe('Automated Release PR');
    expect(written['extra-files']).toEqual([
      'src/version.ts',
      'README.md',
      { type: 'json', path: 'packages/mcp-server/package.json', jsonpath: '$.version' },
      'packages/mcp-server/src/server.ts',
    ]);
  });

  it("checks the owners' tests: imports of the package by its name, and what Vitest runs otherwise than Jest", () => {
    const plan = planMigration({
      current: [
        file('package.json', '{ "name": "pets", "version": "1.0.0" }\n'),
        file('src/streaming.ts', 'export class Socket {}\n'),
        file(
          'tests/jest.test.ts',
          "import { Socket } from 'pets/streaming';\njest.setTimeout(15_000);\ntest('x', () => {});\n",
        ),
        file(
          'tests/globals.test.ts',
          "import Pets from 'pets';\ndescribe('pets', () => {});\nbeforeEach((done) => done());\n",
        ),
        file(
          'tests/vitest.test.ts',
          "import { it } from 'vitest';\nimport { X } from 'pets/gone';\nit('x', () => {});\n",
        ),
        file('examples/demo.ts', "import Pets from 'pets';\ntest;\n"),
      ],
      base: { blobs: new Map(), texts: new Map() },
      rendered: [
        { path: 'package.json', contents: '{\n  "name": "pets"\n}\n' },
        { path: 'src/index.ts', contents: 'export {};\n' },
      ],
    });
    expect(plan.needsHand).toEqual([
      { path: 'tests/vitest.test.ts', reason: "imports 'pets/gone', which the new SDK does not have" },
    ]);
    // The Jest tests are rewritten for Vitest, and no longer listed as kept as they are.
    expect(plan.convertedTests).toEqual([
      {
        path: 'tests/globals.test.ts',
        changes: [
          "imports beforeEach, describe from 'vitest'",
          'a `done` callback → a returned promise that `done()` resolves',
        ],
      },
      {
        path: 'tests/jest.test.ts',
        changes: ["imports test, vi from 'vitest'", 'jest.setTimeout(ms) → vi.setConfig({ testTimeout: ms })'],
      },
    ]);
    expect(plan.writes.find((w) => w.path === 'tests/jest.test.ts')?.contents).toBe(
      "import { Socket } from 'pets/streaming';\nimport { test, vi } from 'vitest';\n" +
        "vi.setConfig({ testTimeout: 15_000 });\ntest('x', () => {});\n",
    );
    expect(plan.kept).not.toContain('tests/jest.test.ts');
    expect(plan.kept).toContain('tests/vitest.test.ts');
    expect(plan.writes.map((w) => w.path)).not.toContain('tests/vitest.test.ts');
  });

  it("keeps Stainless's looser compiler options, and Node's types, for the owners' code", () => {
    const stainless = '{ "compilerOptions": { "strict": true, "isolatedModules": false } }\n';
    const sdkgen =
      '{\n  "compilerOptions": { "strict": true, "types": [], "isolatedModules": true, "verbatimModuleSyntax": true },\n  "include": ["src"]\n}\n';
    const inputs = (own: string) => ({
      current: [
        file('package.json', '{ "name": "pets", "devDependencies": { "@types/node": "^20" } }\n', 'p1'),
        file('tsconfig.json', stainless, 't1'),
        file('src/lib/env.ts', own),
      ],
      base: {
        blobs: new Map([
          ['package.json', 'p1'],
          ['tsconfig.json', 't1'],
        ]),
        texts: new Map([
          ['tsconfig.json', stainless],
          ['package.json', '{ "name": "pets", "devDependencies": { "@types/node": "^20" } }\n'],
        ]),
      },
      rendered: [
        { path: 'package.json', contents: '{\n  "name": "pets",\n  "devDependencies": {}\n}\n' },
        { path: 'tsconfig.json', contents: sdkgen },
      ],
    });
    const plan = planMigration(inputs("export const key = process.env['KEY'];\n"));
    expect(plan.compilerOptions).toEqual(['verbatimModuleSyntax', 'isolatedModules', 'types']);
    const written = new Map(
      plan.writes.map((f) => [
        f.path,
        JSON.parse(f.contents) as { compilerOptions?: unknown; devDependencies?: unknown },
      ]),
    );
    expect(written.get('tsconfig.json')!.compilerOptions).toEqual({
      strict: true,
      isolatedModules: false,
      verbatimModuleSyntax: false,
    });
    expect(written.get('package.json')!.devDependencies).toEqual({ '@types/node': '^20' });
    expect(plan.generated.find((f) => f.path === 'tsconfig.json')?.contents).toBe(sdkgen);
    // Whatever the owners' code needs of the options (that is not read), they are Stainless's; Node's types are kept
    // only for code that uses Node's globals.
    const plain = planMigration(inputs('export const one = 1;\n'));
    expect(plain.compilerOptions).toEqual(['verbatimModuleSyntax', 'isolatedModules', 'types']);
    expect(JSON.parse(plain.writes.find((f) => f.path === 'package.json')!.contents).devDependencies).toEqual({});
  });

  it("publishes with sdkgen's release workflow and the token Stainless's read; flags a second release workflow", () => {
    const publish =
      'on: release\njobs:\n  publish:\n    steps:\n      - run: bash ./bin/publish-npm\n        env:\n          NPM_TOKEN: ${{ secrets.ACME_NPM_TOKEN || secrets.NPM_TOKEN }}\n';
    const script = 'pnpm build\ncd dist\nnpm publish\n';
    const release =
      'jobs:\n  publish:\n    steps:\n      - env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n        run: npm publish --provenance --access public\n';
    const theirs = 'on: push\njobs:\n  r:\n    steps:\n      - uses: googleapis/release-please-action@v4\n';
    const plan = planMigration({
      current: [
        file('.github/workflows/publish-npm.yml', publish, 'w1'),
        file('bin/publish-npm', script, 'b1'),
        file('.github/workflows/release-please.yml', theirs),
      ],
      base: {
        blobs: new Map([
          ['.github/workflows/publish-npm.yml', 'w1'],
          ['bin/publish-npm', 'b1'],
        ]),
        texts: new Map([
          ['.github/workflows/publish-npm.yml', publish],
          ['bin/publish-npm', script],
        ]),
      },
      rendered: [{ path: '.github/workflows/release.yml', contents: release }],
    });
    expect(plan.removed).toEqual(['.github/workflows/publish-npm.yml', 'bin/publish-npm']);
    expect(plan.writes).toEqual([
      {
        path: '.github/workflows/release.yml',
        contents: release.replace('${{ secrets.NPM_TOKEN }}', '${{ secrets.ACME_NPM_TOKEN || secrets.NPM_TOKEN }}'),
      },
    ]);
    expect(plan.releaseToken).toBe('${{ secrets.ACME_NPM_TOKEN || secrets.NPM_TOKEN }}');
    expect(plan.generated).toEqual([{ path: '.github/workflows/release.yml', contents: release }]);
    expect(plan.needsHand).toEqual([
      {
        path: '.github/workflows/release-please.yml',
        reason: expect.stringMatching(/^runs release-please or publishes/),
      },
    ]);
    // An edited publish workflow stays (and is flagged); a token read from anything but secrets is not carried.
    const edited = planMigration({
      current: [file('.github/workflows/publish-npm.yml', publish.replace('secrets.ACME_NPM_TOKEN', 'env.X'), 'w2')],
      base: {
        blobs: new Map([['.github/workflows/publish-npm.yml', 'w1']]),
        texts: new Map([['.github/workflows/publish-npm.yml', publish.replace('secrets.ACME_NPM_TOKEN', 'env.X')]]),
      },
      rendered: [{ path: '.github/workflows/release.yml', contents: release }],
    });
    expect(edited.keptRepositoryFiles).toEqual(['.github/workflows/publish-npm.yml']);
    expect(edited.releaseToken).toBeNull();
    expect(edited.needsHand.map((n) => n.path)).toEqual(['.github/workflows/publish-npm.yml']);
  });

  it("leaves Stainless's modules the owners' code imports (and what they import) where sdkgen writes none", () => {
    const stainless: Array<[string, string]> = [
      ['src/internal/utils/uuid.ts', 'export const uuid4 = () => "x";\n'],
      [
        'src/internal/qs/stringify.ts',
        "import { isArray } from '../utils/values';\nimport { RFC } from './formats';\n",
      ],
      ['src/internal/qs/formats.ts', 'export const RFC = 1;\n'],
      ['src/internal/utils/values.ts', "import { PetsError } from '../../core/error';\nexport const isArray = 1;\n"],
      ['src/core/error.ts', 'export class PetsError {}\n'],
      ['src/internal/other.ts', 'export {};\n'],
    ];
    const plan = planMigration({
      current: [
        file('package.json', '{ "name": "pets" }\n'),
        ...stainless.map(([path, text]) => file(path, text, `b-${path}`)),
        file('src/lib/sign.ts', "import { uuid4 } from '../internal/utils/uuid';\nexport const id = uuid4();\n"),
        file(
          'tests/qs.test.ts',
          "import { it } from 'vitest';\nimport { stringify } from 'pets/internal/qs/stringify';\n",
        ),
      ],
      base: {
        blobs: new Map(stainless.map(([path]) => [path, `b-${path}`])),
        texts: new Map(stainless),
      },
      rendered: [{ path: 'src/core/error.ts', contents: 'export class PetsError extends Error {}\n' }],
    });
    expect(plan.keptImported.sort()).toEqual([
      'src/internal/qs/formats.ts',
      'src/internal/qs/stringify.ts',
      'src/internal/utils/uuid.ts',
      'src/internal/utils/values.ts',
    ]);
    expect(plan.removed).toEqual(['src/internal/other.ts']);
    expect(plan.needsHand).toEqual([]);
  });

  it('a package renamed by hand under a config that names the old one: one line, not every edit that renamed it', () => {
    const test = "import Pets from '@acme/pets';\nimport { X } from '@acme/pets/x';\n\nconst pets = new Pets();\n";
    const renamed = test.replace(/@acme\/pets/g, '@acme/animals');
    const other = test.replace('new Pets()', 'new Pets({ timeout: 1 })');
    const plan = planMigration({
      current: [
        file('package.json', '{ "name": "@acme/animals" }\n', 'p2'),
        file('tests/renamed.test.ts', renamed, 'r2'),
        file('tests/other.test.ts', other.replace(/@acme\/pets/g, '@acme/animals'), 'o2'),
      ],
      base: {
        blobs: new Map([
          ['package.json', 'p1'],
          ['tests/renamed.test.ts', 'r1'],
          ['tests/other.test.ts', 'o1'],
        ]),
        texts: new Map([
          ['package.json', '{ "name": "@acme/pets" }\n'],
          ['tests/renamed.test.ts', test],
          ['tests/other.test.ts', test],
        ]),
      },
      rendered: [{ path: 'package.json', contents: '{\n  "name": "@acme/pets"\n}\n' }],
    });
    expect(plan.rejected.map((r) => [r.path, r.hunks.length])).toEqual([['tests/other.test.ts', 1]]);
    expect(plan.rejected[0]!.hunks[0]).toContain('+const pets = new Pets({ timeout: 1 });');
    expect(plan.needsHand).toEqual([
      {
        path: 'package.json',
        reason: expect.stringMatching(
          /^published as @acme\/animals, but the config names @acme\/pets: .*; 2 hand edit\(s\) that only renamed/,
        ),
      },
    ]);
  });

  it('a package renamed by hand, with the config naming the new one: the edits that only renamed it need nothing', () => {
    const test = "import Pets from '@acme/pets';\n\nconst pets = new Pets();\n";
    const renamed = test.replace(/@acme\/pets/g, '@acme/animals');
    const plan = planMigration({
      current: [file('package.json', '{ "name": "@acme/animals" }\n', 'p2'), file('tests/a.test.ts', renamed, 'a2')],
      base: {
        blobs: new Map([
          ['package.json', 'p1'],
          ['tests/a.test.ts', 'a1'],
        ]),
        texts: new Map([
          ['package.json', '{ "name": "@acme/pets" }\n'],
          ['tests/a.test.ts', test],
        ]),
      },
      rendered: [
        { path: 'package.json', contents: '{\n  "name": "@acme/animals"\n}\n' },
        { path: 'tests/a.test.ts', contents: "import Animals from '@acme/animals';\n\nnew Animals();\n" },
      ],
    });
    expect(plan.rejected).toEqual([]);
    expect(plan.needsHand).toEqual([]);
  });

  it("lists what the SDK's users would notice: Stainless's api.md against sdkgen's", () => {
    const method = (verb: string, route: string, chain: string, args: string, returns: string) =>
      `- <code title="${verb} ${route}">client.${chain.replace(/\.(\w+)$/, '.<a href="./src/resources/pets.ts">$1</a>')}(${args}) -> ${returns}</code>\n`;
    const stainless =
      '# Pets\n\nMethods:\n\n' +
      method('get', '/pets/{id}', 'pets.retrieve', 'id', 'Pet') +
      method('get', '/pets', 'pets.list', '{ ...params }', 'PetList') +
      method('delete', '/pets/{id}', 'pets.delete', 'id', 'void');
    const same = stainless.replace(method('delete', '/pets/{id}', 'pets.delete', 'id', 'void'), '');
    const plan = (sdkgens: string) =>
      planMigration({
        current: [file('api.md', stainless)],
        base: { blobs: new Map([['api.md', 'blob-api.md']]), texts: new Map([['api.md', stainless]]) },
        rendered: [{ path: 'api.md', contents: sdkgens }],
      });
    expect(plan(stainless).surface).toEqual({ breaking: [], methods: { stainless: 3, sdkgen: 3 } });
    expect(plan(stainless).needsHand).toEqual([]);
    const missing = plan(same);
    expect(missing.surface?.methods).toEqual({ stainless: 3, sdkgen: 2 });
    expect(missing.needsHand).toEqual([
      {
        path: 'api.md',
        reason: expect.stringMatching(
          /^1 change\(s\) your SDK's users would notice, .*`client\.pets\.delete\(id\)` is not in the new SDK.*Are the spec and config/,
        ),
      },
    ]);
  });

  it('says when the config names the client class otherwise than the published SDK', () => {
    const renamed = planMigration({
      current: [file('src/client.ts', 'export class Acme {\n  static AcmeError = AcmeError;\n}\n', 'c1')],
      base: { blobs: new Map([['src/client.ts', 'c1']]), texts: new Map() },
      rendered: [{ path: 'src/client.ts', contents: 'export class AcmeSDK extends AcmeSDKCore {}\n' }],
    });
    expect(renamed.needsHand).toContainEqual({
      path: 'src/client.ts',
      reason: expect.stringMatching(
        /^your SDK's client class is Acme, but the config names it AcmeSDK: .*\(targets\.typescript\.options\.client_name: Acme\)$/,
      ),
    });
    const same = planMigration({
      current: [file('src/client.ts', 'export class Acme {}\n', 'c1')],
      base: { blobs: new Map([['src/client.ts', 'c1']]), texts: new Map() },
      rendered: [{ path: 'src/client.ts', contents: 'export class Acme extends AcmeCore {}\n' }],
    });
    expect(same.needsHand.filter((n) => n.path === 'src/client.ts')).toEqual([]);
  });

  /** sdkgen's vitest.config.mjs, as far as the owners' Jest settings go into it. */
  const VITEST_CONFIG = "export default {\n  exclude: [\n    'tests/api-resources/**',\n  ],\n};\n";
  /** A migration of a repository whose jest.config.ts Stainless wrote as `pristine` and the owners made `edited`. */
  const withJestConfig = (pristine: string, edited: string, others: ReturnType<typeof file>[] = []) =>
    planMigration({
      current: [file('jest.config.ts', edited, 'j2'), ...others],
      base: { blobs: new Map([['jest.config.ts', 'j1']]), texts: new Map([['jest.config.ts', pristine]]) },
      rendered: [{ path: 'vitest.config.mjs', contents: VITEST_CONFIG }],
    });
  const vitestConfigOf = (plan: ReturnType<typeof planMigration>) =>
    plan.writes.find((f) => f.path === 'vitest.config.mjs')?.contents;

  it('carries the tests the owners had Jest skip to the Vitest exclude, and drops the removed config from the list', () => {
    const jest = "export default { testPathIgnorePatterns: ['scripts'] };\n";
    const plan = withJestConfig(jest, jest.replace("['scripts']", "['scripts', 'schema-validation']"));
    expect(plan.removed).toEqual(['jest.config.ts']);
    expect(plan.rejected).toEqual([]);
    expect(plan.needsHand).toEqual([]);
    expect(vitestConfigOf(plan)).toBe(
      VITEST_CONFIG.replace(
        "'tests/api-resources/**',\n",
        "'tests/api-resources/**',\n    '**/*schema-validation*',\n    '**/*schema-validation*/**',\n",
      ),
    );
  });

  it('carries the setup files and test timeout the owners gave Jest, and rewrites a setup file for Vitest', () => {
    const jest = "export default {\n  testPathIgnorePatterns: ['scripts'],\n};\n";
    const edited = jest.replace('};', "  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],\n  testTimeout: 20_000,\n};");
    const plan = withJestConfig(jest, edited, [file('jest.setup.ts', 'globalThis.fetchSpy = jest.fn();\n')]);
    expect(plan.removed).toEqual(['jest.config.ts']);
    expect(plan.rejected).toEqual([]);
    expect(plan.needsHand).toEqual([]);
    expect(vitestConfigOf(plan)).toBe(
      VITEST_CONFIG.replace('  ],\n', "  ],\n  setupFiles: ['./jest.setup.ts'],\n  testTimeout: 20000,\n"),
    );
    // The setup file is the owners' code outside tests/: Vitest runs it, so it is rewritten as their tests are.
    expect(plan.writes.find((f) => f.path === 'jest.setup.ts')?.contents).toBe(
      "import { vi } from 'vitest';\nglobalThis.fetchSpy = vi.fn();\n",
    );
    expect(plan.convertedTests.map((t) => t.path)).toEqual(['jest.setup.ts']);

    // Another setting carried nowhere: the file's edits are shown, as before.
    const shown = withJestConfig(jest, edited.replace('};', '  verbose: true,\n};'));
    expect(shown.rejected.map((r) => r.path)).toEqual(['jest.config.ts']);
    expect(vitestConfigOf(shown)).toContain('testTimeout: 20000');
  });

  describe("the owners' own Vitest config where sdkgen writes vitest.config.mjs", () => {
    const withOwnVitestConfig = (text: string) =>
      planMigration({
        current: [file('vitest.config.mjs', text, 'v1')],
        base: { blobs: new Map(), texts: new Map() },
        rendered: [{ path: 'vitest.config.mjs', contents: VITEST_CONFIG }],
      });

    it("carries what it sets for the owners' tests into sdkgen's, which takes its place", () => {
      const plan = withOwnVitestConfig(
        "import { defineConfig } from 'vitest/config';\n\n// Ours.\nexport default defineConfig({\n" +
          "  test: {\n    exclude: ['**/node_modules/**', '**/dist-deno/**', 'tests/api-resources/**'], /* built */\n" +
          "    setupFiles: './tests/setup.ts',\n    testTimeout: 10_000,\n    'globals': true,\n  },\n});\n",
      );
      expect(plan.replacedOwnFiles).toEqual(['vitest.config.mjs']);
      expect(plan.needsHand).toEqual([]);
      expect(plan.reapplied).toEqual([]);
      expect(plan.generated).toEqual([{ path: 'vitest.config.mjs', contents: VITEST_CONFIG }]);
      expect(vitestConfigOf(plan)).toBe(
        VITEST_CONFIG.replace(
          "'tests/api-resources/**',\n  ],\n",
          "'tests/api-resources/**',\n    '**/node_modules/**',\n    '**/dist-deno/**',\n  ],\n" +
            "  setupFiles: ['./tests/setup.ts'],\n  testTimeout: 10000,\n",
        ),
      );
      // Without defineConfig, and setting nothing sdkgen's lacks: sdkgen's as it is.
      const bare = withOwnVitestConfig('export default { test: { globals: true } };\n');
      expect(bare.replacedOwnFiles).toEqual(['vitest.config.mjs']);
      expect(vitestConfigOf(bare)).toBe(VITEST_CONFIG);
    });

    it('keeps the package of the environment it runs the tests in, which no code of theirs imports', () => {
      const ownPackageJson = JSON.stringify({
        name: 'acme',
        version: '1.2.0',
        devDependencies: { jsdom: '^26.0.0', 'left-pad': '1.3.0' },
      });
      const generatedPackageJson = `${JSON.stringify({ name: 'acme', version: '0.0.1', devDependencies: { vitest: '^4.0.16' } }, null, 2)}\n`;
      const plan = planMigration({
        current: [
          file('vitest.config.mjs', "export default { test: { environment: 'jsdom' } };\n", 'v1'),
          file('package.json', ownPackageJson, 'p1'),
        ],
        base: { blobs: new Map(), texts: new Map() },
        rendered: [
          { path: 'package.json', contents: generatedPackageJson },
          { path: 'vitest.config.mjs', contents: VITEST_CONFIG },
        ],
      });
      expect(plan.replacedOwnFiles).toEqual(['vitest.config.mjs']);
      expect(vitestConfigOf(plan)).toContain("environment: 'jsdom'");
      const merged = JSON.parse(plan.writes.find((f) => f.path === 'package.json')!.contents) as {
        devDependencies: Record<string, string>;
      };
      expect(merged.devDependencies).toEqual({ jsdom: '^26.0.0', vitest: '^4.0.16' });
      // Without a base, what the owners added cannot be told from Stainless's: the rest is listed as dropped.
      expect(plan.packageJson).toEqual({
        kept: ['version', 'devDependencies.jsdom'],
        dropped: ['devDependencies.left-pad'],
      });
    });

    it.each([
      ['a plugin', 'export default defineConfig({ plugins: [tsconfigPaths()], test: { globals: true } });\n'],
      ['resolve settings', "export default { resolve: { alias: { x: './x' } }, test: {} };\n"],
      ['a test setting sdkgen does not carry', "export default { test: { coverage: { provider: 'v8' } } };\n"],
      ['a value computed in code', "export default { test: { include: [process.env.TESTS ?? 'tests'] } };\n"],
      ['a template literal', 'export default { test: { setupFiles: [`${dir}/setup.ts`] } };\n'],
      ['other code', 'const base = { globals: true };\nexport default { test: base };\n'],
      ['an unclosed defineConfig', 'export default defineConfig({ test: { globals: true } };\n'],
    ])('keeps it and says what to do when it holds %s', (_, text) => {
      const plan = withOwnVitestConfig(text);
      expect(plan.replacedOwnFiles).toEqual([]);
      expect(vitestConfigOf(plan)).toBeUndefined();
      expect(plan.needsHand).toEqual([
        {
          path: 'vitest.config.mjs',
          reason: expect.stringMatching(/^yours, and sdkgen writes a file here too: kept yours/),
        },
      ]);
    });
  });

  it("carries where the owners' tests are, the environment they run in and their global setup", () => {
    const jest = "export default {\n  testEnvironment: 'node',\n  testPathIgnorePatterns: ['scripts'],\n};\n";
    const edited = jest
      .replace("'node'", "'jsdom'")
      .replace('};', "  testMatch: ['<rootDir>/tests/**/*.spec.ts'],\n  globalSetup: './tests/setup.js',\n};");
    const withInclude = VITEST_CONFIG.replace('  exclude: [\n', (line) => `  include: ['tests/**'],\n${line}`);
    const plan = planMigration({
      current: [file('jest.config.ts', edited, 'j2')],
      base: { blobs: new Map([['jest.config.ts', 'j1']]), texts: new Map([['jest.config.ts', jest]]) },
      rendered: [{ path: 'vitest.config.mjs', contents: withInclude }],
    });
    expect(plan.removed).toEqual(['jest.config.ts']);
    expect(plan.rejected).toEqual([]);
    expect(vitestConfigOf(plan)).toBe(
      withInclude
        .replace("include: ['tests/**']", "include: ['tests/**/*.spec.ts']")
        .replace('  ],\n', "  ],\n  environment: 'jsdom',\n  globalSetup: ['./tests/setup.js'],\n"),
    );
    // Vitest's jsdom environment needs the package: said, for a person.
    expect(plan.needsHand).toEqual([
      { path: 'vitest.config.mjs', reason: expect.stringMatching(/'jsdom' environment loads the jsdom package/) },
    ]);
    // A config with no include list to replace: what to write is said instead.
    const noInclude = withJestConfig(jest, edited);
    expect(vitestConfigOf(noInclude)).toBe(VITEST_CONFIG);
    expect(noInclude.needsHand.map((n) => n.reason)).toContainEqual(
      expect.stringContaining('include tests/**/*.spec.ts; environment jsdom; globalSetup ./tests/setup.js'),
    );
  });

  it("sets apart the changes Stainless's later generations committed to main from hand edits", () => {
    const members = Array.from({ length: 12 }, (_, i) => `  m${i}() {}\n`).join('');
    const stainless = `export class Pets {\n  list() {}\n${members}}\n`;
    const later = stainless.replace('  m11() {}\n', '  m11() {}\n  retrieve() {}\n');
    const edited = later.replace('  list() {}', '  list() { return 1; }');
    const plan = planMigration({
      current: [file('src/pets.ts', edited, 'p2'), file('src/gone.ts', later, 'g2')],
      base: {
        blobs: new Map([
          ['src/pets.ts', 'p1'],
          ['src/gone.ts', 'g1'],
        ]),
        texts: new Map([
          ['src/pets.ts', stainless],
          ['src/gone.ts', stainless],
        ]),
      },
      rendered: [{ path: 'src/pets.ts', contents: 'export class Animals {}\n' }],
      laterGenerations: new Map([
        ['src/pets.ts', { added: new Set(['retrieve() {}']), removed: new Set<string>() }],
        ['src/gone.ts', { added: new Set(['retrieve() {}']), removed: new Set<string>() }],
      ]),
    });
    // The change to list() is the owners'; the new method came with a generation, in both files.
    expect(plan.rejected.map((r) => [r.path, r.hunks.length])).toEqual([['src/pets.ts', 1]]);
    expect(plan.rejected[0]!.hunks[0]).toContain('+  list() { return 1; }');
    expect(plan.rejected[0]!.hunks[0]).not.toContain('retrieve');
    expect(plan.laterGenerations).toEqual([
      { path: 'src/pets.ts', hunks: 1 },
      { path: 'src/gone.ts', hunks: 1 },
    ]);

    // Where sdkgen's file has the lines around them, the owners' edit is carried over and the generation's is not.
    const alike = planMigration({
      current: [file('src/pets.ts', edited, 'p2')],
      base: { blobs: new Map([['src/pets.ts', 'p1']]), texts: new Map([['src/pets.ts', stainless]]) },
      rendered: [{ path: 'src/pets.ts', contents: stainless }],
      laterGenerations: new Map([['src/pets.ts', { added: new Set(['retrieve() {}']), removed: new Set<string>() }]]),
    });
    const written = alike.writes.find((f) => f.path === 'src/pets.ts')?.contents;
    expect(written).toContain('  list() { return 1; }');
    expect(written).not.toContain('retrieve');
    expect(alike.reapplied).toEqual([{ path: 'src/pets.ts', hunks: 1 }]);
    expect(alike.laterGenerations).toEqual([{ path: 'src/pets.ts', hunks: 1 }]);
  });

  it('says when a workflow kept runs the scripts on a Node older than the test runner needs', () => {
    const workflow = (version: string) =>
      `jobs:\n  test:\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          node-version: ${version}\n      - run: ./scripts/test\n`;
    const reasons = (version: string) =>
      planMigration({
        current: [file('.github/workflows/ci.yml', workflow(version), 'c2')],
        base: { blobs: new Map([['.github/workflows/ci.yml', 'c1']]), texts: new Map() },
        rendered: [],
      }).needsHand.map((n) => n.reason);
    expect(reasons("'18'")).toEqual([expect.stringMatching(/^sets up Node 18 to run the scripts: .*Vitest 4/)]);
    expect(reasons('[16.x, 20.x]')).toEqual([expect.stringMatching(/^sets up Node 16 to run/)]);
    expect(reasons("'20'")).toEqual([]);
    expect(reasons('${{ matrix.node }}')).toEqual([]);
  });

  it("removes Stainless's .stats.yml without listing an edit to it: nothing reads it after the move", () => {
    const stats = 'configured_endpoints: 3\nopenapi_spec_hash: abc\n';
    const plan = planMigration({
      current: [file('.stats.yml', 'configured_endpoints: 4\n', 's2')],
      base: { blobs: new Map([['.stats.yml', 's1']]), texts: new Map([['.stats.yml', stats]]) },
      rendered: [],
    });
    expect(plan.removed).toEqual(['.stats.yml']);
    expect(plan.rejected).toEqual([]);
    expect(plan.needsHand).toEqual([]);
  });

  it('reads the imports of a module', () => {
    expect(
      importsOf(
        "import a from './a';\nimport type { B } from \"./b\";\nexport * from './c';\nimport './d';\nconst e = await import('./e');\nrequire('f');\n/**\n * import { G } from 'g';\n */\n// import h from 'h';",
      ),
    ).toEqual(['./a', './b', './c', './d', './e', 'f']);
  });
});

describe('the report sdkgen migrate prints', () => {
  const result = (diagnostics: MigrateResult['diagnostics']): MigrateResult => ({
    repo: '/work/acme-node',
    spec: '/work/acme-node/openapi.yml',
    config: '/work/acme-node/stainless.yml',
    base: null,
    dryRun: true,
    diagnostics,
    ...emptyMigrationPlan(),
  });
  const warning = (file: string, message: string, line?: number) => ({
    severity: 'warning' as const,
    code: 'stainless-config-ignored',
    message,
    file,
    pointer: '',
    hint: null,
    ...(line ? { line } : {}),
  });

  it('names each warning by its file in the repository and its line, as sdkgen generate does', () => {
    const text = migrationReport(
      result([
        warning('/work/acme-node/stainless.yml', 'openapi.code_sample_languages: not supported by sdkgen', 225),
        warning('/elsewhere/spec.yml', 'a spec outside the repository'),
      ]),
    );
    expect(text).toContain('warning: stainless.yml:225: openapi.code_sample_languages: not supported by sdkgen\n');
    expect(text).toContain('warning: /elsewhere/spec.yml: a spec outside the repository\n');
  });

  it("lists the repository's files it keeps as they are apart from what sdkgen writes", () => {
    const text = migrationReport({
      ...result([]),
      writes: [
        { path: 'src/client.ts', contents: '' },
        { path: '.github/workflows/ci.yml', contents: '' },
      ],
      keptRepositoryFiles: ['.github/workflows/ci.yml'],
    });
    expect(text).toContain('Written by sdkgen (1):\n  src/client.ts\n');
    expect(text).toContain(
      "Stainless's repository files, kept (workflows, release, licence) (1):\n  .github/workflows/ci.yml\n",
    );
  });

  it('groups many warnings by code, each group with its first place', () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      warning('/work/acme-node/stainless.yml', `key${i}: not supported by sdkgen`, i + 1),
    );
    const text = migrationReport(result(many));
    expect(text).toContain(
      'warning stainless-config-ignored ×25: key0: not supported by sdkgen (first at stainless.yml:1)',
    );
    expect(text).not.toContain('key24');
  });
});
