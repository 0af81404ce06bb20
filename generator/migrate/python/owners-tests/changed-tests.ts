/**
 * The owners' edits of one of Stainless's tests of its runtime (tests/test_client.py), which goes with that runtime:
 * the test functions they changed (`TestStagehand.test_validate_headers`), those they added, and whether they changed
 * lines outside any function (imports), read from the hunks' places. The tests they changed or added are carried as
 * theirs (carried-tests.ts); where only module-level lines or helpers changed, the report names them, so that a person
 * knows what went, and a test function of theirs is never lumped with Stainless's.
 */
import { editsAsHunks } from '../../reapply/hunks';
import { scopeOf } from '../already-done/comment-only';

export interface ChangedTests {
  /** Stainless's test functions the owners edited, `Class.function`. */
  changed: string[];
  /** Functions the edited file has that Stainless's has not. */
  added: string[];
  /** Whether lines outside any function or class changed (imports, module constants). */
  moduleLevel: boolean;
}

export function changedTests(stainless: string, edited: string): ChangedTests {
  const theirs = stainless.split('\n');
  const ours = edited.split('\n');
  const definitions = (lines: string[]) =>
    new Set(
      lines.flatMap((line, i) =>
        /^\s*(?:async\s+)?def\s+\w+/.test(line)
          ? [[scopeOf(lines, i), /def\s+(\w+)/.exec(line)![1]].filter(Boolean).join('.')]
          : [],
      ),
    );
  const stainlessDefs = definitions(theirs);
  const added = [...definitions(ours)].filter((name) => !stainlessDefs.has(name));
  const changed = new Set<string>();
  let moduleLevel = false;
  for (const hunk of editsAsHunks(stainless, edited)) {
    const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
    const start = /^@@ -(\d+)(?:,(\d+))? \+(\d+)/.exec(header ?? '');
    if (start === null) continue;
    let [at, atOurs] = [Number(start[1]) - (start[2] === '0' ? 0 : 1), Number(start[3]) - 1];
    for (const line of body) {
      // A changed line's function: Stainless's for a removed line, the edited file's for an added one.
      const enclosing = line.startsWith('-')
        ? scopeOf(theirs, at)
        : line.startsWith('+')
          ? scopeOf(ours, atOurs)
          : null;
      // (A `def` line changed is in the function it opens.)
      const opens = /^\s*(?:async\s+)?def\s+(\w+)/.exec(line.slice(1))?.[1];
      const scope = enclosing === null ? null : [enclosing, opens].filter(Boolean).join('.');
      if (!line.startsWith('+')) at++;
      if (!line.startsWith('-')) atOurs++;
      if (scope === null || line.slice(1).trim() === '') continue;
      // The outermost function of Stainless's (or of the owners') the line is in; a class body's line names the class.
      const parts = scope.split('.');
      const fn = parts
        .map((_, i) => parts.slice(0, i + 1).join('.'))
        .find((p) => stainlessDefs.has(p) || added.includes(p));
      if (scope === '') moduleLevel = true;
      else if (fn === undefined) changed.add(scope);
      else if (!added.includes(fn)) changed.add(fn);
    }
  }
  return { changed: [...changed], added, moduleLevel };
}

/** The report's words for them: `tests/test_client.py: you changed `A.test_x`, `B.test_x` and its imports`. */
export function describeChangedTests(path: string, tests: ChangedTests): string {
  const names = tests.changed.map((name) => `\`${name}\``);
  const parts = [
    ...(names.length ? [`${names.join(', ')}`] : []),
    ...(tests.moduleLevel ? ['its module-level lines (imports)'] : []),
  ];
  return parts.length ? `${path}: you changed ${parts.join(' and ')}` : path;
}
