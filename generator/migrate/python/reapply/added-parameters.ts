/**
 * Parameters the owners added to a function of Stainless's, placed in sdkgen's function of the same name. A hunk is
 * placed by the lines around it; sdkgen writes a signature's other parameters in its own way (turbopuffer's
 * `compression: bool = False,` after Stainless's `_strict_response_validation: bool,` in `SyncAPIClient.__init__`,
 * where sdkgen's reads `_strict_response_validation: bool = False,`), so the context matches nowhere. Left out, the
 * lines of theirs that did place (`compression=compression` in the call to `super().__init__`) read a name nothing
 * binds.
 *
 * An insertion of parameter lines (one a line, each ending in a comma; comment lines may come with them) inside a
 * multi-line signature of Stainless's module goes into the signature of sdkgen's function with the same name in the
 * class of the same name (or at the top level, both), when there is exactly one: after the parameter it followed in
 * Stainless's, else before the one it preceded, where sdkgen's signature has that parameter; else, with a default of
 * its own, last (before `*args`/`**kwargs`). Not where sdkgen's signature already has a parameter of that name, nor
 * where a parameter without a default would follow one with a default before the keyword-only marker: Python refuses
 * that. Anything else stays for a person.
 */
import type { Reapplied, reapplyEdits } from '../../reapply/hunks';
import { diff, lines } from '../../../write/merge';
import { insertion } from './one-sided-insertions';

type ReapplyOptions = NonNullable<Parameters<typeof reapplyEdits>[3]>;

