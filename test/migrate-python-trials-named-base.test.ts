/**
 * The trial harness measured against the base an entry names (bench/migrate-trials/lib/owners-base.mjs): the owners'
 * local build of Stainless's CLI (the package at `src/` itself), committed with their notes, then moved by hand to
 * `src/acme/` (apollo-python). Their notes and scripts in it are their files; the build's package, read at the ref's
 * folder under its new name, is Stainless's, so that only what they changed after it counts as their edits.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-python-trials.test.ts samples the trial harness's checks (docs/contributing.md, "What `npm test`
// samples").
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../bench/migrate-trials/lib/owners.mjs';
import { git } from './helpers/git-repo';
import { commitAll, commitGeneration } from './helpers/git-history';
import { tempDir } from './helpers/sdk';
import { STAINLESS_PY_HEADER as HEADER } from './helpers/python-migrate';
import { read, write } from './helpers/stainless-repository';
import { SLOW_FULL } from './helpers/slow-tests';

interface Owners {
  base: string;
  baseHow: string;
  ownersFiles: string[];
  baseFiles: string[];
  hunks: Array<{ file: string }>;
}

describe.runIf(SLOW_FULL)('trial harness: a base the entry names', () => {
  let repo: string;
  let build: string;

  beforeAll(() => {
    repo = tempDir('trials-named-base');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, 'src/acme_sdk/_client.py', `${HEADER}class Acme:\n    pass\n`);
    write(repo, 'src/acme_sdk/_base_client.py', 'class BaseClient:\n    retries = 2\n');
    write(repo, 'scripts/lint', '#!/bin/sh\nruff check .\n');
    write(repo, '.stats.yml', 'configured_endpoints: 1\n');
    commitGeneration(repo, 'initial commit');
    write(repo, 'scripts/mock', '#!/bin/sh\nprism mock openapi.json\n');
    commitAll(repo, 'our mock script');
    // Their local build: the package at src/ itself, their notes beside it.
    git(repo, 'mv', 'src/acme_sdk/_client.py', 'src/_client.py');
    write(repo, 'src/_client.py', `${read(repo, 'src/_client.py')}\nfrom src._base_client import BaseClient\n`);
    git(repo, 'mv', 'src/acme_sdk/_base_client.py', 'src/_base_client.py');
    write(repo, 'NOTES.md', '# Our reconciliation notes\n');
    commitAll(repo, 'Save the local build and our notes');
    build = git(repo, 'rev-parse', 'HEAD').trim();
    // Moved by hand to src/acme/, with an edit of theirs.
    write(repo, 'src/acme/_client.py', read(repo, 'src/_client.py').replace('from src.', 'from acme.'));
    git(repo, 'rm', '-q', 'src/_client.py');
    write(repo, 'src/acme/_base_client.py', read(repo, 'src/_base_client.py').replace('retries = 2', 'retries = 5'));
    git(repo, 'rm', '-q', 'src/_base_client.py');
    commitAll(repo, 'namespace the package, more retries');
  });

  it("counts the files of theirs in it as theirs, and reads its package at the ref's folder", () => {
    const owners = analyseOwners(repo, 'HEAD', build.slice(0, 7)) as Owners;
    expect(owners.baseHow).toContain('named by');
    expect(owners.ownersFiles.sort()).toEqual(['NOTES.md', 'scripts/mock']);
    expect(owners.baseFiles.sort()).toEqual([
      '.stats.yml',
      'scripts/lint',
      'src/acme/_base_client.py',
      'src/acme/_client.py',
    ]);
    expect(owners.hunks.map((h) => h.file)).toEqual(['src/acme/_base_client.py']);
    // (The rename is no edit of theirs: the build's text is read under the package's new name.)
    expect(git(repo, 'show', `${owners.base}:src/acme/_client.py`)).toContain('from acme._base_client import');
  });

  it('without a named base, measures against the generation it finds, as before', () => {
    const owners = analyseOwners(repo, 'HEAD') as Owners;
    expect(owners.baseHow).not.toContain('named by');
    expect(owners.ownersFiles).toEqual(expect.arrayContaining(['NOTES.md', 'src/acme/_base_client.py']));
  });
});
