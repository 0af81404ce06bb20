/**
 * Owners' edits inside a method of Stainless's module that do not carry line by line onto sdkgen's text of the same
 * method (the owners' retry rule in `BaseClient._should_retry`, where sdkgen's runtime writes the rule in other
 * lines): where sdkgen's module has that method, in the same class, with the same parameters, the owners' whole method
 * (Stainless's text with their edits) takes the place of sdkgen's. Their method is what their users ran; a name it
 * uses that sdkgen's module lacks keeps the edit for a person instead. A function of the module itself is taken the
 * same way (apollo's owners rewrote `_files.to_httpx_files` for pyright's strict mode); of a function with typing's
 * `@overload` variants, the implementation (the one definition without the decorator) is the one taken.
 */
import type { Reapplied } from '../../reapply/hunks';
import { pythonCode, scopeOf } from '../already-done/comment-only';
import { withImportsNeeded } from './imports-needed';
import { ownersMethodOnto, PYTHON_BUILTINS } from './owners-method-merge';

/** The method bodies the owners edited that the rejected hunks of `carried` are in, put in place of sdkgen's. */
export function intoOwnersMethods(base: string, edited: string, carried: Reapplied): Reapplied {
  if (carried.rejected.length === 0) return carried;
  const theirs = base.split('\n');
  const byScope = new Map<string, string[]>();
  const left: string[] = [];
  for (const hunk of carried.rejected) {
    // (An edit of comments alone changes nothing the method runs: it is no reason to take the owners' method.)
    const scope = changesOnlyComments(hunk) ? null : methodOfHunk(hunk, theirs);
    if (scope === null) left.push(hunk);
    else byScope.set(scope, [...(byScope.get(scope) ?? []), hunk]);
  }
  let text = carried.text;
  let applied = carried.applied;
  const taken: string[] = [];
  for (const [scope, hunks] of byScope) {
    const replaced = replaceMethod(text, edited, base, scope);
    if (replaced === null) left.push(...hunks);
    else [text, applied] = [replaced, applied + hunks.length];
    if (replaced !== null) taken.push(scope);
  }
  // A hunk of a method taken whole that was read as in another scope (lines added at its end, read as in the scope of
  // the line after them: runway's `return cast(…, inject_sync_wait_method(…))`; its return type, on the signature's
  // last line) is in that method already: every line it adds is one of the owners' method.
  const inTaken = (hunk: string) => addedIn(hunk, taken, edited);
  const rest = left.filter((hunk) => !inTaken(hunk));
  applied += left.length - rest.length;
  return { ...carried, text: withoutUnreadHelpers(carried.text, text), applied, rejected: rest };
}

/** Whether each line a hunk adds is a line of one of the owners' methods `scopes` name. */
function addedIn(hunk: string, scopes: string[], edited: string): boolean {
  if (scopes.length === 0) return false;
  const body = hunk.replace(/\n$/, '').split('\n').slice(1);
  const added = body.filter((line) => line.startsWith('+') && line.slice(1).trim() !== '').map((l) => l.slice(1));
  if (added.length === 0) return false;
  const owners = edited.split('\n');
  return scopes.some((scope) => {
    const block = blockOf(owners, scope);
    const lines = block === null ? [] : owners.slice(block.start, block.end);
    return added.every((line) => lines.includes(line));
  });
}

/**
 * `after` without sdkgen's private module-level functions (`def _entries(`) that `before` read and that, with the
 * owners' functions in place of sdkgen's, nothing reads any more: left, they are dead code pyright's strict mode
 * reports. (A private name of sdkgen's runtime is read only in its own module.)
 */
function withoutUnreadHelpers(before: string, after: string): string {
  if (before === after) return after;
  let lines = after.split('\n');
  for (const match of after.matchAll(/^(?:async\s+)?def\s+(_[A-Za-z]\w*)\s*\(/gm)) {
    const name = match[1];
    const reads = (text: string) => {
      const own = text.split('\n');
      const at = own.findIndex((line) => new RegExp(`^(?:async\\s+)?def\\s+${name}\\s*\\(`).test(line));
      const span = at < 0 ? null : definitionSpan(own, at);
      const outside = span === null ? own : [...own.slice(0, span.start), ...own.slice(span.end)];
      return pythonCode(outside.join('\n')).some((line) => new RegExp(`(?<![\\w.])${name}\\b`).test(line));
    };
    if (!reads(before) || reads(lines.join('\n'))) continue;
    const at = lines.findIndex((line) => new RegExp(`^(?:async\\s+)?def\\s+${name}\\s*\\(`).test(line));
    const span = definitionSpan(lines, at);
    if (span === null) continue;
    let end = span.end;
    while (end < lines.length && lines[end].trim() === '') end++;
    lines = [...lines.slice(0, span.start), ...lines.slice(end)];
  }
  return withoutUnreadImports(before, lines.join('\n'));
}

/** `after` without the names its `from … import` statements bind that `before`'s code read and its own no longer does. */
export function withoutUnreadImports(before: string, after: string): string {
  const code = (text: string) =>
    pythonCode(text.replace(/^from\s+\S+\s+import\s+(\([^)]*\)|[^\n]+)|^import\s+[^\n]+/gm, '')).join('\n');
  const [was, now] = [code(before), code(after)];
  const read = (text: string, name: string) => new RegExp(`(?<![\\w.])${name}\\b`).test(text);
  return after.replace(/^from\s+(\S+)\s+import\s+(\([^)]*\)|[^\n]+)/gm, (statement, module: string, list: string) => {
    // (A list with comments in it is left as it is: its layout is someone's.)
    if (list.includes('#')) return statement;
    const items = list
      .replace(/[()]/g, '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    // (`x as x` re-exports a name: it is read by the modules importing it.)
    const kept = items.filter((item) => {
      const [name, alias] = item.split(/\s+as\s+/);
      return alias !== undefined || !read(was, name) || read(now, name);
    });
    if (kept.length === items.length || kept.length === 0) return statement;
    return list.startsWith('(')
      ? `from ${module} import (\n${kept.map((item) => `    ${item},`).join('\n')}\n)`
      : `from ${module} import ${kept.join(', ')}`;
  });
}

