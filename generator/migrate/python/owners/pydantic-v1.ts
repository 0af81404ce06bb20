/**
 * Hand edits of Stainless's Python modules that change only what runs under pydantic 1, where sdkgen's package
 * requires pydantic 2: Stainless's SDKs support both and branch on `PYDANTIC_V1` (knock-mgmt's owners rewrote the
 * `update_forward_refs()` calls of that branch in types/__init__.py). sdkgen's pyproject.toml never installs pydantic
 * 1, and where its module has such a branch at all (the forms of an era that had one), its `_compat.PYDANTIC_V1` is
 * the constant `False`: the branch never runs. Such an edit has nothing to do in sdkgen's package: it is reported,
 * with the reason and the hunk, not carried and not left for a person.
 */
import type { MigrationInputs, MigrationPlan } from '../../migration-plan';
import { readModule, type ModuleLines } from '../source/module-lines';
import { readTestHeader, valueUnderPydantic2 } from './pydantic-test-value';

/**
 * A branch taken only under pydantic 1, on a line of its own: `if PYDANTIC_V1:`, `if _compat.PYDANTIC_V1:`, and the
 * older eras' `if not PYDANTIC_V2:` (a hunk taking one out whole: keepsV2Alone).
 */
const V1_BRANCH = /^(\s*)(?:el)?if\s+(?:(?:[\w.]*\.)?_?PYDANTIC_V1|not\s+(?:[\w.]*\.)?_?PYDANTIC_V2)\s*:\s*(#.*)?$/;

export interface NotApplicable {
  path: string;
  reason: string;
  hunks: string[];
}

/**
 * The lowest pydantic major version sdkgen's pyproject.toml allows (`pydantic>=2.0, <3` → 2), or null when it names
 * none.
 */
export function lowestPydanticMajor(pyproject: string | undefined): number | null {
  const spec = /["']pydantic\s*([^"'\]]*)["']/.exec(pyproject ?? '')?.[1];
  const lower = spec === undefined ? undefined : /(?:>=|==|~=|>)\s*(\d+)/.exec(spec)?.[1];
  return lower === undefined ? null : Number(lower);
}

/**
 * Of the rejected hunks of one module (unified-diff hunks against Stainless's text `base`), those whose every changed
 * line is inside a pydantic-1 branch of the module: [inBranch, others].
 */
export function splitPydanticV1Hunks(base: string, hunks: string[]): [string[], string[]] {
  const lines = base.split('\n');
  const module = readModule(base);
  const branches: Array<{ start: number; end: number; indent: number }> = [];
  const bodyEnd = (i: number, indent: number) => {
    let end = i + 1;
    while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) > indent)) end++;
    return end;
  };
  lines.forEach((_line, i) => {
    // (A test's value under pydantic 2, read as an expression: pydantic-test-value.ts.)
    const header = readTestHeader(module, i);
    const value = header === null ? null : valueUnderPydantic2(header.test);
    if (header === null || value === null) return;
    const { indent, last } = header;
    // A test pydantic 2 fails (`if PYDANTIC_V1:`, `elif PYDANTIC_V1 and x:`): its body runs under pydantic 1 alone.
    if (!value) {
      branches.push({ start: last + 1, end: bodyEnd(last, indent), indent });
      return;
    }
    if (header.elif) return;
    // (The `elif` and `else` clauses after a test pydantic 2 passes run under pydantic 1 alone.)
    let clauses = 0;
    for (let at = bodyEnd(last, indent); at < lines.length && indentOf(lines[at]) === indent; ) {
      const elif = readTestHeader(module, at);
      const clause = /^\s*else\s*:\s*(#.*)?$/.test(lines[at]) ? at : elif?.elif ? elif.last : -1;
      if (clause < 0) break;
      branches.push({ start: clause + 1, end: bodyEnd(clause, indent), indent });
      clauses++;
      at = bodyEnd(clause, indent);
    }
    // (With none, where its body returns, the statements after it in its block run under pydantic 1 alone.)
    const after = bodyEnd(last, indent);
    if (clauses === 0 && indent > 0 && endsInReturn(module, last + 1, after))
      branches.push({ start: after, end: bodyEnd(after - 1, indent - 1), indent: indent - 1 });
  });
  if (branches.length === 0) return [[], hunks];
  const inBranch: string[] = [];
  const others: string[] = [];
  for (const hunk of hunks) (changesWithin(hunk, branches) || keepsV2Alone(hunk) ? inBranch : others).push(hunk);
  return [inBranch, others];
}

/** Whether the last statement of the lines `start`–`end` (a body) begins with `return` or `raise`. */
function endsInReturn(module: ModuleLines, start: number, end: number): boolean {
  for (let i = end - 1; i >= start; i--) {
    if (module.code[i].trim() === '' || module.continues[i]) continue;
    return /^\s*(?:return|raise)\b/.test(module.code[i]);
  }
  return false;
}

