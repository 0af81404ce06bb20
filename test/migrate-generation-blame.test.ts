/**
 * Stainless's output committed by people (repository/generation-blame.ts): openai-node's alpha merges copied a
 * generation into a person's commit ("feat: initial alpha changes"); the bot's later generations wrote over its lines.
 * A hunk left for a person whose every line, at HEAD, a generation wrote byte for byte is Stainless's output; one with
 * a line of a person's, or of a release the bot squash-merged (it carries the people's commits it releases), stays.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from './helpers/git-repo';
import { historyOnce } from './helpers/stainless-history';
import { commitAll, commitGeneration } from './helpers/git-history';
import { addedLines, dropBlamedOnGenerations } from '../generator/migrate/repository/generation-blame';

const PERSON = 'Robert Owner <robert@example.com>';
const file = 'src/resources/batches.ts';

/** The history, written once for the file: each test reads a copy of it. */
const history = historyOnce('generation-blame', (repo) => {
  git(repo, 'init', '-q', '-b', 'main');
  const put = (text: string) => {
    const full = path.join(repo, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  put('create(body, options?: Core.RequestOptions) {\n  return post(body);\n}\nmine() {}\n');
  commitGeneration(repo, 'feat(api): batches');
  // The alpha merge: a person's commit of Stainless's new output, and one line of their own.
  put('create(body, options?: RequestOptions) {\n  return post(body);\n}\nmine() { return 1; }\n');
  commitAll(repo, 'feat: initial alpha changes', PERSON);
  // A later generation writes over the new output's line; the owners' line it keeps as it was.
  put('create(body, options?: RequestOptions) {\n  return post(body, { security: true });\n}\nmine() { return 1; }\n');
  commitGeneration(repo, 'feat(api): security');
  // A release the bot squash-merged, carrying a person's line.
  put(
    'create(body, options?: RequestOptions) {\n  return post(body, { security: true });\n}\nmine() { return 1; }\nreleased() {}\n',
  );
  commitAll(repo, 'release: 1.2.0', 'stainless-app[bot] <bot@stainless.com>');
  return {};
});

describe('hunks whose every line a generation wrote, though people committed them', () => {
  it('reads the lines a hunk adds with their line numbers', () => {
    expect(addedLines('@@ -1,3 +2,3 @@\n a\n-b\n+c\n d\n+e')).toEqual([
      { at: 3, text: 'c' },
      { at: 5, text: 'e' },
    ]);
  });

  it('sets aside a hunk a generation wrote, keeps the owners’ and a release’s', () => {
    const { repo } = history();
    const generation =
      '@@ -1,2 +1,2 @@\n-create(body, options?: Core.RequestOptions) {\n-  return post(body);\n+create(body, options?: RequestOptions) {\n+  return post(body, { security: true });';
    const partly = '@@ -2,1 +2,1 @@\n-  return post(body);\n+  return post(body, { security: true });';
    const owners = '@@ -4,1 +4,1 @@\n-mine() {}\n+mine() { return 1; }';
    const released = '@@ -4,0 +5,1 @@\n+released() {}';
    const removal = '@@ -4,1 +3,0 @@\n-mine() {}';
    const plan = {
      rejected: [{ path: file, hunks: [generation, partly, owners, released, removal] }],
      generationsByPeople: [] as Array<{ path: string; hunks: number }>,
    };
    dropBlamedOnGenerations(plan, repo);
    // (The first hunk's `create(…)` line is the person's alpha commit's: it stays for a person.)
    expect(plan.rejected).toEqual([{ path: file, hunks: [generation, owners, released, removal] }]);
    expect(plan.generationsByPeople).toEqual([{ path: file, hunks: 1 }]);
  });

  it('checks the line at HEAD byte for byte', () => {
    const { repo } = history();
    const shifted = '@@ -2,1 +2,1 @@\n-  return post(body);\n+  return post(body, { security: true }); ';
    const plan = { rejected: [{ path: file, hunks: [shifted] }], generationsByPeople: [] };
    dropBlamedOnGenerations(plan, repo);
    expect(plan.rejected).toEqual([{ path: file, hunks: [shifted] }]);
  });
});
