/**
 * A repository whose package was moved (cerebras-python's release 0.3.0: `src/cerebras_cloud_sdk/*` →
 * `src/cerebras/cloud/sdk/*`, in the bot's release squash a person co-authored, no `generated` branch). Stainless's
 * runtime modules carry no banner, so each file at the new path read as one the squash created without Stainless's
 * header: the owners', kept beside sdkgen's runtime. A file git pairs with one of Stainless's as moved (its rename
 * detection), in a move of a whole folder (the old folder gone, the rest of the paths kept), descends from Stainless's
 * file: its base is Stainless's content followed through the move. A file people created stays theirs, and so does one
 * a person moved alone.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../../bench/migrate-trials/lib/owners.mjs';
import { findStainlessBase } from '../../generator/migrate/repository/stainless-repo';
import { git } from '../helpers/git-repo';
import { tempDir } from '../helpers/sdk';
import { BOT, commit, historyOnce, PERSON, releaseSquash, stats, write } from '../helpers/stainless-history';

const BANNER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
/** A runtime module as Stainless writes it: no banner, the package's name in a message. */
const runtime = (name: string, pkg: string, extra = '') =>
  [
    'import os',
    'import logging',
    '',
    `logger: logging.Logger = logging.getLogger("${pkg}")`,
    '',
    `def ${name}() -> None:`,
    `    # e.g. [2023-10-05 14:12:26 - ${pkg}._base_client:818 - DEBUG] HTTP Request`,
    '    env = os.environ.get("LOG")',
    '    if env == "debug":',
    '        logger.setLevel(logging.DEBUG)',
    '    elif env == "info":',
    '        logger.setLevel(logging.INFO)',
    extra,
  ].join('\n');
const pets = (pkg: string) => `${BANNER}from ${pkg}._models import BaseModel\n\nclass Pet(BaseModel):\n    id: str\n`;
const README = '# Acme SDK\n\nStainless words.\n';
const HELPER = 'def helper() -> int:\n    return 1\n';

const squash = (version: string, person: boolean) =>
  releaseSquash(version, ['feat(api): update via SDK Studio'], person ? 'Remove cerebras_cloud_sdk folder' : undefined);

const OLD = 'src/acme_sdk';
const NEW = 'src/acme/cloud/sdk';
const oldPackage = (pkg = 'acme_sdk') => ({
  [`${OLD}/_logs.py`]: runtime('setup_logging', pkg),
  [`${OLD}/_models.py`]: runtime('models', pkg),
  [`${OLD}/_client.py`]: runtime('client', pkg),
  [`${OLD}/resources/pets.py`]: pets(pkg),
});

/** Stainless's package at OLD, then moved to NEW (its modules' package name changed) with the person's helper. */
function movedHistory(repo: string, person: boolean): void {
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, { '.stats.yml': stats(1, 'aaaa'), ...oldPackage(), 'README.md': README });
  commit(repo, BOT, squash('0.2.0', false), '2024-07-17T00:00:00Z');
  write(repo, { 'README.md': `${README}\nOur own words.\n` });
  // (Before a squash's move, a person's edit of a module at the old path: the squash's lines are not told apart, and
  // Stainless's file is taken where it moved it.)
  if (!person) write(repo, { [`${OLD}/_client.py`]: runtime('client', 'acme_sdk', '    # ours\n') });
  commit(repo, PERSON, 'Updated README', '2024-07-18T00:00:00Z');
  git(repo, 'rm', '-rq', OLD);
  write(repo, {
    [`${NEW}/_logs.py`]: runtime('setup_logging', 'acme.cloud.sdk'),
    [`${NEW}/_models.py`]: runtime('models', 'acme.cloud.sdk'),
    [`${NEW}/_client.py`]: runtime('client', 'acme.cloud.sdk'),
    [`${NEW}/resources/pets.py`]: pets('acme.cloud.sdk'),
    [`${NEW}/lib/helper.py`]: HELPER,
  });
  if (person) commit(repo, PERSON, 'Move the package to acme.cloud.sdk', '2024-07-20T00:00:00Z');
  write(repo, { '.stats.yml': stats(1, 'bbbb') });
  commit(repo, BOT, squash('0.3.0', !person), '2024-07-24T00:00:00Z');
  // A later release: Stainless's generation writes the new path.
  write(repo, {
    '.stats.yml': stats(1, 'cccc'),
    [`${NEW}/_client.py`]: runtime('client', 'acme.cloud.sdk', '    return None\n'),
  });
  commit(repo, BOT, squash('1.0.0', false), '2025-01-06T00:00:00Z');
}
/** The move in the release squash (read by two tests, each with a copy). */
const movedInSquash = historyOnce('moved-package-', (repo) => (movedHistory(repo, false), {}));

