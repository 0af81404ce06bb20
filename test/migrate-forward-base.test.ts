/**
 * The base of a file people edited, in a repository whose generations are the bot's commits on main (issue 89,
 * openai-node's files first edited in 2023 and generated until 2026): the file as it was before their first edit,
 * brought forward through Stainless's later generations of it, so that the owners' hunks are only what people changed.
 * Where a generation changed lines people had changed, the base keeps its own (the owners' hunk holds both).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forwardedThrough } from '../generator/migrate/repository/forward-base';
import { findStainlessBase } from '../generator/migrate/repository/stainless-repo';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, HEADER, OWNERS_LINE, PERSON, stats, write } from './helpers/stainless-history';

const pets = (route: string, extra = '', docs = '  // Lists the pets.\n') =>
  `${HEADER}export class Pets {\n${docs}  list() {\n    return this.get('${route}');\n  }\n${extra}}\n`;
const OWNERS_DOCS = '  // Lists the pets, a page at a time.\n';

/** The bot's pets, a person's edit, then the bot's later generations of the file (each carrying that edit). */
function history(later: Array<[string, string]>): string {
  const repo = tempDir('forward-base-');
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets('/pets') });
  commit(repo, BOT, 'feat(api): pets', '2026-01-01T00:00:00Z');
  write(repo, { 'src/resources/pets.ts': pets('/pets', OWNERS_LINE) });
  commit(repo, PERSON, 'fix: say why pets retry', '2026-01-02T00:00:00Z');
  later.forEach(([hash, text], i) => {
    write(repo, { '.stats.yml': stats(1, hash), 'src/resources/pets.ts': text });
    commit(repo, BOT, `feat(api): api update ${i}`, `2026-01-0${i + 3}T00:00:00Z`);
  });
  return repo;
}