/** Whether every line the hunk takes out or adds is blank or a `#` comment. */
function changesOnlyComments(hunk: string): boolean {
  return hunk
    .replace(/\n$/, '')
    .split('\n')
    .slice(1)
    .filter((line) => /^[-+]/.test(line))
    .every((line) => line.slice(1).trim() === '' || line.slice(1).trimStart().startsWith('#'));
}

/**
 * The function every line a hunk changes is in (`Class.method`, or a function of the module), null when it is not all
 * in one.
 */
export function methodOfHunk(hunk: string, theirs: string[]): string | null {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)(?:,(\d+))?/.exec(header ?? '');
  if (start === null) return null;
  let at = Number(start[1]) - (start[2] === '0' ? 0 : 1);
  const scopes = new Set<string>();
  const removes = body.some((line) => line.startsWith('-'));
  for (const line of body) {
    if (line.startsWith('+')) {
      // Lines only added are in the scope of Stainless's line they go before.
      if (!removes) scopes.add(scopeOf(theirs, at));
      continue;
    }
    // (A blank line removed is in no scope of its own: the one between two statements of a body.)
    if (line.startsWith('-') && line.slice(1).trim() !== '') scopes.add(scopeOf(theirs, at));
    at++;
  }
  const [scope] = scopes;
  return scopes.size === 1 && scope !== '' ? scope : null;
}

interface Block {
  /** First line (a decorator's, or the `def`'s) and the line after the block. */
  start: number;
  end: number;
  /** The parameters and return annotation, whitespace and trailing commas out. */
  signature: string;
}

/** `target` with its method `scope` replaced by `edited`'s, null when either lacks it or their signatures differ. */
function replaceMethod(target: string, edited: string, base: string, scope: string): string | null {
  const ours = target.split('\n');
  const owners = edited.split('\n');
  const mine = blockOf(ours, scope);
  const theirs = blockOf(owners, scope);
  const stainless = blockOf(base.split('\n'), scope);
  if (mine === null || theirs === null || stainless === null || mine.signature !== theirs.signature) return null;
  const indent = (lines: string[], at: number) => /^\s*/.exec(lines[at])![0].length;
  if (indent(ours, mine.start) !== indent(owners, theirs.start)) return null;
  // (Their whole method, or their edits merged onto sdkgen's where sdkgen's does more: owners-method-merge.ts.)
  const stainlessLines = base.split('\n').slice(stainless.start, stainless.end);
  const helper = (name: string) => {
    const at = ours.findIndex((line) => new RegExp(`^(?:async\\s+)?def\\s+${name}\\s*\\(`).test(line));
    const span = at < 0 ? null : definitionSpan(ours, at);
    return span === null ? null : ours.slice(span.start, span.end);
  };
  const sdkgens = ours.slice(mine.start, mine.end);
  const method = ownersMethodOnto(stainlessLines, owners.slice(theirs.start, theirs.end), sdkgens, helper);
  if (method === null) return null;
  // The names the owners imported for it are imported here too (imports-needed.ts).
  const replaced = [...ours.slice(0, mine.start), ...method, ...ours.slice(mine.end)].join('\n');
  const text = withImportsNeeded(edited, replaced);
  if (!namesResolve(method.join('\n'), text.replace(method.join('\n'), ''))) return null;
  return text;
}

