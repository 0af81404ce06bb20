/**
 * repository/line-authors.ts follows a line back through the commits that changed only its comma or place, blaming each
 * commit's parent for the lines followed into it alone (`git blame -L`), not the whole file per commit: on a long file
 * whose lines each commit touches a few of, the lines blamed stay in proportion to the lines followed (counted, never
 * timed), and the authors are those the whole-file reading gives (each line its last writer, a comma aside).
 */
import { describe, expect, it } from 'vitest';
import { type BlameWork, linesByStainless } from '../generator/migrate/repository/line-authors';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, PERSON, write } from './helpers/stainless-history';

const LINES = 400;

describe('line authors, followed back', () => {
  it("blames each parent for the followed lines only, and gives the lines' authors", () => {
    const repo = tempDir('line-authors-work-');
    git(repo, 'init', '-q', '-b', 'main');
    const items = Array.from({ length: LINES }, (_, i) => `  "item${i}": ${i}`);
    const json = (lines: string[]) => `{\n${lines.map((l, i) => (i < lines.length - 1 ? `${l},` : l)).join('\n')}\n}\n`;
    // Stainless generates the file; a person appends an item (the comma of the last line moves: still Stainless's);
    // Stainless's generations then change one item each; another person appends one more.
    write(repo, { 'package.json': json(items) });
    commit(repo, BOT, 'feat: generation', '2023-01-01T00:00:00Z');
    let now = [...items, '  "owners": true'];
    write(repo, { 'package.json': json(now) });
    commit(repo, PERSON, 'chore: their item', '2023-02-01T00:00:00Z');
    for (let g = 1; g <= 5; g++) {
      now = now.map((line, i) => (i === g * 50 ? `  "item${i}": ${i + g * 1000}` : line));
      write(repo, { 'package.json': json(now) });
      commit(repo, BOT, `feat: generation ${g}`, `2023-0${g + 2}-01T00:00:00Z`);
    }
    now = [...now, '  "more": 1'];
    write(repo, { 'package.json': json(now) });
    commit(repo, PERSON, 'chore: one more', '2023-09-01T00:00:00Z');

    const work: BlameWork = { blamedLines: 0 };
    const byStainless = linesByStainless(repo, 'package.json', false, work);
    // `{`, the items (their commas moved by the people's appends aside), then the people's two items, then `}`.
    expect(byStainless).toEqual([true, ...items.map(() => true), false, false, true]);
    // Followed back: the line whose comma the last append added (once per earlier commit it goes through), and the
    // owners' item whose comma it added (one step). A whole-file blame per parent gave ~400 lines a commit.
    expect(work.blamedLines).toBeGreaterThan(0);
    expect(work.blamedLines).toBeLessThan(20);
  });
});
