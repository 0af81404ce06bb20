/**
 * A person's search-and-replace pushed onto a release pull request (cerebras-python's release 0.4.0 with "Use Llama 3.1
 * in example (#170)": `model="llama3-8b-8192"` → `model="llama3.1-8b"` in the README's examples, Stainless's and the
 * person's alike). The squash's hunks over the person's own lines are theirs (mixed-hunks.ts); the same change made in
 * Stainless's lines of the file by that squash is theirs too: one edit, made throughout. A change of the squash's own
 * to Stainless's lines stays Stainless's.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../../bench/migrate-trials/lib/owners.mjs';
import { generationsSince } from '../../generator/migrate/repository/generations';
import { findStainlessBase } from '../../generator/migrate/repository/stainless-repo';
import { git } from '../helpers/git-repo';
import { BOT, commit, historyOnce, PERSON, releaseSquash, stats, write } from '../helpers/stainless-history';

const squash = (version: string, person: boolean) =>
  releaseSquash(
    version,
    ['feat(api): OpenAPI spec update via Stainless API (#8)'],
    person ? 'Use the new model in examples (#10)' : undefined,
  );

const example = (title: string, model: string, indent = '') =>
  [
    `## ${title}`,
    '',
    '```python',
    `${indent}completion = client.chat.completions.create(`,
    `${indent}    messages=[{"role": "user", "content": "Why is fast inference important?"}],`,
    `${indent}    model="${model}",`,
    `${indent})`,
    '```',
    '',
  ].join('\n');
const readme = (model: string, o: { streaming?: boolean; install?: string } = {}) =>
  [
    '# Acme Python API library',
    '',
    `${o.install ?? 'pip install acme'}`,
    '',
    example('Usage', model),
    example('Async usage', model, '    '),
    ...(o.streaming ? [example('Streaming', model, '        ')] : []),
    example('Retries', model),
  ].join('\n');

/** The history, written once for the file: each test reads a copy of it. */
const history = historyOnce('mixed-replace-', (repo) => {
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, { '.stats.yml': stats(1, 'aaaa'), 'README.md': readme('old-model') });
  commit(repo, BOT, squash('0.1.0', false), '2024-07-01T00:00:00Z');
  // The person's own section.
  write(repo, { 'README.md': readme('old-model', { streaming: true }) });
  commit(repo, PERSON, 'Added streaming docs', '2024-07-10T00:00:00Z');
  // The mixed squash: the person's model change throughout the README, and Stainless's own change of the install line.
  write(repo, {
    '.stats.yml': stats(1, 'bbbb'),
    'README.md': readme('new-model', { streaming: true, install: 'pip install --pre acme' }),
  });
  commit(repo, BOT, squash('0.2.0', true), '2024-08-01T00:00:00Z');
  return {};
});

describe('a person’s change made throughout a file, in a mixed squash', () => {
  it('migrate: the same change in Stainless’s lines is the person’s; the squash’s own change stays Stainless’s', () => {
    const { repo } = history();
    const base = findStainlessBase(repo, null)!;
    const changes = generationsSince(repo, base.since ?? base.commit).get('README.md');
    expect([...(changes?.added ?? [])]).toEqual(['pip install --pre acme']);
  });

  it('the trial harness: the same reading', () => {
    const { repo } = history();
    const owners = analyseOwners(repo, 'HEAD') as {
      hunks: Array<{ file: string; added: Array<{ text: string }> }>;
    };
    const added = owners.hunks.filter((h) => h.file === 'README.md').flatMap((h) => h.added.map((a) => a.text.trim()));
    expect(added.filter((line) => line === 'model="new-model",')).toHaveLength(4);
    expect(added).not.toContain('pip install --pre acme');
  });
});
