/**
 * A file a mixed release squash (squashed-releases.ts) created without Stainless's banner is a person's new file pushed
 * onto the release pull request, unless Stainless's own commits (the bot's generations, not mixed) wrote that path
 * before it: then it is Stainless's scaffolding brought back (cerebras-ts's release doctor, `release-doctor.yml` and
 * `bin/check-release-environment`, written by a generation, dropped by release 0.3.0 and created again by release
 * 1.79.0, a person its co-author).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../../bench/migrate-trials/lib/owners.mjs';
import { filesChangedByPeople } from '../../generator/migrate/repository/people-edits';
import { hasStainlessHeader } from '../../generator/migrate/repository/stainless-repo';
import { git } from '../helpers/git-repo';
import {
  BOT,
  commit,
  historyOnce,
  OWNERS_LINE,
  PERSON,
  pets,
  releaseSquash,
  stats,
  write,
} from '../helpers/stainless-history';

const squash = (version: string) =>
  releaseSquash(version, ['chore(internal): codegen related update'], 'Add check release env');

const DOCTOR = 'bin/check-release-environment';
const doctor = (token: boolean) =>
  [
    '#!/usr/bin/env bash',
    '',
    'errors=()',
    ...(token ? ['if [ -z "${NPM_TOKEN}" ]; then', '  errors+=("NPM_TOKEN is not set")', 'fi'] : []),
    'echo "The environment is ready to push releases!"',
    '',
  ].join('\n');
const THEIRS = 'scripts/warm-up.sh';

/** The history, written once for the file: each test reads a copy of it. */
const history = historyOnce('mixed-scaffolding-', (repo) => {
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets(), [DOCTOR]: doctor(true) });
  commit(repo, BOT, 'feat(api): update via SDK Studio (#3)', '2024-07-01T00:00:00Z');
  write(repo, { 'README.md': '# Acme\n', 'src/resources/pets.ts': pets(OWNERS_LINE) });
  commit(repo, PERSON, 'Add a README', '2024-07-05T00:00:00Z');
  // A mixed squash drops the release doctor.
  git(repo, 'rm', '-q', DOCTOR);
  write(repo, { '.stats.yml': stats(1, 'bbbb') });
  commit(repo, BOT, squash('0.3.0'), '2024-08-01T00:00:00Z');
  // Another creates it again, with a person's own new script.
  write(repo, {
    '.stats.yml': stats(1, 'cccc'),
    [DOCTOR]: doctor(false),
    [THEIRS]: '#!/usr/bin/env bash\ncurl -s $URL\n',
  });
  commit(repo, BOT, squash('1.79.0'), '2025-10-01T00:00:00Z');
  // A later generation changing the person's new file makes it no scaffolding of Stainless's (openai-node's
  // `tests/lib/workload-identity.test.ts`, which a person's commit the bot co-authored created).
  write(repo, { '.stats.yml': stats(1, 'dddd'), [THEIRS]: '#!/usr/bin/env bash\ncurl -s "$URL"\n' });
  commit(repo, BOT, 'chore(internal): codegen related update', '2025-10-02T00:00:00Z');
  return {};
});

describe('a file a mixed squash created at a path Stainless’s generations wrote before', () => {
  it('migrate: is Stainless’s; a person’s new file in the squash stays theirs', () => {
    const { repo } = history();
    const { byPeople, byStainless } = filesChangedByPeople(repo, 'HEAD', new Set(), hasStainlessHeader);
    expect(byStainless.has(DOCTOR)).toBe(true);
    expect(byPeople.has(DOCTOR)).toBe(false);
    expect(byPeople.has(THEIRS)).toBe(true);
  });

  it('the trial harness: the same reading', () => {
    const { repo } = history();
    const owners = analyseOwners(repo, 'HEAD') as { ownersFiles: string[] };
    expect(owners.ownersFiles.sort()).toEqual(['README.md', THEIRS].sort());
  });
});
