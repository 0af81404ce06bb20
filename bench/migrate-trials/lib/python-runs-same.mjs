// Check 4 of a Python trial: owners' hunks of Stainless's lines that the migrated module does not have, whose edit
// changes nothing the migrated package runs, read from git and the migrated file alone (migrate's report must list
// the file as not applying too; the caller checks that):
//
// - types alone: every line pairs with one it replaces, each a whole statement (or a `def`'s one-line header) that
//   Python's own parser reads, which differs from it as code but is the same once `cast(T, x)` is read as `x` and a
//   `def`'s annotations are left out (apollo's `data = cast(object, decoded)`); read by Python's `ast`, not by
//   migrate's own reading of the lines (generator/migrate/python/already-done/typing-only.ts), so that the harness checks it;
// - a name replaced by the literal Stainless's module (the base) binds it to in its pydantic-2 branch
//   (`allow_none=allow_none` → `allow_none=False`);
// - pydantic 1's support taken out: the lines taken out name pydantic 1's switch or API, those added none, and the
//   migrated file names none of it (the package requires pydantic 2; checked by the caller);
// - a private top-level binding (`_X = …`) the migrated module neither binds nor reads (xquik's `_LITERAL_TYPES`),
//   and no other module of the migrated repository imports from it or reads as its attribute (as migrate asks,
//   private-bindings.ts; read here by Python's `ast` over the repository's files).

import { spawnSync } from 'node:child_process';
import { pythonExecutable, runPython } from './python-exec.mjs';

/**
 * Python (stdin: a JSON list of `[before, after]` lines; stdout: a JSON list of booleans): whether each pair is the
 * same code once casts and a function's annotations are left out, and not the same code as it stands. A line that is
 * not one whole statement (a `def` header given its body) is not read: false.
 */
const TYPES_ALONE = `
import ast, json, sys

class Untyped(ast.NodeTransformer):
    def visit_Call(self, node):
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        if name == "cast" and len(node.args) == 2 and not node.keywords:
            return self.visit(node.args[1])
        return self.generic_visit(node)

    def untyped(self, node):
        node.returns = None
        a = node.args
        for arg in a.posonlyargs + a.args + a.kwonlyargs + [a.vararg, a.kwarg]:
            if arg is not None:
                arg.annotation = None
        return self.generic_visit(node)

    visit_FunctionDef = visit_AsyncFunctionDef = untyped

def statement(line):
    for text in (line, line + " pass"):
        try:
            body = ast.parse(text).body
        except SyntaxError:
            continue
        if len(body) == 1:
            return body[0]
    return None

def code(node):
    return ast.unparse(node)

answers = []
for before, after in json.load(sys.stdin):
    b, a = statement(before.strip()), statement(after.strip())
    if b is None or a is None or code(b) == code(a):
        answers.append(False)
        continue
    answers.append(code(Untyped().visit(b)) == code(Untyped().visit(a)))
print(json.dumps(answers))
`;

/** Whether every line of `removed` pairs with the one of `added` at its place as a change of types alone. */
function typesAlone(removed, added) {
  if (removed.some((l, i) => l === added[i])) return false;
  const pairs = removed.map((l, i) => [l, added[i]]);
  return JSON.parse(runPython(TYPES_ALONE, JSON.stringify(pairs), 'the lines')).every(Boolean);
}

/**
 * Python (stdin: a JSON list of lines): the one private name (`_X`) every line binds as one whole top-level assignment
 * statement (`_X = …`, `_X: T = …`), else null.
 */
const PRIVATE_BINDING = `
import ast, json, sys

def bound(line):
    if line[:1].isspace():
        return None
    try:
        body = ast.parse(line).body
    except SyntaxError:
        return None
    if len(body) != 1:
        return None
    node = body[0]
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) and node.value is not None else []
    if len(targets) != 1 or not isinstance(targets[0], ast.Name) or not targets[0].id.startswith("_"):
        return None
    return targets[0].id

names = {bound(line) for line in json.load(sys.stdin)}
print(json.dumps(names.pop() if len(names) == 1 else None))
`;

