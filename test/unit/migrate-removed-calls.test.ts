/**
 * The repository's workflows and scripts that stay, calling what `sdkgen migrate` removed (owners/removed-calls.ts): each
 * call is reported with its line, what it calls and what sdkgen writes in its place; a call to what stays, or to
 * what was missing before, or that runs only in another repository or folder, is not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateResultOf } from '../helpers/migrate-result';
import { migrationReport } from '../../generator/cli/commands/migrate';
import { planMigration } from '../../generator/migrate/plan';
import { githubRepository } from '../../generator/migrate/repository/release';
import { lockfileBins, packageOfProgram, WELL_KNOWN_BINS } from '../../generator/migrate/package/program-packages';
import { packagesRunBy } from '../../generator/migrate/package/programs-run';
import { referencesIn } from '../../generator/migrate/owners/removed-calls';
import { workflowCommands } from '../../generator/migrate/owners/workflow-commands';

const file = (path: string, text: string, blob: string) => ({ path, blob, text });

// sdkgen's release.yml as its template writes it.
const RELEASE = readFileSync('templates/base/github/workflows/release.yml.hbs', 'utf8').replaceAll('$\\{{', '${{');

// Stainless's layout, as inboundemail/inbound-typescript-sdk had it: its publish workflow runs its publishing script
// through the package.json script `tsn`; that script runs bin/publish-npm, which publishes Stainless's build.
const STAINLESS_PACKAGE = {
  name: 'acme',
  version: '1.2.0',
  repository: 'github:acme/acme-node',
  scripts: {
    test: './scripts/test',
    build: './scripts/build',
    format: './scripts/format',
    tsn: 'ts-node -r tsconfig-paths/register',
    fix: './scripts/format',
  },
};
const PUBLISH_WORKFLOW = [
  'name: Publish NPM',
  'on:',
  '  release:',
  '    types: [published]',
  'jobs:',
  '  publish:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v4',
  '      - name: Publish to NPM',
  '        run: |',
  '          pnpm tsn scripts/publish-packages.ts "{ \\"paths_released\\": \\"[.]\\" }"',
  '        env:',
  '          NPM_TOKEN: ${{ secrets.ACME_NPM_TOKEN || secrets.NPM_TOKEN }}',
  '',
].join('\n');
const STAINLESS: Record<string, string> = {
  'package.json': `${JSON.stringify(STAINLESS_PACKAGE, null, 2)}\n`,
  '.github/workflows/publish-npm.yml': PUBLISH_WORKFLOW,
  'scripts/publish-packages.ts':
    "const publishScriptPath = path.join(rootDir, 'bin', 'publish-npm');\nexecSync(`bash ${publishScriptPath}`);\n",
  'bin/publish-npm': '#!/usr/bin/env bash\nset -eux\npnpm build\ncd dist\nnpm publish --access public\n',
  'scripts/format': '#!/usr/bin/env bash\nset -e\ncd "$(dirname "$0")/.."\n./node_modules/.bin/prettier --write .\n',
  'scripts/mock': '#!/usr/bin/env bash\nset -e\nnpx prism mock openapi.yml\n',
  'scripts/test': '#!/usr/bin/env bash\n./node_modules/.bin/jest "$@"\n',
  'scripts/utils/upload-artifact.sh': '#!/usr/bin/env bash\ncurl -X PUT "$URL"\n',
};

// The owners' edit to Stainless's publish workflow (a GitHub environment), and their own docs workflow and script.
const OWNERS_PUBLISH = PUBLISH_WORKFLOW.replace(
  '    runs-on: ubuntu-latest\n',
  '    runs-on: ubuntu-latest\n    environment: npm-publish\n',
);
const DOCS_WORKFLOW = [
  'name: Docs',
  'on: [push]',
  'jobs:',
  '  docs:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: ./scripts/format',
  '      - run: yarn fix && npm run build',
  '      - name: Mock',
  "        run: './scripts/mock'",
  '      - name: Upload',
  "        if: github.repository == 'stainless-sdks/acme-typescript'",
  '        run: ./scripts/utils/upload-artifact.sh',
  '      - name: In the docs site',
  '        working-directory: site',
  '        run: ./scripts/format && npm run fix',
  '      - run: |',
  '          # ./scripts/format (a comment)',
  '          ./scripts/never-there',
  '          cd dist && ./scripts/format',
  '          ./scripts/format',
  '          cd ../scripts && npm run fix',
  '',
].join('\n');
const OWNERS_SCRIPT = '#!/usr/bin/env bash\nset -e\ncd "$(dirname "$0")/.."\nyarn format\n./scripts/test\n';

/** The plan for Stainless's scripts `stainless`, as Stainless wrote them, beside the owners' `scripts/ci/run.sh`. */
function planWithScript(stainless: string[], script: string) {
  return planMigration({
    current: [
      ...stainless.map((path) => file(path, STAINLESS[path], `s-${path}`)),
      file('scripts/ci/run.sh', script, 'o-run'),
    ],
    base: {
      blobs: new Map(stainless.map((path) => [path, `s-${path}`])),
      texts: new Map(stainless.map((path) => [path, STAINLESS[path]])),
    },
    rendered: [],
  });
}

