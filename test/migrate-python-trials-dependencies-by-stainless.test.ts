/**
 * The Python trials' check 3 on dependencies (bench/migrate-trials/lib/python-trial.mjs: pyprojectCheck) where the
 * base is older than Stainless's later generations of pyproject.toml (the file as it was before people's first edit):
 * a dependency a later generation added or bumped is Stainless's output, judged by git blame at the ref as the tool
 * settings are (test/migrate-python-trials-settings-by-stainless.test.ts); one a person's commit wrote stays theirs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../bench/migrate-trials/lib/owners.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { pyprojectCheck } from '../bench/migrate-trials/lib/python-trial.mjs';
import { git } from './helpers/git-repo';
import { BOT, commit, historyOnce, PERSON, stats, write } from './helpers/stainless-history';

const pyproject = (dependencies: string[]) =>
  `[project]\nname = "petstore"\nversion = "1.0.0"\ndependencies = [\n${dependencies.map((d) => `    "${d}",\n`).join('')}]\n`;
const MODULE = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\nX = 1\n';

/** The bot's pyproject.toml, a person's dependency, then the bot's generation adding and bumping its own. */
/** The history, written once for the file: each test reads a copy of it. */
const history = historyOnce('trials-deps-blame-', (repo) => {
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, {
    '.stats.yml': stats(1, 'aaaa'),
    'pyproject.toml': pyproject(['httpx>=0.23.0, <1']),
    'src/petstore/_client.py': MODULE,
  });
  commit(repo, BOT, 'feat(api): pets', '2026-01-01T00:00:00Z');
  write(repo, { 'pyproject.toml': pyproject(['httpx>=0.23.0, <1', 'owners-lib>=1.2']) });
  commit(repo, PERSON, 'feat: our helper needs owners-lib', '2026-01-02T00:00:00Z');
  write(repo, {
    '.stats.yml': stats(1, 'bbbb'),
    'pyproject.toml': pyproject(['httpx>=0.25.0, <1', 'anyio>=3.5.0, <5', 'owners-lib>=1.2']),
    'src/petstore/_client.py': `${MODULE}Y = 2\n`,
  });
  commit(repo, BOT, 'feat(api): api update', '2026-01-03T00:00:00Z');
  return {};
});

describe('trials: check 3 counts only the dependencies people wrote', () => {
  it('leaves out what Stainless’s later generation added, and holds the owners’ dependency', () => {
    const { repo } = history();
    const owners = analyseOwners(repo, 'HEAD');
    const ref = readFileSync(path.join(repo, 'pyproject.toml'), 'utf8');
    const base = git(repo, 'show', `${owners.base}:pyproject.toml`);
    // (The base is the file before the person's edit: older than the bot's `anyio` and `httpx` bump.)
    expect(base).toBe(pyproject(['httpx>=0.23.0, <1']));
    const stainlessLine = (i: number) => owners.pyprojectStainlessLines?.[i] === true;
    // sdkgen's file: its own dependencies, without `anyio`, and the owners' one left out.
    const out = pyprojectCheck(ref, base, pyproject(['httpx>=0.25.0, <1']), stainlessLine);
    expect(out.details.items).toEqual(['project.dependencies owners-lib']);
    expect(out.details.problems).toEqual(['project.dependencies owners-lib (owners-lib>=1.2) dropped']);
  });

  it('still holds the release’s run-time bounds whoever wrote them', () => {
    const { repo } = history();
    const owners = analyseOwners(repo, 'HEAD');
    const ref = readFileSync(path.join(repo, 'pyproject.toml'), 'utf8');
    const base = git(repo, 'show', `${owners.base}:pyproject.toml`);
    const stainlessLine = (i: number) => owners.pyprojectStainlessLines?.[i] === true;
    const lowered = pyproject(['httpx>=0.23.0, <1', 'owners-lib>=1.2']);
    expect(pyprojectCheck(ref, base, lowered, stainlessLine).details.problems).toEqual([
      "project.dependencies httpx: the release's httpx>=0.25.0, <1 lowered to httpx>=0.23.0, <1",
    ]);
  });
});
