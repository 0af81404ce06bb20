/**
 * A test module of Stainless's that the owners added tests of their own to, where Stainless's tests in it test what
 * goes (its runtime: `core`, `_shims`): llama-stack's owners added a `describe` of their `getResponseOutputText`
 * helper to Stainless's tests/responses.test.ts. Their part is kept as a test module of its own: the comment lines
 * they put at its top (a licence header), the imports their tests use, and the top-level statements they added.
 */
import { identifiers } from './client-hooks';
import { importStatements } from './module-imports';
import { topLevelStatements } from '../repository/top-level';
import { hunkCarried, withAddedTestBlocks } from './described-tests';
import { isAttributionLine } from '../reapply/stainless-banner';
import { callsRemovedMatcher, renamesMatchersOnly } from './runner-renames';

/**
 * The owners' part of `current`, a test module Stainless wrote as `pristine` (when known); null when they did more
 * than add top-level statements (a statement of Stainless's they changed), added none, or one of theirs uses an
 * import `stays` refuses (of a module that goes).
 */
export function ownersPartOfTest(
  pristine: string | undefined,
  current: string,
  stays: (specifier: string) => boolean,
): string | null {
  if (!pristine) return null;
  const before = topLevel(pristine);
  const after = topLevel(current);
  const stainless = new Set(before.statements.map(normal));
  const stainlessOpenings = new Set(before.statements.map(opening));
  const added = after.statements.filter((statement) => !stainless.has(normal(statement)));
  // A statement that opens as one of Stainless's does is Stainless's, changed: an edit of its tests, not a test.
  if (added.length === 0 || added.some((statement) => stainlessOpenings.has(opening(statement)))) return null;
  const used = new Set(added.flatMap(identifiers));
  const imports: string[] = [];
  for (const statement of after.imports) {
    const [parsed] = importStatements(statement);
    if (parsed === undefined || ![...parsed.bindings.keys()].some((name) => used.has(name))) continue;
    if (!stays(parsed.specifier)) return null;
    imports.push(statement);
  }
  // Their comment lines (a licence header), not Stainless's (its "File generated … by Stainless" banner).
  const theirs = after.header.filter((line) => !before.header.includes(line));
  const header = theirs.length > 0 ? `${theirs.join('\n')}\n\n` : '';
  return `${header}${imports.length > 0 ? `${imports.join('\n')}\n\n` : ''}${added.join('\n\n')}\n`;
}

/**
 * A test module of Stainless's the owners edited, kept whole as theirs now, without Stainless's banner (the comment
 * lines it opened with, "File generated … by Stainless"), which no generator's output it is any longer.
 */
export function withoutStainlessBanner(pristine: string | undefined, current: string): string {
  const header = new Set(pristine === undefined ? [] : topLevel(pristine).header);
  // (Any generator's attribution line too: a later form of Stainless's banner than the base's, or the owners' rewrite.)
  const banner = (line: string) => header.has(line) || isAttributionLine(line);
  const lines = current.split('\n');
  let at = 0;
  while (at < lines.length && (banner(lines[at]) || (at > 0 && lines[at].trim() === ''))) at++;
  return banner(lines[0]) ? lines.slice(at).join('\n') : current;
}

/**
 * A module's comment lines before its code, its import statements, and its other top-level statements (each with
 * the comments above it).
 */
function topLevel(text: string): { header: string[]; imports: string[]; statements: string[] } {
  const lines = text.replace(/\s+$/, '').split('\n');
  let at = 0;
  const header: string[] = [];
  while (at < lines.length && /^\s*(\/\/|$)/.test(lines[at])) {
    if (lines[at].trim() !== '') header.push(lines[at]);
    at++;
  }
  const statements = topLevelStatements(lines, at).map(({ start, end }) => lines.slice(start, end).join('\n'));
  const isImport = (statement: string) => /^import\s/.test(code(statement)[0] ?? '');
  return { header, imports: statements.filter(isImport), statements: statements.filter((s) => !isImport(s)) };
}

/** A statement without its comments, each line trimmed: what tells two apart. */
function normal(statement: string): string {
  return code(statement).join('\n');
}

/** A statement's lines of code, trimmed: without blank lines and its comments above (`//`, `/* … *\/`). */
function code(statement: string): string[] {
  const lines = statement.split('\n').map((line) => line.trim());
  let at = 0;
  while (at < lines.length && (lines[at] === '' || /^(\/\/|\/\*|\*)/.test(lines[at]))) at++;
  return lines.slice(at).filter((line) => line !== '' && !line.startsWith('//'));
}

