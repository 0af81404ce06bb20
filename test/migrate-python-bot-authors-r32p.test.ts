/**
 * Which commits are Stainless's generations, by their author: a name of Stainless's bots with an address that is not a
 * Stainless person's. A person committing under the bot's name (replicate-python's `stainless-bot
 * <dmeadows@stainless.com>` splitting `PredictionCreateParams` by hand) writes the owners' code, which migrate keeps;
 * the owners' own bot committing Stainless's output (`Stainless Auto-update <bot@tractorbeam.ai>`) stays a generation.
 * sdkgen (`GENERATOR_BOT`, read by git and by JavaScript) and the trials harness (`isGeneratorBot`) give the same answers.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript, without declarations.
import { isGeneratorBot } from '../bench/migrate-trials/lib/owners.mjs';
import { generationTest } from '../generator/migrate/python/owners/deleted-by-generation';
import { byGeneratorBot, coAuthoredByAPerson, GENERATOR_BOT } from '../generator/migrate/repository/bot-commits';
import { generationsSince } from '../generator/migrate/repository/generations';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, write } from './helpers/stainless-history';

const harnessSaysBot = isGeneratorBot as (identity: string) => boolean;

/** Every author form the mirrors' histories show under a bot's name (and a few beside), with the answer. */
const AUTHORS: [name: string, email: string, generator: boolean][] = [
  ['stainless-app[bot]', '142633134+stainless-app[bot]@users.noreply.github.com', true],
  ['stainless-sdks-internal[bot]', '167585319+stainless-sdks-internal[bot]@users.noreply.github.com', true],
  ['Stainless Bot', '107565488+stainless-bot@users.noreply.github.com', true],
  ['stainless-bot', 'dev@stainlessapi.com', true],
  ['stainless-bot', 'dev+bot@stainlessapi.com', true],
  ['Stainless Bot', 'dev+git@stainlessapi.com', true],
  ['Stainless Bot', 'dev@stainless.com', true],
  ['stlc-bot', 'stlc-bot@users.noreply.github.com', true],
  ['stlc-workflow-app[bot]', '287504455+stlc-workflow-app[bot]@users.noreply.github.com', true],
  ['Stainless Auto-update', 'bot@tractorbeam.ai', true],
  ['STAINLESS BOT', 'DEV@STAINLESSAPI.COM', true],
  ['stainless-app[bot]', 'bot@stainless.com', true],
  ['stainless-app[bot]', 'stainless-bot@stainlessapi.com', true],
  ['stainless-bot', 'dmeadows@stainless.com', false],
  ['stainless-em', 'em@stainless.com', false],
  ['stainless-bot', 'developer@stainlessapi.com', false],
  ['Stainless Bot', 'EM@STAINLESS.COM', false],
  ['David Meadows', 'dmeadows@stainless.com', false],
  ['cameron-stainless', 'cameron@stainless.com', false],
  ['dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com', false],
  ['Ada Owner', 'ada@example.com', false],
];

