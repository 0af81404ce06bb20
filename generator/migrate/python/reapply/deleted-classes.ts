/**
 * A top-level class the owners deleted whole from Stainless's module, every use of its name with it (anthropic's
 * `RequestParams` of `batch_create_params.py`, whose field they typed `MessageCreateParamsNonStreaming`): the deletion
 * is carried by the class's name. sdkgen's class of that name goes, whatever its lines say (its docstrings are the
 * spec's words, not Stainless's, so the deletion's lines would find no place); Stainless's goes from the text the
 * owners' edits are read against, so that what is left of their diff (the field retyped, the name out of `__all__`,
 * imports) is carried as usual. Where the carried module still names the class (sdkgen's module uses it where the
 * owners' edits did not reach), the module is carried without this (carry-edits.ts): the deletion is left for a
 * person, as before.
 *
 * So too a method they deleted whole from a class they kept (anthropic's async `test_raw_response_results` of
 * `TestAsyncBatches`, the sync one kept), in a test module: sdkgen's method of that name in that class goes, where its
 * class has it, and nothing carried reads it as an attribute (`.name`).
 */

/** The texts with the classes taken out, and their names; null where no class was deleted so. */
export interface DeletedClasses {
  base: string;
  target: string;
  names: string[];
}

const CLASS = /^class\s+([A-Za-z_]\w*)\s*[(:]/;

export function withoutDeletedClasses(
  base: string,
  edited: string,
  target: string,
  /** Methods too: a test module's (what other modules call is not known here, and nothing calls a test). */
  methods = false,
): DeletedClasses | null {
  const [baseLines, editedLines, targetLines] = [base, edited, target].map((text) => text.split('\n'));
  const editedCode = withoutComments(edited);
  const names: string[] = [];
  let [b, t] = [baseLines, targetLines];
  for (const name of topLevelClasses(baseLines)) {
    if (topLevelClasses(editedLines).includes(name)) continue;
    // (Named nowhere in the owners' module any more, `__all__` included: they took the class out, not moved it.)
    if (new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(editedCode)) continue;
    if (!topLevelClasses(t).includes(name)) continue;
    [b, t] = [withoutClass(b, name), withoutClass(t, name)];
    names.push(name);
  }
  for (const name of methods ? topLevelClasses(baseLines) : []) {
    if (!topLevelClasses(editedLines).includes(name) || !topLevelClasses(t).includes(name)) continue;
    const kept = methodsOf(editedLines, name);
    for (const method of methodsOf(baseLines, name)) {
      if (kept.includes(method) || !methodsOf(t, name).includes(method)) continue;
      [b, t] = [withoutMethod(b, name, method), withoutMethod(t, name, method)];
      names.push(`${name}.${method}`);
    }
  }
  return names.length === 0 ? null : { base: b.join('\n'), target: t.join('\n'), names };
}

const METHOD = /^ {4}(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(/;

/** The lines of the top-level class `name`'s body: [its `class` line, the first line after it]. */
function classSpan(lines: readonly string[], name: string): [number, number] {
  const at = lines.findIndex((line) => CLASS.exec(line)?.[1] === name);
  if (at < 0) return [-1, -1];
  let end = at + 1;
  while (end < lines.length && (lines[end].trim() === '' || /^[\s)\]}]/.test(lines[end]))) end++;
  return [at, end];
}

/** The methods the top-level class `name` defines in its body (not a nested class's). */
function methodsOf(lines: readonly string[], name: string): string[] {
  const [at, end] = classSpan(lines, name);
  return lines.slice(at + 1, end).flatMap((line) => METHOD.exec(line)?.[1] ?? []);
}

/** `lines` without the method `method` of the top-level class `name` (its decorators, its body, the blank lines after). */
function withoutMethod(lines: string[], name: string, method: string): string[] {
  const [at, end] = classSpan(lines, name);
  const def = lines.findIndex((line, i) => i > at && i < end && METHOD.exec(line)?.[1] === method);
  if (def < 0) return lines;
  let start = def;
  while (start > at + 1 && /^ {4}@/.test(lines[start - 1])) start--;
  let stop = def + 1;
  // (Its body, and a signature over lines closing at the method's depth: `    ) -> None:`.)
  while (stop < end && (lines[stop].trim() === '' || /^ {5}|^ {4}[)\]}]/.test(lines[stop]))) stop++;
  return [...lines.slice(0, start), ...lines.slice(stop)];
}

/**
 * Whether `carried` (a module with the owners' edits) still names one of `names` in code: a docstring naming it
 * (sdkgen's words from the spec, "see `RequestParams`") reads nothing.
 */
export function namesAny(carried: string, names: readonly string[]): boolean {
  const code = withoutDocstrings(withoutComments(carried));
  // (A method, `Class.method`, is read as an attribute: `self.method`.)
  return names.some((name) =>
    name.includes('.')
      ? new RegExp(`\\.${name.split('.')[1]}(?!\\w)`).test(code)
      : new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(code),
  );
}

function topLevelClasses(lines: readonly string[]): string[] {
  return lines.flatMap((line) => CLASS.exec(line)?.[1] ?? []);
}

/** `lines` without the top-level class `name` (its decorators, its body) and the blank lines after it. */
function withoutClass(lines: string[], name: string): string[] {
  const at = lines.findIndex((line) => CLASS.exec(line)?.[1] === name);
  if (at < 0) return lines;
  let start = at;
  while (start > 0 && lines[start - 1].startsWith('@')) start--;
  let end = at + 1;
  while (end < lines.length && (lines[end].trim() === '' || /^[\s)\]}]/.test(lines[end]))) end++;
  return [...lines.slice(0, start), ...lines.slice(end)];
}

/** The module without its comments: enough to find a name's uses (one a docstring names counts, the cautious side). */
function withoutComments(text: string): string {
  return text.replace(/#.*$/gm, '');
}

/** The module without its docstrings: strings in triple quotes standing as statements of their own. */
function withoutDocstrings(text: string): string {
  return text.replace(/^([ \t]*)(?:[rRbBuU]{0,2})("""|''')[\s\S]*?\2[ \t]*$/gm, '$1');
}
