/**
 * What `sdkgen migrate` settles itself rather than leave to a person (plan.ts): a hand edit that only changed
 * comments of a Stainless file sdkgen replaces; the owners' own release workflow beside sdkgen's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateResultOf } from '../helpers/migrate-result';
import { migrationReport } from '../../generator/cli/commands/migrate';
import { mergeThreeWay } from '../../generator/write/merge';
import { onlyComments } from '../../generator/migrate/owners/moot-edits';
import { planMigration } from '../../generator/migrate/plan';

const file = (path: string, text: string, blob = `blob-${path}`) => ({ path, blob, text });

describe('a hand edit of only comments in a Stainless file sdkgen replaces', () => {
  // Stainless's scripts/build, as OneBusAway's owners' search-and-replace left it: a comment renamed.
  const stainlessBuild = [
    '#!/usr/bin/env bash',
    'set -exuo pipefail',
    'rm -rf dist; mkdir dist',
    '# we need to add exports = module.exports = AcmeSDK to index.js;',
    '# No way to get that from index.ts',
    'node scripts/utils/fix-index-exports.cjs',
    'cp tsconfig.dist-src.json dist/src/tsconfig.json',
    '',
  ].join('\n');
  const sdkgenBuild = '#!/usr/bin/env bash\nset -euo pipefail\nnode scripts/build.mjs\n';
  const planFor = (path: string, stainless: string, edited: string, sdkgen: string) =>
    planMigration({
      current: [file(path, edited, 'edited')],
      base: { blobs: new Map([[path, 'pristine']]), texts: new Map([[path, stainless]]) },
      rendered: [{ path, contents: sdkgen }],
    });

  it('is listed as a comment-only edit, not as an edit left to carry', () => {
    const edited = stainlessBuild.replace('= AcmeSDK to', '= Acme SDK Node to');
    const plan = planFor('scripts/build', stainlessBuild, edited, sdkgenBuild);
    expect(plan.writes).toEqual([{ path: 'scripts/build', contents: sdkgenBuild }]);
    expect(plan.rejected).toEqual([]);
    expect(plan.commentOnlyEdits).toEqual(['scripts/build']);
  });

  it('is still an edit to carry where a changed line is a command, or a module line is code', () => {
    const command = stainlessBuild.replace('rm -rf dist; mkdir dist', 'rm -rf dist build; mkdir dist');
    const plan = planFor('scripts/build', stainlessBuild, command, sdkgenBuild);
    expect(plan.rejected.map((r) => r.path)).toEqual(['scripts/build']);
    expect(plan.commentOnlyEdits).toEqual([]);

    const module = "// Acme's client\nexport const a = 1;\n\nexport const b = 2;\n";
    const sdkgenModule = 'export const z = 26;\n';
    // A changed declaration sdkgen's module lacks is carried into it by declaration (reapply/declarations.ts).
    const code = planFor('src/x.ts', module, module.replace('a = 1', 'a = 2'), sdkgenModule);
    expect(code.commentOnlyEdits).toEqual([]);
    expect(code.rejected).toEqual([]);
    expect(code.writes.find((w) => w.path === 'src/x.ts')?.contents).toContain('export const a = 2;');
    const comment = planFor('src/x.ts', module, module.replace("Acme's", 'Acme Inc.’s'), sdkgenModule);
    expect(comment.rejected).toEqual([]);
    expect(comment.commentOnlyEdits).toEqual(['src/x.ts']);
  });

  it("tells comments by the file's language: `#` is code in a module, `//` is a command in a script", () => {
    const hunk = (removed: string, added: string) => `@@ -1,1 +1,1 @@\n-${removed}\n+${added}\n`;
    expect(onlyComments('src/x.ts', '// a\n', hunk('// a', '// b'))).toBe(true);
    expect(onlyComments('src/x.ts', '/* a */\n', hunk('/* a */', '/* b */'))).toBe(true);
    expect(onlyComments('src/x.ts', '# a\n', hunk('# a', '# b'))).toBe(false);
    expect(onlyComments('scripts/x.sh', '# a\n', hunk('# a', '# b'))).toBe(true);
    expect(onlyComments('scripts/x.sh', '// a\n', hunk('// a', '// b'))).toBe(false);
    // A doc comment is the SDK's documentation: an edit to it is carried, or listed to carry.
    expect(onlyComments('src/x.ts', '/** a */\n', hunk('/** a */', '/** b */'))).toBe(false);
    // A hunk whose lines are not where its header says is not judged by guess.
    expect(onlyComments('scripts/x.sh', 'echo\n# a\n', hunk('# a', '# b'))).toBe(false);
  });
});

