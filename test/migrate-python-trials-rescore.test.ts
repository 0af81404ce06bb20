/**
 * Check 4 of a Python trial is scored again by each way a missing hunk is carried after all (a class member in sdkgen's
 * form at the owners' place, another form of the same meaning, …): one function (python-rescore.mjs) writes the
 * counts, the files and the notes, so that a second pass keeps the first's notes and the line-by-line check's, and a
 * file of Stainless's the owners deleted that is back fails the check whichever pass comes last.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-python-trials.test.ts samples the trial harness's checks (docs/contributing.md, "What `npm test`
// samples").
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { checkHunks } from '../bench/migrate-trials/lib/checks.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { withSameMeaning } from '../bench/migrate-trials/lib/python-forms.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { withMembersInPlace } from '../bench/migrate-trials/lib/python-trial.mjs';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const member = (name: string, type: string) =>
  `    @cached_property\n    def ${name}(self) -> ${type}:\n        return ${type}(self._client.${name})\n`;
const wrapper = (imports: string, members: string[]) =>
  `${imports}\n\nclass AcmeWithRawResponse:\n${members.join('\n')}`;

const [client, constants, models] = ['src/acme/_client.py', 'src/acme/_constants.py', 'src/acme/_models.py'];

function hunk(file: string, header: string, lines: string[]) {
  const added = lines.map((text, i) => ({ line: i + 1, text: `${text}\n` }));
  return { file, header, added, removed: [], text: `${header}\n${lines.map((l) => `+${l}`).join('\n')}\n` };
}

/** A repository at the owners' ref, then moved: the files as `migrated` says. */
function setUp(migrated: Record<string, string>) {
  const repo = tempDir('python-trials-rescore');
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  const write = (files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      writeFileSync(path.join(repo, file), text);
    }
  };
  const commit = () => {
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x');
    return git('rev-parse', 'HEAD').stdout.trim();
  };
  // Stainless's generation, then the owners' edits.
  write({ [client]: wrapper('from typing import Dict', [member('pets', 'pets.Pets')]), [constants]: '', [models]: '' });
  const base = commit();
  write({
    [client]: wrapper('from typing import Dict, cast', [
      member('stores', 'stores.Stores'),
      member('pets', 'pets.Pets'),
    ]),
    [constants]: 'RETRIES = 3\n',
    [models]: 'OMIT_HEADERS = True\n',
  });
  const ref = commit();
  write(migrated);
  return { repo, base, ref };
}

const hunks = [
  hunk(client, '@@ -0,0 +4,3 @@ class AcmeWithRawResponse:', member('stores', 'stores.Stores').trimEnd().split('\n')),
  hunk(client, '@@ -1 +1 @@', ['from typing import Dict, cast']),
  hunk(constants, '@@ -0,0 +1 @@', ['RETRIES = 3']),
  hunk(models, '@@ -0,0 +1 @@', ['OMIT_HEADERS = True']),
];
const runtime = [
  { path: models, does: 'keeps omit headers', test: 'test/python/runtime/test_client.py › x', testFound: true },
];

function scored(migrated: Record<string, string>, ownersDeleted: string[] = []) {
  const { repo, base, ref } = setUp(migrated);
  const owners = { base, hunks, ownersDeleted };
  const byLine = checkHunks(repo, owners, ref, runtime);
  return {
    byLine,
    final: withSameMeaning(withMembersInPlace(byLine, repo, ref, owners, ''), repo, ref, owners, runtime),
  };
}

// sdkgen's forms: the member without the module prefix, at the owners' place; the import's names in two statements.
const moved = {
  [client]: wrapper('from typing import Dict\nfrom typing import cast', [
    member('stores', 'Stores'),
    member('pets', 'Pets'),
  ]),
  [models]: 'class Model:\n    pass\n',
};

describe.runIf(SLOW_FULL)('check 4 of a Python trial, scored again by each pass', () => {
  it("keeps the line-by-line notes and each pass's note, with the counts of what is left", () => {
    const { byLine, final } = scored({ ...moved, [constants]: 'TIMEOUT = 60\n' });
    expect(byLine.details.lost.length + byLine.details.partial.length).toBe(3);
    expect(final.status).toBe('fail');
    expect(final.reason).toBe(
      `1/4 owners' hunks not carried (1 lost, 0 partly; 0 of them present in another form): ${constants}(1)` +
        ` (1 done by sdkgen's runtime, per migrate's report, with the test that shows it: ${models}(1))` +
        ` (1 class members in sdkgen's form, at the owners' place: ${client})` +
        ` (1 in the migrated file in another form of the same meaning: ${client}: import names)`,
    );
    expect(final.details.lost.map((m: { file: string }) => m.file)).toEqual([constants]);
    expect(final.details.membersInPlace).toHaveLength(1);
    expect(final.details.sameMeaning[0].form).toBe('import names');
  });

  it('passes once every hunk is carried, and fails whichever pass is last while a file the owners deleted is back', () => {
    const { final } = scored({ ...moved, [constants]: 'RETRIES = 3\n' });
    expect(final.status, final.reason).toBe('pass');
    expect(final.reason).toMatch(/^4 owners' hunks present \(1 done by sdkgen's runtime/);

    const back = scored({ ...moved, [constants]: 'RETRIES = 3\n', 'CONTRIBUTING.md': '# Contributing\n' }, [
      'CONTRIBUTING.md',
    ]).final;
    expect(back.status).toBe('fail');
    expect(back.reason).toMatch(/; 1 file\(s\) the owners deleted are back: CONTRIBUTING\.md$/);
    expect(back.reason).not.toContain('(note: files the owners deleted are back');
  });

  it('refuses a reason that does not start as the line-by-line check writes it, rather than rewrite it wrongly', () => {
    const repo = tempDir('python-trials-rescore');
    const c4 = { status: 'fail', reason: 'something else', details: { lost: [], partial: [] } };
    expect(() => withMembersInPlace(c4, repo, 'HEAD', { hunks: [] }, '')).toThrow(/does not start as checkHunks/);
    rmSync(repo, { recursive: true, force: true });
  });
});
