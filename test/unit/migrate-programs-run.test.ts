/**
 * What `sdkgen migrate` reads of the commands that stay: the folder each runs in, following its `cd`s as the shell
 * does (package/shell-folders.ts); the packages the owners' own workflows, scripts and package.json scripts run by their bins,
 * kept, and the programs found nowhere, reported (package/programs-run.ts); the installed packages' manifests, found in the
 * node_modules of the SDK's folder and of the folders above it up to the repository's root (repository/stainless-repo.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';
import { packagesRunBy } from '../../generator/migrate/package/programs-run';
import { removedCalls } from '../../generator/migrate/owners/removed-calls';
import { scriptCommands, workflowCommands } from '../../generator/migrate/owners/workflow-commands';
import { packageOfProgram } from '../../generator/migrate/package/program-packages';
import { readInstalledManifests, readLockfilesAbove } from '../../generator/migrate/repository/checkout-files';
import { removeWhenAllPass, tempDir } from '../helpers/sdk';

const file = (path: string, text: string, blob: string) => ({ path, blob, text });
/** Each command as [line, text, the folder it runs in]. */
const placed = (commands: Array<{ line: number; text: string; dir: string }>) =>
  commands.map(({ line, text, dir }) => [line, text.trim(), dir]);
const stainlessScript = (body: string) => `#!/usr/bin/env bash\nset -e\ncd "$(dirname "$0")/.."\n${body}\n`;

