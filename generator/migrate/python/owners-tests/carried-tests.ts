/**
 * The owners' tests in one of Stainless's tests of its runtime (tests/test_client.py), which goes with that runtime:
 * the test functions they changed (stagehand's `TestStagehand.test_validate_headers`, which checks that their client
 * builds without keys) and the functions they added are theirs, and stay at the same path as a test module of theirs:
 *
 * - each such function whole, in its class (with the class's own lines: decorators, attributes), in the order it had;
 * - what they read of the module, transitively: its functions, classes and constants (`base_url`), the class's
 *   members they call (`self._helper`), and module-wide fixtures and marks (autouse fixtures, `pytestmark`);
 * - of the module's imports (the owners' version of them), the names that code reads, and no others.
 *
 * Stainless's own test functions (those the owners left as Stainless wrote them) go with the runtime they test. A name
 * imported from the package (or from a module beside the test) that the package as migrated does not have is a
 * conflict: nothing is written, and the functions and the names are reported, with the owners' hunks.
 */
import type { ChangedTests } from './changed-tests';
import { bindsOf, resolveImport } from '../source/import-resolution';
import { importStatementOf } from '../source/import-statements';
import {
  membersRead,
  namesRead,
  readModule,
  statementsAt,
  type ModuleLines,
  type Statement,
} from '../source/statements';

/** Ruff's line length in Stainless's and sdkgen's pyproject.toml. */
const LINE_LENGTH = 120;
const STAINLESS_BANNER = /generated from our OpenAPI spec by Stainless/i;

export type OwnersTests =
  | { kind: 'carried'; text: string; functions: string[]; modules: string[] }
  | { kind: 'conflict'; functions: string[]; unresolved: string[] };

interface ClassBody {
  statement: Statement;
  /** The first line of its body. */
  body: number;
  members: Statement[];
}

/**
 * The module of the owners' tests (`path`: the test file's; `edited`: its text at the owners' ref), or null where they
 * changed no test function and added none (an import or a helper alone: nothing of theirs to run).
 * `moduleText(path)` gives the text a module of the migrated repository has (null: it has none).
 */
