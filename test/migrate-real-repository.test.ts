/**
 * `sdkgen migrate` on a Stainless SDK repository built as real ones are, end to end (issue 76's "Done when"): the
 * OneBusAway project of ../shared/stainless-compat, with an upload endpoint and a client option that has a default.
 *
 * History: Stainless's bot generates on `generated`, a line of its own, merged into `main` as its pull requests
 * were; people commit on `main` between generations (their tests, written for Jest with `done` callbacks and
 * `jest.fn()`; their rule in eslint.config.mjs; a folder jest.config.ts ignores; a serializer call in an upload
 * method; a module of theirs at src/streaming.ts, a path sdkgen also knows; a hand-written resource reading
 * `this._client.apiKey`; code importing Stainless's `internal/utils/uuid`); the bot's release commits bump the
 * version; a later generation adds the upload. The spec and config come from outside the repository, as owners keep
 * them in a config repository (`--spec`/`--config`), or, for Stainless's local CLI (stlc), from its workspace
 * (`--workspace`: workspace.json, openapi.stainless.yml, a custom-code record whose `base` is the generation).
 *
 * After the move: exit 0; every byte of the owners' files as it was; package.json keeps their items at their
 * versions; then in the migrated repository, `tsc --noEmit -p .`, `./scripts/test` (with SDKGEN_E2E_TESTS=full, in
 * CI: their Jest tests and sdkgen's, Stainless's client tests among them, against the mock server; a failing test of
 * theirs fails it; the Jest run migrate-jest.test.ts relies on), `sdkgen check` (there and in a fresh clone); and a
 * spec change regenerates with every edit kept. The second layout (stlc's) is migrated with SDKGEN_E2E_TESTS=full
 * only; its repository is the first one's file for file but for its inputs' record and names (LAYOUT_FILES), before
 * and after the regeneration: a tsc program and Jest runs over the same files are not repeated for it.
 *
 * Installs: the migration brings package-lock.json up to date with npm, from the npm cache where it can; the
 * repository's node_modules then links this checkout's packages and Jest's (test/helpers/jest-runner.ts) instead of
 * `npm install`ing a fifth of a gigabyte again, after checking that each package package.json names is there at a
 * version its range accepts, so the tools that run are those an install would bring.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MigrateResult } from '../generator/api/migrate';
import { git, sdkgen } from './helpers/git-repo';
import { runInRepository as run } from './helpers/git-history';
import { installedVersion, jestPackages, linkNodeModules, satisfies } from './helpers/jest-runner';
import { ROOT } from './helpers/paths';
import { removeWhenAllPass, runTsc, tempDir } from './helpers/sdk';
import {
  ALICE,
  buildRepository,
  config,
  edits,
  HEADER,
  OWNERS_FILES,
  ownersBytes,
  read,
  spec,
  specChange,
  STAINLESS_BOT,
  STAINLESS_ESLINT,
  STAINLESS_JEST,
  STAINLESS_PACKAGE,
  write,
} from './helpers/stainless-repository';
import { E2E_FULL } from './helpers/slow-tests';

/** The Jest runs in the migrated repository: CI's slow suite (docs/contributing.md), left out of `npm test`. */

// ---------------------------------------------------------------------------------------------------------------
// Running things in the migrated repository (`run`: runInRepository of test/helpers/git-history.ts).

/** The packages package.json names, each with what node_modules holds of it where that is not what its range accepts. */
function unmetDependencies(repo: string): string[] {
  const pkg = JSON.parse(read(repo, 'package.json')) as Record<string, Record<string, string> | undefined>;
  const wanted = { ...pkg.dependencies, ...pkg.devDependencies };
  return Object.entries(wanted)
    .map(([name, range]) => ({ name, range, installed: installedVersion(repo, name) }))
    .filter(({ range, installed }) => installed === null || !satisfies(installed, range))
    .map(({ name, range, installed }) => `${name}@${range}: ${installed ?? 'missing'}`);
}

/** The migrated repository of a layout, and its migration's report. */
interface Moved {
  repo: string;
  report: MigrateResult;
}

