/**
 * Which text of a method the owners edited goes in place of sdkgen's (owners-methods.ts). Their whole method is what
 * their users ran, and sdkgen's may be Stainless's written otherwise (`_should_retry`'s rule in other lines): taken
 * whole, it loses nothing of sdkgen's. But where sdkgen's runtime does more than Stainless's method (turbopuffer's
 * `_build_request`: sdkgen's reads security options, `StyledForm` bodies and `_with_query`, which Stainless's never
 * names), their whole method would drop that, and read sdkgen's names as Stainless's types (`model_dump(options)` of a
 * FinalRequestOptions that is no pydantic model here: pyright's error). Their edits then go onto sdkgen's method,
 * merged three ways with Stainless's as the base, where that merges cleanly; else the method is left for a person.
 */
import { mergeThreeWay } from '../../../write/merge';
import { pythonCode } from '../already-done/comment-only';

/**
 * The method to write for sdkgen's `sdkgens` (lines of one `def`, its decorators first): the owners' `owners` whole
 * where sdkgen's reads no name Stainless's `stainless` does not, else the three-way merge; null where that conflicts.
 */
export function ownersMethodOnto(
  stainless: string[],
  owners: string[],
  sdkgens: string[],
  helper: Helper = () => null,
): string[] | null {
  // (A name the owners' method reads too is no more of sdkgen's: their edit already carried onto sdkgen's text. A test
  // case is no runtime: their case is what they ran, as test-cases.ts leaves it.)
  if (rewritten(stainless, owners) || isTestCase(sdkgens) || !readsMore(sdkgens, [stainless, owners], helper))
    return owners;
  const text = (lines: string[]) => `${lines.join('\n')}\n`;
  const merged = mergeThreeWay(text(stainless), text(owners), text(sdkgens), { code: true });
  if (merged.conflicts > 0) return null;
  return withoutRepeats(merged.text.replace(/\n$/, '').split('\n'), stainless, owners, sdkgens);
}

/**
 * Whether sdkgen's method reads a name (a variable, an attribute) none of `others` reads: what it does beyond them.
 * Its own locals, builtins and keywords are no such names, and neither are strings' contents; a private function of
 * sdkgen's module it calls is read through (`helper`).
 */
export function readsMore(sdkgens: string[], others: string[][], helper: Helper = () => null): boolean {
  const theirs = new Set(others.flatMap((lines) => [...namesRead(lines)]));
  const seen = new Set<string>();
  const more = (lines: string[]): boolean =>
    [...namesRead(lines)].some((name) => {
      if (theirs.has(name) || seen.has(name)) return false;
      seen.add(name);
      // (sdkgen's private function of the module, read in its place: what the other does inline, written apart.)
      const body = /^_/.test(name) ? helper(name) : null;
      return body === null || more(body);
    });
  return more(sdkgens);
}

/**
 * Whether the owners rewrote Stainless's method rather than edited it: they kept under half of its body's statements
 * (turbopuffer's `transform`, its type-driven walk replaced by theirs). What sdkgen's does beyond Stainless's is then
 * what they replaced.
 */
function rewritten(stainless: string[], owners: string[]): boolean {
  const statements = (lines: string[]) => {
    const code = pythonCode(lines.join('\n')).join('\n');
    const signature = /^[\s\S]*?\)\s*(?:->[^\n]*)?:\s*$/m.exec(code)?.[0] ?? '';
    const body = code.slice(signature.length).replace(/^\s*[rbfuRBFU]*("""|''')[\s\S]*?\1\s*$/m, '');
    return body
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  };
  const [theirs, kept] = [statements(stainless), new Set(statements(owners))];
  return theirs.length > 0 && theirs.filter((line) => kept.has(line)).length * 2 < theirs.length;
}

/** Whether the method is a test case (`def test_…`), of a module of tests. */
function isTestCase(method: string[]): boolean {
  return method.some((line) => /^\s*(?:async\s+)?def\s+test\w*\s*\(/.test(line));
}

/** The lines of sdkgen's module-level function `name` (a private one), null where the module has none. */
export type Helper = (name: string) => string[] | null;

function namesRead(method: string[]): Set<string> {
  const code = pythonCode(method.join('\n'))
    .join('\n')
    .replace(/[rbfuRBFU]*("""|''')[\s\S]*?\1|[rbfuRBFU]*"(?:[^"\\\n]|\\.)*"|[rbfuRBFU]*'(?:[^'\\\n]|\\.)*'/g, '""');
  // (The signature is the same on both sides but for a helper's: its parameters are bound, its annotations not read.)
  const signature = /^[\s\S]*?\)\s*(?:->[^\n]*)?:\s*$/m.exec(code)?.[0] ?? '';
  const body = code.slice(signature.length);
  const bound = new Set([
    ...[...signature.matchAll(/[(,]\s*\**([A-Za-z_]\w*)/g)].map((match) => match[1]),
    ...[...body.matchAll(/^\s*([A-Za-z_]\w*)\s*(?::[^=\n]+)?=(?!=)|\b(?:as|def)\s+([A-Za-z_]\w*)/gm)].map(
      (match) => match[1] ?? match[2],
    ),
    // (Every target of a loop: `for key, value in …`.)
    ...[...body.matchAll(/\bfor\s+([\w\s,()*]+?)\s+in\b/g)].flatMap((match) => match[1].match(/[A-Za-z_]\w*/g) ?? []),
  ]);
  // (A keyword argument names a parameter, not a value read; typing's `Dict` is the builtin `dict`.)
  const names = [...body.replace(/(?<![\w.])[A-Za-z_]\w*\s*=(?!=)/g, '').matchAll(/[A-Za-z_]\w*/g)].map((match) =>
    /^(?:Dict|List|Tuple|Set|FrozenSet|Type)$/.test(match[0]) ? match[0].toLowerCase() : match[0],
  );
  return new Set(names.filter((name) => !bound.has(name) && !PYTHON_BUILTINS.has(name)));
}

/**
 * `merged` without a second copy of a statement the owners added that sdkgen's method already has (the same line,
 * at the same indentation), where Stainless's had it nowhere: both sides adding it is one change, made once.
 */
function withoutRepeats(merged: string[], stainless: string[], owners: string[], sdkgens: string[]): string[] {
  const count = (lines: string[], line: string) => lines.filter((other) => other === line).length;
  const out = [...merged];
  for (const line of new Set(owners)) {
    if (line.trim() === '' || /^\s*[)\]}]/.test(line) || count(stainless, line) > 0) continue;
    const extra = count(out, line) - Math.max(count(owners, line), count(sdkgens, line));
    for (let n = 0; n < extra; n++) out.splice(out.lastIndexOf(line), 1);
  }
  return out;
}

/** Python's keywords and the builtins a method reads without binding or importing them. */
export const PYTHON_BUILTINS = new Set(
  (
    'self cls True False None and or not in is if elif else for while return def class lambda try except finally ' +
    'raise with as pass break continue yield await async from import global nonlocal del assert print len str int ' +
    'float bool bytes dict list tuple set frozenset isinstance issubclass getattr setattr hasattr type super range ' +
    'enumerate zip min max any all sorted reversed iter next repr id hash abs round callable object Exception ' +
    'ValueError TypeError KeyError IndexError RuntimeError AttributeError NotImplementedError StopIteration'
  ).split(' '),
);