describe('migrate: a generation is the bot’s commit, not a person’s under the bot’s name', () => {
  it('tells the generator’s bots from people, in sdkgen and in the trials harness alike', () => {
    for (const [name, email, generator] of AUTHORS) {
      expect({ name, email, sdkgen: byGeneratorBot(name, email) }).toEqual({ name, email, sdkgen: generator });
      expect({ name, email, harness: harnessSaysBot(`${name} <${email}>`) }).toEqual({
        name,
        email,
        harness: generator,
      });
    }
    // A name alone is the bot's when it is a bot's name.
    expect(new RegExp(GENERATOR_BOT, 'i').test('stainless-app[bot]')).toBe(true);
    expect(harnessSaysBot('stainless-app[bot]')).toBe(true);
    expect(new RegExp(GENERATOR_BOT, 'i').test('David Meadows')).toBe(false);
    // A co-author under the bot's name with a person's address is a person.
    expect(coAuthoredByAPerson('fix linter issues\n\nCo-authored-by: stainless-bot <dmeadows@stainless.com>')).toBe(
      true,
    );
    expect(coAuthoredByAPerson('feat(api): update\n\nCo-authored-by: Stainless Bot <dev+git@stainlessapi.com>')).toBe(
      false,
    );
  });

  it('takes a squash-merge that mixes a generation with a person’s commit for the owners’ (cerebras-cloud-sdk-node)', () => {
    // The bot's release pull request, a person's commit pushed onto it ("Add check release env"), squashed: which
    // lines are whose is no longer in git. Taken as the owners' code, the person's lines are kept (the generation's are
    // found done by sdkgen's output or left to a person); taken as Stainless's, they would be dropped unseen.
    // (Without a `generated` branch, migrate reads such a release squash file by file: squashed-releases.ts, and
    // test/unit/migrate-squashed-releases.test.ts.)
    const release = [
      'release: 1.79.0 (#378)',
      '',
      '* chore(internal): codegen related update',
      '',
      '* Add check release env',
      '',
      '---------',
      '',
      'Co-authored-by: stainless-app[bot] <142633134+stainless-app[bot]@users.noreply.github.com>',
      'Co-authored-by: Henry Tu <henry.tu@cerebras.net>',
    ].join('\n');
    expect(byGeneratorBot('stainless-app[bot]', '142633134+stainless-app[bot]@users.noreply.github.com')).toBe(true);
    expect(coAuthoredByAPerson(release)).toBe(true);
    // A person's squash of a pull request the bot co-authored ("Update NPM package name") is a person's commit.
    expect(byGeneratorBot('Henry Tu', 'henry.tu@cerebras.net')).toBe(false);
  });

  it('reads the same answers through git’s --author, and keeps the person’s change out of the later generations', () => {
    const repo = tempDir('bot-authors-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { 'src/pkg/types/params.py': 'class Params:\n    version: str\n' });
    const base = commit(repo, BOT, 'feat(api): params', '2026-01-01T00:00:00Z');
    // One commit an author, written by one `git fast-import` (a process a commit would take seconds here).
    const stream = AUTHORS.map(
      ([name, email], i) =>
        `commit refs/heads/main\nmark :${i + 1}\nauthor ${name} <${email}> ${1767312000 + i} +0000\n` +
        `committer Ada Owner <ada@example.com> ${1767312000 + i} +0000\ndata 7\nchore: \n` +
        (i === 0 ? `from ${base}\n` : '') +
        `M 644 inline notes/${i}.txt\ndata ${`${i}\n`.length}\n${i}\n`,
    ).join('\n');
    const imported = spawnSync('git', ['fast-import', '--quiet', '--force'], { cwd: repo, input: stream });
    expect(imported.status).toBe(0);
    git(repo, 'reset', '-q', '--hard', 'main');
    const imports = git(repo, 'rev-list', '--reverse', `${base}..HEAD`)
      .split('\n')
      .filter((c) => c !== '');
    const authored = new Map(AUTHORS.map(([, , generator], i) => [imports[i], generator]));
    const byGit = new Set(
      git(
        repo,
        'log',
        '--extended-regexp',
        '--regexp-ignore-case',
        `--author=${GENERATOR_BOT}`,
        '--format=%H',
        `${base}..HEAD`,
      )
        .split('\n')
        .filter((c) => c !== ''),
    );
    expect(
      [...authored]
        .filter(([, generator]) => generator)
        .map(([c]) => c)
        .sort(),
    ).toEqual([...byGit].sort());

    // replicate-python's history: a person under the bot's name splits the params class; the bot's next generation
    // touches another file. The split is the owners' edit, not a later generation's.
    write(repo, {
      'src/pkg/types/params.py':
        'class ParamsWithoutVersion:\n    pass\n\n\nclass Params(ParamsWithoutVersion):\n    version: str\n',
    });
    const split = commit(repo, 'stainless-bot <dmeadows@stainless.com>', 'fix linter issues', '2026-01-03T00:00:00Z');
    write(repo, { 'src/pkg/types/other.py': 'class Other:\n    pass\n' });
    const later = commit(repo, BOT, 'feat(api): other', '2026-01-04T00:00:00Z');
    const changes = generationsSince(repo, base);
    expect(changes.has('src/pkg/types/params.py')).toBe(false);
    expect(changes.get('src/pkg/types/other.py')?.added.has('class Other:')).toBe(true);
    const isGeneration = generationTest(repo);
    expect(isGeneration(split)).toBe(false);
    expect(isGeneration(later)).toBe(true);
  });
});
