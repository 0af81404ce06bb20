/**
 * A Rye-era Stainless Python SDK (tractorbeam, honcho, luma…) moves to sdkgen: its workflows stay, and they run Rye.
 * Stainless's own sync with `--all-features`, which installs the package's extras: sdkgen's pyproject.toml lists the
 * tools its `scripts/lint` runs as the `dev` extra, so Stainless's lint job keeps its pyright, mypy and ruff. What
 * breaks is the owners' Rye calls that used what Stainless's pyproject.toml had and sdkgen's has not: `rye run` of a
 * `[tool.rye.scripts]` entry, and a `rye sync` without features (Stainless's `[tool.rye] dev-dependencies`, which it
 * installed, are gone). Each is reported with its line and what to run instead (rye-calls.ts); their files stay as
 * they are. In a real git repository, with sdkgen's own project files.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-python-rye-lockfiles.test.ts samples Python migrate (docs/contributing.md, "What `npm test`
// samples").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIr } from '../generator/api/analyze';
import { planPythonProjectFiles } from '../generator/emit/python/plan-project';
import { buildPythonModel } from '../generator/emit/python/types/build-model';
import type { MigrationPlan } from '../generator/migrate/migration-plan';
import { planPythonMigrationIn } from '../generator/migrate/python/from-repository';
import { findStainlessBase } from '../generator/migrate/repository/stainless-repo';
import { git } from './helpers/git-repo';
import { commitAll, commitGeneration } from './helpers/git-history';
import { tempDir } from './helpers/sdk';
import { write } from './helpers/stainless-repository';
import { filesOf } from './helpers/files';
import { PETSTORE_SPEC, STAINLESS_PY_HEADER as HEADER } from './helpers/python-migrate';
import { SLOW_FULL } from './helpers/slow-tests';

const STAINLESS_PYPROJECT = `[project]
name = "acme"
version = "0.1.0"
dependencies = ["httpx>=0.23.0, <1"]
requires-python = ">= 3.8"

[tool.rye]
managed = true
dev-dependencies = [
    "pyright>=1.1.359",
    "mypy",
    "ruff",
    "pytest",
    "nest_asyncio==1.6.0",
]

[tool.rye.scripts]
format = { chain = [
  "format:ruff",
  "fix:ruff",
]}
"format:ruff" = "ruff format"
"lint" = { chain = [
  "check:ruff",
  "typecheck",
]}
"check:ruff" = "ruff check ."
"fix:ruff" = "ruff check --fix ."
typecheck = { chain = [
  "typecheck:pyright",
  "typecheck:mypy"
]}
"typecheck:pyright" = "pyright"
"typecheck:verify-types" = "pyright --verifytypes acme --ignoreexternal"
"typecheck:mypy" = "mypy ."

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"
`;

const RYE_STEPS = `      - uses: actions/checkout@v4
      - name: Install Rye
        run: |
          curl -sSf https://rye.astral.sh/get | bash
          echo "$HOME/.rye/shims" >> $GITHUB_PATH
`;

const STAINLESS_CI = `name: CI
on:
  push:
    branches: [main]

jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
${RYE_STEPS}      - name: Install dependencies
        run: rye sync --all-features
      - name: Run lints
        run: ./scripts/lint
  test:
    runs-on: ubuntu-latest
    steps:
${RYE_STEPS}      - name: Bootstrap
        run: ./scripts/bootstrap
      - name: Run tests
        run: ./scripts/test
`;

/** The owners' own workflow: their nightly type check, the Rye way they knew. */
const OWNERS_WORKFLOW = `name: Nightly
on:
  schedule:
    - cron: '0 3 * * *'

jobs:
  types:
    runs-on: ubuntu-latest
    steps:
${RYE_STEPS}      - run: rye sync
      - run: rye run lint
      - run: rye run typecheck:verify-types
      - run: rye run pytest -k smoke
      - run: rye sync --features dev && rye run format
      - run: rye sync --no-lock
`;

