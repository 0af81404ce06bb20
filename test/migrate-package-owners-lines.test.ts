/**
 * A package.json the owners created before Stainless generated into it (openai-node's, 2022): the base has no pristine
 * copy, so its items are told apart by who wrote each line (git blame). The owners' dependencies, scripts, engines and
 * `private` are kept; Stainless's follow sdkgen's build (issue 89, item 6). A squash by Stainless's bot that a person
 * co-authored is the owners' (as the trial's harness takes it).
 *
 * And a publish guard (`prepublishOnly` … `&& exit 1`, Stainless's, whose words the owners edited) is not kept: sdkgen's
 * release runs `npm publish` in the package's root, which it would fail.
 */
import { describe, expect, it } from 'vitest';
import { mergePackageJson } from '../generator/migrate/package/package-json';
import { stainlessItems } from '../generator/migrate/package/stainless-items';
import { linesByStainless } from '../generator/migrate/repository/line-authors';
import { planMigration } from '../generator/migrate/plan';
import { readRepoFiles } from '../generator/migrate/repository/checkout-files';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, PERSON, write } from './helpers/stainless-history';

const pkg = (json: object) => `${JSON.stringify(json, null, 2)}\n`;

const SDKGEN = JSON.stringify({
  name: 'acme',
  version: '0.1.0',
  main: './dist/cjs/index.js',
  engines: { node: '>=18' },
  scripts: { build: 'node scripts/build.mjs', test: 'jest' },
  devDependencies: { typescript: '^5.6.0' },
});

/** The history: a person creates the file, Stainless's bot generates into it, people edit it, a co-authored squash. */
function ownersCreatedPackage(): string {
  const repo = tempDir('pkg-lines-');
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, { 'package.json': pkg({ name: 'acme', version: '1.0.0', private: false }) });
  commit(repo, PERSON, 'initial commit', '2022-01-01T00:00:00Z');
  const stainless = {
    name: 'acme',
    version: '4.0.0',
    private: false,
    main: 'dist/index.js',
    scripts: { build: './scripts/build', test: './scripts/test' },
    devDependencies: { tslib: '^2.8.1', typescript: '5.8.3' },
  };
  write(repo, { 'package.json': pkg(stainless), 'src/index.ts': 'export {};\n' });
  commit(repo, BOT, 'feat: generation', '2023-01-01T00:00:00Z');
  const owners = {
    ...stainless,
    engines: { node: '>=22.0.0' },
    scripts: { ...stainless.scripts, bench: 'vitest bench --run' },
    devDependencies: { ...stainless.devDependencies, publint: '^0.2.12' },
  };
  write(repo, { 'package.json': pkg(owners) });
  commit(repo, PERSON, 'ci: benchmarks, publint, Node 22', '2024-01-01T00:00:00Z');
  const squashed = { ...owners, devDependencies: { ...owners.devDependencies, 'iconv-lite': '^0.6.3' } };
  write(repo, { 'package.json': pkg(squashed) });
  commit(repo, BOT, `release: 4.1.0\n\nCo-authored-by: ${PERSON}`, '2024-02-01T00:00:00Z');
  return repo;
}

describe('package.json the owners created before Stainless generated into it', () => {
  const repo = ownersCreatedPackage();
  const current = readRepoFiles(repo);
  const text = current.find((f) => f.path === 'package.json')!.text!;
  const items = JSON.parse(stainlessItems(text, linesByStainless(repo, 'package.json')!)!) as Record<string, unknown>;

  it("keeps in Stainless's part only the items its generations wrote", () => {
    expect(items).toEqual({
      version: '4.0.0',
      main: 'dist/index.js',
      engines: {},
      scripts: { build: './scripts/build', test: './scripts/test' },
      devDependencies: { tslib: '^2.8.1', typescript: '5.8.3' },
    });
  });

  it("keeps the owners' items in the merge and lets Stainless's follow sdkgen's build", () => {
    // The base (Stainless's generation, each file people edited as before their first edit) lacks package.json.
    const base = { blobs: new Map([['src/index.ts', 'x']]), texts: new Map([['src/index.ts', 'export {};\n']]) };
    const plan = planMigration({
      current,
      base,
      rendered: [{ path: 'package.json', contents: SDKGEN }],
      stainlessPackageJson: JSON.stringify(items),
    });
    const merged = JSON.parse(plan.writes.find((f) => f.path === 'package.json')!.contents) as {
      private?: boolean;
      engines?: object;
      scripts?: object;
      devDependencies: Record<string, string>;
    };
    // Printed in their key order (people wrote the file), sdkgen's other keys after.
    expect(Object.keys(merged)).toEqual([
      'name',
      'version',
      'private',
      'main',
      'scripts',
      'devDependencies',
      'engines',
    ]);
    expect(merged.private).toBe(false);
    expect(merged.engines).toEqual({ node: '>=22.0.0' });
    expect(merged.scripts).toMatchObject({
      bench: 'vitest bench --run',
      build: 'node scripts/build.mjs',
      test: 'jest',
    });
    expect(merged.devDependencies).toMatchObject({ publint: '^0.2.12', 'iconv-lite': '^0.6.3', typescript: '^5.6.0' });
    expect(merged.devDependencies.tslib).toBeUndefined();
    expect(plan.packageJson?.kept).toEqual(
      expect.arrayContaining([
        'scripts.bench',
        'devDependencies.publint',
        'devDependencies.iconv-lite',
        'engines.node',
      ]),
    );
    expect(plan.packageJson?.dropped).toEqual(expect.arrayContaining(['devDependencies.tslib', 'scripts.test']));
  });
});

describe("a publish guard of Stainless's build", () => {
  const stainless = {
    name: 'acme',
    version: '1.0.0',
    scripts: { prepublishOnly: "echo 'to publish, run yarn build && (cd dist; yarn publish)' && exit 1" },
  };
  const owners = {
    ...stainless,
    scripts: {
      prepublishOnly: "echo 'to publish, run pnpm build && (cd dist; npm publish)' && exit 1",
      postpublish: 'node scripts/announce.js',
    },
  };
  const merged = mergePackageJson(SDKGEN, JSON.stringify(owners), JSON.stringify(stainless), new Set());

  it('is not kept, though the owners edited it, and the report says why', () => {
    expect((merged.json.scripts as Record<string, string>).prepublishOnly).toBeUndefined();
    expect(merged.dropped.find((d) => d.startsWith('scripts.prepublishOnly'))).toMatch(/npm publish/);
  });

  it("keeps the owners' other publish scripts", () => {
    expect(merged.json.scripts).toMatchObject({ postpublish: 'node scripts/announce.js' });
  });
});
