/**
 * Hand edits to Stainless's TypeScript that change only types: a cast (`toFile(input as any)`, `} as any);`) or a
 * non-null assertion the owners added to quiet their compiler (supermemory's tests of uploads, once `@types/bun` was
 * in the package). The code runs the same with or without them, and sdkgen's file is its own code, typed its own way:
 * nothing to carry. They are listed apart from the edits a person must carry, and `tsc` says whether the owners'
 * settings accept sdkgen's file.
 */

/** A type after `as`: a name, maybe qualified, with type arguments and array brackets (`Array<string>[]`). */
const CAST = /\s+as\s+(?:unknown\s+as\s+)?[A-Za-z_$][\w$.]*(?:<[^;=()]*>)?(?:\[\])*(?![\w$.<])/g;
/** A non-null assertion: `value!.x`, `call()!`. */
const NON_NULL = /([\w$)\]])!(?=[.[)\],;:\s]|$)/g;

/** The code with its casts and non-null assertions taken out (the parentheses a cast needed with them). */
export function withoutCasts(code: string): string {
  let text = code;
  for (let m = lastMatch(text); m !== null; m = lastMatch(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // `(a || b) as T`: the parentheses were for the cast, unless they are a call's (`f(a) as T`).
    const open = text[start - 1] === ')' ? openingOf(text, start - 1) : -1;
    text =
      open >= 0 && !/[\w$)\]]/.test(text[open - 1] ?? '')
        ? `${text.slice(0, open)}${text.slice(open + 1, start - 1)}${text.slice(end)}`
        : `${text.slice(0, start)}${text.slice(end)}`;
  }
  return text.replace(NON_NULL, '$1');
}

function lastMatch(text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(CAST)) last = m as RegExpExecArray;
  return last;
}

/** The index of the `(` that the `)` at `close` closes, or -1. */
function openingOf(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

/** Whether a unified-diff hunk of a TypeScript module changes only types: its lines the same once casts are out. */
export function changesOnlyTypes(hunk: string): boolean {
  const lines = hunk.split('\n');
  const side = (sign: string) =>
    lines
      .filter((line) => line.startsWith(sign) && !line.startsWith(sign.repeat(3)))
      .map((line) => line.slice(1))
      .join('\n');
  const [removed, added] = [side('-'), side('+')];
  if (removed.trim() === '' || added.trim() === '' || removed === added) return false;
  // (A renamed import or export is no cast: `import { A as B }`, or a line of a list of them, `  A as B,`; a cast
  // followed by a comma is one: `blob: async () => (content || new Blob([])) as any,`.)
  if (RENAMED_NAME.test(`${removed}\n${added}`)) return false;
  const code = (text: string) => withoutCasts(text).replace(/\s+/g, '');
  return code(removed) === code(added);
}

/** An import or export statement, or a line that is a name renamed in one's list (`  type A as B,`, `A as B }`). */
const RENAMED_NAME = /^\s*(?:import|export)\b|^\s*(?:type\s+)?[\w$]+\s+as\s+[\w$]+\s*(?:[,}]|$)/m;

const TYPESCRIPT = /\.[cm]?tsx?$/;

/** The rejected hunks without those of TypeScript modules that change only types (listed in `typesOnly`). */
export function dropTypesOnly(
  rejected: Array<{ path: string; hunks: string[] }>,
  typesOnly: Array<{ path: string; hunks: number }>,
): Array<{ path: string; hunks: string[] }> {
  return rejected
    .map(({ path, hunks }) => {
      if (!TYPESCRIPT.test(path)) return { path, hunks };
      const kept = hunks.filter((hunk) => !hunk.startsWith('@@ ') || !changesOnlyTypes(hunk));
      if (kept.length < hunks.length) typesOnly.push({ path, hunks: hunks.length - kept.length });
      return { path, hunks: kept };
    })
    .filter(({ hunks }) => hunks.length > 0);
}
