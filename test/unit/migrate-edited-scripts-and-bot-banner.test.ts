/**
 * Two kinds of what migrate keeps as the owners' (plan.ts):
 *
 * - a script of Stainless's the owners edited, where sdkgen writes none in its place and nothing that stays runs it
 *   (mixedbread's edit to `scripts/utils/make-dist-package-json.cjs`, which only Stainless's `scripts/build` ran):
 *   kept whole as theirs (owners/edited-scripts.ts), not removed with the edit left for a person; one that names a
 *   file that goes still goes, its edit listed;
 * - custom code Stainless's bot committed beside a generation (runway's `uploads` resource), the owners' code: kept,
 *   without the bot's generated-file banner (owners/bot-custom-code.ts); a file of the owners' with the banner copied
 *   in is never rewritten.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planMigration, type MigrationInputs } from '../../generator/migrate/plan';
import { withoutBotBanner } from '../../generator/migrate/owners/bot-custom-code';
import { dropDoneBySdkgen } from '../../generator/migrate/owners/runtime-behaviours';

const file = (path: string, text: string, blob: string) => ({ path, blob, text });

const BUILD = '#!/usr/bin/env bash\nset -e\nnode scripts/utils/make-dist-package-json.cjs > dist/package.json\n';
const MAKE_DIST =
  "const pkgJson = require('../../package.json');\ndelete pkgJson.devDependencies;\nconsole.log(JSON.stringify(pkgJson));\n";
const OWNERS_EDIT = MAKE_DIST.replace(
  'delete pkgJson.devDependencies;\n',
  "delete pkgJson.devDependencies;\nif (pkgJson.files) pkgJson.files.push('CHANGELOG.md');\n",
);

function migrate(current: Record<string, string>, stainless: Record<string, string>, rendered: string[]) {
  return planMigration({
    current: Object.entries(current).map(([path, text]) =>
      file(path, text, stainless[path] === text ? `s-${path}` : `o-${path}`),
    ),
    base: {
      blobs: new Map(Object.keys(stainless).map((path) => [path, `s-${path}`])),
      texts: new Map(Object.entries(stainless)),
    },
    rendered: rendered.map((path) => ({ path, contents: `# sdkgen's ${path}\n` })),
  });
}

describe("Stainless's scripts the owners edited that nothing runs after the move", () => {
  const stainless = { 'scripts/build': BUILD, 'scripts/utils/make-dist-package-json.cjs': MAKE_DIST };

  it('are kept whole as theirs, their edit where they made it, nothing left for a person', () => {
    const plan = migrate({ ...stainless, 'scripts/utils/make-dist-package-json.cjs': OWNERS_EDIT }, stainless, [
      'scripts/build',
    ]);
    expect(plan.kept).toContain('scripts/utils/make-dist-package-json.cjs');
    expect(plan.removed).not.toContain('scripts/utils/make-dist-package-json.cjs');
    expect(plan.rejected).toEqual([]);
    expect(plan.needsHand).toEqual([]);
    // Stainless's build, as it wrote it, is sdkgen's now.
    expect(plan.generated.map((f) => f.path)).toEqual(['scripts/build']);
  });

  it('go, with their edit listed, where they name a file of the repository that goes', () => {
    const reads = `${OWNERS_EDIT}require('fs').readFileSync('scripts/utils/dist-files.json');\n`;
    const withInput = { ...stainless, 'scripts/utils/dist-files.json': '[]\n' };
    const plan = migrate({ ...withInput, 'scripts/utils/make-dist-package-json.cjs': reads }, withInput, [
      'scripts/build',
    ]);
    expect(plan.removed).toContain('scripts/utils/make-dist-package-json.cjs');
    expect(plan.rejected.map((r) => r.path)).toEqual(['scripts/utils/make-dist-package-json.cjs']);
  });

  it('go where the owners only touched their comments', () => {
    const commented = `// Copyright Acme\n${MAKE_DIST}`;
    const plan = migrate({ ...stainless, 'scripts/utils/make-dist-package-json.cjs': commented }, stainless, [
      'scripts/build',
    ]);
    expect(plan.removed).toContain('scripts/utils/make-dist-package-json.cjs');
    expect(plan.kept).not.toContain('scripts/utils/make-dist-package-json.cjs');
  });
});

const BANNER = '// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const UPLOADS = "import { APIResource } from '../core/resource';\n\nexport class Uploads extends APIResource {}\n";

describe("custom code Stainless's bot committed beside a generation", () => {
  const plan = (botCustomCode: ReadonlySet<string>) => {
    const base = { blobs: new Map<string, string>(), texts: new Map<string, string>(), botCustomCode };
    const inputs: MigrationInputs = {
      current: [
        file('src/resources/uploads.ts', `${BANNER}${UPLOADS}`, 'o-uploads'),
        file('tests/lib/upload.test.ts', `${BANNER}test('upload', () => {});\n`, 'o-test'),
      ],
      base,
      rendered: [],
    };
    return planMigration(inputs);
  };

  it("is kept as the owners' code without the bot's banner", () => {
    const migrated = plan(new Set(['src/resources/uploads.ts']));
    expect(migrated.writes).toEqual([{ path: 'src/resources/uploads.ts', contents: UPLOADS }]);
    // A file of the owners' own with the banner copied in stays as they wrote it.
    expect(migrated.kept).toEqual(['tests/lib/upload.test.ts']);
  });

  it('is left as it is when the base names no custom code', () => {
    const migrated = plan(new Set());
    expect(migrated.writes).toEqual([]);
    expect(migrated.kept).toEqual(['src/resources/uploads.ts', 'tests/lib/upload.test.ts']);
  });

  it('loses only a banner that opens it', () => {
    expect(withoutBotBanner(`${BANNER}${UPLOADS}`)).toBe(UPLOADS);
    expect(withoutBotBanner(UPLOADS)).toBeNull();
    expect(withoutBotBanner(`// Ours.\n${BANNER}`)).toBeNull();
  });
});

describe("an owners' patch making Stainless's Node runtime send with Node's own fetch", () => {
  const patch = [
    '@@ -4 +4,8 @@',
    "-export * from '../node-runtime';",
    "+import { getRuntime as getNodeRuntime } from '../node-runtime';",
    '+export function getRuntime() {',
    '+  const nodeRuntime = getNodeRuntime();',
    '+  const nativeFetch = (globalThis as any).fetch;',
    "+  if (typeof nativeFetch !== 'function') return nodeRuntime;",
    '+  return { ...nodeRuntime, fetch: nativeFetch };',
    '+}',
  ].join('\n');
  const readme = [
    '@@ -6 +6,2 @@',
    '-To do this, the SDK provides shims for using `node-fetch` in Node.',
    '+To do this, the SDK provides shims for using `globalThis.fetch` in modern Node.js,',
    '+falling back to `node-fetch` in older Node.js environments.',
  ].join('\n');

  it('is what sdkgen’s runtime does, shown by its test; prose about it is not', () => {
    const done: Array<{ path: string; does: string; test: string }> = [];
    const left = dropDoneBySdkgen(
      [
        { path: 'src/_shims/auto/runtime-node.ts', hunks: [patch] },
        { path: 'src/_shims/README.md', hunks: [readme] },
      ],
      done,
    );
    expect(done.map((d) => d.path)).toEqual(['src/_shims/auto/runtime-node.ts']);
    expect(left.map((r) => r.path)).toEqual(['src/_shims/README.md']);
    const [file, title] = done[0].test.split(' › ');
    expect(readFileSync(file, 'utf8')).toContain(title);
  });
});

describe("an owners' edit making Stainless's `_shims` export fetch's classes as values", () => {
  it('is what the module sdkgen writes there does, shown by its test; another declaration is not', () => {
    const exportsResponse = [
      '@@ -20,0 +21,2 @@ export type Response = SelectType<manual.Response, auto.Response>;',
      '+export const Response: SelectType<typeof manual.Response, typeof auto.Response>;',
      '+// @ts-ignore',
    ].join('\n');
    const other = ['@@ -14,0 +15 @@ export type Request = nf.Request;', '+export const retries: number;'].join('\n');
    const done: Array<{ path: string; does: string; test: string }> = [];
    const left = dropDoneBySdkgen(
      [
        { path: 'src/_shims/index.d.ts', hunks: [exportsResponse] },
        { path: 'src/_shims/node-types.d.ts', hunks: [other] },
      ],
      done,
    );
    expect(done.map((d) => d.path)).toEqual(['src/_shims/index.d.ts']);
    expect(left).toEqual([{ path: 'src/_shims/node-types.d.ts', hunks: [other] }]);
    const [file, title] = done[0].test.split(' › ');
    expect(readFileSync(file, 'utf8')).toContain(title);
  });
});
