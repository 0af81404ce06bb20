/**
 * A file people created that Stainless's generations rewrote whole without the banner (openai-node's src/streaming.ts,
 * made a deprecated re-export by a generation) is Stainless's output where sdkgen writes a module at its path
 * (owners/rewritten-by-stainless.ts); one that keeps a line of a person's, or where sdkgen writes nothing, stays theirs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewrittenByStainless } from '../generator/migrate/owners/rewritten-by-stainless';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, PERSON, write } from './helpers/stainless-history';

describe('a file people created that Stainless’s generations rewrote whole', () => {
  it('is Stainless’s where sdkgen writes a module at its path; a line of a person’s keeps it theirs', () => {
    const repo = tempDir('rewritten-by-stainless-');
    git(repo, 'init', '-q', '-b', 'main');
    const handWritten = 'export class Stream<T> {\n  constructor(readonly items: T[]) {}\n}\n';
    write(repo, { 'src/streaming.ts': handWritten, 'src/uploads.ts': handWritten, 'src/lib/own.ts': handWritten });
    commit(repo, PERSON, 'v4.0.0-beta.2', '2026-02-17T00:00:00Z');
    const reexport = (to: string) =>
      `/** @deprecated Import from ./core/${to} instead */\nexport * from './core/${to}';\n`;
    write(repo, {
      'src/streaming.ts': reexport('streaming'),
      'src/uploads.ts': `${reexport('uploads')}export const own = 1;\n`,
      'src/lib/own.ts': reexport('streaming'),
    });
    commit(repo, BOT, 'chore(client): move misc public files to new `core/` directory', '2026-02-18T00:00:00Z');
    write(repo, { 'src/uploads.ts': `${reexport('uploads')}export const own = 2;\n` });
    commit(repo, PERSON, 'fix: own upload constant', '2026-02-19T00:00:00Z');

    const files = ['src/streaming.ts', 'src/uploads.ts', 'src/lib/own.ts'];
    const current = files.map((f) => ({ path: f, blob: null, text: readFileSync(path.join(repo, f), 'utf8') }));
    const rendered = new Set(['src/streaming.ts', 'src/uploads.ts']);
    const base = { blobs: new Map<string, string>() };
    expect([...rewrittenByStainless(repo, current, base, rendered)]).toEqual(['src/streaming.ts']);
    // Without a base (nothing to measure against), or outside a repository, nothing is taken.
    expect(rewrittenByStainless(repo, current, null, rendered).size).toBe(0);
    expect(rewrittenByStainless(undefined, current, base, rendered).size).toBe(0);
  });
});
