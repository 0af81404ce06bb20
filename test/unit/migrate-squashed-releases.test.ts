/**
 * A repository without a `generated` branch whose generations reach main only as Stainless's bot's squash merges of
 * release pull requests (cerebras-cloud-sdk-node): a person's commit pushed onto such a pull request puts
 * `Co-authored-by:` them on the squash. Read whole as the owners', every file the squash touched went back to before it,
 * and years of Stainless's output counted as hand edits (a 2024 base for a 2026 release). Now the squash is a
 * generation file by file: the owners' where people's own commits edit the file (README.md here) or for a file it
 * created without Stainless's header, Stainless's elsewhere. migrate and the trial harness read it alike; with a
 * `generated` branch nothing changes.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../../bench/migrate-trials/lib/owners.mjs';
import { generationsSince, hunkMadeBy } from '../../generator/migrate/repository/generations';
import { findStainlessBase } from '../../generator/migrate/repository/stainless-repo';
import { mixedReleases } from '../../generator/migrate/repository/squashed-releases';
import { git } from '../helpers/git-repo';
import { BOT, commit, HEADER, historyOnce, PERSON, releaseSquash, stats, write } from '../helpers/stainless-history';

const models = (...fields: string[]) =>
  `${HEADER}export interface Model {\n${fields.map((f) => `  ${f}: string;\n`).join('')}}\n`;
const README = '# Acme SDK\n\nStainless words.\n';
const OWNERS_README = `${README}\nOur own words.\n`;
const HELPER = 'export const helper = 1;\n';

const squash = (version: string, person: boolean) =>
  releaseSquash(version, ['feat(api): manual updates', 'codegen metadata'], person ? 'Cleanup Types (#10)' : undefined);

/** The history, written once for the file: each test reads a copy of it. */
const history = historyOnce('squashed-releases-', (repo) => {
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/models.ts': models('id'), 'README.md': README });
  commit(repo, BOT, squash('0.1.0', false), '2024-07-01T00:00:00Z');
  write(repo, { 'README.md': OWNERS_README });
  commit(repo, PERSON, 'Updated README', '2024-07-02T00:00:00Z');
  // Two years on, the release a person pushed a commit onto: Stainless's new field, the person's helper, a README line.
  write(repo, {
    '.stats.yml': stats(1, 'bbbb'),
    'src/resources/models.ts': models('id', 'owned_by'),
    'README.md': `${OWNERS_README}\nStainless's later words.\n`,
    'src/lib/helper.ts': HELPER,
  });
  const release = commit(repo, BOT, squash('1.91.0', true), '2026-07-08T00:00:00Z');
  return { release };
});

describe('a release squash-merged by the bot with a person co-authoring it, no generated branch', () => {
  it('migrate: its tree is the base but for the files people edit and their new file', () => {
    const { repo, release } = history();
    expect([...mixedReleases(repo).commits]).toEqual([release]);
    const base = findStainlessBase(repo, null)!;
    expect(base.commit).toBe(release);
    // Stainless's 2026 field is in the base: no hand edit.
    expect(base.texts.get('src/resources/models.ts')).toBe(models('id', 'owned_by'));
    // README.md, which people's own commit edited, is as it was before; the person's new file is theirs.
    expect(base.texts.get('README.md')).toBe(README);
    expect(base.blobs.has('src/lib/helper.ts')).toBe(false);
    // The squash's README line stays the owners' (which lines of it are whose is not in git).
    const changes = generationsSince(repo, base.since ?? base.commit);
    const readme = changes.get('README.md') ?? { added: new Set<string>(), removed: new Set<string>() };
    expect(hunkMadeBy("+Stainless's later words.\n", readme)).toBe(false);
  });

  it('the trial harness: the same base, no hunk of Stainless’s resource module, the person’s file theirs', () => {
    const { repo } = history();
    const owners = analyseOwners(repo, 'HEAD') as {
      base: string;
      baseHow: string;
      hunks: Array<{ file: string }>;
      ownersFiles: string[];
    };
    expect(owners.baseHow).toMatch(/^same \.stats\.yml as the ref/);
    expect(git(repo, 'show', `${owners.base}:src/resources/models.ts`)).toBe(models('id', 'owned_by'));
    expect(owners.hunks.map((h) => h.file)).toEqual(['README.md']);
    expect(owners.ownersFiles).toEqual(['src/lib/helper.ts']);
  });

  it('with a generated branch the squash stays the owners’ whole', () => {
    const { repo } = history();
    git(repo, 'branch', 'generated', 'HEAD~2');
    expect(mixedReleases(repo).commits.size).toBe(0);
    const changes = generationsSince(repo, git(repo, 'rev-parse', 'HEAD~2').trim());
    const model = changes.get('src/resources/models.ts');
    expect(model === undefined || !hunkMadeBy('+  owned_by: string;\n', model)).toBe(true);
  });
});
