/**
 * The trial harness's check 8 (no Stainless file left) on a file the owners wrote with Stainless's banner copied in
 * (together-typescript's tests/lib/upload.test.ts, added by a person's commit): kept as they have it, it is theirs, a
 * note; a file with the banner that Stainless's bot added, left as it was, still fails the check. So too where its
 * name has a byte outside ASCII (ctxos-sdk-python's `types/completion.py` + U+200E, made in GitHub's editor), which
 * git quotes in its lists unless told not to: the quoted name was no file of the owners', so their file was "left".
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-trials-kept-imported.test.ts samples the trial harness's checks (docs/contributing.md, "What `npm
// test` samples").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../bench/migrate-trials/lib/owners.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { checkStainlessLeft } from '../bench/migrate-trials/lib/checks.mjs';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, HEADER, PERSON, pets, stats, write } from './helpers/stainless-history';
import { SLOW_FULL } from './helpers/slow-tests';

const OWNERS_TEST = 'tests/lib/upload.test.ts';
const BOT_FILE = 'src/resources/stores.ts';

function history(ownersTest = OWNERS_TEST): { repo: string; ref: string } {
  const repo = tempDir('harness-banner-');
  git(repo, 'init', '-q', '-b', 'main');
  const first = { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets() };
  const second = { '.stats.yml': stats(2, 'bbbb'), [BOT_FILE]: `${HEADER}export class Stores {}\n` };
  // Stainless's `generated` branch, as the bot pushes it.
  git(repo, 'checkout', '-q', '--orphan', 'generated');
  write(repo, first);
  commit(repo, BOT, 'feat(api): pets', '2026-02-17T00:00:00Z');
  write(repo, second);
  commit(repo, BOT, 'feat(api): stores', '2026-02-19T00:00:00Z');
  git(repo, 'update-ref', 'refs/remotes/origin/generated', 'HEAD');
  git(repo, 'checkout', '-q', '--orphan', 'main');
  git(repo, 'rm', '-rq', '--cached', '.');
  write(repo, first);
  commit(repo, BOT, 'feat(api): pets', '2026-02-17T00:00:00Z');
  write(repo, { [ownersTest]: `${HEADER}import { upload } from '../../src/lib/upload';\n\nvoid upload;\n` });
  commit(repo, PERSON, 'test: upload', '2026-02-18T00:00:00Z');
  write(repo, second);
  const ref = commit(repo, BOT, 'feat(api): stores', '2026-02-19T00:00:00Z');
  // The migration: Stainless's pets module replaced by sdkgen's (listed in its manifest), the rest left.
  write(repo, {
    'src/resources/pets.ts': 'export class Pets {}\n',
    '.sdkgen/manifest.json': JSON.stringify({ files: { 'src/resources/pets.ts': {} } }),
  });
  commit(repo, PERSON, 'sdkgen migrate', '2026-02-20T00:00:00Z');
  return { repo, ref };
}

describe.runIf(SLOW_FULL)('trial harness: a file of the owners’ with Stainless’s banner', () => {
  it('is a note where kept as theirs; a file the bot added, left, is not', () => {
    const { repo, ref } = history();
    const owners = analyseOwners(repo, ref);
    expect(owners.headerAddedByOwners).toEqual([OWNERS_TEST]);
    const left = checkStainlessLeft(repo, owners);
    expect(left.status).toBe('fail');
    expect(left.reason).toContain(BOT_FILE);
    expect(left.reason).not.toMatch(/with header: [^;]*upload\.test\.ts/);
    expect(left.reason).toContain(`copied in, kept as theirs: ${OWNERS_TEST}`);

    rmSync(path.join(repo, BOT_FILE));
    commit(repo, PERSON, 'remove the bot file', '2026-02-21T00:00:00Z');
    expect(checkStainlessLeft(repo, owners).status).toBe('pass');
  });

  it('so too where its name is not ASCII', () => {
    const named = 'tests/lib/upload\u200e.test.ts';
    const { repo, ref } = history(named);
    const owners = analyseOwners(repo, ref);
    expect(owners.headerAddedByOwners).toEqual([named]);
    rmSync(path.join(repo, BOT_FILE));
    commit(repo, PERSON, 'remove the bot file', '2026-02-21T00:00:00Z');
    const left = checkStainlessLeft(repo, owners);
    expect(left.reason).toContain(`copied in, kept as theirs: ${named}`);
    expect(left.status).toBe('pass');
  });
});

/** Stainless's `webhooks.ts` written, deleted by the bot, then added back by a person's commit with `message`. */
function putBack(message: string) {
  const { repo } = history();
  const hooks = 'src/resources/webhooks.ts';
  const text = `${HEADER}export class Webhooks {}\n`;
  git(repo, 'checkout', '-q', 'main');
  git(repo, 'reset', '-q', '--hard', 'HEAD~1');
  write(repo, { [hooks]: text });
  commit(repo, BOT, 'feat(api): webhooks', '2026-02-22T00:00:00Z');
  git(repo, 'rm', '-q', hooks);
  commit(repo, BOT, 'chore(internal): temporary commit', '2026-02-23T00:00:00Z');
  write(repo, { [hooks]: text });
  const ref = commit(repo, PERSON, message, '2026-02-24T00:00:00Z');
  return { repo, hooks, text, ref };
}

describe.runIf(SLOW_FULL)('trial harness: a file of Stainless’s a person put back after its deletion', () => {
  it('is an owners’ file (check 2: byte-identical), banner and all', () => {
    const { repo, hooks, text } = putBack('chore: add back removed code');
    write(repo, { [hooks]: text.replace('export', '// synced\nexport') });
    const ref = commit(repo, BOT, 'chore: sync repo', '2026-02-25T00:00:00Z');
    const owners = analyseOwners(repo, ref);
    expect(owners.ownersFiles).toContain(hooks);
    // (A banner's file a person added that was never deleted is still told apart by check 8 alone.)
    expect(owners.ownersFiles).not.toContain(OWNERS_TEST);
    expect(owners.headerAddedByOwners).toEqual(expect.arrayContaining([OWNERS_TEST, hooks]));
  });
  it('is Stainless’s where the person’s commit is a squash listing the generator’s own titles', () => {
    const squash =
      'Rename some class (#81)\n\n* chore(internal): codegen related update (#61)\n\n* feat(api): api update (#73)\n';
    const { repo, hooks, ref } = putBack(squash);
    const owners = analyseOwners(repo, ref);
    expect(owners.ownersFiles).not.toContain(hooks);
  });
});
