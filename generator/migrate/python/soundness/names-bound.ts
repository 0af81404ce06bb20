/**
 * The names a statement binds in its scope (statement-pieces.ts's pieces, strings blanked), for `nonlocal`
 * (scope-declarations.ts): a name a function around binds is one `nonlocal` may name. Read generously, a name assigned
 * through (`a.b = 1`, `a[i] = 1`) counted bound too: a binding read where there is none would call a module Python
 * takes broken, one missed only lets a broken one through, as before.
 */
import { namesUsed } from './statement-pieces';

const NAME = /^[A-Za-z_]\w*$/;

/** The names a simple statement binds: assignment targets (`x = …`, `x += …`, `x: T`), imports, `del`, `:=`. */
export function simpleBinds(piece: string): string[] {
  const code = piece.trim();
  const names = walrusTargets(code);
  if (/^(?:import|from)\s/.test(code)) return [...names, ...namesUsed(code)];
  const del = /^del\s+(.*)$/.exec(code);
  if (del) return [...names, ...namesUsed(del[1])];
  const declared = /^nonlocal\s+(.*)$/.exec(code);
  if (declared) return [...names, ...declared[1].split(',').map((name) => name.trim())];
  const augmented = /^([A-Za-z_]\w*)\s*(?:\*\*|\/\/|>>|<<|[-+*/%@&|^])=/.exec(code);
  if (augmented) return [...names, augmented[1]];
  const annotated = /^([A-Za-z_]\w*)\s*:(?!=)/.exec(code);
  if (annotated && !/^(?:lambda)$/.test(annotated[1])) names.push(annotated[1]);
  const parts = assignmentParts(code);
  for (const target of parts.slice(0, -1)) names.push(...namesUsed(target));
  return names.filter((name) => NAME.test(name));
}

/**
 * The names a compound statement's header binds: a definition's name, a `for`'s targets, the names after `as`
 * (`with … as f`, `except E as err`), `:=`.
 */
export function headerBinds(header: string): string[] {
  const names = walrusTargets(header);
  const defined = /^\s*(?:async\s+)?(?:def|class)\s+([A-Za-z_]\w*)/.exec(header);
  if (defined) return [defined[1]];
  const loop = /^\s*(?:async\s+)?for\s+(.+?)\s+in\b/.exec(header);
  if (loop) names.push(...namesUsed(loop[1]));
  for (const m of header.matchAll(/\bas\s+(\([^)]*\)|[A-Za-z_]\w*)/g)) names.push(...namesUsed(m[1]));
  return names.filter((name) => NAME.test(name));
}

/** The names bound by `name :=` in `code`. */
function walrusTargets(code: string): string[] {
  return [...code.matchAll(/(?<![\w.])([A-Za-z_]\w*)\s*:=/g)].map((m) => m[1]);
}

/** `code` split at its assignments' `=` outside brackets (not `==`, `<=`, `>=`, `!=`, `:=`, nor `+=` and the like). */
function assignmentParts(code: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '=' && depth === 0 && code[i + 1] !== '=' && !'=!<>:+-*/%&|^@'.includes(code[i - 1] ?? '')) {
      parts.push(code.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(code.slice(from));
  return parts;
}