describe("the owners' release workflow beside sdkgen's", () => {
  // sdkgen's release.yml as its template writes it.
  const ours = readFileSync('templates/base/github/workflows/release.yml.hbs', 'utf8').replaceAll('$\\{{', '${{');
  // knock-node's: release pull requests and GitHub releases (with a token whose releases start other workflows).
  const releasePlease =
    'name: Release Please\non:\n  push:\n    branches:\n      - main\njobs:\n  release-please:\n    runs-on: ubuntu-latest\n' +
    '    steps:\n      - uses: googleapis/release-please-action@v4\n        with:\n          token: ${{ secrets.RP }}\n';
  // Stainless's: publishes each published release.
  const publishNpm =
    'name: Publish NPM\non:\n  workflow_dispatch:\n  release:\n    types: [published]\njobs:\n  publish:\n' +
    '    runs-on: ubuntu-latest\n    steps:\n      - run: bash ./bin/publish-npm\n';
  const migrate = (current: Array<[string, string]>, stainless: Array<[string, string]>) =>
    planMigration({
      current: current.map(([path, text]) =>
        file(path, text, stainless.some(([p, t]) => p === path && t === text) ? `s-${path}` : `o-${path}`),
      ),
      base: {
        blobs: new Map(stainless.map(([path]) => [path, `s-${path}`])),
        texts: new Map(stainless),
      },
      rendered: [{ path: '.github/workflows/release.yml', contents: ours }],
    });
  const written = (plan: ReturnType<typeof planMigration>) =>
    plan.writes.find((f) => f.path === '.github/workflows/release.yml')?.contents;

  it("publishes the releases the owners' release-please workflow makes, in place of Stainless's publish workflow", () => {
    const plan = migrate(
      [
        ['.github/workflows/release-please.yml', releasePlease],
        ['.github/workflows/publish-npm.yml', publishNpm],
      ],
      [['.github/workflows/publish-npm.yml', publishNpm]],
    );
    expect(plan.needsHand).toEqual([]);
    expect(plan.removed).toEqual(['.github/workflows/publish-npm.yml']);
    expect(plan.kept).toEqual(['.github/workflows/release-please.yml']);
    expect(plan.releaseBeside).toEqual({ theirs: ['.github/workflows/release-please.yml'], publishes: false });
    const release = written(plan)!;
    expect(release).not.toMatch(/release-please-action|needs:|push:/);
    expect(release).toMatch(/^on:\n {2}release:\n {4}types: \[published\]\n {2}workflow_dispatch: \{\}\n/m);
    expect(release).toContain('run: npm publish --provenance --access public');
    // sdkgen's own text is the base of the next merge: regenerating keeps the owners' pipeline as it is.
    expect(plan.generated.find((f) => f.path === '.github/workflows/release.yml')?.contents).toBe(ours);
    expect(mergeThreeWay(ours, release, ours)).toEqual({ text: release, conflicts: 0 });
    // And the line the report gives it.
    const result = migrateResultOf(plan);
    const report = migrationReport(result);
    expect(report).toContain(
      "  release:  .github/workflows/release-please.yml (yours) makes the releases; sdkgen's .github/workflows/release.yml publishes each one",
    );
  });

  it("runs only by hand where the owners' workflows release and publish; replaces Stainless's own as it wrote it", () => {
    const both = `${releasePlease}      - run: npm publish\n`;
    const plan = migrate([['.github/workflows/ship.yml', both]], []);
    expect(plan.needsHand).toEqual([]);
    expect(plan.releaseBeside).toEqual({ theirs: ['.github/workflows/ship.yml'], publishes: true });
    expect(written(plan)).toMatch(/^on:\n {2}workflow_dispatch: \{\}\npermissions:/m);
    expect(written(plan)).not.toMatch(/release-please-action|release:\n/);

    // Stainless's release-please workflow, as it wrote it, goes: sdkgen's does what it did.
    const stainless = migrate(
      [['.github/workflows/release-please.yml', releasePlease]],
      [['.github/workflows/release-please.yml', releasePlease]],
    );
    expect(stainless.removed).toEqual(['.github/workflows/release-please.yml']);
    expect(stainless.releaseBeside).toBeNull();
    expect(written(stainless)).toBe(ours);
    expect(stainless.needsHand).toEqual([]);
  });

  it("removes Stainless's release doctor (its workflow and script) as it wrote it; keeps one the owners edited", () => {
    const doctor =
      'name: Release Doctor\non:\n  pull_request:\n    branches:\n      - main\njobs:\n  release_doctor:\n' +
      '    runs-on: ubuntu-latest\n    steps:\n      - run: bash ./bin/check-release-environment\n';
    const check = '#!/usr/bin/env bash\n\nerrors=()\n\necho "The environment is ready to push releases!"\n';
    const stainless: Array<[string, string]> = [
      ['.github/workflows/release-doctor.yml', doctor],
      ['bin/check-release-environment', check],
    ];
    const plan = migrate(stainless, stainless);
    expect(plan.removed.sort()).toEqual(['.github/workflows/release-doctor.yml', 'bin/check-release-environment']);
    expect(plan.needsHand).toEqual([]);
    // Their own check added to the script: both stay, as the repository's (the workflow runs the script).
    const edited = `${check}[ -n "$NPM_TOKEN" ] || exit 1\n`;
    const kept = migrate([stainless[0], ['bin/check-release-environment', edited]], stainless);
    expect(kept.removed).toEqual([]);
    expect(kept.keptRepositoryFiles.sort()).toEqual([
      '.github/workflows/release-doctor.yml',
      'bin/check-release-environment',
    ]);
  });

  it("leaves to a person an owners' workflow that publishes without making the releases, and cannot be started", () => {
    const plan = migrate(
      [
        [
          '.github/workflows/publish.yml',
          publishNpm.replace('bash ./bin/publish-npm', 'npm publish').replace('  workflow_dispatch:\n', ''),
        ],
      ],
      [],
    );
    expect(plan.releaseBeside).toBeNull();
    expect(written(plan)).toBe(ours);
    expect(plan.needsHand).toEqual([
      { path: '.github/workflows/publish.yml', reason: expect.stringContaining('publishes to npm') },
    ]);
  });
});

describe("the owners' code that reads package.json's exports", () => {
  const test = "import pkg from '../package.json';\nexport const realtime = pkg.exports['./realtime'];\n";
  const planWith = (exports: Record<string, unknown>) =>
    planMigration({
      current: [file('tests/exports-map.test.ts', test)],
      base: { blobs: new Map(), texts: new Map() },
      rendered: [{ path: 'package.json', contents: `${JSON.stringify({ name: 'acme', exports })}\n` }],
    });

  it("reads what it did where sdkgen writes them as Stainless's were: a path per condition", () => {
    const plan = planWith({
      '.': { import: './dist/index.mjs', require: './dist/cjs/index.js' },
      './package.json': './package.json',
      './*': { import: './dist/*.mjs', require: './dist/cjs/*.js' },
    });
    expect(plan.needsHand).toEqual([]);
  });

  it('is listed where the entries are sdkgen’s nested conditions', () => {
    const plan = planWith({
      '.': {
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/cjs/index.d.ts', default: './dist/cjs/index.js' },
      },
    });
    expect(plan.needsHand).toEqual([
      { path: 'tests/exports-map.test.ts', reason: expect.stringContaining("reads package.json's exports") },
    ]);
  });
});