function plan(edits: Record<string, string> = {}) {
  const current: Record<string, string> = {
    ...STAINLESS,
    '.github/workflows/publish-npm.yml': OWNERS_PUBLISH,
    ...edits,
  };
  const pkg = { ...STAINLESS_PACKAGE, scripts: { ...STAINLESS_PACKAGE.scripts, docs: './scripts/format && typedoc' } };
  current['package.json'] = `${JSON.stringify(pkg, null, 2)}\n`;
  // The docs site is a package of its own: its package.json scripts are its own.
  const owners = {
    '.github/workflows/docs.yml': DOCS_WORKFLOW,
    'scripts/release-notes': OWNERS_SCRIPT,
    'site/package.json': '{ "name": "acme-docs-site", "private": true }\n',
  };
  const sdkgenPackage = {
    name: 'acme',
    version: '0.0.1',
    scripts: { build: 'node scripts/build.mjs', test: 'vitest', mock: 'prism mock mock/openapi.yml' },
  };
  return planMigration({
    current: [
      ...Object.entries(current).map(([path, text]) =>
        file(path, text, text === STAINLESS[path] ? `s-${path}` : `o-${path}`),
      ),
      ...Object.entries(owners).map(([path, text]) => file(path, text, `o-${path}`)),
    ],
    base: {
      blobs: new Map(Object.keys(STAINLESS).map((path) => [path, `s-${path}`])),
      texts: new Map(Object.entries(STAINLESS)),
    },
    rendered: [
      { path: 'package.json', contents: `${JSON.stringify(sdkgenPackage, null, 2)}\n` },
      { path: 'scripts/test', contents: '#!/usr/bin/env bash\nnpx vitest run "$@"\n' },
      { path: 'scripts/build.mjs', contents: '// build\n' },
      { path: '.github/workflows/release.yml', contents: RELEASE },
    ],
  });
}