describe('migrate: the base of a file people edited goes through Stainless’s later generations of it', () => {
  it('takes each later generation’s change, without the owners’ edit', () => {
    const repo = history([
      ['bbbb', pets('/v2/pets', OWNERS_LINE)],
      ['cccc', pets('/v3/pets', OWNERS_LINE, '  // Lists every pet.\n')],
    ]);
    const base = findStainlessBase(repo, null)!;
    expect(base.texts.get('src/resources/pets.ts')).toBe(pets('/v3/pets', '', '  // Lists every pet.\n'));
    // (Its blob id is git's for that text, as every other file of the base has.)
    writeFileSync(path.join(repo, 'forwarded.ts'), base.texts.get('src/resources/pets.ts')!);
    expect(base.blobs.get('src/resources/pets.ts')).toBe(git(repo, 'hash-object', 'forwarded.ts').trim());
  });

  it('keeps its own lines where a generation changed lines people had changed', () => {
    const repo = tempDir('forward-base-overlap-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets('/pets') });
    commit(repo, BOT, 'feat(api): pets', '2026-01-01T00:00:00Z');
    write(repo, { 'src/resources/pets.ts': pets('/pets', '', OWNERS_DOCS) });
    commit(repo, PERSON, 'docs: say pets page', '2026-01-02T00:00:00Z');
    // The generation rewrites the owners' comment and moves the route: only the route is the base's.
    write(repo, { '.stats.yml': stats(1, 'bbbb'), 'src/resources/pets.ts': pets('/v2/pets', '', '  // All pets.\n') });
    commit(repo, BOT, 'feat(api): api update', '2026-01-03T00:00:00Z');
    const base = findStainlessBase(repo, null)!;
    expect(base.texts.get('src/resources/pets.ts')).toBe(pets('/v2/pets'));
  });

  it('keeps a text without a final newline so where a generation met its last line', () => {
    // The owners changed the last line (`c0` → `c`); the generation then rewrote it: the base keeps its own, unended.
    const read = (spec: string) => ({ 'g^:./f.ts': 'a\nb\nc', 'g:./f.ts': 'a\nB\nC2' })[spec];
    expect(forwardedThrough('a\nb\nc0', [{ commit: 'g', at: 'f.ts' }], read)).toBe('a\nb\nc0');
    const ended = (spec: string) => ({ 'g^:./f.ts': 'a\nb\nc\n', 'g:./f.ts': 'a\nB\nC2\n' })[spec];
    expect(forwardedThrough('a\nb\nc0\n', [{ commit: 'g', at: 'f.ts' }], ended)).toBe('a\nb\nc0\n');
  });
});

describe('migrate: the forward base reads a merged history as git’s graph has it, not by date', () => {
  /**
   * The bot's pets; the owners' branch edits them; meanwhile main gets the bot's `/v2` generation, dated before the
   * owners' edit; the branch is merged; then the bot's `/v3` generation. The `/v2` generation is no ancestor of the
   * owners' edit: its change is Stainless's, not theirs, whatever its date.
   */
  function mergedHistory(generationDate: string): string {
    const repo = tempDir('forward-base-merged-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets('/pets') });
    commit(repo, BOT, 'feat(api): pets', '2026-01-01T00:00:00Z');
    git(repo, 'checkout', '-q', '-b', 'owners');
    write(repo, { 'src/resources/pets.ts': pets('/pets', OWNERS_LINE) });
    commit(repo, PERSON, 'fix: say why pets retry', '2026-01-05T00:00:00Z');
    git(repo, 'checkout', '-q', 'main');
    write(repo, { '.stats.yml': stats(1, 'bbbb'), 'src/resources/pets.ts': pets('/v2/pets') });
    commit(repo, BOT, 'feat(api): api update', generationDate);
    mergeAt(repo, 'owners', '2026-01-06T00:00:00Z');
    write(repo, { '.stats.yml': stats(1, 'cccc'), 'src/resources/pets.ts': pets('/v3/pets', OWNERS_LINE) });
    commit(repo, BOT, 'feat(api): api update 2', '2026-01-07T00:00:00Z');
    return repo;
  }

  it('takes a generation of a parallel branch dated before the owners’ edit', () => {
    const repo = mergedHistory('2026-01-03T00:00:00Z');
    const base = findStainlessBase(repo, null)!;
    expect(base.texts.get('src/resources/pets.ts')).toBe(pets('/v3/pets'));
  });

  it('takes a generation before the ones made on it, where the clock dated it after them', () => {
    // The owners' edit; the bot's `/v2` (its clock ahead), and `/v3` made on it on a branch merged beside a
    // person's commit: by date, `/v2` reads as the newer.
    const repo = tempDir('forward-base-skewed-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets('/pets') });
    commit(repo, BOT, 'feat(api): pets', '2026-01-01T00:00:00Z');
    write(repo, { 'src/resources/pets.ts': pets('/pets', OWNERS_LINE) });
    commit(repo, PERSON, 'fix: say why pets retry', '2026-01-02T00:00:00Z');
    write(repo, { '.stats.yml': stats(1, 'bbbb'), 'src/resources/pets.ts': pets('/v2/pets', OWNERS_LINE) });
    commit(repo, BOT, 'feat(api): api update', '2026-01-10T00:00:00Z');
    git(repo, 'checkout', '-q', '-b', 'side');
    write(repo, { '.stats.yml': stats(1, 'cccc'), 'src/resources/pets.ts': pets('/v3/pets', OWNERS_LINE) });
    commit(repo, BOT, 'feat(api): api update 2', '2026-01-04T00:00:00Z');
    git(repo, 'checkout', '-q', 'main');
    write(repo, { 'README.md': '# Pets\n' });
    commit(repo, PERSON, 'docs: readme', '2026-01-11T00:00:00Z');
    mergeAt(repo, 'side', '2026-01-12T00:00:00Z');
    write(repo, { '.stats.yml': stats(1, 'dddd'), 'src/resources/pets.ts': pets('/v4/pets', OWNERS_LINE) });
    commit(repo, BOT, 'feat(api): api update 3', '2026-01-13T00:00:00Z');
    const base = findStainlessBase(repo, null)!;
    expect(base.texts.get('src/resources/pets.ts')).toBe(pets('/v4/pets'));
  });

  it('takes the same base where that generation is dated after the edit', () => {
    const repo = mergedHistory('2026-01-05T12:00:00Z');
    const base = findStainlessBase(repo, null)!;
    expect(base.texts.get('src/resources/pets.ts')).toBe(pets('/v3/pets'));
  });
});

/** `branch` merged into the checked-out branch by a merge commit made at `date`. */
function mergeAt(repo: string, branch: string, date: string): void {
  process.env.GIT_COMMITTER_DATE = date;
  try {
    git(repo, 'merge', '-q', '--no-ff', '--no-gpg-sign', '-m', `Merge ${branch}`, branch);
  } finally {
    delete process.env.GIT_COMMITTER_DATE;
  }
}