/** The spec and config the migrated repository's manifest names (where `sdkgen generate` and `check` read them). */
function inputsOf(repo: string): { spec: string; config: string } {
  return (JSON.parse(read(repo, '.sdkgen/manifest.json')) as { inputs: { spec: string; config: string } }).inputs;
}

/**
 * The files where the two layouts' migrated repositories differ: the record of their inputs, the inputs' config under
 * its layout's name, and the owners' workflow only the first one has. No compiler, test or lint reads them.
 */
const LAYOUT_FILES = new Set([
  '.sdkgen/manifest.json',
  'stainless-config.yml',
  'openapi.stainless.yml',
  '.github/workflows/format.yml',
]);

/** Every file of the repository's work tree as git sees it (tracked or not, but not ignored), with its sha256. */
function workTree(repo: string): Record<string, string> {
  const files = git(repo, 'ls-files', '--cached', '--others', '--exclude-standard').split('\n').filter(Boolean);
  return Object.fromEntries(
    files
      .filter((file) => existsSync(path.join(repo, file)))
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(path.join(repo, file)))
          .digest('hex'),
      ]),
  );
}

/**
 * A migrated repository whose type-check and `npm test` (the slow checks: a compiler and two Jest runs with their
 * mock server) passed: its work tree as migrated, and which of the two passed; its tree after the spec change's
 * regeneration, and whether that type-checked.
 */
interface CheckedTree {
  tree: Record<string, string>;
  typeChecked: boolean;
  tested: boolean;
  regenerated: Record<string, string>;
  regeneratedTypeChecked: boolean;
}

type Check = 'typeChecked' | 'tested' | 'regeneratedTypeChecked';

/**
 * True when `reference` passed `check` on a work tree that `repo`'s equals file for file (but LAYOUT_FILES): the
 * check would run the same compiler or tests over the same files, and is not run again. Fails when the trees differ
 * (a file one layout's move writes differently is a regression of that layout); false when the reference has not
 * passed the check (a run of this layout's tests alone), and the caller runs it.
 */
function checkedAlready(repo: string, check: Check, reference: CheckedTree | null): boolean {
  if (!reference?.[check]) return false;
  const mine = workTree(repo);
  const theirs = check === 'regeneratedTypeChecked' ? reference.regenerated : reference.tree;
  const differing = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])]
    .filter((file) => !LAYOUT_FILES.has(file) && mine[file] !== theirs[file])
    .sort();
  expect(differing, "files this layout's move writes otherwise than the first layout's").toEqual([]);
  return true;
}

/**
 * What every layout's move must give: `moved()` is the migrated repository, `owners` its owners' files before.
 * `checked` is where the layout records that its type-check and `npm test` passed (the first layout), or where it
 * reads another layout's record (`sameAs`: those checks are not run again over the same files).
 */