describe("the owners' workflows and scripts that call what the migration removed", () => {
  it('are each reported with their line, what they call, and what sdkgen writes in its place', () => {
    const migrated = plan();
    // What they call goes: Stainless's publishing, its format script, the package.json scripts sdkgen's has not.
    expect(migrated.removed).toEqual(
      expect.arrayContaining(['scripts/publish-packages.ts', 'bin/publish-npm', 'scripts/format', 'scripts/mock']),
    );
    expect(migrated.keptRepositoryFiles).toContain('.github/workflows/publish-npm.yml');
    const publishedBy = expect.stringContaining("sdkgen's .github/workflows/release.yml publishes each release");
    expect(migrated.removedCalls).toEqual([
      {
        at: '.github/workflows/docs.yml:7',
        command: './scripts/format',
        removed: ['scripts/format'],
        instead: null,
      },
      {
        at: '.github/workflows/docs.yml:8',
        command: 'yarn fix && npm run build',
        removed: ['package.json script fix'],
        instead: null,
      },
      {
        at: '.github/workflows/docs.yml:10',
        command: './scripts/mock',
        removed: ['scripts/mock'],
        instead: "sdkgen's `npm run mock` does this now: call it instead",
      },
      // In scripts/, which is no package of its own: npm runs the root's package.json scripts there.
      {
        at: '.github/workflows/docs.yml:22',
        command: 'npm run fix',
        removed: ['package.json script fix'],
        instead: null,
      },
      {
        at: '.github/workflows/publish-npm.yml:13',
        command: 'pnpm tsn scripts/publish-packages.ts "{ \\"paths_released\\": \\"[.]\\" }"',
        removed: ['scripts/publish-packages.ts', 'package.json script tsn'],
        instead: publishedBy,
      },
      {
        at: expect.stringMatching(/^package\.json:\d+$/),
        command: './scripts/format && typedoc',
        removed: ['scripts/format'],
        instead: null,
      },
      {
        at: 'scripts/release-notes:4',
        command: 'yarn format',
        removed: ['package.json script format'],
        instead: null,
      },
    ]);
    // The owners' script of package.json is kept, on the line the report names.
    const written = migrated.writes.find((f) => f.path === 'package.json')!.contents.split('\n');
    const line = Number(migrated.removedCalls[5].at.split(':')[1]);
    expect(written[line - 1]).toContain('"docs": "./scripts/format && typedoc"');
  });

  it('are listed in the report, apart from what needs a hand: the migration itself is complete', () => {
    const result = migrateResultOf(plan());
    const report = migrationReport(result);
    expect(report).toContain(
      'Your workflows and scripts call what the migration removed (each call fails where it runs):\n' +
        '  .github/workflows/docs.yml:7: runs `./scripts/format`, which calls what the migration removed ' +
        '(scripts/format), and sdkgen writes nothing in its place: remove the call, or bring what it calls back from git',
    );
    expect(report).toContain(
      '  .github/workflows/publish-npm.yml:13: runs `pnpm tsn scripts/publish-packages.ts "{ \\"paths_released\\": ' +
        '\\"[.]\\" }"`, which calls what the migration removed (scripts/publish-packages.ts, package.json script tsn): ' +
        "sdkgen's .github/workflows/release.yml publishes each release to npm now",
    );
    expect(report).not.toContain('Needs a hand');
    expect(report).toContain('The migration is complete, but for the 7 call(s) above of your workflows and scripts.');
  });
});

