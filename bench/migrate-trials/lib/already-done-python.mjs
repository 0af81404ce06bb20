// The added lines of an owners' hunk in a Python file that the migrated module has the result of, read by what they do
// where the line itself is not there (already-done.mjs asks this for a hunk migrate's report lists as already done):
//   - `from .<module> import Name`: the migrated module imports Name from another of the package's own modules, its
//     code reads it, and both imports bind the same definition in the migrated repository (re-exports followed), as
//     migrate asks (imports-already-done.ts): braintrust's owners fixed Stainless's self-import, `from ..types import
//     function_create_params`, with `from ..types.shared import CodeBundle`, the model; sdkgen's module has `from
//     .shared_params.code_bundle import CodeBundle`, the params of that name: another definition, not their result;
//   - a whole module-level function: the migrated module defines its namesake with the same parameter names and the
//     same statements (annotations, docstrings, comments and layout aside; pydantic 1's branch too where the migrated
//     module binds `PYDANTIC_V1 = False`, so that branch of theirs would never run there): writer's `model_parse_json`
//     and `model_json_schema` in `_compat.py`, which their `lib/` imports and sdkgen's `_compat.py` defines;
//   - `from typing import a, b` (or `typing_extensions`): the migrated module imports each name at its top from one of
//     the two (`typing_extensions` re-exports `typing`'s names): groq's owners added `overload` to Stainless's
//     `from typing import …`, sdkgen's module imports it `from typing_extensions`; or the hunk's removed lines
//     imported it too (Stainless's, kept by the owners) and the migrated module reads it nowhere: anthropic's `List`,
//     where sdkgen types the header `SequenceNotStr`;
//   - a `def` on one line that is a line the hunk removes with one parameter's annotation widened (union members
//     added, nothing else changed): every function of that name in the migrated module takes that parameter as
//     `object` or `Any` (or a union holding one): stagehand's `strip_not_given` overload given `| Omit`, sdkgen's one
//     `strip_not_given(obj: object)`.
// Any other line must be there itself (`present`).

