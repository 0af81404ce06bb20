/**
 * vitest.config.ts's SLOW_FIRST: the files started first, so that none of the slow ones is left to finish alone at
 * the end of a run. A renamed or removed file would drop out of the list silently and start wherever Vitest's order
 * puts it; each entry must name a test file that exists, once, and every `npm run test:slow` file must be a test file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

  // A file that leaves cases to SDKGEN_SLOW_TESTS=full (it imports SLOW_FULL or sweep) but is missing from the list
  // would have those cases run nowhere: `npm test` skips them and CI's `npm run test:slow` never names the file. (The
  // unit project's files run no sweep: test/unit/slow-tests.test.ts tests the helper itself.)
  it('names every test file that leaves cases to SDKGEN_SLOW_TESTS=full', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const slow = new Set(scripts['test:slow'].split(/\s+/).filter((word) => word.endsWith('.test.ts')));
    const gated = testFiles(path.join(ROOT, 'test'))
      .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
      .filter((file) => !file.startsWith('test/unit/'))
      .filter((file) =>
        /import \{[^}]*\b(SLOW_FULL|sweep)\b[^}]*\} from '[./]*\/?helpers\/slow-tests'/.test(
          readFileSync(path.join(ROOT, file), 'utf8'),
        ),
      );
    expect(gated.length).toBeGreaterThan(10);
    expect(gated.filter((file) => !slow.has(file))).toEqual([]);
  });

  // The same for SDKGEN_E2E_TESTS=full: a file importing E2E_FULL that `npm run test:e2e` (CI's) does not name would
  // have its end-to-end checks run nowhere.
  it('names every test file that leaves checks to SDKGEN_E2E_TESTS=full in `npm run test:e2e`', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const e2e = new Set(scripts['test:e2e'].split(/\s+/).filter((word) => word.endsWith('.test.ts')));
    const gated = testFiles(path.join(ROOT, 'test'))
      .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
      .filter((file) =>
        /import \{[^}]*\bE2E_FULL\b[^}]*\} from '[./]*\/?helpers\/slow-tests'/.test(
          readFileSync(path.join(ROOT, file), 'utf8'),
        ),
      );
    expect(gated).toContain('test/package-consumers.test.ts');
    expect(gated.filter((file) => !e2e.has(file))).toEqual([]);
    expect([...e2e].filter((file) => !existsSync(path.join(ROOT, file)))).toEqual([]);
    expect(readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toMatch(/^npm run test:e2e$/m);
  });
});

/** The test files under `dir`, at any depth (test/.tmp and snapshots aside). */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return ['.tmp', '__snapshots__', 'node_modules'].includes(entry.name) ? [] : testFiles(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}