describe("Stainless's scripts the owners edited that their workflows and scripts call", () => {
  // Their edit to Stainless's format script (prettier on their docs too), and to its test script, which sdkgen writes.
  const FORMAT = STAINLESS['scripts/format'].replace('--write .', '--write . docs/') + './scripts/mock\n';
  const TEST = `${STAINLESS['scripts/test']}echo done\n`;

  it("stay as they are where sdkgen writes nothing in their place, with what they call of Stainless's edited", () => {
    const migrated = plan({ 'scripts/format': FORMAT, 'scripts/mock': `${STAINLESS['scripts/mock']}# ours\n` });
    expect(migrated.keptCalledScripts).toEqual(['scripts/format', 'scripts/mock']);
    expect(migrated.removed).not.toContain('scripts/format');
    expect(migrated.removed).not.toContain('scripts/mock');
    expect(migrated.writes.map((f) => f.path)).not.toContain('scripts/format');
    expect(migrated.rejected.map((r) => r.path)).toEqual([]);
    // Their calls to it keep working, through Stainless's package.json scripts that run it too (`yarn fix`,
    // `yarn format`), which stay with it; the calls to what goes are reported still.
    expect(migrated.removedCalls.map((call) => call.at)).toEqual(['.github/workflows/publish-npm.yml:13']);
    const scripts = JSON.parse(migrated.writes.find((f) => f.path === 'package.json')!.contents).scripts;
    expect(scripts).toMatchObject({ format: './scripts/format', fix: './scripts/format' });
    expect(migrationReport(migrateResultOf(migrated))).toContain(
      "Stainless's scripts you edited that your workflows, scripts or package.json scripts run, kept as they are " +
        '(sdkgen writes none in their place, so your pipeline keeps running them): scripts/format, scripts/mock\n',
    );
  });

  it("stay with a package.json script of Stainless's that runs them only where all it names stays", () => {
    // Stainless's `prepare`, run on each install from git: with its check gone it would fail there.
    const prepare = 'if ./scripts/utils/check-is-in-git-install.sh; then ./scripts/utils/git-swap.sh; fi';
    const stainless: Record<string, string> = {
      'package.json': `${JSON.stringify({ name: 'acme', scripts: { prepare, fix: './scripts/format' } }, null, 2)}\n`,
      'scripts/utils/check-is-in-git-install.sh': '#!/usr/bin/env bash\n[ -d .git ]\n',
      'scripts/utils/git-swap.sh': '#!/usr/bin/env bash\nset -e\nmv dist/* .\n',
      'scripts/format': STAINLESS['scripts/format'],
    };
    const edits: Record<string, string> = {
      'scripts/utils/git-swap.sh': `${stainless['scripts/utils/git-swap.sh']}rm -rf dist\n`,
      'scripts/format': STAINLESS['scripts/format'].replace('--write .', '--write . docs/'),
    };
    const migrated = planMigration({
      current: Object.entries({ ...stainless, ...edits }).map(([path, text]) =>
        file(path, text, text === stainless[path] ? `s-${path}` : `o-${path}`),
      ),
      base: {
        blobs: new Map(Object.keys(stainless).map((path) => [path, `s-${path}`])),
        texts: new Map(Object.entries(stainless)),
      },
      rendered: [{ path: 'package.json', contents: '{\n  "name": "acme",\n  "scripts": { "build": "tsc" }\n}\n' }],
    });
    expect(migrated.keptCalledScripts).toEqual(['scripts/format']);
    // The edited one nothing runs any more is theirs, kept whole (owners/edited-scripts.ts): nothing left for a person.
    expect(migrated.rejected).toEqual([]);
    expect(migrated.kept).toContain('scripts/utils/git-swap.sh');
    const written = JSON.parse(migrated.writes.find((f) => f.path === 'package.json')!.contents);
    expect(written.scripts).toEqual({ build: 'tsc', fix: './scripts/format' });
  });

  it('are kept whole as theirs where nothing staying calls them; are merged where sdkgen writes its own', () => {
    const migrated = plan({ 'scripts/mock': `${STAINLESS['scripts/mock']}# ours\n`, 'scripts/test': TEST });
    expect(migrated.keptCalledScripts).toEqual(['scripts/mock']);
    const uncalled = plan({ 'scripts/utils/upload-artifact.sh': '#!/usr/bin/env bash\ncurl -X POST "$URL"\n' });
    expect(uncalled.keptCalledScripts).toEqual([]);
    expect(uncalled.removed).not.toContain('scripts/utils/upload-artifact.sh');
    expect(uncalled.kept).toContain('scripts/utils/upload-artifact.sh');
    expect(uncalled.rejected).toEqual([]);
    // scripts/test is sdkgen's: their edit is carried onto its text (or reported), as before.
    expect(migrated.removed).not.toContain('scripts/test');
    expect(migrated.writes.find((f) => f.path === 'scripts/test')!.contents).not.toBe(TEST);
  });
});