/**
 * Whether the hunk takes out a pydantic-1 branch whole and keeps what runs under pydantic 2, as it ran: `if
 * PYDANTIC_V1: … else: <body>` becomes `<body>` one level out (apollo's `FinalRequestOptions.model_config`). Under
 * pydantic 2 the module runs the same lines before and after.
 */
function keepsV2Alone(hunk: string): boolean {
  const body = hunk.replace(/\n$/, '').split('\n').slice(1);
  const code = (sign: string) =>
    body.filter((line) => line.startsWith(sign) && line.slice(1).trim() !== '').map((line) => line.slice(1));
  // (A comment above the branch, `# v1 re-exports`, goes with it.)
  const [removed, added] = [dropWhile(code('-'), (line) => line.trimStart().startsWith('#')), code('+')];
  const opening = removed.length > 0 ? V1_BRANCH.exec(removed[0]) : null;
  const changed = body.flatMap((line, i) => (/^[-+]/.test(line) ? [i] : []));
  const between = body.slice(changed[0], changed[changed.length - 1] + 1);
  // One run of changes: no line of Stainless's kept between them.
  if (opening === null || between.some((line) => !/^[-+]/.test(line) && line.trim() !== '')) return false;
  const indent = opening[1].length;
  const orElse = removed.findIndex(
    (line, i) => i > 0 && indentOf(line) === indent && /^\s*else\s*:\s*(#.*)?$/.test(line),
  );
  const v2 = orElse < 0 ? [] : removed.slice(orElse + 1);
  // The branch's lines, then its else's, each deeper than the `if`; nothing else taken out.
  if (removed.slice(1).some((line, i) => i + 1 !== orElse && indentOf(line) <= indent)) return false;
  if (v2.length !== added.length) return false;
  const step = v2.length === 0 ? 0 : indentOf(v2[0]) - indent;
  return v2.every((line, i) => indentOf(line) - step >= indent && line.slice(step) === added[i]);
}

/** Whether every line the hunk removes or adds is in one of the branches' bodies (0-based line ranges of the base). */
function changesWithin(hunk: string, branches: Array<{ start: number; end: number; indent: number }>): boolean {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)/.exec(header);
  if (!start) return false;
  let at = Number(start[1]) - 1;
  let changed = false;
  for (const line of body) {
    const inside = (position: number) => branches.find((b) => position >= b.start && position <= b.end);
    if (line.startsWith('-')) {
      const branch = inside(at);
      if (!branch || at >= branch.end) return false;
      changed = true;
      at++;
    } else if (line.startsWith('+')) {
      // An added line goes before base line `at`: inside a body, indented as its statements are.
      const branch = inside(at);
      const text = line.slice(1);
      if (!branch || (text.trim() !== '' && indentOf(text) <= branch.indent)) return false;
      changed = true;
    } else at++;
  }
  return changed;
}