/**
 * Whether every line of the hunk (`removed` and `added`, indentation kept) binds one private name at the top level of
 * the module, which the migrated module (`now`) never names: only Stainless's own functions of that module read it
 * (xquik's `_LITERAL_TYPES` of `_utils/_compat.py`), and nothing can import it from the migrated module.
 */
function privateBindingUnread(removed, added, now, importedElsewhere) {
  const lines = [...removed, ...added].map((l) => l.replace(/\n$/, '')).filter((l) => l.trim() !== '');
  if (!removed.some((l) => l.trim() !== '') || !added.some((l) => l.trim() !== '')) return false;
  const name = JSON.parse(runPython(PRIVATE_BINDING, JSON.stringify(lines), 'the lines'));
  return name !== null && !new RegExp(`(?<![\\w.])${name}\\b`).test(now) && !importedElsewhere(name);
}

/**
 * Python (stdin: JSON `[root, file, name]`; stdout: JSON, the first importer's path or null): the first Python file of
 * the repository at `root` other than `file` that imports `name` from the module at `file`, or imports that module and
 * reads `name` as its attribute. A module's dotted name is its path under `src/` (or the root).
 */
const PRIVATE_IMPORTER = `
import ast, json, os, sys

root, target, name = json.load(sys.stdin)

def dotted(path):
    parts = path[:-3].split("/")
    if parts[0] == "src":
        parts = parts[1:]
    return parts[:-1] if parts[-1] == "__init__" else parts

goal = dotted(target)

def importer():
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__")]
        for f in files:
            rel = os.path.relpath(os.path.join(folder, f), root).replace(os.sep, "/")
            if not f.endswith(".py") or rel == target:
                continue
            text = open(os.path.join(folder, f), encoding="utf-8", errors="replace").read()
            if name not in text:
                continue
            try:
                tree = ast.parse(text)
            except SyntaxError:
                continue
            here = dotted(rel)
            package = here if rel.endswith("__init__.py") else here[:-1]
            aliases = set()
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom):
                    base = (package[: len(package) - (node.level - 1)] if node.level else []) + (node.module.split(".") if node.module else [])
                    for alias in node.names:
                        if base == goal and alias.name == name:
                            return rel
                        if base + [alias.name] == goal:
                            aliases.add(alias.asname or alias.name)
                elif isinstance(node, ast.Import):
                    for alias in node.names:
                        if alias.name.split(".") == goal and alias.asname:
                            aliases.add(alias.asname)
            for node in ast.walk(tree):
                if isinstance(node, ast.Attribute) and node.attr == name and isinstance(node.value, ast.Name) and node.value.id in aliases:
                    return rel
                if isinstance(node, ast.Attribute) and node.attr == name and ast.unparse(node.value).split(".") == goal:
                    return rel
    return None

print(json.dumps(importer()))
`;

/**
 * The first Python file of the migrated repository `root` other than `file` that imports the private `name` from the
 * module at `file` (or reads it as that module's attribute), or null.
 */