function movedRepositoryChecks(
  moved: () => Moved,
  owners: Map<string, string>,
  checked: { record: CheckedTree } | { sameAs: () => CheckedTree | null },
): void {
  const reference = () => ('sameAs' in checked ? checked.sameAs() : null);
  const own = 'record' in checked ? checked.record : null;
  const record = (check: Check) => {
    if (own) own[check] = true;
  };

  it("keeps every byte of the owners' files, and their edits to Stainless's files", () => {
    const { repo, report } = moved();
    for (const [file, text] of owners) expect({ file, text: read(repo, file) }).toEqual({ file, text });
    expect(report.kept).toEqual(expect.arrayContaining(Object.keys(OWNERS_FILES)));
    // Their Jest config with their ignore pattern, their ESLint config with their rule.
    expect(read(repo, 'jest.config.ts')).toContain("testPathIgnorePatterns: ['scripts', '<rootDir>/tests/live/'],");
    // Every line of their Jest config is there, in their order (sdkgen's additions on lines of their own).
    const theirs = edits.jestConfig(STAINLESS_JEST).split('\n');
    const jestLines = read(repo, 'jest.config.ts').split('\n');
    let found = 0;
    for (const line of jestLines) if (line === theirs[found]) found++;
    expect(theirs.slice(found)).toEqual([]);
    expect(read(repo, 'eslint.config.mjs')).toBe(edits.eslintConfig(STAINLESS_ESLINT));
    // Their exclude in sdkgen's tsconfig.json (without it, tsc fails on their live tests, below), their ignored file
    // in sdkgen's .gitignore.
    expect((JSON.parse(read(repo, 'tsconfig.json')) as { exclude?: string[] }).exclude).toEqual(['tests/live']);
    expect(read(repo, '.gitignore').split('\n')).toContain('.env.live');
    // The serializer call, before the upload's request, in sdkgen's upload method.
    const upload = read(repo, 'src/resources/report-photo.ts');
    expect(upload).toMatch(/\n {4}body = withPhotoMetadata\(body\);\n {4}return [^\n]*\n/);
    expect(upload).toContain("import { withPhotoMetadata } from '../lib/photo';\n");
    expect(upload).not.toContain('Stainless');
    expect(report.rejected).toEqual([]);
  });

  it("keeps the owners' package.json items at their versions, and the release's version", () => {
    const { repo } = moved();
    const pkg = JSON.parse(read(repo, 'package.json')) as {
      version: string;
      homepage: string;
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.version).toBe('1.20.0');
    expect(read(repo, 'src/version.ts')).toContain("'1.20.0'");
    expect(pkg.homepage).toBe('https://onebusaway.org');
    expect(pkg.scripts['test:live']).toBe('jest tests/live');
    expect(pkg.devDependencies.typescript).toBe('5.9.3');
    // What their Jest tests and configs run with.
    for (const name of ['jest', '@swc/jest', '@swc/core', '@types/jest', 'ts-jest', 'eslint-plugin-unused-imports'])
      expect({ name, version: pkg.devDependencies[name] }).toEqual({
        name,
        version: (STAINLESS_PACKAGE.devDependencies as Record<string, string>)[name],
      });
  });

  it("removes Stainless's files: none is left with its header, nor its .stats.yml", () => {
    const { repo, report } = moved();
    const files = git(repo, 'ls-files', '--cached', '--others', '--exclude-standard').split('\n').filter(Boolean);
    const stainless = files.filter(
      (file) => existsSync(path.join(repo, file)) && read(repo, file).includes(HEADER.split('. ')[0]),
    );
    expect(stainless).toEqual([]);
    expect(existsSync(path.join(repo, '.stats.yml'))).toBe(false);
    expect(report.removed).toContain('.stats.yml');
    // Their import of internal/utils/uuid finds sdkgen's module there: no module of Stainless's is kept for it.
    expect(report.keptImported).toEqual([]);
  });

  it('type-checks with tsc --noEmit -p . (their code, their tests and the SDK)', () => {
    const { repo } = moved();
    linkNodeModules(repo, [path.join(ROOT, 'node_modules'), jestPackages()]);
    expect(unmetDependencies(repo)).toEqual([]);
    if (checkedAlready(repo, 'typeChecked', reference())) return;
    // The TypeScript the repository's node_modules links, run as `tsc --noEmit -p .` in this process's type-checking
    // thread (test/helpers/tsc-thread.mjs): its lib files parsed once for the file's four checks, not once a process.
    const tsc = runTsc(repo, { noEmit: true });
    expect(tsc.output).toBe('');
    expect(tsc.status).toBe(0);
    record('typeChecked');
    // A whole repository's program: a minute idle, over five at a load of twenty.
  }, 900_000);

  // Two Jest runs, two thirds of this file's time: CI's (.ci/run, SDKGEN_E2E_TESTS=full). In `npm test`, the Jest
  // config and the owners' Jest tests are type-checked and linted by migrate-jest.test.ts, and here by tsc above.
  it("passes ./scripts/test (npm test): their Jest tests as they are and sdkgen's tests; a failing test of theirs fails it", async ({
    skip,
  }) => {
    if (!E2E_FULL) skip();
    const { repo } = moved();
    if (checkedAlready(repo, 'tested', reference())) return;
    // sdkgen's scripts/test, which runs `npm test` (jest, by package.json): the path a contributor's habit takes.
    const passed = await run(['./scripts/test'], repo);
    expect(passed.output).toMatch(/PASS tests\/lib\/callbacks\.test\.ts/);
    // Stainless's tests of the client, as sdkgen writes them for a Stainless config, pass on Jest too.
    expect(passed.output).toMatch(/PASS tests\/index\.test\.ts/);
    expect(passed.output).toMatch(/PASS tests\/lib\/modules\.test\.ts/);
    expect(passed.output).toMatch(/PASS tests\/api-resources\/report-photo\.test\.ts/);
    expect(passed.output).toMatch(/PASS tests\/api-resources\/current-time\.test\.ts/);
    expect(passed.output).not.toContain('tests/live');
    expect(passed.code, passed.output).toBe(0);

    const file = 'tests/lib/callbacks.test.ts';
    write(
      repo,
      file,
      OWNERS_FILES[file].replace('      done();\n    }, 5);', "      done(new Error('too late'));\n    }, 5);"),
    );
    try {
      const failed = await run(['npm', 'test', '--', 'tests/lib/'], repo);
      expect(failed.output).toMatch(/FAIL tests\/lib\/callbacks\.test\.ts/);
      expect(failed.output).toContain('too late');
      expect(failed.code).not.toBe(0);
    } finally {
      write(repo, file, OWNERS_FILES[file]);
    }
    record('tested');
  }, 900_000);

  it('passes sdkgen check, and so does a fresh clone of the migrated repository', () => {
    const { repo } = moved();
    const checked = sdkgen(repo, 'check');
    expect(checked.stdout, checked.stderr).toContain('is up to date');
    expect(checked.code).toBe(0);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'Move to sdkgen', '--author', ALICE);
    const clone = path.join(path.dirname(repo), 'clone/js-sdk');
    mkdirSync(path.dirname(clone));
    git(path.dirname(clone), 'clone', '-q', repo, clone);
    const fresh = sdkgen(clone, 'check');
    expect(fresh.stderr).toBe('');
    expect(fresh.stdout).toContain('is up to date');
    expect(fresh.code).toBe(0);
  });

  it("regenerates after a spec change with every edit of the owners' kept", () => {
    const { repo } = moved();
    // The inputs are in the repository, where its manifest says.
    const inputs = inputsOf(repo);
    for (const file of [inputs.spec, inputs.config]) expect(path.isAbsolute(file) || file.startsWith('..')).toBe(false);
    specChange(repo, inputs.spec, inputs.config);
    const regenerated = sdkgen(repo, 'generate', inputs.spec, '-o', '.', '--config', inputs.config);
    expect(regenerated.stderr).toBe('');
    expect(regenerated.code).toBe(0);
    expect(read(repo, 'src/client.ts')).toContain('serverTime');
    for (const [file, text] of owners) expect({ file, text: read(repo, file) }).toEqual({ file, text });
    expect(read(repo, 'src/resources/report-photo.ts')).toContain('    body = withPhotoMetadata(body);\n');
    expect(read(repo, 'jest.config.ts')).toContain("'<rootDir>/tests/live/'");
    expect((JSON.parse(read(repo, 'package.json')) as { version: string }).version).toBe('1.20.0');
    if (!E2E_FULL) {
      // The files the owners wrote or edited and those the spec change rewrote, the others read for the types they
      // use: the whole regenerated repository's program is SDKGEN_E2E_TESTS=full's (CI's), as the migrated one's is
      // checked in full above.
      const changed = [
        ...owners.keys(),
        'src/client.ts',
        'src/resources/report-photo.ts',
        'src/resources/server-time.ts',
      ];
      const only = changed
        .filter((file) => /^(src|tests|examples)\/.*\.ts$/.test(file))
        .map((file) => path.join(repo, file));
      for (const file of only) expect(existsSync(file), file).toBe(true);
      expect(runTsc(repo, { noEmit: true, only }).output).toBe('');
    } else if (!checkedAlready(repo, 'regeneratedTypeChecked', reference())) {
      expect(runTsc(repo, { noEmit: true }).output).toBe('');
      if (own) own.regenerated = workTree(repo);
      record('regeneratedTypeChecked');
    }
    const checked = sdkgen(repo, 'check');
    expect(checked.stdout).toContain('is up to date');
  });
}