describe("Stainless's package.json scripts that the owners' workflows run", () => {
  const seed =
    'name: Seed\non: [workflow_dispatch]\njobs:\n  seed:\n    runs-on: ubuntu-latest\n    steps:\n      - run: yarn tsn scripts/seed.ts\n';
  // Stainless's scripts running bins named otherwise than their packages: tsc (typescript), attw, and one of a
  // package of the owners' registry that only node_modules or a lockfile can tell.
  const scripts = {
    ...STAINLESS_PACKAGE.scripts,
    typecheck: 'tsc --noEmit',
    'check-pack': 'attw --pack . && acme-lint',
  };
  const migrate = (
    devDependencies: Record<string, string>,
    found: { installed?: Map<string, string>; lockfile?: { path: string; text: string } } = {},
    workflow = seed,
  ) => {
    const stainless = { ...STAINLESS_PACKAGE, scripts, devDependencies };
    const text = `${JSON.stringify(stainless, null, 2)}\n`;
    return planMigration({
      current: [
        file('package.json', text, 's-package.json'),
        file('.github/workflows/seed.yml', workflow, 'o-seed'),
        file('scripts/seed.ts', "import Acme from 'acme';\nconsole.log(new Acme());\n", 'o-scripts/seed.ts'),
        ...(found.lockfile ? [file(found.lockfile.path, found.lockfile.text, 'lock')] : []),
      ],
      base: { blobs: new Map([['package.json', 's-package.json']]), texts: new Map([['package.json', text]]) },
      rendered: [
        {
          path: 'package.json',
          contents: '{\n  "name": "acme",\n  "scripts": { "build": "node scripts/build.mjs" }\n}\n',
        },
      ],
      installed: found.installed,
    });
  };
  const tsn = { 'ts-node': '^10.5.0', 'tsconfig-paths': '^4.0.0' };
  const tools = { ...tsn, typescript: '5.8.3', '@arethetypeswrong/cli': '^0.17.0', '@acme/tools': '^1.0.0' };
  // Their workflow runs those too.
  const checks = `${seed}      - run: yarn typecheck && yarn check-pack\n`;
  const keptOf = (plan: ReturnType<typeof migrate>) => {
    const written = JSON.parse(plan.writes.find((f) => f.path === 'package.json')!.contents);
    return { scripts: Object.keys(written.scripts), devDependencies: written.devDependencies };
  };

  it('keep the package of each program they run, found by its bins: installed, in the lockfile, else well known', () => {
    // node_modules has @acme/tools, whose bin is acme-lint; tsc and attw are well-known bins.
    const installed = new Map([
      ['@acme/tools', JSON.stringify({ name: '@acme/tools', bin: { 'acme-lint': 'cli.js' } })],
    ]);
    const kept = {
      scripts: ['build', 'tsn', 'typecheck', 'check-pack'],
      devDependencies: tools,
    };
    expect(keptOf(migrate(tools, { installed }, checks))).toEqual(kept);
    // npm's lockfile records each package's bins.
    const packageLock = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': { name: 'acme' },
        'node_modules/@acme/tools': { version: '1.0.0', bin: { 'acme-lint': 'cli.js' } },
        'node_modules/other/node_modules/@acme/tools': { version: '0.1.0', bin: { 'old-lint': 'cli.js' } },
      },
    });
    const lockfile = { path: 'package-lock.json', text: packageLock };
    const plan = migrate(tools, { lockfile }, checks);
    expect(keptOf(plan)).toEqual(kept);
    expect(plan.removedCalls).toEqual([]);
    expect(plan.unknownPrograms).toEqual([]);
  });

  it('report a program whose package is found nowhere, and keep neither it nor the script that runs it', () => {
    const plan = migrate(tools, {}, checks);
    expect(keptOf(plan).scripts).toEqual(['build', 'tsn', 'typecheck']);
    expect(keptOf(plan).devDependencies).toEqual({ ...tsn, typescript: '5.8.3' });
    expect(plan.unknownPrograms).toEqual([{ at: 'package.json script check-pack', program: 'acme-lint' }]);
    expect(plan.removedCalls.map((call) => [call.at, call.removed])).toEqual([
      ['.github/workflows/seed.yml:8', ['package.json script check-pack']],
    ]);
    expect(migrationReport(migrateResultOf(plan))).toContain('  package.json script check-pack: `acme-lint`\n');
  });

  it('stay, with the packages they run, where all the call names stays: their workflow keeps working', () => {
    const plan = migrate({ 'ts-node': '^10.5.0', 'tsconfig-paths': '^4.0.0', prettier: '^3.0.0' });
    const written = JSON.parse(plan.writes.find((f) => f.path === 'package.json')!.contents);
    expect(written.scripts).toEqual({ build: 'node scripts/build.mjs', tsn: 'ts-node -r tsconfig-paths/register' });
    expect(written.devDependencies).toEqual({ 'ts-node': '^10.5.0', 'tsconfig-paths': '^4.0.0' });
    expect(plan.removedCalls).toEqual([]);
  });

  it('are reported where a program the script runs is no package package.json lists', () => {
    const plan = migrate({ 'ts-node': '^10.5.0' });
    expect(JSON.parse(plan.writes.find((f) => f.path === 'package.json')!.contents).scripts).not.toHaveProperty('tsn');
    expect(plan.removedCalls).toEqual([
      {
        at: '.github/workflows/seed.yml:7',
        command: 'yarn tsn scripts/seed.ts',
        removed: ['package.json script tsn'],
        instead: null,
      },
    ]);
  });
});