describe.runIf(SLOW_FULL)("sdkgen migrate (Python): a Rye-era repository's workflows", () => {
  let plan: MigrationPlan;
  let rendered: Map<string, string>;

  beforeAll(async () => {
    const { api } = await loadIr({ spec: PETSTORE_SPEC, config: null });
    const pkg = buildPythonModel(api, { importName: 'acme', distributionName: 'acme' });
    rendered = new Map(planPythonProjectFiles(pkg, api).map((f) => [f.path, f.contents]));
    const repo = tempDir('migrate-python-rye-calls');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, 'src/acme/_client.py', `${HEADER}class Acme:\n    pass\n`);
    write(repo, 'pyproject.toml', STAINLESS_PYPROJECT);
    write(repo, '.github/workflows/ci.yml', STAINLESS_CI);
    write(repo, 'scripts/lint', '#!/usr/bin/env bash\nset -e\nrye run lint\n');
    const generation = commitGeneration(repo, 'initial commit');
    write(repo, '.github/workflows/nightly.yml', OWNERS_WORKFLOW);
    // A development tool of theirs, added to Stainless's Rye list.
    write(
      repo,
      'pyproject.toml',
      STAINLESS_PYPROJECT.replace('    "pytest",\n', '    "pytest",\n    "rich>=13.7.1",\n'),
    );
    commitAll(repo, 'nightly type check');
    const blobs = new Map(
      git(repo, 'ls-tree', '-r', 'HEAD')
        .trim()
        .split('\n')
        .map((line) => [line.split('\t')[1], line.split(/\s+/)[2]] as const),
    );
    const current = filesOf(repo, { skip: ['.git'] }).map((p) => ({
      path: p,
      blob: blobs.get(p) ?? null,
      text: readFileSync(path.join(repo, p), 'utf8'),
    }));
    plan = planPythonMigrationIn(repo, {
      current,
      base: findStainlessBase(repo, generation)!,
      rendered: [
        ...[...rendered].map(([p, contents]) => ({ path: p, contents })),
        { path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' },
      ],
      importName: 'acme',
    });
  });

  it("keeps Stainless's workflow, whose `rye sync --all-features` installs the tools sdkgen's scripts/lint runs", () => {
    expect(plan.keptRepositoryFiles).toContain('.github/workflows/ci.yml');
    expect(plan.writes.find((f) => f.path === '.github/workflows/ci.yml')?.contents).toBe(STAINLESS_CI);
    expect(plan.removedCalls.filter((call) => call.at.startsWith('.github/workflows/ci.yml'))).toEqual([]);
    // What `--all-features` installs: the package's extras, as sdkgen's pyproject.toml declares them.
    const pyproject = plan.writes.find((f) => f.path === 'pyproject.toml')!.contents;
    const extras = /^\[project\.optional-dependencies\]\n([\s\S]*?)(?=^\[)/m.exec(pyproject)?.[1] ?? '';
    const lint = plan.writes.find((f) => f.path === 'scripts/lint')!.contents;
    const tools = [...lint.matchAll(/\.venv\/bin\/python -m (\w+)/g)].map((m) => m[1]);
    expect(tools.length).toBeGreaterThan(0);
    for (const tool of tools) expect(extras, tool).toMatch(new RegExp(`"${tool}[=<>~ "]`));
  });

  it("reports the owners' Rye calls that used what Stainless's pyproject.toml had, with what to run instead", () => {
    const calls = plan.removedCalls.filter((call) => call.at.startsWith('.github/workflows/nightly.yml'));
    expect(calls.map((call) => [call.at, call.command])).toEqual([
      ['.github/workflows/nightly.yml:15', 'rye sync'],
      ['.github/workflows/nightly.yml:16', 'rye run lint'],
      ['.github/workflows/nightly.yml:17', 'rye run typecheck:verify-types'],
      ['.github/workflows/nightly.yml:19', 'rye run format'],
    ]);
    const [sync, lint, verify, format] = calls;
    expect(sync.removed.join()).toContain('[tool.rye] dev-dependencies');
    expect(sync.instead).toContain('`dev` extra');
    expect(sync.instead).toContain('--all-features');
    expect(lint.removed).toEqual(["pyproject.toml's `[tool.rye.scripts]` lint"]);
    expect(lint.instead).toContain('`./scripts/lint`');
    expect(verify.instead).toContain('`rye run pyright --verifytypes acme --ignoreexternal`');
    expect(format.instead).toContain('`./scripts/format`');
    // Their workflow is theirs: left as it is.
    expect(plan.kept).toContain('.github/workflows/nightly.yml');
  });

  it("installs the owners' development tools with sdkgen's: scripts/bootstrap installs the extra they are carried into", () => {
    const pyproject = plan.writes.find((f) => f.path === 'pyproject.toml')!.contents;
    const extras = /^\[project\.optional-dependencies\]\n([\s\S]*?)(?=^\[)/m.exec(pyproject)?.[1] ?? '';
    const holding = /^(\w[\w-]*) = \[[^\]]*"rich>=13\.7\.1"/m.exec(extras)?.[1];
    expect(holding, pyproject).toBeDefined();
    const bootstrap = plan.writes.find((f) => f.path === 'scripts/bootstrap')!.contents;
    const installed = /pip install -e "\.\[([^\]]*)\]"/.exec(bootstrap)?.[1].split(',') ?? [];
    expect(installed, bootstrap).toContain(holding);
  });
});