function dropWhile(lines: string[], test: (line: string) => boolean): string[] {
  const first = lines.findIndex((line) => !test(line));
  return first < 0 ? [] : lines.slice(first);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * Edits that change only what Stainless's modules run under pydantic 1, where sdkgen's package requires pydantic 2:
 * moved from `plan.rejected` to `plan.notApplicable`, with the hunks. A module of sdkgen's with a pydantic-1 branch
 * of its own keeps them rejected, unless the package's `_compat.py` binds `PYDANTIC_V1 = False` (the branch is dead).
 */
export function setAsideForPydanticV1(
  plan: Pick<MigrationPlan, 'rejected' | 'notApplicable'>,
  rendered: MigrationInputs['rendered'],
  stainlessText: (path: string) => string | undefined,
): void {
  const pyproject = rendered.find((f) => f.path === 'pyproject.toml')?.contents;
  const major = lowestPydanticMajor(pyproject);
  if (major === null || major < 2) return;
  const written = new Map(rendered.map((f) => [f.path, f.contents]));
  plan.rejected = plan.rejected.flatMap(({ path, hunks }) => {
    const text = stainlessText(path);
    const ours = written.get(path);
    if (!path.endsWith('.py') || ours === undefined || text === undefined) return [{ path, hunks }];
    const branch = /\bPYDANTIC_V[12]\b/.test(ours);
    if (branch && !v1NeverRuns(path, written)) return [{ path, hunks }];
    const [v1, others] = splitPydanticV1Hunks(text, hunks);
    if (v1.length > 0)
      plan.notApplicable.push({
        path,
        reason: branch
          ? `changes only what runs under pydantic 1; sdkgen's package requires pydantic ${major} (pyproject.toml), and its module's pydantic-1 branch never runs (_compat.PYDANTIC_V1 is False)`
          : `changes only what runs under pydantic 1; sdkgen's package requires pydantic ${major} (pyproject.toml), and its module has no such branch`,
        hunks: v1,
      });
    return others.length > 0 ? [{ path, hunks: others }] : [];
  });
}

/**
 * Whether the `_compat.py` of the package holding `path` (the nearest one up its folders, as `from .. import
 * _compat` finds it) binds `PYDANTIC_V1` to the constant `False` and nothing else (and `PYDANTIC_V2`, where it has
 * it, to `True`).
 */
function v1NeverRuns(path: string, written: Map<string, string>): boolean {
  const parts = path.split('/').slice(0, -1);
  for (let n = parts.length; n > 0; n--) {
    const compat = written.get([...parts.slice(0, n), '_compat.py'].join('/'));
    if (compat === undefined) continue;
    const bound = (name: string, value: string) => {
      const values = [...compat.matchAll(new RegExp(String.raw`^\s*${name}\s*(?::[^=]*)?=(.*)$`, 'gm'))];
      return values.map((m) => new RegExp(String.raw`^${value}\b\s*(#.*)?$`).test(m[1].trim()));
    };
    const constants = [...bound('PYDANTIC_V1', 'False'), ...bound('PYDANTIC_V2', 'True')];
    return constants.length > 0 && constants.every(Boolean);
  }
  return false;
}

const V1_TEST = /^(\s*)if\s+(not\s+)?(?:[\w.]*\.)?_?PYDANTIC_V1\s*:\s*(#.*)?$/;
const ELSE = /^\s*else\s*:\s*(#.*)?$/;

/**
 * Stainless's module as it runs under pydantic 2: each `if PYDANTIC_V1:` statement replaced by its `else:` body one
 * level out (or nothing), each `if not PYDANTIC_V1:` by its own body. An `elif` chain, or a branch on anything more,
 * stays as it is. Where the owners took pydantic 1's support out of a module of Stainless's (apollo's `_models.py`),
 * their edits are those against this text: the branches they took out are no edit of theirs under pydantic 2.
 */
export function asUnderPydantic2(text: string): string {
  const lines = withV1ExpressionsFolded(text).split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const test = V1_TEST.exec(lines[i]);
    if (test === null) {
      out.push(lines[i++]);
      continue;
    }
    const indent = test[1].length;
    const bodyEnd = (from: number) => {
      let end = from;
      while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) > indent)) end++;
      // Blank lines after the body belong to what follows.
      while (end > from && lines[end - 1].trim() === '') end--;
      return end;
    };
    const ifEnd = bodyEnd(i + 1);
    const hasElse = ifEnd < lines.length && indentOf(lines[ifEnd]) === indent && ELSE.test(lines[ifEnd]);
    if (!hasElse && ifEnd < lines.length && /^\s*elif\b/.test(lines[ifEnd]) && indentOf(lines[ifEnd]) === indent) {
      out.push(lines[i++]);
      continue;
    }
    const elseEnd = hasElse ? bodyEnd(ifEnd + 1) : ifEnd;
    const kept = test[2] ? lines.slice(i + 1, ifEnd) : hasElse ? lines.slice(ifEnd + 1, elseEnd) : [];
    const step = kept.find((line) => line.trim() !== '');
    const by = step === undefined ? 0 : indentOf(step) - indent;
    out.push(...kept.map((line) => (line.trim() === '' ? line : line.slice(by))));
    i = elseEnd;
    // After `if not PYDANTIC_V1:` ending in `return`/`raise`, the rest of its block runs only under pydantic 1.
    const last = [...kept]
      .reverse()
      .find((line) => line.trim() !== '' && indentOf(line) === indent + by && !/^\s*[)\]}]/.test(line));
    if (test[2] && !hasElse && last !== undefined && /^\s*(return|raise)\b/.test(last) && indent > 0) {
      let end = i;
      while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) >= indent)) end++;
      while (end > i && lines[end - 1].trim() === '') end--;
      i = end;
    }
  }
  const resolved = out.join('\n');
  // A branch inside one taken out comes out on the next pass.
  return resolved !== text && /^\s*if\s+(not\s+)?(?:[\w.]*\.)?_?PYDANTIC_V1\s*:/m.test(resolved)
    ? asUnderPydantic2(resolved)
    : resolved;
}

const V1 = String.raw`(?:[\w.]*\.)?_?PYDANTIC_V1\b`;
/** An operand of a one-line conditional expression: a name or call, a literal, or a bracketed group on one line. */
const OPERAND = String.raw`(?:[\w.]+(?:\([^()\n]*\))?|"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)|\[[^[\]\n]*\]|\{[^{}\n]*\})`;

/** What may follow an operand that ends the expression: the end of a bracket, an argument, a line, a comment. */
const OPERAND_ENDS = String.raw`(?=\s*(?:[,)\]}:#]|$))`;