/** `name: type = default,` / `name=default,` / `name,` with an optional comment: one parameter on its line. */
const PARAMETER = /^\s*(\*{0,2}\w+)\s*(?::[^=#]+?)?\s*(=\s*[^#]+?)?,\s*(#.*)?$/;
const COMMENT = /^\s*#/;
const DEF_OPENS = /^(\s*)(?:async\s+)?def\s+(\w+)\s*\(\s*(#.*)?$/;

/**
 * `result` with each parameter the owners added to a signature of Stainless's in sdkgen's def of the same name: placed
 * there where `result` lacks it (its hunk rejected, or taken as placed where the other client's twin hunk went: the
 * sync and async clients' signatures end alike in sdkgen's runtime), and its rejected hunk then no longer for a person.
 */
export function withAddedParameters(
  base: string,
  edited: string,
  result: Reapplied,
  options: ReapplyOptions,
): Reapplied {
  const [b, e] = [lines(base), lines(edited)];
  const hunks = base === edited ? null : diff(b, e);
  if (hunks === null) return result;
  let t = lines(result.text);
  let rejected = result.rejected;
  let placed = 0;
  // (Last first: an insertion does not move the places of those above it in sdkgen's lines.)
  for (const hunk of [...hunks].reverse()) {
    if (hunk.baseStart !== hunk.baseEnd) continue;
    const added = e.slice(hunk.start, hunk.end);
    // (Not a later generation's parameter, nor one sdkgen's module has in a form of its own: not the owners' to carry.)
    if (options.generated?.([], added) || options.done?.(hunk, b, e)) continue;
    const at = placeOf(hunk.baseStart, added, b, t);
    if (at === null) continue;
    t = [...t.slice(0, at.index), ...added.map((line) => reindented(line, at.indent)), ...t.slice(at.index)];
    const same = (rejectedHunk: string) => {
      const parsed = insertion(rejectedHunk);
      return parsed !== null && parsed.baseAt === hunk.baseStart && parsed.added.join('') === added.join('');
    };
    const wasRejected = rejected.some(same);
    rejected = rejected.filter((rejectedHunk) => !same(rejectedHunk));
    if (wasRejected) placed++;
  }
  if (t.join('') === result.text) return result;
  return { ...result, text: t.join(''), applied: result.applied + placed, rejected };
}

interface Signature {
  /** The `def` line's index. */
  def: number;
  /** Indices of the lines between the `def … (` line and the closing `)`. */
  parameters: number[];
  /** The closing `)` line's index. */
  close: number;
}

/** Where in sdkgen's lines the parameters go, with the indentation of sdkgen's parameter lines; null where not. */
function placeOf(
  baseAt: number,
  addedLines: string[],
  baseLines: string[],
  targetLines: string[],
): { index: number; indent: string } | null {
  const [added, base, target] = [addedLines, baseLines, targetLines].map((text) => text.map(withoutNewline));
  const names = added.filter((line) => !COMMENT.test(line)).map((line) => PARAMETER.exec(line)?.[1]);
  if (names.length === 0 || names.some((name) => name === undefined || name.startsWith('*'))) return null;
  const ours = signatureAround(base, baseAt);
  if (ours === null) return null;
  const theirs = signaturesNamed(target, qualifiedName(base, ours.def));
  if (theirs.length !== 1) return null;
  const [sdkgen] = theirs;
  const sdkgenNames = new Map(sdkgen.parameters.map((i) => [PARAMETER.exec(target[i])?.[1], i]));
  if (names.some((name) => sdkgenNames.has(name))) return null;
  const indent = /^\s*/.exec(target[sdkgen.parameters[0] ?? sdkgen.close])![0] || ' '.repeat(8);
  const previousName = nameOf(base, ours.parameters.filter((i) => i < baseAt).pop());
  const nextName = nameOf(
    base,
    ours.parameters.find((i) => i >= baseAt),
  );
  const hasDefault = added.filter((line) => !COMMENT.test(line)).every((line) => PARAMETER.exec(line)![2]);
  let index: number | null = null;
  if (previousName !== undefined && sdkgenNames.has(previousName)) index = sdkgenNames.get(previousName)! + 1;
  else if (nextName !== undefined && sdkgenNames.has(nextName)) index = sdkgenNames.get(nextName)!;
  else if (hasDefault) {
    const variadic = sdkgen.parameters.find((i) => /^\s*\*\w/.test(target[i]));
    index = variadic ?? sdkgen.close;
  }
  if (index === null || !everyParameterLine(target, sdkgen)) return null;
  if (!hasDefault && defaultBeforePositional(target, sdkgen, index)) return null;
  return { index, indent };
}

/** The multi-line signature of Stainless's a line index falls in (between its `def … (` and `)`), or null. */
function signatureAround(base: string[], at: number): Signature | null {
  let def = at - 1;
  while (def >= 0 && !DEF_OPENS.test(base[def])) {
    if (!isParameterLine(base[def])) return null;
    def--;
  }
  if (def < 0) return null;
  const signature = signatureFrom(base, def);
  return signature !== null && at <= signature.close ? signature : null;
}

function signatureFrom(text: string[], def: number): Signature | null {
  const parameters: number[] = [];
  for (let i = def + 1; i < text.length; i++) {
    if (/^\s*\)/.test(text[i])) return { def, parameters, close: i };
    if (!isParameterLine(text[i])) return null;
    if (!COMMENT.test(text[i]) && text[i].trim() !== '') parameters.push(i);
  }
  return null;
}

function isParameterLine(line: string): boolean {
  return line.trim() === '' || COMMENT.test(line) || /^\s*\*,\s*$/.test(line) || PARAMETER.test(line);
}

function everyParameterLine(text: string[], signature: Signature): boolean {
  return signature.parameters.every((i) => /^\s*\*,\s*$/.test(text[i]) || PARAMETER.test(text[i]));
}

/** Whether a parameter with a default comes before `index`, with no keyword-only marker (`*,`, `*args`) between. */
function defaultBeforePositional(text: string[], signature: Signature, index: number): boolean {
  const before = signature.parameters.filter((i) => i < index).map((i) => text[i]);
  if (before.some((line) => /^\s*\*(\w+)?\s*,/.test(line))) return false;
  return before.some((line) => PARAMETER.exec(line)?.[2] !== undefined);
}

function nameOf(text: string[], index: number | undefined): string | undefined {
  return index === undefined ? undefined : PARAMETER.exec(text[index])?.[1];
}

/** `Class.name` for a def in a class (the nearest `class` line less indented above it), else `name`. */
function qualifiedName(text: string[], def: number): string {
  const [, indent, name] = DEF_OPENS.exec(text[def])!;
  if (indent === '') return name;
  for (let i = def - 1; i >= 0; i--) {
    const line = text[i];
    if (line.trim() === '' || COMMENT.test(line)) continue;
    const lineIndent = /^\s*/.exec(line)![0];
    if (lineIndent.length >= indent.length) continue;
    const owner = /^\s*class\s+(\w+)/.exec(line);
    return owner === null ? `?.${name}` : `${owner[1]}.${name}`;
  }
  return `?.${name}`;
}

/** The multi-line signatures of sdkgen's module whose function has that qualified name. */
function signaturesNamed(text: string[], qualified: string): Signature[] {
  const found: Signature[] = [];
  text.forEach((line, i) => {
    if (!DEF_OPENS.test(line) || qualifiedName(text, i) !== qualified) return;
    const signature = signatureFrom(text, i);
    if (signature !== null) found.push(signature);
  });
  return found;
}

function withoutNewline(line: string): string {
  return line.replace(/\r?\n$/, '');
}

function reindented(line: string, indent: string): string {
  return line.trim() === '' ? line : indent + line.replace(/^\s*/, '');
}