describe('the package of a program a script runs', () => {
  const listed = new Set(['typescript', '@biomejs/biome', '@acme/tools', 'prettier', 'tsc']);

  it("is found by the bins each lockfile records: npm's, bun's, Yarn 2+'s", () => {
    const bun = [
      '{',
      '  "lockfileVersion": 1,',
      '  "packages": {',
      '    "@acme/tools": ["@acme/tools@1.0.0", "", { "bin": { "acme-lint": "cli.js" } }, "sha512-x"],',
      '    "typescript": ["typescript@5.5.4", "", { "bin": { "tsc": "bin/tsc", "tsserver": "bin/tsserver" } }, "sha512-y"],',
      '    "other/typescript": ["typescript@4.9.5", "", { "bin": { "tsc4": "bin/tsc" } }, "sha512-z"],',
      '  },',
      '}',
      '',
    ].join('\n');
    expect(Object.fromEntries(lockfileBins('bun.lock', bun))).toEqual({
      'acme-lint': '@acme/tools',
      tsc: 'typescript',
      tsserver: 'typescript',
    });
    const berry = [
      '__metadata:',
      '  version: 8',
      '',
      '"@acme/tools@npm:^1.0.0":',
      '  version: 1.0.0',
      '  bin:',
      '    acme-lint: cli.js',
      '  languageName: node',
      '',
      '"typescript@patch:typescript@npm%3A^5.0.0#~builtin<compat/typescript>":',
      '  version: 5.5.4',
      '  bin:',
      '    tsc: bin/tsc',
      '    tsserver: bin/tsserver',
      '',
    ].join('\n');
    expect(Object.fromEntries(lockfileBins('yarn.lock', berry))).toEqual({
      'acme-lint': '@acme/tools',
      tsc: 'typescript',
      tsserver: 'typescript',
    });
    // Yarn 1's and pnpm's record none.
    expect(lockfileBins('yarn.lock', '# yarn lockfile v1\n\ntypescript@^5.0.0:\n  version "5.5.4"\n').size).toBe(0);
    expect(lockfileBins('pnpm-lock.yaml', 'packages:\n  typescript@5.5.4:\n    hasBin: true\n').size).toBe(0);
  });

  it("is the installed one, else the lockfile's, else a well-known one, else one of its name; of those listed", () => {
    const installed = new Map([['@acme/tools', '{ "name": "@acme/tools", "bin": "cli.js" }']]);
    const lockfile = {
      path: 'package-lock.json',
      text: '{ "packages": { "node_modules/prettier": { "bin": { "pretty": "x" } } } }',
    };
    const packageOf = packageOfProgram(listed, installed, [lockfile]);
    // A bin of a string names it after the package; tsc is typescript's, not the package named tsc.
    expect(packageOf('tools')).toBe('@acme/tools');
    expect(packageOf('pretty')).toBe('prettier');
    expect(packageOf('tsc')).toBe('typescript');
    expect(packageOf('biome')).toBe('@biomejs/biome');
    expect(packageOf('prettier')).toBe('prettier');
    // Found nowhere, or its package is not listed: unknown.
    expect(packageOf('acme-lint')).toBeNull();
    expect(packageOf('vitest')).toBeNull();
    expect(WELL_KNOWN_BINS.vitest).toBe('vitest');
  });

  it("of a script of Stainless's kept, is kept; one it runs from node_modules found nowhere is reported", () => {
    const script = [
      '#!/usr/bin/env bash',
      '"$(dirname "$0")/../node_modules/.bin/biome" format --write .',
      './node_modules/.bin/tsc --noEmit',
      'pnpm exec acme-lint',
      './node_modules/.bin/acme-lint',
      'npx create-thing && curl -sf "$URL"',
      '',
    ].join('\n');
    const packageOf = packageOfProgram(listed, new Map(), []);
    const context = { repository: null, scripts: new Set<string>(), packages: [] };
    const scripts = [{ path: 'scripts/format', text: script }];
    expect(packagesRunBy(scripts, { fix: 'prettier --write .' }, packageOf, context)).toEqual({
      packages: ['@biomejs/biome', 'prettier', 'typescript'],
      unknown: [
        { at: 'scripts/format:4', program: 'acme-lint' },
        { at: 'scripts/format:5', program: 'acme-lint' },
      ],
    });
  });
});