/** A test of the older eras' switch, `PYDANTIC_V2` (`if`, `and`, `or`, a `skipif(` decorator), with its `not`. */
const V2_TEST = new RegExp(
  String.raw`(\bif\s+|\band\s+|\bor\s+|\bskipif\(\s*)(not\s+)?((?:[\w.]*\.)?_?)PYDANTIC_V2\b`,
  'g',
);

/**
 * `PYDANTIC_V1` in an expression, as it is under pydantic 2 (`False`): `(not PYDANTIC_V1) and x` is `x`, `a if
 * PYDANTIC_V1 else b` is `b` and `a if not PYDANTIC_V1 else b` is `a` (on one line, or laid out over lines as Ruff
 * does: `a` ending on the line before `if PYDANTIC_V1`, `else b` on the line after), and `if (not PYDANTIC_V1) or
 * …:` or `if … or not PYDANTIC_V1:` always runs its body (read as `if not PYDANTIC_V1:`). The older eras' tests of
 * `PYDANTIC_V2` are read as the tests of `not PYDANTIC_V1` they are first.
 */
function withV1ExpressionsFolded(text: string): string {
  const folded = text
    .replace(V2_TEST, (_all, before: string, not: string | undefined, owner: string) =>
      not ? `${before}${owner}PYDANTIC_V1` : `${before}not ${owner}PYDANTIC_V1`,
    )
    .replace(new RegExp(String.raw`\(\s*not\s+${V1}\s*\)\s+and\s+|\bnot\s+${V1}\s+and\s+`, 'g'), '')
    .replace(
      new RegExp(String.raw`^(\s*)if\s+(?:\(\s*not\s+${V1}\s*\)|not\s+${V1})\s+or\b[^\n]*:\s*(#.*)?$`, 'gm'),
      '$1if not PYDANTIC_V1:',
    )
    // (An `or` of terms none of which has an `and`: the whole is true once one term is.)
    .replace(
      new RegExp(
        String.raw`^(\s*)if\s+(?![^\n]*\band\b)[^\n]*\bor\s+(?:\(\s*not\s+${V1}\s*\)|not\s+${V1})\s*:\s*(#.*)?$`,
        'gm',
      ),
      '$1if not PYDANTIC_V1:',
    )
    .replace(new RegExp(String.raw`${OPERAND}\s+if\s+${V1}\s+else\s+`, 'g'), '')
    .replace(new RegExp(String.raw`(${OPERAND})\s+if\s+not\s+${V1}\s+else\s+${OPERAND}${OPERAND_ENDS}`, 'gm'), '$1');
  const lines = folded.split('\n');
  for (let i = lines.length - 2; i > 0; i--) {
    const test = new RegExp(String.raw`^\s*if\s+(not\s+)?${V1}\s*$`).exec(lines[i]);
    if (test === null) continue;
    const orElse = /^\s*else\s+(.*)$/.exec(lines[i + 1]);
    if (orElse === null) continue;
    if (test[1] !== undefined) {
      // `a` stays as it is, and what follows the `else` operand on its line (`,`, `)`) comes after it.
      const rest = new RegExp(String.raw`^${OPERAND}${OPERAND_ENDS}(.*)$`).exec(orElse[1]);
      if (rest === null) continue;
      lines.splice(i - 1, 3, `${lines[i - 1]}${rest[1]}`);
      i--;
      continue;
    }
    // The first operand: back to the line whose bracket opens it (or the line before `if`, when it is one line).
    let depth = 0;
    let start = i - 1;
    for (; start >= 0; start--) {
      depth += bracketBalance(lines[start]);
      if (depth >= 0) break;
    }
    if (start < 0) continue;
    const opening = lines[start];
    // (Where the operand starts on that line: the bracket its closing lines close; else after a `key=`.)
    let head = /^\s*(?:\w+\s*=\s*)?/.exec(opening)![0];
    if (start < i - 1) {
      const needed = bracketBalance(opening) - depth;
      let balance = 0;
      let at = opening.length;
      while (at > 0 && balance < needed) {
        at--;
        if ('([{'.includes(opening[at])) balance++;
        else if (')]}'.includes(opening[at])) balance--;
      }
      if (balance !== needed) continue;
      head = opening.slice(0, at);
    }
    lines.splice(start, i + 2 - start, `${head}${orElse[1]}`);
    i = start;
  }
  return lines.join('\n');
}

/** Opening brackets minus closing ones on a line (strings and comments left out). */
function bracketBalance(line: string): number {
  let balance = 0;
  for (const char of line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|#.*$/g, ''))
    if ('([{'.includes(char)) balance++;
    else if (')]}'.includes(char)) balance--;
  return balance;
}
