/**
 * Check 4's depth of an owners' Python line (bench/migrate-trials/lib/python-depth.mjs) reads a clause's body by its
 * clause: the first statement of an `else:`/`except:`/`finally:` body stands to the statement the clause belongs to
 * (its `if`, its `try`), not to the last statement of the body before the clause, which sdkgen may nest otherwise
 * (in a `with`) while the owners' line stands where they put it.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { linesAtAnotherDepth } from '../bench/migrate-trials/lib/python-depth.mjs';

const text = (...lines: string[]) => [...lines, ''].join('\n');

/** `def f(a):` with a `head:` block of one `body` statement (in a `with` when `nested`, as sdkgen may write it), then
 * a `clause:` whose body is the owners' `line` (line 5 of the reference). */
const clauseFunction = (head: string, body: string, clause: string, line: string, nested: boolean) =>
  text(
    'def f(a):',
    `    ${head}:`,
    ...(nested ? ['        with span():', `            ${body}`] : [`        ${body}`]),
    `    ${clause}:`,
    `        ${line}`,
  );

describe("check 4's depth of an owners' line in a clause's body", () => {
  it("reads the first line of an `else:` body by its `if`, not by the `if` body's last statement", () => {
    const ref = clauseFunction('if a', 'return 1', 'else', 'log("no")', false);
    // sdkgen's `if` body runs in a `with`: its `return 1` one block deeper; the owners' line is in the `else:` body.
    const migrated = clauseFunction('if a', 'return 1', 'else', 'log("no")', true);
    expect([...linesAtAnotherDepth(ref, migrated, [5])]).toEqual([]);
    // (After the `if` statement, not in its `else:`, it is at another depth: the statement below it tells.)
    const below = text('def f(a):', '    if a:', '        return 1', '    else:', '        log("no")', '    return 2');
    const after = text('def f(a):', '    if a:', '        return 1', '    log("no")', '    return 2');
    expect([...linesAtAnotherDepth(below, after, [5])]).toEqual([5]);
  });

  it('reads the first line of an `except:` body by its `try`', () => {
    const ref = clauseFunction('try', 'run()', 'except Exception', 'log("failed")', false);
    const migrated = clauseFunction('try', 'run()', 'except Exception', 'log("failed")', true);
    expect([...linesAtAnotherDepth(ref, migrated, [5])]).toEqual([]);
  });
});
