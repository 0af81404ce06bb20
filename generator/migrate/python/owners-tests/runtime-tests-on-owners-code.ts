/**
 * sdkgen's tests of its runtime (tests/test_files.py, tests/test_streaming.py…) where the owners' edits are carried
 * into sdkgen's runtime module (their `to_httpx_files` body in `_files.py`): a test that calls a function or method
 * whose code is now theirs tests their code against sdkgen's expectations, and fails where their edit changed what it
 * does (apollo-python's `to_httpx_files` takes out the branch `test_anything_else_is_refused` tests). Such a test is
 * written skipped, its reason naming their edit (theirs to test), and the report lists it; the mark is an edit of
 * sdkgen's file, which regenerations merge as the owners' edits are (docs/guides/custom-code.md).
 *
 * A unit is a public function (or a class's public member) with the private helpers it calls in its module
 * (`to_httpx_files` with `_transform_file`, `post` with `self._build_request`): a test touches the units it names, the
 * members it reads of a class it names (or of the client class's runtime bases), and that class's dunders (what
 * constructing, iterating or entering it calls). A test naming none of the changed units stays.
 *
 * Hook: generator/migrate/python/plan.ts, last, on the files as written.
 */
import type { MigrationPlan } from '../../migration-plan';
import { readModule, statementsAt, namesRead, membersRead, type ModuleLines } from '../source/statements';
import { topLevelImports } from '../source/import-statements';
import { isPythonRuntimeModule } from '../soundness/runtime-hunks';
import { packageDir } from '../../../emit/python/package-root';
import { RUNTIME_TEST_MODULE } from './runtime-tests-in-place';

interface Unit {
  text: string;
  from: number;
  to: number;
}

interface ClassUnits {
  module: string;
  bases: string[];
  members: Map<string, Unit>;
  /** The class body's statements besides its methods (attributes), as one text. */
  other: string;
}

