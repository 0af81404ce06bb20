/**
 * Owners' edits of a class body that give defaults to attributes the class declares (dedalus-python's
 * `code: Optional[str] = None` and `param: Optional[str] = None` added to Stainless's `APIError` above its `__init__`),
 * carried where sdkgen's class of the same name declares those attributes with the same type and no default
 * (`code: Optional[str]`): sdkgen's declaration takes the owners' line. The line-by-line carry finds no context for them
 * where sdkgen writes the class otherwise (its declarations elsewhere, its `__init__` line without Stainless's `noqa`).
 *
 * A hunk is carried so only where it is one run of changed lines in a class body of Stainless's module, every attribute
 * it declares is declared in sdkgen's class once (the same line, or the same name and type without a default), and
 * every other line it adds stands in sdkgen's class already (their result there: the `def __init__(…)` line without
 * its `noqa`) while no line it takes out does. Otherwise it stays for a person (runtime-hunks.ts says why).
 */
import type { Reapplied } from '../../reapply/hunks';
import { scopeOf } from '../already-done/comment-only';
import { changeOf } from './same-function-lines';

/** `name: type` or `name: type = value` at the start of a line (not a `def`, a `class` or a keyword's block). */
const DECLARATION = /^(\s*)([A-Za-z_]\w*)\s*:\s*([^=]+?)\s*(?:=\s*(.+))?$/;

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;
const spaced = (type: string) => type.replace(/\s+/g, '');

/** The line range of the body of the top-level class `name` of `lines` (its lines after `class …:` to its end). */
function classBody(lines: string[], name: string): { start: number; end: number } | null {
  const head = lines.findIndex((line) => new RegExp(`^class\\s+${name}\\b`).test(line));
  if (head < 0 || lines.findIndex((line, i) => i > head && new RegExp(`^class\\s+${name}\\b`).test(line)) >= 0)
    return null;
  let end = head + 1;
  while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) > 0)) end++;
  return { start: head + 1, end };
}

/** `carried` with its rejected class-body hunks whose declarations sdkgen's class of the same name has carried. */
export function intoClassDeclarations(base: string, carried: Reapplied): Reapplied {
  if (carried.rejected.length === 0) return carried;
  const theirs = base.split('\n');
  let ours = carried.text.split('\n');
  const left: string[] = [];
  let applied = carried.applied;
  for (const hunk of carried.rejected) {
    const placed = declarationsPlaced(hunk, theirs, ours);
    if (placed === null) left.push(hunk);
    else [ours, applied] = [placed, applied + 1];
  }
  if (left.length === carried.rejected.length) return carried;
  return { ...carried, text: ours.join('\n'), applied, rejected: left };
}

function declarationsPlaced(hunk: string, theirs: string[], ours: string[]): string[] | null {
  const change = changeOf(hunk);
  if (change === null) return null;
  const { at, removed, added } = change;
  if (!removed.every((line, j) => theirs[at + j] === line)) return null;
  // (The class the run stands in, at the top of Stainless's module: its body's depth, none deeper.)
  const owners = [...theirs.slice(0, at), ...added, ...theirs.slice(at + removed.length)];
  const codeAt = added.findIndex((line) => line.trim() !== '');
  if (codeAt < 0) return null;
  const scope = scopeOf(owners, at + codeAt);
  const body = classBody(ours, scope);
  if (scope === '' || scope.includes('.') || body === null) return null;
  const depth = indentOf(added[codeAt]);
  const inBody = (line: string) =>
    ours.slice(body.start, body.end).filter((mine) => mine.trim() === line.trim() && indentOf(mine) === depth).length;
  const declared = added.flatMap((line) => {
    const found = DECLARATION.exec(line);
    return found !== null && indentOf(line) === depth && !/^(?:def|class|async)$/.test(found[2])
      ? [{ line, found }]
      : [];
  });
  if (declared.length === 0 || declared.every(({ line }) => inBody(line) === 1)) return null;
  const rest = added.filter((line) => line.trim() !== '' && !declared.some((d) => d.line === line));
  // (Their other lines there already, those they took out not: the rest of the hunk's result is sdkgen's class's.)
  if (!rest.every((line) => inBody(line) === 1) || !removed.every((line) => line.trim() === '' || inBody(line) === 0))
    return null;
  const lines = [...ours];
  for (const { line, found } of declared) {
    if (inBody(line) === 1) continue;
    const [, , name, type] = found;
    const mine = [];
    for (let i = body.start; i < body.end; i++) {
      const decl = indentOf(ours[i]) === depth ? DECLARATION.exec(ours[i]) : null;
      if (decl !== null && decl[2] === name) mine.push({ i, decl });
    }
    // (sdkgen's declaration of that name, once, of the same type and with no default: it takes the owners' line.)
    if (mine.length !== 1 || mine[0].decl[4] !== undefined || spaced(mine[0].decl[3]) !== spaced(type)) return null;
    lines[mine[0].i] = `${' '.repeat(depth)}${line.trim()}`;
  }
  return lines;
}