// The repositories (a few megabytes each): kept for a look only when a test failed.
const folders: string[] = [];
for (const index of [0, 1]) removeWhenAllPass(() => folders[index] ?? '');

// The migration's lockfile update reads npm's cache first.
const preferOfflineBefore = process.env.npm_config_prefer_offline;
beforeAll(() => {
  process.env.npm_config_prefer_offline = 'true';
});
afterAll(() => {
  if (preferOfflineBefore === undefined) delete process.env.npm_config_prefer_offline;
  else process.env.npm_config_prefer_offline = preferOfflineBefore;
});

/** The first layout's migrated repository, whose type-check and `npm test` the second layout's equal tree relies on. */
const firstLayout: CheckedTree = {
  tree: {},
  typeChecked: false,
  tested: false,
  regenerated: {},
  regeneratedTypeChecked: false,
};

// The whole file is CI's (.ci/run, SDKGEN_E2E_TESTS=full): a real repository's move, its whole program type-checked,
// its check in a fresh clone and a regeneration, forty CPU-seconds without the Jest runs. In `npm test`, the same
// repository (test/helpers/stainless-repository.ts) is built and moved by migrate-scripts.test.ts, and migrate.test.ts
// checks each of these behaviours on a smaller one: the owners' bytes and package.json items kept, Stainless's files
// removed, a --strict type-check with the custom code, check in a fresh clone, a spec change keeping every edit.
describe.skipIf(!E2E_FULL)(
  "sdkgen migrate: a Stainless repository with its generated branch, spec and config from the owners' config repository",
  () => {
    let repo = '';
    let configRepo = '';
    let later = '';
    let migrated: ReturnType<typeof sdkgen>;
    let report: MigrateResult;
    const owners = new Map<string, string>();

    beforeAll(() => {
      const dir = tempDir('migrate-real');
      folders.push(dir);
      repo = path.join(dir, 'js-sdk');
      later = buildRepository(repo, { generator: STAINLESS_BOT, releaser: STAINLESS_BOT });
      // Their workflow checking the format with Stainless's script, which goes (sdkgen writes none).
      write(repo, '.github/workflows/format.yml', FORMAT_WORKFLOW);
      git(repo, 'add', '-A');
      git(repo, 'commit', '-qm', 'ci: check the format', '--author', ALICE);
      for (const [file, text] of ownersBytes(repo)) owners.set(file, text);
      configRepo = path.join(dir, 'sdk-config');
      write(configRepo, 'openapi.yml', spec());
      write(configRepo, 'stainless-config.yml', config());
      migrated = sdkgen(
        repo,
        'migrate',
        '--spec',
        path.join(configRepo, 'openapi.yml'),
        '--config',
        path.join(configRepo, 'stainless-config.yml'),
        '--format',
        'json',
      );
      report = JSON.parse(migrated.stdout) as MigrateResult;
      firstLayout.tree = workTree(repo);
      // Nothing outside the repository is needed from now on.
      rmSync(configRepo, { recursive: true, force: true });
    }, 900_000);

    it('moves with exit 0: the generation is the generated branch, the inputs copied in, the lockfile brought up to date', () => {
      expect(report.base).toEqual({ ref: 'generated', commit: later });
      expect(report.needsHand).toEqual([]);
      expect(report.rejected).toEqual([]);
      // Nothing the SDK's users would notice, against Stainless's api.md.
      expect(report.surface?.breaking).toEqual([]);
      expect(migrated.stderr).toBe('');
      expect(migrated.code).toBe(0);
      expect(report.copiedInputs).toEqual([
        { from: path.join(configRepo, 'openapi.yml'), to: 'openapi.yml' },
        { from: path.join(configRepo, 'stainless-config.yml'), to: expect.any(String) },
      ]);
      expect(report.lockfileUpdates).toEqual([
        expect.objectContaining({ lockfile: 'package-lock.json', status: 'updated' }),
      ]);
      expect(read(repo, 'package-lock.json')).toContain('"node_modules/jest"');
    });

    it("reports the owners' workflow that calls Stainless's script, which goes: still a complete move", () => {
      expect(report.removedCalls).toEqual([
        {
          at: '.github/workflows/format.yml:8',
          command: './scripts/format --check',
          removed: ['scripts/format'],
          instead: null,
        },
      ]);
      expect(read(repo, '.github/workflows/format.yml')).toBe(FORMAT_WORKFLOW);
      expect(existsSync(path.join(repo, 'scripts/format'))).toBe(false);
    });

    movedRepositoryChecks(() => ({ repo, report }), owners, { record: firstLayout });
  },
);