describe('the folder each command of a script runs in', () => {
  it('follows each cd: a folder written out, from where the shell is, to the end of the subshell it is in', () => {
    const script = [
      '#!/usr/bin/env bash',
      'set -e',
      'cd scripts',
      './mock --port 4011',
      'cd .. && ./scripts/format',
      '(cd scripts/utils && ./upload-artifact.sh) && ./scripts/test',
      '(',
      '  cd bin',
      '  ./publish-npm',
      ')',
      'pushd scripts >/dev/null 2>&1',
      './mock',
      'popd',
      'ROOT="$(cd "$(dirname "$0")/../.." && pwd)"; echo "cd site; ./x"',
      'publish() {',
      '  cd dist',
      '  npm publish',
      '}',
      './scripts/build',
      'cd /srv/site',
      './scripts/format',
      'cd "$(dirname "$0")" && ./run.sh',
      'cd ../../..',
      './scripts/format',
      '',
    ].join('\n');
    const commands = scriptCommands({ path: 'scripts/ci/e2e.sh', text: script });
    expect(placed(commands)).toEqual([
      [2, 'set -e', ''],
      [4, './mock --port 4011', 'scripts'],
      [5, './scripts/format', ''],
      [6, './upload-artifact.sh', 'scripts/utils'],
      [6, './scripts/test', ''],
      [9, './publish-npm', 'bin'],
      [12, './mock', 'scripts'],
      [14, 'ROOT="$(cd "$(dirname "$0")/../.." && pwd)"; echo "cd site; ./x"', ''],
      // A function's body is read where it is defined; its cd does not move the lines after it.
      [17, 'npm publish', 'dist'],
      [19, './scripts/build', ''],
      // Line 21 runs in /srv/site, line 24 outside the repository: neither is read.
      [22, './run.sh', 'scripts/ci'],
    ]);
  });

  it("reads a function's body where it is written, on one line or with its { on the line below", () => {
    const script = [
      '#!/usr/bin/env bash',
      'publish() { cd dist && npm publish; }; ./scripts/build',
      'release()',
      '{',
      '  cd dist',
      '  npm publish',
      '}',
      'function tag',
      '{ cd site; ./scripts/tag; }',
      './scripts/format',
      '',
    ].join('\n');
    const commands = scriptCommands({ path: 'scripts/release', text: script });
    expect(placed(commands)).toEqual([
      [2, 'npm publish', 'dist'],
      [2, './scripts/build', ''],
      [6, 'npm publish', 'dist'],
      [9, './scripts/tag', 'site'],
      [10, './scripts/format', ''],
    ]);
  });

  it('reads the commands after a cd in a branch (if, case, a loop) in the folder before it and in the one after', () => {
    const script = [
      '#!/usr/bin/env bash',
      'if [ -d site ]; then',
      '  cd site',
      '  ./scripts/build',
      'fi',
      './scripts/format',
      'case "$1" in',
      '  docs) cd docs && ./scripts/lint ;;',
      '  -h|--help)',
      '    ./scripts/help',
      '    ;;',
      'esac',
      'if cd dist; then ./scripts/pack; else exit 1; fi',
      './scripts/test',
      '',
    ].join('\n');
    const commands = scriptCommands({ path: 'scripts/ci', text: script });
    expect(placed(commands)).toEqual([
      [2, '[ -d site ]', ''],
      [4, './scripts/build', 'site'],
      // Line 3's cd may not have run: the root and site/.
      [6, './scripts/format', ''],
      [6, './scripts/format', 'site'],
      [8, './scripts/lint', 'docs'],
      [8, './scripts/lint', 'site/docs'],
      // `-h|--help)`: the item's pattern; it runs from where the case started.
      [10, './scripts/help', ''],
      [10, './scripts/help', 'site'],
      // After the case: the root and site/, or docs/ from either. A cd in a condition runs, whichever branch follows.
      ...['./scripts/pack', 'exit 1', './scripts/test'].flatMap((command, i) =>
        ['dist', 'site/dist', 'docs/dist', 'site/docs/dist'].map((dir) => [i < 2 ? 13 : 14, command, dir]),
      ),
    ]);
  });

  it('reads the commands after a cd that runs only where the command before it succeeded in both folders', () => {
    const script = [
      '#!/usr/bin/env bash',
      '[ -d site ] && cd site && ./scripts/build',
      './scripts/format',
      'cd "$(dirname "$0")/.." || exit 1',
      './scripts/lint',
      '[ -n "$CI" ] && (cd dist && ./scripts/pack)',
      './scripts/test',
      '',
    ].join('\n');
    const commands = scriptCommands({ path: 'scripts/ci', text: script });
    expect(placed(commands)).toEqual([
      [2, '[ -d site ]', ''],
      [2, './scripts/build', 'site'],
      [3, './scripts/format', ''],
      [3, './scripts/format', 'site'],
      // A cd first in its list has run where the script goes on (`|| exit 1`).
      [4, 'exit 1', ''],
      [5, './scripts/lint', ''],
      [6, '[ -n "$CI" ]', ''],
      [6, './scripts/pack', 'dist'],
      [7, './scripts/test', ''],
    ]);
  });

  it('reads a shell script only: one whose #! line names another program is not', () => {
    const node =
      "#!/usr/bin/env node\nconst { spawnSync } = require('child_process');\nspawnSync('./scripts/build');\n";
    expect(scriptCommands({ path: 'bin/cli', text: node })).toEqual([]);
    const bash = '#!/usr/bin/env -S bash -e\n./scripts/build\n';
    expect(scriptCommands({ path: 'bin/build.js', text: bash }).map((c) => c.text)).toEqual(['./scripts/build']);
  });

  it('lists a call read in both folders once', () => {
    const script = '#!/usr/bin/env bash\nif [ -n "$CI" ]; then cd scripts; fi\nnpm run fix\n';
    const calls = removedCalls({
      files: [{ path: 'bin/check', text: script }],
      removed: new Map(),
      scriptsBefore: { fix: 'prettier --write .' },
      scriptsAfter: {},
      ownersScripts: [],
      packageJson: null,
      repository: null,
      releaseWorkflow: null,
      packages: [],
    });
    expect(calls.map((call) => [call.at, call.removed])).toEqual([['bin/check:3', ['package.json script fix']]]);
  });

  it("in a workflow's run step, starts in the step's folder and follows each cd too", () => {
    const workflow = [
      'name: Docs',
      'on: [push]',
      'jobs:',
      '  docs:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - working-directory: site',
      '        run: |',
      '          (cd .. && ./scripts/format)',
      '          cd docs && ./scripts/build',
      '          cd ../.. && ./scripts/lint',
      '',
    ].join('\n');
    expect(placed(workflowCommands(workflow, null))).toEqual([
      [9, './scripts/format', ''],
      [10, './scripts/build', 'site/docs'],
      [11, './scripts/lint', ''],
    ]);
  });

  it("reads a here-document's lines as its text, not as commands, up to its delimiter", () => {
    const script = [
      '#!/usr/bin/env bash',
      'cat > .npmrc <<EOF',
      '//registry.npmjs.org/:_authToken=$NPM_TOKEN',
      'npm publish',
      'EOF',
      './scripts/build',
      'cat <<-\'END\' | tee notes.txt; cat <<"TWO"',
      '\t./scripts/not-run',
      '\tEND',
      './scripts/not-run',
      'TWO',
      'tr a b <<< "./scripts/not-a-heredoc"',
      'let x=1<<2; (( y = x << 1 ))',
      './scripts/test',
      '',
    ].join('\n');
    expect(placed(scriptCommands({ path: 'scripts/release', text: script }))).toEqual([
      [2, 'cat > .npmrc <<EOF', ''],
      [6, './scripts/build', ''],
      [7, 'cat <<-\'END\' | tee notes.txt; cat <<"TWO"', ''],
      [12, 'tr a b <<< "./scripts/not-a-heredoc"', ''],
      // (Run in the same folder, a line's commands are one text.) `<<` shifts there: the lines below are commands.
      [13, 'let x=1<<2; (( y = x << 1', ''],
      [14, './scripts/test', ''],
    ]);
    // In a workflow's run block, the delimiter is indented as the block is.
    const workflow = [
      'jobs:',
      '  publish:',
      '    steps:',
      '      - run: |',
      '          cat > .npmrc << EOF',
      '          npm publish',
      '          EOF',
      '          ./scripts/publish',
      '',
    ].join('\n');
    expect(placed(workflowCommands(workflow, null))).toEqual([
      [5, 'cat > .npmrc << EOF', ''],
      [8, './scripts/publish', ''],
    ]);
  });

  it('reads the items of a case written on its own line, after its `in`', () => {
    const script = [
      '#!/usr/bin/env bash',
      'case "$1" in docs) cd docs && ./scripts/lint ;; *) ./scripts/all ;; esac',
      './scripts/after',
      '',
    ].join('\n');
    expect(placed(scriptCommands({ path: 'scripts/ci', text: script }))).toEqual([
      [2, './scripts/lint', 'docs'],
      [2, './scripts/all', ''],
      // The docs item's cd may have run.
      [3, './scripts/after', ''],
      [3, './scripts/after', 'docs'],
    ]);
  });

  it("reads a case item's pattern written in parentheses as its pattern, not as a subshell", () => {
    const script = [
      '#!/usr/bin/env bash',
      'case "$1" in',
      '  (docs) cd docs ;;',
      '  (site)',
      '    ./scripts/build',
      '    ;;',
      '  (lint) ./scripts/lint ;; (all) ./scripts/all ;;',
      'esac',
      '',
    ].join('\n');
    expect(placed(scriptCommands({ path: 'scripts/ci', text: script }))).toEqual([
      // Each item runs from where the case started: docs/'s cd is of its own item.
      [5, './scripts/build', ''],
      [7, './scripts/lint', ''],
      [7, './scripts/all', ''],
    ]);
  });

  it("finds the calls so made to Stainless's scripts: one that goes is reported, one the owners edited stays", () => {
    const stainless = {
      'scripts/mock': stainlessScript('npx prism mock openapi.yml'),
      'scripts/format': stainlessScript('./node_modules/.bin/prettier --write .'),
    };
    const run = '#!/usr/bin/env bash\nif ! cd scripts; then exit 1; fi\n./mock &\n(cd .. && cd scripts && ./format)\n';
    const plan = planMigration({
      current: [
        file('scripts/mock', `${stainless['scripts/mock']}# ours\n`, 'o-mock'),
        file('scripts/format', stainless['scripts/format'], 's-scripts/format'),
        file('bin/run-e2e', run, 'o-run'),
      ],
      base: {
        blobs: new Map([
          ['scripts/mock', 's-scripts/mock'],
          ['scripts/format', 's-scripts/format'],
        ]),
        texts: new Map(Object.entries(stainless)),
      },
      rendered: [],
    });
    expect(plan.keptCalledScripts).toEqual(['scripts/mock']);
    expect(plan.removedCalls.map((call) => [call.at, call.command, call.removed])).toEqual([
      ['bin/run-e2e:4', './format', ['scripts/format']],
    ]);
  });
});