export function ownersTests(
  path: string,
  edited: string,
  tests: ChangedTests,
  importName: string,
  moduleText: (path: string) => string | null,
): OwnersTests | null {
  const module = readModule(edited);
  const top = statementsAt(module, 0, module.lines.length, 0);
  const classes = new Map<Statement, ClassBody>();
  for (const statement of top.filter((s) => s.kind === 'class')) classes.set(statement, classBody(module, statement));

  // The functions that are the owners': added, or a test of Stainless's they changed.
  const wanted = [...tests.added, ...tests.changed.filter((name) => /^test/.test(name.split('.').pop() ?? ''))];
  const keptTop = new Set<Statement>();
  const keptMembers = new Map<Statement, Set<Statement>>();
  const functions: string[] = [];
  const keepMember = (cls: ClassBody, member: Statement) => {
    const members = keptMembers.get(cls.statement) ?? new Set<Statement>();
    keptMembers.set(cls.statement, members);
    if (members.has(member)) return false;
    members.add(member);
    return true;
  };
  for (const name of wanted) {
    const [first, second] = name.split('.');
    const statement = top.find((s) => s.binds[0] === first && (s.kind === 'def' || s.kind === 'class'));
    if (statement === undefined) continue;
    if (statement.kind === 'def' || second === undefined) {
      if (statement.kind === 'def' && !keptTop.has(statement)) functions.push(first);
      keptTop.add(statement);
      continue;
    }
    const cls = classes.get(statement)!;
    const member = cls.members.find((m) => m.kind === 'def' && m.binds[0] === second);
    if (member !== undefined && keepMember(cls, member)) functions.push(`${first}.${second}`);
  }
  if (functions.length === 0) return null;

  // A module-wide fixture (autouse) or mark applies to every test of the module: it stays with them.
  for (const statement of top)
    if (
      (statement.kind === 'def' &&
        statement.decorators.some((d) => /\bfixture\b[\s\S]*\bautouse\s*=\s*True/.test(d))) ||
      (statement.kind === 'assign' && statement.binds.includes('pytestmark'))
    )
      keptTop.add(statement);

  // What the kept code reads, to a fixed point: members of a kept class, then the module's statements.
  const boundAt = new Map<string, Statement>();
  for (const statement of top)
    if (statement.kind !== 'import' && statement.kind !== 'future')
      for (const name of bindsOf(module, statement)) if (!boundAt.has(name)) boundAt.set(name, statement);
  const read = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    const ranges: Array<[number, number]> = [];
    for (const statement of keptTop) ranges.push([statement.start, statement.end]);
    for (const [statement, members] of keptMembers) {
      const cls = classes.get(statement)!;
      ranges.push([statement.start, cls.body]);
      for (const member of cls.members)
        if (member.kind !== 'def' || members.has(member)) ranges.push([member.start, member.end]);
      // The class's members its kept code calls (`self._helper()`), or takes as fixtures.
      const called = new Set<string>();
      for (const member of members) {
        for (const name of membersRead(module, member.start, member.end)) called.add(name);
        for (const name of namesRead(module, member.head, member.end)) called.add(name);
      }
      for (const member of cls.members)
        if (member.kind === 'def' && called.has(member.binds[0]) && isCalled(member, module, members))
          grew = keepMember(cls, member) || grew;
    }
    for (const [from, to] of ranges) for (const name of namesRead(module, from, to)) read.add(name);
    for (const name of read) {
      const statement = boundAt.get(name);
      if (statement === undefined || keptTop.has(statement)) continue;
      if (statement.kind === 'class' && keptMembers.has(statement)) continue;
      keptTop.add(statement);
      grew = true;
    }
  }

  // The imports: the names read, each checked against the migrated package where it is the package's.
  const unresolved: string[] = [];
  const modules = new Set<string>();
  const imports = new Map<Statement, string[]>();
  for (const statement of top.filter((s) => s.kind === 'import')) {
    const used = statement.binds.filter((name) => read.has(name));
    if (used.length === 0) continue;
    imports.set(statement, used);
    const source = module.code.slice(statement.head, statement.end).join(' ').trim();
    for (const name of used) {
      const found = resolveImport(path, source, name, importName, moduleText);
      if ('missing' in found) unresolved.push(found.missing);
      else if (found.resolved !== null) modules.add(found.resolved);
    }
  }
  if (unresolved.length > 0) return { kind: 'conflict', functions, unresolved };

  const out: string[] = [];
  const emit = (lines: string[], blanksAbove: number) => {
    if (out.length > 0) out.push(...Array<string>(blanksAbove).fill(''));
    out.push(...lines);
  };
  // The module's leading comments and docstring, but for Stainless's banner.
  const first = top[0]?.start ?? module.lines.length;
  const leading = module.lines.slice(0, first).filter((line) => !STAINLESS_BANNER.test(line));
  while (leading.length > 0 && leading[0].trim() === '') leading.shift();
  while (leading.length > 0 && leading[leading.length - 1].trim() === '') leading.pop();
  if (leading.length > 0) emit(leading, 0);
  // Between two statements kept, the widest gap of those they had between them (two lines above a class).
  let gap = 0;
  for (const statement of top) {
    gap = Math.max(gap, blanksAbove(module.lines, statement.start));
    const blanks = gap;
    const before = out.length;
    if (statement.kind === 'future') emit(module.lines.slice(statement.start, statement.end), blanks);
    else if (imports.has(statement)) emit(importLines(module, statement, imports.get(statement)!), blanks);
    else if (keptMembers.has(statement)) {
      const cls = classes.get(statement)!;
      emit(module.lines.slice(statement.start, cls.body), blanks);
      const members = keptMembers.get(statement)!;
      let firstMember = true;
      for (const member of cls.members) {
        if (member.kind === 'def' && !members.has(member)) continue;
        const lines = module.lines.slice(member.start, member.end);
        if (firstMember) out.push(...lines);
        else emit(lines, Math.max(1, blanksAbove(module.lines, member.start)));
        firstMember = false;
      }
    } else if (keptTop.has(statement)) emit(module.lines.slice(statement.start, statement.end), blanks);
    if (out.length > before) gap = 0;
  }
  return { kind: 'carried', text: out.join('\n') + '\n', functions, modules: [...modules].sort() };
}

function classBody(module: ModuleLines, statement: Statement): ClassBody {
  let body = statement.head + 1;
  while (body < statement.end && module.continues[body]) body++;
  let first = body;
  while (first < statement.end && module.code[first].trim() === '') first++;
  const indent = /^[ \t]*/.exec(module.lines[first] ?? '')![0].length;
  return { statement, body, members: statementsAt(module, body, statement.end, indent) };
}

/** A member the kept code reads by name: called on `self`/`cls`, or a fixture taken as a parameter. */
function isCalled(member: Statement, module: ModuleLines, kept: Set<Statement>): boolean {
  const name = member.binds[0];
  if ([...kept].some((k) => membersRead(module, k.start, k.end).has(name))) return true;
  return member.decorators.some((d) => /\bfixture\b/.test(d));
}

function blanksAbove(lines: string[], at: number): number {
  let n = 0;
  while (at - 1 - n >= 0 && lines[at - 1 - n].trim() === '') n++;
  return n;
}

/** The import statement with only the names used: as it was when it keeps them all. */
function importLines(module: ModuleLines, statement: Statement, used: string[]): string[] {
  if (used.length === statement.binds.length) return module.lines.slice(statement.start, statement.end);
  const read = importStatementOf(module.lines.slice(statement.head, statement.end).join('\n'));
  if (read === null) return module.lines.slice(statement.start, statement.end);
  const parts = read.names.filter((n) => used.includes(n.bound)).map((n) => n.text);
  if (read.module === null) return [`import ${parts.join(', ')}`];
  const one = `from ${read.module} import ${parts.join(', ')}`;
  return one.length <= LINE_LENGTH ? [one] : [`from ${read.module} import (`, ...parts.map((p) => `    ${p},`), ')'];
}
