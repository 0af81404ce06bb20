/**
 * The trial harness (bench/migrate-trials) measures the owners' side from git alone. Three of its rules, each on a
 * small history: the base is never a generation made after the ref (linq's `generated` branch began four days after
 * its release; the bot's generation on main is the base then, with each file people edited as it was before their
 * first edit); a hunk adding only comments to a file the migration removed, which migrate lists as edited only in its
 * comments, is not lost; a script of Stainless's kept for a workflow the owners edited, which runs it, is not left
 * behind.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-trials-at-ref.test.ts samples the trial harness's checks (docs/contributing.md, "What `npm test`
// samples").
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../bench/migrate-trials/lib/owners.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { checkHunks, checkStainlessLeft } from '../bench/migrate-trials/lib/checks.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { addsOnlyComments, commentOnlyByReport } from '../bench/migrate-trials/lib/comment-only.mjs';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, laterBranchHistory, OWNERS_LINE, write } from './helpers/stainless-history';
import { SLOW_FULL } from './helpers/slow-tests';

interface OwnersHunk {
  file: string;
  header: string;
  added: Array<{ text: string }>;
  removed: string[];
  text: string;
}

describe.runIf(SLOW_FULL)('trial harness: the owners’ side', () => {
  it('never takes a generation made after the ref as its base', () => {
    const repo = tempDir('harness-base-');
    // The release (the bot's API update on main); four days on, a `generated` branch of its own whose output has the
    // owners' line already.
    const { update: ref, later } = laterBranchHistory(repo, 'later');
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
    const base = commit(repo, BOT, 'chore: release doctor', '2026-01-01T00:00:00Z');
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
