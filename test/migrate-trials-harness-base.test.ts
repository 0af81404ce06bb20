/**
 * The trial harness (bench/migrate-trials) measures the owners' side from git alone. Three of its rules, each on a
 * small history: the base is never a generation made after the ref (linq's `generated` branch began four days after
 * its release; the bot's generation on main is the base then, with each file people edited as it was before their
 * first edit); a hunk adding only comments to a file the migration removed, which migrate lists as edited only in its
 * comments, is not lost; a script of Stainless's kept for a workflow the owners edited, which runs it, is not left
 * behind.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../bench/migrate-trials/lib/owners.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { checkHunks, checkStainlessLeft } from '../bench/migrate-trials/lib/checks.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { addsOnlyComments, commentOnlyByReport } from '../bench/migrate-trials/lib/comment-only.mjs';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, OWNERS_LINE, PERSON, pets, stats, write } from './helpers/stainless-history';

interface OwnersHunk {
  file: string;
  header: string;
  added: Array<{ text: string }>;
  removed: string[];
  text: string;
}

describe('trial harness: the owners’ side', () => {
  it('never takes a generation made after the ref as its base', () => {
    const repo = tempDir('harness-base-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets() });
    commit(repo, BOT, 'feat(api): pets', '2026-02-17T00:00:00Z');
    write(repo, { 'src/resources/pets.ts': pets(OWNERS_LINE) });
    commit(repo, PERSON, 'fix: say why pets retry', '2026-02-18T00:00:00Z');
    write(repo, { '.stats.yml': stats(1, 'bbbb') });
    commit(repo, BOT, 'feat(api): api update', '2026-02-19T00:00:00Z');
    const ref = git(repo, 'rev-parse', 'HEAD').trim();
    // Four days on, a `generated` branch of its own whose output has the owners' line already.
    git(repo, 'checkout', '-q', '--orphan', 'later');
    git(repo, 'rm', '-rq', '--cached', '.');
    write(repo, { '.stats.yml': stats(1, 'cccc'), 'src/resources/pets.ts': pets(OWNERS_LINE) });
    commit(repo, BOT, 'Initial commit', '2026-02-23T00:00:00Z');
    const later = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'checkout', '-q', '-f', 'main');
    git(repo, 'update-ref', 'refs/remotes/origin/generated', later);

    const owners = analyseOwners(repo, ref);
    expect(owners.base).not.toBe(later);
    expect(owners.baseHow).toContain('origin/generated began after the ref');
    expect(owners.hunks.map((h: OwnersHunk) => h.file)).toEqual(['src/resources/pets.ts']);
    expect(owners.hunks[0].added.map((a: { text: string }) => a.text)).toEqual([OWNERS_LINE.replace(/\n$/, '')]);
  });

  it('counts a comment-only hunk of a removed file as carried where migrate lists the file so', () => {
    const repo = tempDir('harness-comments-');
    const licence = ['/**', ' * Copyright (c) Example Inc.', ' */', ''];
    const header: OwnersHunk = {
      file: 'src/_shims/index.mjs',
      header: '@@ -0,0 +1,4 @@',
      added: licence.map((text) => ({ text })),
      removed: [],
      text: `@@ -0,0 +1,4 @@\n${licence.map((l) => `+${l}\n`).join('')}`,
    };
    expect(addsOnlyComments(header, header.file)).toBe(true);
    expect(addsOnlyComments({ ...header, added: [{ text: 'export const x = 1;' }] }, header.file)).toBe(false);
    const report = [
      "Stainless's removed or replaced files you edited only in their comments (a licence header, say) or layout: nothing of yours in them (1):",
      '  src/_shims/index.mjs',
      'Hand edits carried over to the new files (0):',
    ].join('\n');
    const listed = commentOnlyByReport(report);
    expect(listed).toEqual(['src/_shims/index.mjs']);
    const owners = { hunks: [header], ownersDeleted: [] };
    expect(checkHunks(repo, owners, 'HEAD', [], [], listed).status).toBe('pass');
    expect(checkHunks(repo, owners, 'HEAD', [], [], []).status).toBe('fail');
  });

  it('leaves a script of Stainless’s that the owners’ edited workflow runs as a note', () => {
    const repo = tempDir('harness-left-');
    git(repo, 'init', '-q', '-b', 'main');
    const script = '#!/usr/bin/env bash\necho checking\n';
    const workflow = (step: string) => `jobs:\n  doctor:\n    steps:\n      - run: ${step}\n`;
    write(repo, {
      'bin/check-release-environment': script,
      '.github/workflows/release-doctor.yml': workflow('bash ./bin/check-release-environment'),
    });
    commit(repo, BOT, 'chore: release doctor', '2026-01-01T00:00:00Z');
    const base = git(repo, 'rev-parse', 'HEAD').trim();
    const owners = {
      base,
      baseFiles: ['bin/check-release-environment', '.github/workflows/release-doctor.yml'],
      ownersFiles: [],
      hunks: [] as OwnersHunk[],
    };
    expect(checkStainlessLeft(repo, owners).status).toBe('fail');
    // The owners fixed the workflow: the script it runs is kept for them.
    owners.hunks.push({ file: '.github/workflows/release-doctor.yml', header: '@@', added: [], removed: [], text: '' });
    const left = checkStainlessLeft(repo, owners);
    expect(left.status).toBe('pass');
    expect(left.reason).toContain('bin/check-release-environment (run by .github/workflows/release-doctor.yml)');
  });
});
