/**
 * A commit not by Stainless's bot that brings the bot's commits with no trailer naming the bot is mixed, read as the
 * bot's release squashes a person co-authored are (squashed-releases.ts, generator-titles.ts), where its squash list
 * names a commit of the generator: a title only Stainless writes, or one the bot's own commits bear. The shapes are
 * real ones: a person squash-merging Stainless's pull request ("Release SDK updates (#477)", `* feat(api): api update`
 * beside their `* chore: preserve production workflow files`, here with the `Co-authored-by:` lines dropped), and
 * someone merging release-please's ("release: 0.4.0 (#281)", `* release: 0.4.0` and `* stagehand-alpha -> stagehand`).
 * A person's own squash of conventional titles ("docs: organize SDK guides … (#2032)") stays theirs.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../../bench/migrate-trials/lib/owners.mjs';
import { listsGeneratorCommits } from '../../generator/migrate/repository/generator-titles';
// @ts-expect-error: the harness is plain JavaScript
import { listsGeneratorCommits as harnessLists } from '../../bench/migrate-trials/lib/squashed-releases.mjs';
import { filesChangedByPeople } from '../../generator/migrate/repository/people-edits';
import { mixedReleases } from '../../generator/migrate/repository/squashed-releases';
import { hasStainlessHeader } from '../../generator/migrate/repository/stainless-repo';
import { git } from '../helpers/git-repo';
import { BOT, commit, HEADER, historyOnce, PERSON, pets, stats, write } from '../helpers/stainless-history';

const version = (v: string) => `${HEADER}export const VERSION = '${v}'; // x-release-please-version\n`;
const readme = (install: string, theirs = '') => `# Acme\n\n## Installation\n\n${install}\n${theirs}`;
const THEIRS = '\n## Streaming\n\nOurs: `acme.pets.list({ stream: true })`.\n';
const WORKFLOW = '.github/workflows/production.yml';
const GUIDE = 'docs/guides.md';

/** Stainless's pull request squash-merged by a person, its trailers left out. */
const SDK_UPDATES = [
  'Release SDK updates (#12)',
  '',
  '* feat(api): api update',
  '',
  '* feat(api): api update',
  '',
  '* chore: preserve production workflow files',
].join('\n');
/** release-please's pull request merged by someone else. */
const RELEASE = ['release: 0.4.0 (#14)', '', '* release: 0.4.0', '', '* acme-alpha -> acme'].join('\n');
/** A person's own squash: conventional titles, none the generator's. */
const GUIDES = [
  'docs: organize SDK guides and repository metadata (#20)',
  '',
  '* docs: organize SDK guides and repository metadata',
  '',
  '* docs: preserve links to moved guides',
].join('\n');

/** The history, written once for the file: each test reads a copy of it. */
const history = historyOnce('mixed-untrailered-', (repo) => {
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, {
    '.stats.yml': stats(1, 'aaaa'),
    'src/resources/pets.ts': pets(),
    'src/version.ts': version('0.1.0'),
    'README.md': readme('npm install acme'),
  });
  commit(repo, BOT, 'feat(api): update via SDK Studio (#3)', '2024-07-01T00:00:00Z');
  write(repo, { 'README.md': readme('npm install acme', THEIRS) });
  commit(repo, PERSON, 'Add streaming docs', '2024-07-05T00:00:00Z');
  write(repo, { '.stats.yml': stats(1, 'bbbb'), 'src/version.ts': version('0.2.0') });
  commit(
    repo,
    BOT,
    'release: 0.2.0 (#8)\n\n* chore(internal): codegen related update\n\n* release: 0.2.0',
    '2024-08-01T00:00:00Z',
  );
  // Stainless's change of a resource module and of the install line, the person's of their streaming section, and
  // their new workflow.
  write(repo, {
    '.stats.yml': stats(2, 'cccc'),
    'src/resources/pets.ts': pets("  retrieve() {\n    return this.get('/pets/1');\n  }\n"),
    'README.md': readme('npm install @acme/sdk', THEIRS.replace('Ours', 'Ours, streamed')),
    [WORKFLOW]: 'name: production\non: push\n',
  });
  const updates = commit(repo, PERSON, SDK_UPDATES, '2024-09-01T00:00:00Z');
  write(repo, { 'src/version.ts': version('0.4.0') });
  const release = commit(repo, PERSON, RELEASE, '2024-09-15T00:00:00Z');
  write(repo, { [GUIDE]: '# Guides\n' });
  const guides = commit(repo, PERSON, GUIDES, '2024-10-01T00:00:00Z');
  return { updates, release, guides };
});

