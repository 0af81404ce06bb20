/**
 * vitest.config.ts's SLOW_FIRST: the files started first, so that none of the slow ones is left to finish alone at
 * the end of a run. A renamed or removed file would drop out of the list silently and start wherever Vitest's order
 * puts it; each entry must name a test file that exists, once, and every `npm run test:slow` file must be a test file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

/** The quoted paths of the array literal assigned to `name` in `text`. */
function listed(text: string, name: string): string[] {
  const body = new RegExp(`const ${name} = \\[([\\s\\S]*?)\\n\\];`).exec(text)?.[1];
  if (body === undefined) throw new Error(`no ${name} in vitest.config.ts`);
  return [...body.matchAll(/^\s*'([^']+)',/gm)].map((match) => match[1]);
}

describe("vitest.config.ts's slow-first list", () => {
  const entries = listed(readFileSync(path.join(ROOT, 'vitest.config.ts'), 'utf8'), 'SLOW_FIRST');

  it('names existing test files, each once', () => {
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.filter((file) => !file.endsWith('.test.ts') || !existsSync(path.join(ROOT, file)))).toEqual([]);
    expect(entries.filter((file, i) => entries.indexOf(file) !== i)).toEqual([]);
  });

  it('the files `npm run test:slow` runs exist', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const files = scripts['test:slow'].split(/\s+/).filter((word) => word.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((file) => !existsSync(path.join(ROOT, file)))).toEqual([]);
  });
});