const DEF = /^(?:async\s+)?def\s+(\w+)\s*\(/;
const RELATIVE_IMPORT = /^from\s+(\.[\w.]*)\s+import\s+([\w\s,]+?)\s*(?:#.*)?$/;
const FROM_LIST = /^from\s+(\S+)\s+import\s+([\w\s,]+?)\s*(?:#.*)?$/;
const TYPING_IMPORT = /^from\s+(typing|typing_extensions)\s+import\s+([\w\s,]+?)\s*(?:#.*)?$/;

/**
 * Whether every line of `added` is present, or has its result in the migrated module `text` as said above. `atRef`:
 * the owners' module at the ref, where a name's definitions in branches are read (twinDefined). `file`: the module's
 * path; `migrated(path)`: another migrated file's text or null (without them, where an import binds is not known).
 */
export function pythonLinesPresent(
  added,
  text,
  present,
  atRef = '',
  { file = '', migrated: fileText = null, removed = [] } = {},
) {
  const migrated = text.split('\n');
  const functions = moduleFunctions(migrated, deadPydantic1(text));
  const owners = moduleFunctions(added, deadPydantic1(text));
  const imported = relativeImports(text);
  const reads = codeReads(text);
  const typing = typingImports(text);
  const keptTyping = typingImports(removed.join('\n'));
  const migratedStatements = logicalStatements(migrated);
  const flatMigrated = new Set(migratedStatements.map(flat));
  const addedStatements = logicalStatements(added, true);
  const statementAt = (at) => addedStatements.find((s) => s.start <= at && at < s.end);
  for (let at = 0; at < added.length; at++) {
    // The statement the line is part of, there with other indentation, wrapping or comments.
    const statement = statementAt(at);
    if (statement !== undefined && !present(added[at])) {
      if (flatMigrated.has(flat(statement)) || twinDefined(flat(statement), migratedStatements, atRef)) {
        at = statement.end - 1;
        continue;
      }
    }
    if (!present(added[at]) && removed.some((line) => widenedParameterTaken(line, added[at], migrated))) continue;
    const def = DEF.exec(added[at]);
    const theirs = def && owners.get(def[1]);
    if (theirs && theirs.start === at) {
      const ours = functions.get(def[1]);
      const same = ours && ours.params === theirs.params && ours.body === theirs.body;
      if (!same && !added.slice(at, theirs.end).every(present)) return false;
      at = theirs.end - 1;
      continue;
    }
    if (present(added[at])) continue;
    const fromTyping = TYPING_IMPORT.exec(added[at]);
    // (A name their line kept from Stainless's, which the migrated module reads nowhere, is sdkgen's typing choice:
    // anthropic's `List` of a header sdkgen types `SequenceNotStr`.)
    const kept = (element) => keptTyping.has(element) && !reads(element.split(' as ').pop());
    if (fromTyping !== null && elements(fromTyping[2]).every((element) => typing.has(element) || kept(element)))
      continue;
    const from = RELATIVE_IMPORT.exec(added[at].trim());
    if (from === null) return false;
    const names = from[2].split(',').map((n) => n.trim());
    const named = (n) => definitionOf(file, from[1], n, fileText);
    const bound = (n) =>
      /^\w+$/.test(n) &&
      reads(n) &&
      named(n) !== null &&
      (imported.get(n) ?? []).some(
        (m) => m.module !== from[1] && definitionOf(file, m.module, m.name, fileText) === named(n),
      );
    if (!names.every(bound)) return false;
  }
  return true;
}

/**
 * The lines as logical statements: a line and those its open brackets run on to, each `{ start, end, text }` (text
 * joined). `partial`: `lines` are a hunk's (a bracket may close in lines it does not have): a statement left open at
 * the end is none.
 */
function logicalStatements(lines, partial = false) {
  const out = [];
  for (let at = 0; at < lines.length; at++) {
    if (lines[at].trim() === '') continue;
    let depth = 0;
    let end = at;
    for (; end < lines.length; end++) {
      for (const char of code(lines[end])) depth += '([{'.includes(char) ? 1 : ')]}'.includes(char) ? -1 : 0;
      if (depth <= 0) break;
    }
    if (end === lines.length) {
      if (partial) break;
      end = lines.length - 1;
    }
    out.push({
      start: at,
      end: end + 1,
      text: lines
        .slice(at, end + 1)
        .map(code)
        .join(' '),
    });
    at = end;
  }
  return out;
}

/** A statement's code without whitespace, comments or a trailing comma before a closing bracket: its layout aside. */
function flat(statement) {
  return statement.text.replace(/\s+/g, '').replace(/,([)\]}])/g, '$1');
}

/** An assignment's target and value, flattened. */
const FLAT_ASSIGNMENT = /^(\w+)(?::[^=]+)?=(?!=)(.+)$/;

/**
 * Whether `theirs` (flattened) assigns a name the owners' module at the ref defines in more than one branch of a
 * top-level `if` (`if TYPE_CHECKING:` / `else:`), where the migrated module assigns it once, as one of those branches
 * does (llama-cloud's `FileContent` gaining `str` in both branches; sdkgen's one `FileContent` is their
 * `if TYPE_CHECKING:` one): the branch's edit has its result there, the other branch standing for it.
 */
function twinDefined(theirs, migratedStatements, atRef) {
  const name = FLAT_ASSIGNMENT.exec(theirs)?.[1];
  if (name === undefined || atRef === '') return false;
  const refLines = atRef.split('\n');
  const inBranch = (s) => /^\s/.test(refLines[s.start]) && branchOpener(refLines, s.start);
  const refDefinitions = logicalStatements(refLines).filter(
    (s) => FLAT_ASSIGNMENT.exec(flat(s))?.[1] === name && inBranch(s),
  );
  const ours = migratedStatements.filter((s) => FLAT_ASSIGNMENT.exec(flat(s))?.[1] === name);
  if (refDefinitions.length < 2 || ours.length !== 1 || !refDefinitions.some((s) => flat(s) === theirs)) return false;
  return refDefinitions.some((s) => flat(s) === flat(ours[0]));
}

/** Whether the indented line at `at` is in a top-level `if …:` / `elif …:` / `else:` block. */
function branchOpener(lines, at) {
  for (let i = at - 1; i >= 0; i--) {
    if (lines[i].trim() === '' || /^\s/.test(lines[i])) continue;
    return /^(if\s.*|elif\s.*|else\s*):\s*(#.*)?$/.test(lines[i]);
  }
  return false;
}

/** Whether the module binds `PYDANTIC_V1 = False`: a branch `if PYDANTIC_V1:` never runs there. */
function deadPydantic1(text) {
  return /^PYDANTIC_V1\s*(?::\s*\w+\s*)?=\s*False\s*$/m.test(text);
}

/** Each module-level function of `lines` by name: its span, parameter names and statements as compared. */
function moduleFunctions(lines, dropPydantic1) {
  const out = new Map();
  for (let at = 0; at < lines.length; at++) {
    const def = DEF.exec(lines[at]);
    if (def === null) continue;
    // The signature runs to the line closing its parentheses with a colon; the body is what is indented after it.
    let depth = 0;
    let bodyAt = at;
    for (; bodyAt < lines.length; bodyAt++) {
      for (const char of code(lines[bodyAt])) depth += '([{'.includes(char) ? 1 : ')]}'.includes(char) ? -1 : 0;
      if (depth === 0 && /:\s*$/.test(code(lines[bodyAt]))) break;
    }
    let end = bodyAt + 1;
    while (end < lines.length && (lines[end].trim() === '' || /^\s/.test(lines[end]))) end++;
    const signature = lines
      .slice(at, bodyAt + 1)
      .map(code)
      .join(' ');
    out.set(def[1], {
      start: at,
      end,
      params: parameterNames(signature),
      body: statements(lines.slice(bodyAt + 1, end), dropPydantic1),
    });
    at = end - 1;
  }
  return out;
}

/** A line without its comment (a `#` outside quotes). */
/** A line of Python without its comment. */
export function pythonCode(line) {
  return code(line);
}

function code(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

function parameterNames(signature) {
  const inner = signature.slice(signature.indexOf('(') + 1, signature.lastIndexOf(')'));
  const names = [];
  let depth = 0;
  let current = '';
  for (const char of `${inner},`) {
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    if (char === ',' && depth === 0) {
      const name = /^\s*(\*{0,2}\w+|\*|\/)/.exec(current)?.[1];
      if (name !== undefined) names.push(name);
      current = '';
    } else current += char;
  }
  return names.join(',');
}

/** A body's statements, whitespace out: no comments, blank lines or docstring; pydantic 1's branches out if dead. */
function statements(body, dropPydantic1) {
  const lines = body.map(code).filter((l) => l.trim() !== '');
  const docstring = /^\s*[rbuRBU]?("""|''')(.*)$/.exec(lines[0] ?? '');
  if (docstring) {
    const close = docstring[2].includes(docstring[1])
      ? 0
      : lines.findIndex((l, i) => i > 0 && l.includes(docstring[1]));
    lines.splice(0, close + 1);
  } else if (/^\s*[rbuRBU]?(["'])[^"']*\1$/.test(lines[0] ?? '')) lines.shift();
  const kept = [];
  const indent = (l) => l.length - l.trimStart().length;
  for (let i = 0; i < lines.length; i++) {
    const branch = dropPydantic1 ? /^\s*if\s+(not\s+)?PYDANTIC_V1\s*:$/.exec(lines[i]) : null;
    if (branch === null) {
      kept.push(lines[i]);
      continue;
    }
    // `if PYDANTIC_V1:` runs nothing here and its `else:` body runs; `if not PYDANTIC_V1:` the other way round.
    const level = indent(lines[i]);
    let end = i + 1;
    while (end < lines.length && indent(lines[end]) > level) end++;
    const elseAt = end < lines.length && indent(lines[end]) === level && /^\s*else\s*:$/.test(lines[end]) ? end : -1;
    let elseEnd = elseAt + 1;
    while (elseAt >= 0 && elseEnd < lines.length && indent(lines[elseEnd]) > level) elseEnd++;
    if (branch[1]) kept.push(...lines.slice(i + 1, end));
    else if (elseAt >= 0) kept.push(...lines.slice(elseAt + 1, elseEnd));
    i = (elseAt >= 0 ? elseEnd : end) - 1;
  }
  return kept.map((l) => l.replace(/\s+/g, '')).join('\n');
}

/**
 * Each name the module binds by an import from one of the package's own modules, with where from: `{ module, name }`
 * (the name as imported there; parenthesised lists too).
 */
function relativeImports(text) {
  const out = new Map();
  for (const [, module, list] of text.matchAll(/^[ \t]*from\s+(\.[\w.]*)\s+import\s+(\([^)]*\)|[^\n]+)/gm))
    for (const item of list.replace(/[()]/g, '').replace(/#.*$/gm, '').split(/[,\n]/)) {
      const [name, alias] = item.trim().split(/\s+as\s+/);
      if (name) out.set(alias ?? name, [...(out.get(alias ?? name) ?? []), { module, name }]);
    }
  return out;
}

/**
 * The definition `name`, imported `from <module>` (relative) in the migrated file at `file`, binds: `path#name` of the
 * module defining it (a class, a function, an assignment at its top), or the path of the submodule it names; each
 * re-export followed (`from .code_bundle import CodeBundle as CodeBundle`). Null where that is not known.
 */
function definitionOf(file, module, name, migrated, depth = 0) {
  const dots = /^\.*/.exec(module)[0].length;
  const folder = file.split('/').slice(0, -1);
  if (migrated === null || depth > 10 || dots === 0 || dots - 1 > folder.length) return null;
  const stem = [...folder.slice(0, folder.length - (dots - 1)), ...module.slice(dots).split('.').filter(Boolean)];
  const found = (parts) => [`${parts.join('/')}.py`, `${parts.join('/')}/__init__.py`].find((p) => migrated(p) != null);
  const at = found(stem);
  const text = at === undefined ? '' : migrated(at);
  const defines = new RegExp(`^(?:class|(?:async\\s+)?def)\\s+${name}\\b|^${name}\\s*(?::[^=\\n]+)?=(?!=)`, 'm');
  if (at !== undefined && defines.test(text)) return `${at}#${name}`;
  const reExported = relativeImports(text).get(name)?.[0];
  if (reExported !== undefined) return definitionOf(at, reExported.module, reExported.name, migrated, depth + 1);
  return found([...stem, name]) ?? null;
}

/**
 * Whether a line a hunk removes is an import the hunk only added names to (`from typing import a` → `from typing import
 * a, b`): its being in the migrated module says nothing against the hunk's result.
 */
export function pythonImportExtended(removedLine, added) {
  const before = FROM_LIST.exec(removedLine);
  if (before === null) return false;
  const had = elements(before[2]);
  return added.some((line) => {
    const after = FROM_LIST.exec(line);
    return after !== null && after[1] === before[1] && had.every((element) => elements(after[2]).includes(element));
  });
}

/** The elements (`a`, `a as b`) the module imports at its top from `typing` or `typing_extensions`. */
function typingImports(text) {
  const out = new Set();
  for (const [, list] of text.matchAll(/^from\s+(?:typing|typing_extensions)\s+import\s+(\([^)]*\)|[^\n]+)/gm))
    for (const element of elements(list.replace(/[()]/g, '').replace(/#.*$/gm, ''))) out.add(element);
  return out;
}

/** `a, b  as  c` (or one a line) → `a`, `b as c`. */
function elements(list) {
  return list
    .split(/[,\n]/)
    .map((element) => element.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** Whether the module's code, its imports left out, reads a name. */
function codeReads(text) {
  // (Strings out too: a name in `__all__` is no read.)
  const rest = text
    .replace(/^[ \t]*from\s+\S+\s+import\s+(\([^)]*\)|[^\n]+)|^[ \t]*import\s+[^\n]+/gm, '')
    .replace(/("""|''')[\s\S]*?\1/g, '')
    .split('\n')
    .map((l) => code(l).replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, ''))
    .join('\n');
  return (name) => new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(rest);
}

/** A `def` on one line: indent and name, the text between its outer parentheses, and what follows them. */
function oneLineDef(line) {
  const head = /^(\s*(?:async\s+)?def\s+(\w+)\s*)\(/.exec(line);
  if (head === null) return null;
  let depth = 0;
  for (let i = head[0].length - 1; i < line.length; i++) {
    depth += '([{'.includes(line[i]) ? 1 : ')]}'.includes(line[i]) ? -1 : 0;
    if (depth === 0)
      return {
        name: head[2],
        params: splitOutsideBrackets(line.slice(head[0].length, i), ','),
        rest: line.slice(i + 1),
      };
  }
  return null;
}

/** `text` split at `separator` outside brackets, pieces without whitespace. */
export function splitOutsideBrackets(text, separator) {
  const parts = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    if (char === separator && depth === 0) {
      parts.push(current.replace(/\s+/g, ''));
      current = '';
    } else current += char;
  }
  if (current.trim() !== '') parts.push(current.replace(/\s+/g, ''));
  return parts;
}

/** Whether `wide` is `narrow` with union members added (`A|B` → `A|B|C`, at any depth), and differs. */
export function widensTo(narrow, wide) {
  if (narrow === wide) return false;
  // Take out one `|Name` of `wide` at a time (a name, dotted, subscripted or not), breadth first, a few steps.
  let seen = new Set([wide]);
  for (let step = 0; step < 4; step++) {
    const next = new Set();
    for (const form of seen)
      for (const m of form.matchAll(/\|[\w.]+(?:\[[^\]|]*\])?(?=[\],|]|$)/g)) {
        const less = form.slice(0, m.index) + form.slice(m.index + m[0].length);
        if (less === narrow) return true;
        next.add(less);
      }
    seen = next;
  }
  return false;
}

/** Whether an annotation takes any value: `object` or `Any`, alone or in a union. */
export function takesAnything(annotation) {
  const members = annotation
    .replace(/^(?:typing\.)?(?:Optional|Union)\[(.*)\]$/, '$1')
    .split(/[|,]/)
    .map((m) => m.replace(/^typing\./, ''));
  return members.some((m) => m === 'object' || m === 'Any');
}

/**
 * Whether `after` is the one-line `def` `before` with one parameter's annotation widened, and each function of that
 * name in the migrated module takes that parameter as `object` or `Any`.
 */
function widenedParameterTaken(before, after, migrated) {
  const [was, is] = [oneLineDef(before), oneLineDef(after)];
  if (
    was === null ||
    is === null ||
    was.name !== is.name ||
    was.rest.replace(/\s+/g, '') !== is.rest.replace(/\s+/g, '')
  )
    return false;
  if (was.params.length !== is.params.length) return false;
  const changed = was.params.map((p, i) => [p, is.params[i]]).filter(([p, q]) => p !== q);
  if (changed.length !== 1) return false;
  const [[old, now]] = changed;
  const [oldName, oldType] = [/^([*\w]+):/.exec(old)?.[1], old.slice(old.indexOf(':') + 1)];
  const [newName, newType] = [/^([*\w]+):/.exec(now)?.[1], now.slice(now.indexOf(':') + 1)];
  if (oldName === undefined || oldName !== newName || oldType.includes('=') || newType.includes('=')) return false;
  if (!widensTo(oldType, newType)) return false;
  const ours = migrated
    .map((line, at) => ({ def: DEF.exec(line.trim()), at }))
    .filter(({ def }) => def?.[1] === is.name);
  if (ours.length === 0) return false;
  return ours.every(({ at }) => {
    // The signature, over as many lines as its parentheses run.
    let signature = '';
    let depth = 0;
    for (let i = at; i < migrated.length; i++) {
      signature += `${code(migrated[i])} `;
      for (const char of code(migrated[i])) depth += '([{'.includes(char) ? 1 : ')]}'.includes(char) ? -1 : 0;
      if (depth === 0) break;
    }
    const param = oneLineDef(signature)?.params.find((p) => p.startsWith(`${oldName}:`));
    return param !== undefined && takesAnything(param.slice(oldName.length + 1).replace(/=.*$/, ''));
  });
}