describe("the programs the owners' own workflows, scripts and package.json scripts run", () => {
  const devDependencies = {
    prettier: '^3.0.0',
    eslint: '^9.0.0',
    publint: '^0.2.0',
    rimraf: '^5.0.0',
    typedoc: '^0.25.0',
    '@acme/tools': '^1.0.0',
  };
  const scripts: Record<string, string> = { build: './scripts/build' };
  const stainless = { name: 'acme', version: '1.0.0', scripts, devDependencies };
  const stainlessText = `${JSON.stringify(stainless, null, 2)}\n`;
  const workflow = [
    'name: Checks',
    'on: [push]',
    'jobs:',
    '  checks:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: npx prettier --check .',
    '      - run: yarn eslint . && yarn build',
    '      - run: pnpm exec acme-lint',
    '      - run: yarn lint-staged',
    '      - working-directory: site',
    '        run: npx typedoc',
    '',
  ].join('\n');
  // Their script runs publint from the root's install, and an npm it installs elsewhere (another package's install).
  const check = [
    '#!/usr/bin/env bash',
    'set -e',
    'cd scripts',
    '../node_modules/.bin/publint --strict',
    'npm install --prefix ../oidc npm@11',
    '../oidc/node_modules/.bin/npm publish',
    '',
  ].join('\n');
  const migrate = (theirs = stainless) =>
    planMigration({
      current: [
        file('package.json', `${JSON.stringify(theirs, null, 2)}\n`, theirs === stainless ? 's-pkg' : 'o-pkg'),
        file('.github/workflows/checks.yml', workflow, 'o-checks'),
        file('scripts/ci/check.sh', check, 'o-check'),
        file('site/package.json', '{ "name": "site", "private": true }\n', 'o-site'),
      ],
      base: { blobs: new Map([['package.json', 's-pkg']]), texts: new Map([['package.json', stainlessText]]) },
      rendered: [
        {
          path: 'package.json',
          contents:
            '{\n  "name": "acme",\n  "scripts": { "build": "node scripts/build.mjs" },\n  "devDependencies": {}\n}\n',
        },
      ],
    });
  const devDependenciesOf = (plan: ReturnType<typeof migrate>) =>
    Object.keys(JSON.parse(plan.writes.find((f) => f.path === 'package.json')!.contents).devDependencies);

  it('keep the packages whose bins they run, and report those run from an install that is found nowhere', () => {
    const plan = migrate({ ...stainless, scripts: { ...stainless.scripts, clean: 'rimraf dist' } });
    // Not typedoc: site/ is a package of its own, which installs its own.
    expect(devDependenciesOf(plan)).toEqual(['eslint', 'prettier', 'publint', 'rimraf']);
    expect(plan.unknownPrograms).toEqual([
      { at: '.github/workflows/checks.yml:9', program: 'acme-lint' },
      { at: '.github/workflows/checks.yml:10', program: 'lint-staged' },
    ]);
  });

  it('keep the packages a command runs in either folder a cd in a branch leaves it in', () => {
    // site/ is a package of its own: read there only, the command would keep nothing of the SDK's.
    const check = '#!/usr/bin/env bash\nif [ -d site ]; then\n  cd site\nfi\n./node_modules/.bin/prettier --check .\n';
    const packageOf = (program: string) => (program === 'prettier' ? 'prettier' : null);
    const context = { repository: null, scripts: new Set<string>(), packages: ['site'] };
    expect(packagesRunBy([{ path: 'bin/check', text: check }], {}, packageOf, context).packages).toEqual(['prettier']);
  });

  it("count a package.json script as theirs only where Stainless's package.json had it otherwise", () => {
    expect(devDependenciesOf(migrate())).toEqual(['eslint', 'prettier', 'publint']);
  });
});