interface ModuleUnits {
  module: ModuleLines;
  /** Top-level functions and assignments by name (an @overload set is one unit). */
  functions: Map<string, Unit>;
  classes: Map<string, ClassUnits>;
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;
const isPrivate = (name: string) => name.startsWith('_') && !/^__\w+__$/.test(name);

function textOf(module: ModuleLines, from: number, to: number): string {
  return module.lines
    .slice(from, to)
    .map((l) => l.trimEnd())
    .join('\n');
}

function unitsOf(path: string, text: string): ModuleUnits {
  const module = readModule(text);
  const functions = new Map<string, Unit>();
  const classes = new Map<string, ClassUnits>();
  const add = (into: Map<string, Unit>, name: string, from: number, to: number) => {
    const was = into.get(name);
    const own = textOf(module, from, to);
    into.set(name, was ? { text: `${was.text}\n${own}`, from: was.from, to } : { text: own, from, to });
  };
  for (const s of statementsAt(module, 0, module.lines.length, 0)) {
    if (s.kind === 'def' || s.kind === 'assign') for (const name of s.binds) add(functions, name, s.start, s.end);
    if (s.kind !== 'class') continue;
    const header = /^class\s+\w+\s*(?:\((.*)\))?\s*:/.exec(
      module.code
        .slice(s.head, s.head + 3)
        .join(' ')
        .trim(),
    );
    const bases = (header?.[1] ?? '').split(',').map((b) => /^\s*([A-Za-z_]\w*)/.exec(b)?.[1] ?? '');
    let body = s.head + 1;
    while (body < s.end && (module.continues[body] || module.code[body].trim() === '')) body++;
    const members = new Map<string, Unit>();
    const other: string[] = [];
    if (body < s.end)
      for (const m of statementsAt(module, body, s.end, indentOf(module.lines[body])))
        if (m.kind === 'def') add(members, m.binds[0], m.start, m.end);
        else other.push(textOf(module, m.start, m.end));
    classes.set(s.binds[0], { module: path, bases: bases.filter(Boolean), members, other: other.join('\n') });
  }
  return { module, functions, classes };
}

/** The units the owners' text changed of sdkgen's (`name`, `Class.member`, `Class.*` for its attributes). */
function changedUnits(sdkgen: ModuleUnits, owners: ModuleUnits): Set<string> {
  const changed = new Set<string>();
  for (const [name, unit] of sdkgen.functions) if (owners.functions.get(name)?.text !== unit.text) changed.add(name);
  for (const [name, cls] of sdkgen.classes) {
    const theirs = owners.classes.get(name);
    if (theirs === undefined || theirs.other !== cls.other) changed.add(`${name}.*`);
    for (const [member, unit] of cls.members)
      if (theirs?.members.get(member)?.text !== unit.text) changed.add(`${name}.${member}`);
  }
  return changed;
}

/** Each changed unit, and each unit reaching one through the private helpers it calls (in sdkgen's text). */
function reachingChanged(units: ModuleUnits, changed: Set<string>, classes: Map<string, ClassUnits>): Set<string> {
  const touched = new Set(changed);
  const owner = (cls: string, member: string): string | null => {
    for (let c: string | undefined = cls, seen = 0; c !== undefined && seen < 20; seen++) {
      const found = classes.get(c);
      if (found === undefined) return null;
      if (found.members.has(member)) return `${c}.${member}`;
      c = found.bases.find((b) => classes.has(b));
    }
    return null;
  };
  for (let grew = true; grew; ) {
    grew = false;
    const mark = (key: string, reads: () => boolean) => {
      if (!touched.has(key) && reads()) {
        touched.add(key);
        grew = true;
      }
    };
    const privateRead = (from: number, to: number) =>
      [...namesRead(units.module, from, to)].some((n) => isPrivate(n) && touched.has(n));
    for (const [name, unit] of units.functions) mark(name, () => privateRead(unit.from, unit.to));
    for (const [cls, c] of units.classes)
      for (const [member, unit] of c.members)
        mark(`${cls}.${member}`, () => {
          if (privateRead(unit.from, unit.to)) return true;
          return [...membersRead(units.module, unit.from, unit.to)].some((m) => {
            const at = (isPrivate(m) || /^__\w+__$/.test(m)) && owner(cls, m);
            return typeof at === 'string' && touched.has(at);
          });
        });
  }
  return touched;
}

/**
 * Attribute names a stretch of a test reads (`client.post` → `post`), and the dunders its code calls on an object:
 * constructing it always, iterating it where it loops or lists, entering it where it has a `with`.
 */
function attributesRead(module: ModuleLines, from: number, to: number): Set<string> {
  const names = new Set<string>(['__init__', '__new__', '__post_init__']);
  const code = module.words.slice(from, to).join('\n');
  if (/\b(?:for|yield\s+from)\s|\b(?:list|tuple|next|anext|sorted)\(/.test(code))
    for (const dunder of ['__iter__', '__next__', '__aiter__', '__anext__', '__stream__']) names.add(dunder);
  if (/\bwith\s/.test(code))
    for (const dunder of ['__enter__', '__exit__', '__aenter__', '__aexit__']) names.add(dunder);
  for (const m of code.matchAll(/\.([A-Za-z_]\w*)/g)) names.add(m[1]);
  return names;
}

export function skipRuntimeTestsOnOwnersCode(
  plan: MigrationPlan,
  rendered: ReadonlyArray<{ path: string; contents: string }>,
  importName: string,
): void {
  const written = new Map(plan.writes.map((f) => [f.path, f]));
  const dir = packageDir(importName);
  const clientPath = `${dir}/_client.py`;
  const classes = new Map<string, ClassUnits>();
  const definedIn = new Map<string, string>();
  // Per runtime module: the units whose code is now the owners'.
  const touchedIn = new Map<string, Set<string>>();
  const sdkgenUnits = new Map<string, ModuleUnits>();
  for (const file of rendered) {
    if (!isPythonRuntimeModule(file.path, importName) && file.path !== clientPath) continue;
    const units = unitsOf(file.path, file.contents);
    sdkgenUnits.set(file.path, units);
    for (const [name, cls] of units.classes) if (!classes.has(name)) classes.set(name, cls);
    for (const name of [...units.functions.keys(), ...units.classes.keys()])
      if (!definedIn.has(name)) definedIn.set(name, file.path);
  }
  for (const [path, units] of sdkgenUnits) {
    const now = written.get(path)?.contents;
    // (The client module is the API's, not the runtime: its classes are read for their runtime bases alone.)
    if (path === clientPath || now === undefined || now === rendered.find((f) => f.path === path)!.contents) continue;
    const changed = changedUnits(units, unitsOf(path, now));
    if (changed.size > 0) touchedIn.set(path, reachingChanged(units, changed, classes));
  }
  if (touchedIn.size === 0) return;
  const touched = (path: string, key: string) => touchedIn.get(path)?.has(key) ?? false;
  const classTouched = (name: string, attributes: Set<string>): string | null => {
    for (let c: string | undefined = name, seen = 0; c !== undefined && seen < 20; seen++) {
      const cls = classes.get(c);
      if (cls === undefined) return null;
      if (touched(cls.module, `${c}.*`)) return `${c}`;
      for (const member of cls.members.keys())
        if (attributes.has(member) && touched(cls.module, `${c}.${member}`)) return `${c}.${member}`;
      c = cls.bases.find((b) => classes.has(b));
    }
    return null;
  };

  for (const file of rendered) {
    const test = written.get(file.path);
    if (!RUNTIME_TEST_MODULE.test(file.path) || test === undefined || test.contents !== file.contents) continue;
    const module = readModule(file.contents);
    // The names the test module imports from the package, by the name it binds.
    const imported = new Map<string, string>();
    for (const statement of topLevelImports(file.contents))
      if (
        statement.module !== null &&
        (statement.module === importName || statement.module.startsWith(`${importName}.`))
      )
        for (const name of statement.names) if (definedIn.has(name.name)) imported.set(name.bound, name.name);
    if (imported.size === 0) continue;
    const top = statementsAt(module, 0, module.lines.length, 0);
    const helpers = new Map(top.filter((s) => s.kind === 'def').map((s) => [s.binds[0], s]));
    const skips: Array<{ line: number; indent: string; name: string; unit: string }> = [];
    const testsOf = top.flatMap((s) => {
      if (s.kind === 'def' && /^test/.test(s.binds[0])) return [{ s, name: s.binds[0], within: [s] }];
      if (s.kind !== 'class' || !/^Test/.test(s.binds[0])) return [];
      let body = s.head + 1;
      while (body < s.end && (module.continues[body] || module.code[body].trim() === '')) body++;
      const members = statementsAt(module, body, s.end, indentOf(module.lines[body] ?? ''));
      const own = members.filter((m) => m.kind !== 'def' || !/^test/.test(m.binds[0]));
      return members
        .filter((m) => m.kind === 'def' && /^test/.test(m.binds[0]))
        .map((m) => ({ s: m, name: `${s.binds[0]}::${m.binds[0]}`, within: [m, ...own] }));
    });
    for (const { s, name, within } of testsOf) {
      // What it reads, with the module's helpers and fixtures it reads (their names: a fixture is a parameter).
      const reads = new Set<string>();
      const attributes = new Set<string>();
      const queue = [...within];
      const seen = new Set(queue);
      while (queue.length > 0) {
        const at = queue.pop()!;
        for (const a of attributesRead(module, at.start, at.end)) attributes.add(a);
        for (const n of namesRead(module, at.start, at.end)) {
          reads.add(n);
          const helper = helpers.get(n);
          if (helper !== undefined && !seen.has(helper)) {
            seen.add(helper);
            queue.push(helper);
          }
        }
      }
      let unit: string | null = null;
      for (const bound of reads) {
        const runtimeName = imported.get(bound);
        if (runtimeName === undefined || unit !== null) continue;
        const path = definedIn.get(runtimeName)!;
        if (touched(path, runtimeName)) unit = `${path.slice(dir.length + 1)}: ${runtimeName}`;
        else if (classes.has(runtimeName)) {
          const hit = classTouched(runtimeName, attributes);
          if (hit !== null) unit = `${classes.get(hit.split('.')[0])!.module.slice(dir.length + 1)}: ${hit}`;
        }
      }
      if (unit === null) continue;
      skips.push({ line: s.head, indent: module.lines[s.head].slice(0, indentOf(module.lines[s.head])), name, unit });
    }
    if (skips.length === 0) continue;
    const lines = [...module.lines];
    for (const skip of [...skips].sort((a, b) => b.line - a.line)) {
      const reason = `your edit of ${skip.unit} (carried into sdkgen's module) is yours to test`;
      lines.splice(skip.line, 0, `${skip.indent}@pytest.mark.skip(reason=${JSON.stringify(reason)})`);
    }
    for (const skip of skips) plan.runtimeTestsOnOwnersCode.push(`${file.path}::${skip.name} (${skip.unit})`);
    let contents = lines.join('\n');
    if (!/^import pytest$/m.test(contents)) contents = withPytestImport(contents);
    // (A new entry: the written file may be the rendered one, sdkgen's text that the manifest and regenerations merge against.)
    plan.writes = plan.writes.map((f) => (f === test ? { ...f, contents } : f));
  }
}

/** `import pytest` among the module's first imports. */
function withPytestImport(text: string): string {
  const imports = topLevelImports(text);
  const after = imports.find((i) => i.kind === 'from' && i.module !== '__future__') ?? imports.at(-1);
  if (after === undefined) return `import pytest\n${text}`;
  const lines = text.split('\n');
  lines.splice(after.start, 0, 'import pytest', '');
  return lines.join('\n');
}