const show = (repo: string, file: string) => git(repo, 'show', `HEAD:${file}`);

describe('a package moved in a release squash a person co-authored, no generated branch', () => {
  it('migrate: the moved modules are Stainless’s, the person’s new file theirs', () => {
    const { repo } = movedInSquash();
    const base = findStainlessBase(repo, null)!;
    for (const file of ['_logs.py', '_models.py', '_client.py', 'resources/pets.py'])
      expect(base.texts.get(`${NEW}/${file}`)).toBe(show(repo, `${NEW}/${file}`));
    expect(base.blobs.has(`${NEW}/lib/helper.py`)).toBe(false);
  });

  it('the trial harness: the same reading', () => {
    const { repo } = movedInSquash();
    const owners = analyseOwners(repo, 'HEAD') as { ownersFiles: string[]; hunks: Array<{ file: string }> };
    expect(owners.ownersFiles).toEqual([`${NEW}/lib/helper.py`]);
    expect(owners.hunks.map((h) => h.file)).toEqual(['README.md']);
  });
});

describe('a package a person moved', () => {
  it('migrate: each moved module’s base is Stainless’s file before the move; the person’s new file theirs', () => {
    const repo = tempDir('moved-package-');
    movedHistory(repo, true);
    const base = findStainlessBase(repo, null)!;
    // Before the move, as Stainless wrote it at the old path: the person's edits in the move stand out against it.
    expect(base.texts.get(`${NEW}/_models.py`)).toBe(runtime('models', 'acme_sdk'));
    expect(base.texts.get(`${NEW}/resources/pets.py`)).toBe(pets('acme_sdk'));
    expect(base.blobs.has(`${NEW}/lib/helper.py`)).toBe(false);
    // The harness alike: the moved modules in its base, the helper the owners' file.
    const owners = analyseOwners(repo, 'HEAD') as { ownersFiles: string[]; baseFiles: string[] };
    expect(owners.ownersFiles).toEqual([`${NEW}/lib/helper.py`]);
    expect(owners.baseFiles).toContain(`${NEW}/_models.py`);
  });

  it('migrate: a module a person moved alone stays theirs', () => {
    const repo = tempDir('moved-alone-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { '.stats.yml': stats(1, 'aaaa'), ...oldPackage() });
    commit(repo, BOT, squash('0.2.0', false), '2024-07-17T00:00:00Z');
    git(repo, 'rm', '-q', `${OLD}/_logs.py`);
    write(repo, { [`${OLD}/lib/our_logs.py`]: runtime('setup_logging', 'acme_sdk') });
    commit(repo, PERSON, 'Our own logging', '2024-07-20T00:00:00Z');
    write(repo, { [`${OLD}/_client.py`]: runtime('client', 'acme_sdk', '    return None\n') });
    commit(repo, BOT, squash('1.0.0', false), '2025-01-06T00:00:00Z');
    const base = findStainlessBase(repo, null)!;
    expect(base.blobs.has(`${OLD}/_client.py`)).toBe(true);
    expect(base.blobs.has(`${OLD}/lib/our_logs.py`)).toBe(false);
  });
});
