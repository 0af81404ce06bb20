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