export function privateNameImporter(root, file, name) {
  // (Not kept between calls: the repository's files are read, not given.)
  const run = spawnSync(pythonExecutable(), ['-c', PRIVATE_IMPORTER], {
    input: JSON.stringify([root, file, name]),
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (run.error || run.status !== 0)
    throw new Error(`${pythonExecutable()} could not read the repository: ${run.error?.message ?? run.stderr.trim()}`);
  return JSON.parse(run.stdout);
}

/** Names only pydantic 1 has, and Stainless's switch for it (either of its names). */
export const PYDANTIC_1 =
  /\b_?PYDANTIC_V[12]\b|\ballow_population_by_field_name\b|\b__root__\b|\bupdate_forward_refs\b/;

/**
 * Why the hunk (`removed`, `added`: its lines) changes nothing the migrated file (`now`) runs, given the base's text of
 * the file (`base`); null when it may. `importedElsewhere(name)`: whether another module of the migrated repository
 * imports a private name from this one (privateNameImporter).
 */
export function runsTheSame(removed, added, now, base, importedElsewhere = () => false) {
  const code = (lines) => lines.map((l) => l.replace(/\n$/, '').trim()).filter((l) => l !== '');
  const [r, a] = [code(removed), code(added)];
  if (privateBindingUnread(removed, added, now, importedElsewhere))
    return "a private name of Stainless's module the migrated module neither binds nor reads";
  const has = new Set(now.split('\n').map((l) => l.trim()));
  // (A line of punctuation alone, `)`, is in every module: it says nothing.)
  const saysSomething = (l) => (l.match(/[A-Za-z0-9_]/g) ?? []).length >= 3;
  if (r.length === 0 || r.some((l) => saysSomething(l) && has.has(l))) return null;
  if (r.some((l) => PYDANTIC_1.test(l)) && !a.some((l) => PYDANTIC_1.test(l)) && !PYDANTIC_1.test(now))
    return "takes pydantic 1's support out";
  if (r.length !== a.length) return null;
  if (typesAlone(r, a)) return 'types alone';
  if (r.every((l, i) => inlinesValue(l, a[i], base))) return "a name's value under pydantic 2 put in its place";
  return null;
}

function inlinesValue(before, after, base) {
  for (const m of before.matchAll(/\b[A-Za-z_]\w*\b/g)) {
    const name = m[0];
    const literal = after.slice(m.index, after.length - (before.length - m.index - name.length));
    if (`${before.slice(0, m.index)}${literal}${before.slice(m.index + name.length)}` !== after) continue;
    if (!/^(True|False|None|-?\d+(\.\d+)?|"[^"]*"|'[^']*')$/.test(literal)) continue;
    // The base binds it to that literal, in the branch pydantic 2 runs (an `else:` of a `PYDANTIC_V1` test).
    const lines = base.split('\n');
    const at = lines.findIndex((l) => l.trim() === `${name} = ${literal}`);
    if (at < 0) continue;
    const indent = /^\s*/.exec(lines[at])[0].length;
    for (let j = at - 1; j >= 0; j--) {
      if (lines[j].trim() === '' || /^\s*/.exec(lines[j])[0].length >= indent) continue;
      if (/^\s*else\s*:/.test(lines[j])) {
        const test = lines
          .slice(0, j)
          .reverse()
          .find((l) => /^\s*/.exec(l)[0].length === /^\s*/.exec(lines[j])[0].length);
        if (test && /^\s*if\s+(?:[\w.]*\.)?PYDANTIC_V1\s*:/.test(test)) return true;
      }
      break;
    }
  }
  return false;
}

/**
 * Whether a hunk only takes names out of imports (one-line statements, or items of a parenthesised list) that the
 * migrated module's code reads: an import the owners' code no longer needed that sdkgen's code does (a params module
 * their own method does without), which the module cannot load without.
 */
export function importsStillRead(removed, added, now) {
  if (added.some((l) => l.trim() !== '')) return false;
  const names = [];
  for (const line of removed.map((l) => l.replace(/\n$/, ''))) {
    // The `if TYPE_CHECKING:` header of a block of imports (annotations' imports, read as the others are).
    if (line.trim() === '' || /^if\s+TYPE_CHECKING\s*:\s*$/.test(line)) continue;
    const one = /^\s*from\s+\S+\s+import\s+([^()#]+?)\s*$/.exec(line);
    const item = /^\s+([\w.]+(?:\s+as\s+\w+)?)\s*,?\s*$/.exec(line);
    const list = one?.[1] ?? item?.[1];
    if (list === undefined) return false;
    for (const element of list.split(',')) {
      const [name, alias] = element.trim().split(/\s+as\s+/);
      if (name) names.push(alias ?? name);
    }
  }
  const code = now
    .replace(/^[ \t]*from\s+\S+\s+import\s+(\([^)]*\)|[^\n]+)|^[ \t]*import\s+[^\n]+/gm, '')
    .replace(/#.*$/gm, '');
  return names.length > 0 && names.every((name) => new RegExp(`(?<![\\w.])${name}\\b`).test(code));
}

/**
 * Whether a hunk only adds (or extends) imports of the package's own modules (`from .… import …`, a parenthesised list
 * too, or by the package's name, read from `file`'s path) some of whose names the migrated module's code does not
 * read (imports, comments and docstrings left out), each other name imported there from the same module: an import
 * the owners added for code of Stainless's the migrated module does not have (turbopuffer's `types.custom`, read at the
 * ref by the annotations of Stainless's later generation), which migrate leaves out, or carries with the names read
 * only, since nothing would read the rest (pyright's `reportUnusedImport`). A re-export (`A as A`) counts as read.
 */
export function importsUnread(removed, added, now, file = '') {
  const lines = (list) => list.map((l) => l.replace(/\n$/, '')).filter((l) => l.trim() !== '');
  const [theirs, gone] = [importStatementsOf(lines(added)), importStatementsOf(lines(removed))];
  if (theirs === null || gone === null || theirs.length === 0) return false;
  // The package's own modules: relative, or by the package's name (the directory under src/ the file is in); and
  // `typing`'s, whose import does nothing else, as migrate takes them (reapply/unread-imports.ts).
  const name = /^(?:src\/)?([A-Za-z_]\w*)\//.exec(file)?.[1];
  const own = (module) =>
    module.startsWith('.') ||
    module === 'typing' ||
    module === 'typing_extensions' ||
    (name !== undefined && (module === name || module.startsWith(`${name}.`)));
  const had = new Set(gone.flatMap((s) => s.elements.map((e) => `${s.module} ${e}`)));
  const elements = theirs.flatMap((s) => s.elements.filter((e) => !had.has(`${s.module} ${e}`)).map((e) => [s, e]));
  if (elements.length === 0 || !theirs.every((s) => own(s.module))) return false;
  const code = now
    .replace(/^[ \t]*from\s+\S+\s+import\s+(\([^)]*\)|[^\n]+)|^[ \t]*import\s+[^\n]+/gm, '')
    .replace(/("""|''')[\s\S]*?\1/g, '""')
    .replace(/^\s*#.*$/gm, '');
  const nowImports = new Set(
    (
      importStatementsOf(
        now.split('\n').filter((l) => /^(from\s|\s|\))/.test(l) && l.trim() !== ''),
        true,
      ) ?? []
    ).flatMap((s) => s.elements.map((e) => `${s.module} ${e}`)),
  );
  const bound = (e) => e.split(' as ').pop();
  const unread = elements.filter(
    ([, e]) => !/^(\w+) as \1$/.test(e) && !new RegExp(`(?<![\\w.])${bound(e)}\\b`).test(code),
  );
  // Each element read (or re-exported) is carried: imported there from the same module.
  return (
    unread.length > 0 &&
    elements.every(([s, e]) => unread.some(([, u]) => u === e) || nowImports.has(`${s.module} ${e}`))
  );
}

/**
 * `from … import …` statements of `lines` (a parenthesised list over several lines too), each `{ module, elements }`
 * (`A`, `A as B`); null where a line is none of them (`lenient`: such lines are passed over).
 */
function importStatementsOf(lines, lenient = false) {
  const out = [];
  for (let at = 0; at < lines.length; at++) {
    const head = /^from\s+([\w.]+)\s+import\s+(.*)$/.exec(lines[at].replace(/#.*$/, '').trim());
    if (head === null) {
      if (lenient) continue;
      return null;
    }
    let list = head[2];
    if (list.includes('(') && !list.includes(')'))
      while (++at < lines.length) {
        list += ` ${lines[at].replace(/#.*$/, '')}`;
        if (lines[at].includes(')')) break;
      }
    if (list.includes('\\') || (list.includes('(') && !list.includes(')'))) return lenient ? out : null;
    const elements = list
      .replace(/[()]/g, '')
      .split(',')
      .map((e) => e.trim().replace(/\s+/g, ' '))
      .filter((e) => e !== '' && e !== '*');
    out.push({ module: head[1], elements });
  }
  return out;
}