/** The block of the function `scope` names (`Class.method`, `function`), found by the scope of its `def` line. */
function blockOf(lines: string[], scope: string): Block | null {
  const name = scope.slice(scope.lastIndexOf('.') + 1);
  const parent = scope.includes('.') ? scope.slice(0, scope.lastIndexOf('.')) : '';
  const defs = lines.flatMap((line, i) => {
    const def = new RegExp(`^(\\s*)(?:async\\s+)?def\\s+${name}\\s*\\(`).exec(line);
    return def !== null && scopeOf(lines, i) === parent ? [i] : [];
  });
  // Typing's `@overload` variants are signatures only: the edit is in the one definition without that decorator.
  const implementations = defs.length > 1 ? defs.filter((at) => !isOverload(lines, at)) : defs;
  if (implementations.length !== 1) return null;
  const at = implementations[0];
  const span = definitionSpan(lines, at);
  if (span === null) return null;
  const { start, signatureEnd, end } = span;
  const header = pythonCode(lines.slice(at, signatureEnd + 1).join('\n')).join(' ');
  // (The parameters: a return type the owners changed is part of their method, taken with it.)
  const signature = sameTypes(
    header
      .slice(header.indexOf('('))
      .replace(/\s+/g, '')
      .replace(/,(?=[)\]])/g, '')
      .replace(/\)->.*$/, ')'),
  );
  return { start, end, signature };
}

/**
 * A signature with typing's aliases of the builtin collections written as the builtins (`Dict[str, object]` is
 * `dict[str, object]`): Stainless's runtime and sdkgen's spell one type either way, and a method of the one is no
 * other method for it.
 */
function sameTypes(signature: string): string {
  return signature.replace(
    /(?<![\w.])(?:typing\.)?(Dict|List|Tuple|Set|FrozenSet|Type)\[/g,
    (_, name: string) => `${name.toLowerCase()}[`,
  );
}

/** Whether the `def` at `at` is decorated `@overload` (`@typing.overload`, `@typing_extensions.overload`). */
function isOverload(lines: string[], at: number): boolean {
  const indent = indentOf(lines[at]);
  for (let i = at - 1; i >= 0 && /^\s*@/.test(lines[i]) && indentOf(lines[i]) === indent; i--) {
    if (/^\s*@(?:[\w.]+\.)?overload\s*(?:#.*)?$/.test(lines[i])) return true;
  }
  return false;
}

/** Whether every name the method uses (not an attribute) is a builtin, its own, or a name of the module around it. */
function namesResolve(method: string, module: string): boolean {
  const code = pythonCode(method)
    .join('\n')
    .replace(/("""|''')[\s\S]*?\1|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
  // (A name before `=` is bound there: a keyword argument, or a local assigned.)
  const used = new Set([...code.matchAll(/(?<![.\w])([A-Za-z_]\w*)(?!\w|\s*=(?!=))/g)].map((m) => m[1]));
  const signature = /^[\s\S]*?\)\s*(?:->[^\n]*)?:\s*$/m.exec(code)?.[0] ?? '';
  return [...used].every(
    (name) => PYTHON_BUILTINS.has(name) || new RegExp(`\\b${name}\\b`).test(module) || isOwn(name, code, signature),
  );
}

/** A parameter, a local or loop variable (one of a loop's several too) the method binds itself, or its own name. */
function isOwn(name: string, code: string, signature: string): boolean {
  return (
    new RegExp(`[(,]\\s*\\**${name}\\s*[:=,)]`).test(signature) ||
    new RegExp(`^\\s*${name}\\s*(:[^=\\n]+)?=(?!=)|\\b(?:as|for|def)\\s+${name}\\b`, 'm').test(code) ||
    // (One of a loop's targets: `for key, value in …`.)
    new RegExp(`\\bfor\\s+[\\w\\s,()*]*?(?<![\\w.])${name}\\b[\\w\\s,()*]*?\\sin\\b`).test(code)
  );
}

/**
 * The lines of the `def` at `at`: from its first decorator, its signature to the `:` that closes it at bracket depth 0,
 * then the body (what is indented deeper), trailing blank lines left out. Null when the signature never closes.
 * A stub's body may stand on the signature's last line (`) -> Translation: ...`, openai's `@overload` variants as
 * Stainless and Ruff lay them out): that line ends the signature, and the definition.
 */
export function definitionSpan(
  lines: string[],
  at: number,
): { start: number; signatureEnd: number; end: number } | null {
  const indent = indentOf(lines[at]);
  let start = at;
  while (start > 0 && /^\s*@/.test(lines[start - 1]) && indentOf(lines[start - 1]) === indent) start--;
  let depth = 0;
  let signatureEnd = -1;
  for (let i = at; i < lines.length && signatureEnd < 0; i++) {
    for (const char of withoutStrings(pythonCode(lines[i]).join(''))) {
      if ('([{'.includes(char)) depth++;
      else if (')]}'.includes(char)) depth--;
      else if (char === ':' && depth === 0) {
        signatureEnd = i;
        break;
      }
    }
  }
  if (signatureEnd < 0) return null;
  let end = signatureEnd + 1;
  while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) > indent)) end++;
  while (end > signatureEnd + 1 && lines[end - 1].trim() === '') end--;
  return { start, signatureEnd, end };
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

/** Code with its string literals emptied (`-> "Page[str]":` keeps no bracket or colon of the annotation's text). */
function withoutStrings(code: string): string {
  return code.replace(/("""|'''|"|')(?:\\.|(?!\1)[^\\])*\1/g, '""');
}