/** The owners' workflow that runs Stainless's scripts/format. */
const FORMAT_WORKFLOW =
  'name: Format\non: [pull_request]\njobs:\n  format:\n    runs-on: ubuntu-latest\n    steps:\n' +
  '      - run: ./scripts/bootstrap\n      - run: ./scripts/format --check\n';

/** stlc's name for a custom-code record of the TypeScript target. */
const CUSTOM_CODE = 'custom-code/typescript/1780592816577-custom-code.json';

// The second layout is a second migration of the same repository (a lockfile update, a move, a clone): CI's
// (.ci/run, SDKGEN_E2E_TESTS=full). In `npm test`, migrate.test.ts moves stlc's layouts: a monorepo's workspace, and a
// workspace kept in another repository (--workspace, the custom-code record's base), as this one is.
describe.skipIf(!E2E_FULL)(
  "sdkgen migrate: the same repository kept with Stainless's local CLI (stlc), its workspace in the API's repository",
  () => {
    let repo = '';
    let workspace = '';
    let later = '';
    let migrated: ReturnType<typeof sdkgen>;
    let report: MigrateResult;
    const owners = new Map<string, string>();

    beforeAll(() => {
      const dir = tempDir('migrate-real-stlc');
      folders.push(dir);
      repo = path.join(dir, 'js-sdk');
      // stlc's generations are committed by the team's automation; no `generated` branch is left.
      later = buildRepository(repo, {
        generator: 'onebusaway-automations[bot] <automations@onebusaway.org>',
        releaser: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
      });
      git(repo, 'branch', '-D', 'generated');
      for (const [file, text] of ownersBytes(repo)) owners.set(file, text);
      // The API's repository keeps stlc's workspace: its spec, its config, and where the custom code was integrated.
      workspace = path.join(dir, 'onebusaway-api/stainless');
      write(
        workspace,
        'workspace.json',
        `${JSON.stringify({ openapi_spec: '../openapi.yml', stainless_config: 'openapi.stainless.yml', output_path: '../sdks' }, null, 2)}\n`,
      );
      write(workspace, '../openapi.yml', spec());
      write(workspace, 'openapi.stainless.yml', config());
      const integrated = git(repo, 'rev-parse', 'HEAD').trim();
      write(
        workspace,
        CUSTOM_CODE,
        `${JSON.stringify({ base: later, integrated, branch: 'main', filename: path.basename(CUSTOM_CODE) }, null, 2)}\n`,
      );
      migrated = sdkgen(repo, 'migrate', '--workspace', workspace, '--format', 'json');
      report = JSON.parse(migrated.stdout) as MigrateResult;
    }, 900_000);

    it("moves with exit 0: the generation is the custom-code record's base, the workspace's inputs copied in", () => {
      expect(report.base).toEqual({ ref: `${path.join(workspace, CUSTOM_CODE)} (base)`, commit: later });
      expect(report.stlc).toEqual({ workspace, customCode: path.join(workspace, CUSTOM_CODE) });
      expect(report.needsHand).toEqual([]);
      expect(report.rejected).toEqual([]);
      // Nothing the SDK's users would notice, against Stainless's api.md.
      expect(report.surface?.breaking).toEqual([]);
      expect(migrated.stderr).toBe('');
      expect(migrated.code).toBe(0);
      expect(report.copiedInputs).toEqual([
        { from: path.join(workspace, '../openapi.yml'), to: 'openapi.yml' },
        { from: path.join(workspace, 'openapi.stainless.yml'), to: 'openapi.stainless.yml' },
      ]);
      expect(report.lockfileUpdates).toEqual([
        expect.objectContaining({ lockfile: 'package-lock.json', status: 'updated' }),
      ]);
      expect(read(repo, 'package-lock.json')).toContain('"node_modules/jest"');
    });

    // Its type-check and `npm test` are the first layout's, when that ran: the files they read are the same.
    movedRepositoryChecks(() => ({ repo, report }), owners, { sameAs: () => firstLayout });
  },
);