describe('the calls a command makes', () => {
  it('are the files of scripts/ and bin/ it names and the package.json scripts it runs, as each manager runs them', () => {
    expect(referencesIn('bash ./bin/publish-npm && node scripts/utils/x.cjs --flag')).toEqual([
      { kind: 'file', path: 'bin/publish-npm' },
      { kind: 'file', path: 'scripts/utils/x.cjs' },
    ]);
    // `pnpm <script>` and `yarn <script>` run the script; npm only through `run` (or `test`).
    expect(referencesIn('pnpm tsn x.ts; yarn run fix; npm run-script lint; npm test; CI=1 pnpm t')).toEqual([
      { kind: 'script', name: 'tsn' },
      { kind: 'script', name: 'fix' },
      { kind: 'script', name: 'lint' },
      { kind: 'script', name: 'test' },
      { kind: 'script', name: 'test' },
    ]);
    // Not a script: the managers' own commands, another package's scripts, one allowed to be missing, a binary.
    expect(
      referencesIn(
        'pnpm install; yarn; npm ci; npm publish; pnpm --filter mcp build; npm run x --if-present; ' +
          'npm --prefix site run y; pnpm exec tsc; ./node_modules/.bin/jest; /usr/bin/env bash',
      ),
    ).toEqual([]);
  });

  it('in a workflow, are its run steps, in their folder, but for steps that run only in another repository', () => {
    const workflow = [
      'jobs:',
      '  build:',
      "    if: github.repository == 'stainless-sdks/acme-typescript'",
      '    steps:',
      '      - run: ./scripts/a',
      '  test:',
      '    steps:',
      "      - if: github.repository == 'acme/acme-node'",
      '        run: ./scripts/b',
      '      - working-directory: ./packages/mcp',
      '        run: ./scripts/c',
      '      - run: ./scripts/d',
      '        working-directory: ${{ matrix.dir }}',
      '      - run: >-',
      '          ./scripts/e',
      '      - name: not a step that runs: ./scripts/f',
      '      - name: Upload tarball',
      '        if: >-',
      "          github.repository == 'stainless-sdks/acme-typescript' &&",
      "          !startsWith(github.ref, 'refs/heads/stl/')",
      '        run: ./scripts/g',
      '',
    ].join('\n');
    expect(workflowCommands(workflow, 'acme/acme-node')).toEqual([
      { line: 9, text: './scripts/b', dir: '' },
      { line: 11, text: './scripts/c', dir: 'packages/mcp' },
      { line: 15, text: './scripts/e', dir: '' },
    ]);
    // Where the repository is not known, a step for one repository alone is taken to be for another.
    expect(workflowCommands(workflow, null).map((c) => c.text.trim())).toEqual(['./scripts/c', './scripts/e']);
  });

  it("in a workflow, run in the folder of its job's defaults, else the workflow's, where the step names none", () => {
    const workflow = [
      'defaults:',
      '  run:',
      '    working-directory: site',
      'jobs:',
      '  docs:',
      '    steps:',
      '      - run: ./scripts/a',
      '      - run: ./scripts/b',
      '        working-directory: .',
      '  mcp:',
      '    defaults:',
      '      run:',
      '        shell: bash',
      "        working-directory: './packages/mcp'",
      '    steps:',
      '      - run: ./scripts/c',
      '  matrix:',
      '    defaults:',
      '      run:',
      '        working-directory: ${{ matrix.dir }}',
      '    steps:',
      '      - run: ./scripts/d',
      '  root:',
      '    defaults:',
      '      run:',
      '        working-directory: .',
      '    steps:',
      '      - run: ./scripts/e',
      '',
    ].join('\n');
    expect(workflowCommands(workflow, null)).toEqual([
      { line: 7, text: './scripts/a', dir: 'site' },
      { line: 8, text: './scripts/b', dir: '' },
      { line: 16, text: './scripts/c', dir: 'packages/mcp' },
      { line: 28, text: './scripts/e', dir: '' },
    ]);
    // So a job of the owners' that runs in their docs site calls the site's script, which stays, not Stainless's.
    const site =
      'jobs:\n  docs:\n    defaults:\n      run:\n        working-directory: site\n    steps:\n      - run: ./scripts/format\n';
    const migrated = planMigration({
      current: [
        file('scripts/format', STAINLESS['scripts/format'], 's-scripts/format'),
        file('site/scripts/format', 'prettier --write .\n', 'o-site'),
        file('.github/workflows/site.yml', site, 'o-workflow'),
      ],
      base: {
        blobs: new Map([['scripts/format', 's-scripts/format']]),
        texts: new Map([['scripts/format', STAINLESS['scripts/format']]]),
      },
      rendered: [],
    });
    expect(migrated.removed).toEqual(['scripts/format']);
    expect(migrated.removedCalls).toEqual([]);
  });

  it("in a script a folder below scripts/, run from the root, then where a cd to the script's own folder leads", () => {
    const script = [
      '#!/usr/bin/env bash',
      './scripts/format',
      'cd "$(dirname "$0")/.."',
      './scripts/mock',
      'cd "$(dirname "$0")/../.."',
      './scripts/mock --port 4011',
      'cd /srv/site',
      './scripts/format',
      '',
    ].join('\n');
    const stainless = ['scripts/format', 'scripts/mock'];
    const migrated = planWithScript(stainless, script);
    // Line 4 runs in scripts/ (no scripts/scripts/mock there was), line 8 elsewhere.
    expect(migrated.removedCalls.map((call) => [call.at, call.removed])).toEqual([
      ['scripts/ci/run.sh:2', ['scripts/format']],
      ['scripts/ci/run.sh:6', ['scripts/mock']],
    ]);
  });

  it("in a script, name files from the script's own folder without a cd: $0, BASH_SOURCE, the variables set to it", () => {
    const script = [
      '#!/usr/bin/env bash',
      '"$(dirname "$0")/../format"',
      '$(dirname "${BASH_SOURCE[0]}")/../mock --port 4011',
      '"${0%/*}/../utils/upload-artifact.sh"',
      'SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"',
      'ROOT_DIR="$(cd "$SCRIPT_DIR/../.." && pwd)"',
      '. "$ROOT_DIR/bin/publish-npm"',
      '"${SCRIPT_DIR}"/../../scripts/test',
      '"$(dirname "$0")/../../../outside"',
      'ROOT_DIR=/srv/site',
      '"$ROOT_DIR/bin/publish-npm"',
      'cd "${0%/*}/../.."',
      './scripts/mock',
      '',
    ].join('\n');
    const stainless = ['scripts/format', 'scripts/mock', 'scripts/utils/upload-artifact.sh', 'bin/publish-npm'];
    const migrated = planWithScript(stainless, script);
    // Each from scripts/ci: scripts/test was never there; /srv/site's publish-npm is another; line 13 at the root.
    expect(migrated.removedCalls.map((call) => [call.at, call.removed])).toEqual([
      ['scripts/ci/run.sh:2', ['scripts/format']],
      ['scripts/ci/run.sh:3', ['scripts/mock']],
      ['scripts/ci/run.sh:4', ['scripts/utils/upload-artifact.sh']],
      ['scripts/ci/run.sh:7', ['bin/publish-npm']],
      ['scripts/ci/run.sh:13', ['scripts/mock']],
    ]);
    // An edited one it runs so stays, as it would through a cd.
    const edited = planMigration({
      current: [
        file('scripts/mock', `${STAINLESS['scripts/mock']}# ours\n`, 'o-mock'),
        file('scripts/ci/run.sh', '#!/usr/bin/env bash\n"${0%/*}/../mock"\n', 'o-run'),
      ],
      base: {
        blobs: new Map([['scripts/mock', 's-mock']]),
        texts: new Map([['scripts/mock', STAINLESS['scripts/mock']]]),
      },
      rendered: [],
    });
    expect(edited.keptCalledScripts).toEqual(['scripts/mock']);
  });

  it("take the repository from package.json's repository, in each of its forms", () => {
    for (const form of [
      'github:acme/acme-node',
      'acme/acme-node',
      'https://github.com/acme/acme-node',
      'git+https://github.com/acme/acme-node.git',
      'git@github.com:acme/acme-node.git',
      { type: 'git', url: 'https://github.com/acme/acme-node.git' },
    ])
      expect(githubRepository(form)).toBe('acme/acme-node');
    expect(githubRepository('https://gitlab.com/acme/acme-node')).toBeNull();
    expect(githubRepository(undefined)).toBeNull();
  });
});