describe('a commit bringing the bot’s commits without a trailer', () => {
  it('is read as mixed where its squash list names the generator’s commits', () => {
    const { repo, updates, release, guides } = history();
    const mixed = mixedReleases(repo);
    expect([...mixed.commits].sort()).toEqual([updates, release].sort());
    expect(mixed.commits.has(guides)).toBe(false);
    // The titles only Stainless writes count without the bot's own commits naming them.
    expect(listsGeneratorCommits('Merge SDK (#5)\n\n* codegen metadata', new Set())).toBe(true);
    expect(listsGeneratorCommits(GUIDES, new Set(['docs: organize sdk guides and repository metadata']))).toBe(true);
    expect(listsGeneratorCommits(GUIDES, new Set())).toBe(false);
  });

  it('migrate: its change to a file only Stainless’s commits touched is Stainless’s; its new file, theirs', () => {
    const { repo } = history();
    const { byPeople, byStainless } = filesChangedByPeople(repo, 'HEAD', new Set(), hasStainlessHeader);
    expect([...byPeople.keys()].sort()).toEqual(['README.md', WORKFLOW, GUIDE].sort());
    expect(byStainless.has('src/resources/pets.ts')).toBe(true);
    expect(byStainless.has('src/version.ts')).toBe(true);
  });

  it('the trial harness: the same reading', () => {
    const { repo } = history();
    const owners = analyseOwners(repo, 'HEAD') as {
      ownersFiles: string[];
      hunks: Array<{ file: string; added: Array<{ text: string }> }>;
    };
    expect(owners.ownersFiles.sort()).toEqual([WORKFLOW, GUIDE].sort());
    const added = owners.hunks.flatMap((h) => h.added.map((a) => `${h.file}: ${a.text.trim()}`));
    expect(added.some((line) => line.startsWith('src/resources/pets.ts'))).toBe(false);
    expect(added).toContain('README.md: Ours, streamed: `acme.pets.list({ stream: true })`.');
    expect(added).not.toContain('README.md: npm install @acme/sdk');
  });
});

/** release-please's pull request squash-merged by a person with its description as message (Modern Treasury's form). */
const RELEASE_BODY = (items: string) =>
  [
    'release: 4.19.0 (#606)',
    '',
    'Automated Release PR',
    '---',
    '',
    '',
    '## 4.19.0 (2026-07-11)',
    '',
    'Full Changelog:',
    '[v4.18.0...v4.19.0](https://github.com/acme/acme-node/compare/v4.18.0...v4.19.0)',
    '',
    items,
    '',
    '---',
    "This pull request is managed by Stainless's [GitHub",
    'App](https://github.com/apps/stainless-app).',
  ].join('\n');

describe('a release pull request’s changelog as a squash message', () => {
  it('names the generator’s commits by its sections and items, wrapped lines and links aside', () => {
    const generators = [
      '### Features',
      '',
      '* **api:** api update',
      '([7ba37c9](https://github.com/acme/acme-node/commit/7ba37c9445852a1089153a51fc16e68131487497))',
    ].join('\n');
    // (Harness and migrate alike.)
    for (const lists of [listsGeneratorCommits, harnessLists])
      expect(lists(RELEASE_BODY(generators), new Set())).toBe(true);
    const fixes = [
      '### Bug Fixes',
      '',
      '* **client:** send content-type header for requests with an omitted',
      'optional body',
      '([8479aa6](https://github.com/acme/acme-node/commit/8479aa6cbfefd39c35dac08b2fbebc7814778029))',
      '* fix a typo ([#12](https://github.com/acme/acme-node/issues/12))',
    ].join('\n');
    const known = new Set(['fix(client): send content-type header for requests with an omitted optional body']);
    for (const lists of [listsGeneratorCommits, harnessLists]) {
      expect(lists(RELEASE_BODY(fixes), known)).toBe(true);
      // People's titles alone, none the bot's commits bear: no evidence.
      expect(lists(RELEASE_BODY(fixes), new Set())).toBe(false);
      // A changelog in another message (a person's own notes) is not read.
      expect(lists(`docs: notes\n\n${generators}`, new Set())).toBe(false);
    }
  });
});