describe("Stainless's package.json scripts that the owners' own package.json scripts run", () => {
  it('stay, with the packages they run, as for a workflow; a call to one that cannot is reported', () => {
    const stainlessScripts = {
      build: './scripts/build',
      tsn: 'ts-node -r tsconfig-paths/register',
      lint: 'eslint .',
      format: './scripts/format',
    };
    const devDependencies = { 'ts-node': '^10.5.0', 'tsconfig-paths': '^4.0.0', eslint: '^9.0.0' };
    const stainless = { name: 'acme', version: '1.0.0', scripts: stainlessScripts, devDependencies };
    const stainlessText = `${JSON.stringify(stainless, null, 2)}\n`;
    // Their scripts: one through Yarn, one through npm (sdkgen's build) and pnpm, one running Stainless's format,
    // whose scripts/format goes.
    const scripts = {
      ...stainlessScripts,
      e2e: 'yarn tsn scripts/e2e.ts',
      check: 'npm run build && pnpm run lint',
      fmt: 'npm run format',
    };
    const plan = planMigration({
      current: [
        file('package.json', `${JSON.stringify({ ...stainless, scripts }, null, 2)}\n`, 'o-pkg'),
        file('scripts/e2e.ts', "import Acme from 'acme';\nconsole.log(new Acme());\n", 'o-e2e'),
        file('scripts/format', stainlessScript('npx prettier --write .'), 's-format'),
      ],
      base: {
        blobs: new Map([
          ['package.json', 's-pkg'],
          ['scripts/format', 's-format'],
        ]),
        texts: new Map([
          ['package.json', stainlessText],
          ['scripts/format', stainlessScript('npx prettier --write .')],
        ]),
      },
      rendered: [{ path: 'package.json', contents: '{\n  "name": "acme",\n  "scripts": { "build": "tsc" }\n}\n' }],
    });
    const written = JSON.parse(plan.writes.find((f) => f.path === 'package.json')!.contents);
    expect(Object.keys(written.scripts).sort()).toEqual(['build', 'check', 'e2e', 'fmt', 'lint', 'tsn']);
    expect(written.devDependencies).toEqual(devDependencies);
    expect(plan.removedCalls.map((call) => [call.at.replace(/:\d+$/, ''), call.command, call.removed])).toEqual([
      ['package.json', 'npm run format', ['package.json script format']],
    ]);
  });
});