/** A statement's first line of code (`describe('response parsing', () => {`). */
function opening(statement: string): string {
  return normal(statement).split('\n')[0];
}

/**
 * The rejected hunks without those of Stainless's tests of what goes (`ofWhatGoes`: they import a module of the
 * repository that goes) the owners only changed, adding no test of their own (llama-stack's `toThrowError` →
 * `toThrow` in tests/index.test.ts): they go with what they test. Their paths go to `changedOnly`.
 * Before that, the tests the owners added to a test module sdkgen writes its own of (`writes`: the plan's) are put
 * in sdkgen's (owners/described-tests.ts), and the hunks whose lines are all there now are no longer rejected.
 */
export function dropChangedStainlessTests(
  rejected: Array<{ path: string; hunks: string[] }>,
  tests: {
    ofWhatGoes: ReadonlySet<string>;
    pristine: ReadonlyMap<string, string> | undefined;
    current: ReadonlyMap<string, { text: string | null }>;
    writes?: Array<{ path: string; contents: string }>;
  },
  changedOnly: string[],
): Array<{ path: string; hunks: string[] }> {
  return carryAddedTests(rejected, tests).filter(({ path, hunks }) => {
    const pristine = tests.pristine?.get(path);
    const current = tests.current.get(path)?.text;
    // Stainless's test of its runtime that sdkgen writes its own of, where the owners only renamed Jest's matchers
    // (owners/runner-renames.ts): it goes with that runtime too, while sdkgen's module calls no name Jest took out.
    const sdkgens = tests.writes?.find((w) => w.path === path)?.contents;
    if (
      sdkgens !== undefined &&
      pristine !== undefined &&
      /^tests\/.*\.test\.ts$/.test(path) &&
      !RESOURCE_TESTS.test(path) &&
      hunks.every(renamesMatchersOnly) &&
      !callsRemovedMatcher(sdkgens)
    ) {
      changedOnly.push(path);
      return false;
    }
    if (!tests.ofWhatGoes.has(path) || pristine === undefined || !current) return true;
    const openings = new Set(topLevel(pristine).statements.map(opening));
    if (!topLevel(current).statements.every((statement) => openings.has(opening(statement)))) return true;
    changedOnly.push(path);
    return false;
  });
}

/** Stainless's tests of the resources' methods, one module a resource. */
const RESOURCE_TESTS = /^tests\/api-resources\//;

/** `rejected` less the hunks of a test module whose added tests `withAddedTestBlocks` carried into sdkgen's. */
function carryAddedTests(
  rejected: Array<{ path: string; hunks: string[] }>,
  tests: {
    pristine: ReadonlyMap<string, string> | undefined;
    current: ReadonlyMap<string, { text: string | null }>;
    writes?: Array<{ path: string; contents: string }>;
  },
): Array<{ path: string; hunks: string[] }> {
  const writes = tests.writes;
  if (writes === undefined) return rejected;
  const harness = writes.find((w) => w.path === 'tests/harness.ts')?.contents ?? '';
  return rejected
    .map(({ path, hunks }) => {
      const pristine = tests.pristine?.get(path);
      const current = tests.current.get(path)?.text;
      const at = writes.findIndex((w) => w.path === path);
      if (!/^tests\/.*\.test\.ts$/.test(path) || pristine === undefined || !current || at < 0) return { path, hunks };
      // (The lines of their hunks not re-applied: a changed test of Stainless's with one of them is carried whole.
      // Not a test of a resource's method: where sdkgen writes none of that name, it has no such method to test.)
      const missing = new Set(
        RESOURCE_TESTS.test(path)
          ? []
          : hunks.flatMap((hunk) =>
              hunk
                .split('\n')
                .filter((line) => line.startsWith('+') && !line.startsWith('+++'))
                .map((line) => line.slice(1).trim())
                // (Not a line as common as `});`.)
                .filter((line) => (line.match(/[A-Za-z0-9]/g) ?? []).length >= 3),
            ),
      );
      const carried = withAddedTestBlocks(pristine, current, writes[at].contents, harness, missing);
      if (carried === null) return { path, hunks };
      writes[at] = { ...writes[at], contents: carried };
      return { path, hunks: hunks.filter((hunk) => !hunkCarried(hunk, carried)) };
    })
    .filter(({ hunks }) => hunks.length > 0);
}
