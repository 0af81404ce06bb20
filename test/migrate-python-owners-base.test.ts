/**
 * A base the owners committed themselves (`--base` naming their commit of a local build of Stainless's CLI, as
 * apollo-python's owners did): the files they committed beside the build, or before it, are theirs, however the base
 * holds them. A top-level note, a script in Stainless's `scripts/` (one sdkgen writes too, one it does not), a module
 * in the package's `lib/`: kept as they are (their script where sdkgen writes one is theirs from now on: sdkgen writes
 * none there). Stainless's files (those its bot's generation added, and the build's
 * package) are read as Stainless's still.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-python.test.ts samples Python migrate (docs/contributing.md, "What `npm test` samples").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ownersFilesInBase } from '../generator/migrate/python/owners/owners-in-base';
import { planPythonMigrationIn } from '../generator/migrate/python/from-repository';
import { findStainlessBase } from '../generator/migrate/repository/stainless-repo';
import { git } from './helpers/git-repo';
import { commitAll, commitGeneration } from './helpers/git-history';
import { tempDir } from './helpers/sdk';
import { read, write } from './helpers/stainless-repository';
import { filesOf } from './helpers/files';
import { STAINLESS_PY_HEADER as HEADER } from './helpers/python-migrate';
import { SLOW_FULL } from './helpers/slow-tests';

/** Stainless's bot's generation, the owners' mock script, then their local build with their notes beside it. */
function repository(): { repo: string; generation: string; build: string } {
  const repo = tempDir('migrate-python-owners-base');
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, 'src/acme/_client.py', `${HEADER}class Acme:\n    pass\n`);
  write(repo, 'src/acme/_base_client.py', 'class BaseClient:\n    pass\n');
  write(repo, 'src/acme/lib/.keep', '');
  write(repo, 'scripts/utils/ruffen-docs.py', 'print("docs")\n');
  write(repo, 'pyproject.toml', '[project]\nname = "acme"\nversion = "0.1.0"\n');
  const generation = commitGeneration(repo, 'initial commit');
  write(repo, 'scripts/mock', '#!/bin/sh\n# our own Prism runner\nprism mock openapi.json\n');
  commitAll(repo, 'our mock server script');
  // The local build: Stainless's new module, with the owners' notes, script and helper committed beside it.
  write(repo, 'src/acme/types/pet.py', `${HEADER}Pet = str\n`);
  write(repo, 'CLAUDE.md', '# How we work on this SDK\n');
  write(repo, 'scripts/live-endpoint-check', '#!/bin/sh\ncurl https://api.example.com/health\n');
  write(repo, 'src/acme/lib/retries.py', 'RETRIES = 3\n');
  commitAll(repo, 'Save the local build and our notes');
  return { repo, generation, build: git(repo, 'rev-parse', 'HEAD').trim() };
}

describe.runIf(SLOW_FULL)("sdkgen migrate (Python): the owners' files in a base they committed", () => {
  let repo: string;
  let generation: string;
  let build: string;
  const rendered = [
    { path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' },
    { path: 'src/acme/types/pet.py', contents: 'Pet = str\n' },
    { path: 'scripts/mock', contents: '#!/usr/bin/env bash\nnpx prism mock "$1"\n' },
    { path: 'pyproject.toml', contents: '[project]\nname = "acme"\nversion = "0.1.0"\n' },
  ];

  beforeAll(() => {
    ({ repo, generation, build } = repository());
  });

  it('tells them apart by history and layout', () => {
    const owners = ownersFilesInBase(repo, findStainlessBase(repo, build)!, (p) => rendered.some((f) => f.path === p));
    expect([...owners].sort()).toEqual([
      'CLAUDE.md',
      'scripts/live-endpoint-check',
      'scripts/mock',
      'src/acme/lib/retries.py',
    ]);
  });

  it("finds none in a base that is Stainless's generation", () => {
    expect(ownersFilesInBase(repo, findStainlessBase(repo, generation)!, () => false).size).toBe(0);
  });

  it("keeps each of them as it is, and removes only Stainless's", () => {
    const current = filesOf(repo, { skip: ['.git'] }).map((p) => ({
      path: p,
      blob: null,
      text: readFileSync(path.join(repo, p), 'utf8'),
    }));
    // (Blob ids as git has them: a file untouched since the base is no hand edit.)
    const blobs = new Map(
      git(repo, 'ls-tree', '-r', 'HEAD')
        .trim()
        .split('\n')
        .map((line) => [line.split('\t')[1], line.split(/\s+/)[2]] as const),
    );
    const withBlobs = current.map((f) => ({ ...f, blob: blobs.get(f.path) ?? null }));
    const plan = planPythonMigrationIn(repo, {
      current: withBlobs,
      base: findStainlessBase(repo, build)!,
      rendered,
      importName: 'acme',
    });
    expect(plan.kept).toEqual(
      expect.arrayContaining(['CLAUDE.md', 'scripts/live-endpoint-check', 'src/acme/lib/retries.py']),
    );
    expect(plan.removed).toEqual(['scripts/utils/ruffen-docs.py', 'src/acme/_base_client.py']);
    // sdkgen writes a mock script too: theirs stays whole, and sdkgen writes none there from now on.
    expect(plan.writes.find((f) => f.path === 'scripts/mock')?.contents).toBe(read(repo, 'scripts/mock'));
    expect(plan.keptRewrittenScripts).toEqual(['scripts/mock']);
    expect(plan.needsHand).toEqual([]);
  });
});