let dir = '';
removeWhenAllPass(() => dir);

describe('the installed packages, for their bins', () => {
  it("are read from the SDK folder's node_modules, else from those above it up to the repository's root", () => {
    dir = tempDir('installed-manifests');
    const manifest = (at: string, json: object) => {
      mkdirSync(path.join(dir, at), { recursive: true });
      writeFileSync(path.join(dir, at, 'package.json'), JSON.stringify(json));
    };
    mkdirSync(path.join(dir, 'mono/.git'), { recursive: true });
    const sdk = { name: 'acme', devDependencies: { '@acme/tools': '1', prettier: '3', outside: '1' } };
    manifest('mono/packages/sdk', sdk);
    // The monorepo's install at its root; a package the SDK's folder installs itself; one above the repository.
    manifest('mono/node_modules/@acme/tools', { name: '@acme/tools', bin: { 'acme-lint': 'cli.js' } });
    manifest('mono/node_modules/prettier', { name: 'prettier', version: '2.0.0' });
    manifest('mono/packages/sdk/node_modules/prettier', { name: 'prettier', version: '3.0.0' });
    manifest('node_modules/outside', { name: 'outside', bin: 'x.js' });
    const files = [file('package.json', JSON.stringify(sdk), 'pkg')];
    const installed = readInstalledManifests(path.join(dir, 'mono/packages/sdk'), files);
    expect([...installed.keys()].sort()).toEqual(['@acme/tools', 'prettier']);
    expect(JSON.parse(installed.get('prettier')!).version).toBe('3.0.0');
  });
});

let lockfilesDir = '';
removeWhenAllPass(() => lockfilesDir);

describe('the lockfiles, for the bins they record', () => {
  it("are read from the SDK's folder, else from those above it up to the repository's root, nearest first", () => {
    const dir = (lockfilesDir = tempDir('lockfiles-above'));
    const write = (at: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, at)), { recursive: true });
      writeFileSync(path.join(dir, at), text);
    };
    mkdirSync(path.join(dir, 'mono/.git'), { recursive: true });
    write('mono/packages/sdk/package.json', '{ "name": "acme" }');
    // Yarn 2+'s lockfile of packages/, nearer than the npm workspace's at the root, which records the packages it
    // installs for the SDK alone under its folder; one above the repository is not read.
    write('mono/packages/yarn.lock', '__metadata:\n  version: 8\n\n"@acme/lint-a@npm:^1":\n  bin:\n    lint: cli.js\n');
    const packageLock = {
      lockfileVersion: 3,
      packages: {
        'node_modules/@acme/lint-b': { bin: { lint: 'cli.js' } },
        'node_modules/@acme/tools': { bin: { 'old-tools': 'cli.js' } },
        'packages/sdk/node_modules/@acme/tools': { bin: { 'acme-tools': 'cli.js' } },
      },
    };
    write('mono/package-lock.json', JSON.stringify(packageLock));
    write('package-lock.json', JSON.stringify({ packages: { 'node_modules/outside': { bin: { ob: 'x.js' } } } }));
    const above = readLockfilesAbove(path.join(dir, 'mono/packages/sdk'));
    expect(above.map((f) => [f.path, f.folder])).toEqual([
      ['../yarn.lock', 'sdk'],
      ['../../package-lock.json', 'packages/sdk'],
    ]);
    const listed = new Set(['@acme/lint-a', '@acme/lint-b', '@acme/tools', 'outside']);
    const packageOf = packageOfProgram(listed, new Map(), [], above);
    expect(['lint', 'acme-tools', 'ob'].map(packageOf)).toEqual(['@acme/lint-a', '@acme/tools', null]);
  });
});
