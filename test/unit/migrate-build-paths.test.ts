/**
 * The owners' files that import Stainless's build (plan.ts): never rewritten, since sdkgen's build of an SDK from a
 * Stainless config writes the paths they import; what it does not write, and a CommonJS `.js` file in a package
 * that says `"type": "module"`, are listed.
 */
import { describe, expect, it } from 'vitest';
import { builtFrom } from '../../generator/migrate/repository/imports';
import { planMigration } from '../../generator/migrate/plan';

const file = (path: string, text: string, blob = `blob-${path}`) => ({ path, blob, text });
const noBase = { blobs: new Map<string, string>(), texts: new Map<string, string>() };
const packageJson = (type: string) => ({ path: 'package.json', contents: `{ "name": "acme", "type": "${type}" }\n` });

describe("the owners' imports of Stainless's build", () => {
  it("leaves an example importing its ES build (dist/index.mjs) as it is; says of a module sdkgen's does not build", () => {
    const example = 'import Acme from \'../dist/index.mjs\';\nimport { x } from "../dist/gone.mjs";\nnew Acme();\n';
    const plan = planMigration({
      current: [file('examples/list.mjs', example)],
      base: noBase,
      rendered: [{ path: 'src/index.ts', contents: 'export {};\n' }, packageJson('commonjs')],
    });
    expect(plan.writes.map((f) => f.path)).not.toContain('examples/list.mjs');
    expect(plan.kept).toContain('examples/list.mjs');
    expect(plan.rewrittenImports).toEqual([]);
    expect(plan.needsHand).toEqual([
      { path: 'examples/list.mjs', reason: expect.stringContaining("imports the build output '../dist/gone.mjs'") },
    ]);
  });

  it('leaves CommonJS requiring its CommonJS build (dist/index.js, dist) as it is, in a CommonJS package', () => {
    const required = "const { Acme } = require('../dist/index.js');\nmodule.exports = new Acme();\n";
    const current = [
      file('examples/run.js', required),
      file('scripts/check.cjs', "require('../dist');\n"),
      file('examples/esm.js', "import { Acme } from '../dist/index.js';\nexport default new Acme();\n"),
    ];
    const rendered = [{ path: 'src/index.ts', contents: 'export {};\n' }];
    const commonJs = planMigration({ current, base: noBase, rendered: [...rendered, packageJson('commonjs')] });
    const owners = new Set(current.map((f) => f.path));
    expect(commonJs.writes.filter((f) => owners.has(f.path))).toEqual([]);
    expect(commonJs.rewrittenImports).toEqual([]);
    expect(commonJs.needsHand).toEqual([]);

    // A package that says "type": "module" runs the CommonJS .js file as an ES module: it is listed, not rewritten.
    const esm = planMigration({ current, base: noBase, rendered: [...rendered, packageJson('module')] });
    expect(esm.writes.filter((f) => owners.has(f.path))).toEqual([]);
    expect(esm.needsHand).toEqual([
      { path: 'examples/run.js', reason: expect.stringContaining('is CommonJS (require, module.exports)') },
    ]);
  });

  it("says of a check of package.json's exports: sdkgen writes it in another shape", () => {
    const plan = planMigration({
      current: [
        file('tests/exports.test.ts', "import pkg from '../package.json';\nexpect(pkg.exports['.']).toBeDefined();\n"),
      ],
      base: noBase,
      rendered: [{ path: 'package.json', contents: '{}\n' }],
    });
    expect(plan.needsHand).toEqual([
      { path: 'tests/exports.test.ts', reason: expect.stringContaining("reads package.json's exports") },
    ]);
  });

  it("knows the paths sdkgen's build writes: dist/<module>.js, .mjs, .d.ts, and dist/cjs/<module>.js", () => {
    const present = new Set(['src/index.ts', 'src/resources/pets.ts']);
    for (const built of ['', 'index.js', 'index.mjs', 'resources/pets.mjs', 'resources/pets.d.ts', 'cjs/index.js'])
      expect(builtFrom(built, present), built).toBe(true);
    for (const built of ['gone.mjs', 'cjs/index.mjs', 'resources/pets.cjs'])
      expect(builtFrom(built, present)).toBe(false);
  });
});
