/**
 * Headers the owners put before the client's defaults where Stainless's `_build_headers` merges them with the
 * request's: `headers_dict = _merge_mappings({"x-acme-timeout": …, **self.default_headers}, custom_headers)`, a header
 * of their own that `default_headers` and the request still override. sdkgen's `_build_headers` takes the merged
 * headers from `_merge_headers`, whose `defaults` are the client's (chosen by the request's security) and are merged
 * with the request's in one loop: the owners' entries go before those defaults there, so the same precedence holds.
 * Only that form: where the owners changed anything else of the call, or sdkgen's module has no such loop, nothing is
 * moved and the hunk is carried (or left for a person) as any other.
 */

/** Stainless's line merging the client's default headers with the request's. */
const STAINLESS_MERGE = /^(\s*)headers_dict = (\w+)\(self\.default_headers, custom_headers\)\s*$/;
/** The owners' statement in its place: their entries, then the client's defaults, merged with the request's. */
const OWNERS_MERGE = (merge: string) =>
  new RegExp(
    `^headers_dict\\s*=\\s*${merge}\\(\\s*\\{\\s*([\\s\\S]*?),?\\s*\\*\\*self\\.default_headers\\s*,?\\s*\\}\\s*,\\s*` +
      'custom_headers\\s*,?\\s*\\)$',
  );
/** sdkgen's `_merge_headers` merging its defaults with the request's headers. */
const SDKGEN_MERGE_LOOP = /^(\s*)for source in \(defaults, /;

/**
 * `base` (Stainless's module) with the owners' statement in place of its merge line, and `target` (sdkgen's) with the
 * owners' entries before its defaults; null where the owners' edit is not of that form.
 */
export function withDefaultHeaderEntries(
  base: string,
  owners: string,
  target: string,
): { base: string; target: string } | null {
  const baseLines = base.split('\n');
  const at = baseLines.findIndex((line) => STAINLESS_MERGE.test(line));
  if (at < 0) return null;
  const [, indent, merge] = STAINLESS_MERGE.exec(baseLines[at])!;
  const ownersLines = owners.split('\n');
  if (ownersLines.includes(baseLines[at])) return null;
  // Their statement: from its first line (at the same depth) to the line closing its brackets.
  const start = ownersLines.findIndex((line) => line.startsWith(`${indent}headers_dict = ${merge}(`));
  if (start < 0) return null;
  let depth = 0;
  let end = start;
  for (; end < ownersLines.length; end++) {
    for (const ch of ownersLines[end].replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""'))
      depth += ch === '(' || ch === '{' || ch === '[' ? 1 : ch === ')' || ch === '}' || ch === ']' ? -1 : 0;
    if (depth === 0) break;
  }
  if (end >= ownersLines.length) return null;
  const statement = ownersLines.slice(start, end + 1);
  if (statement.some((line) => /^\s*#/.test(line))) return null;
  const entries = OWNERS_MERGE(merge).exec(statement.map((line) => line.trim()).join('\n'))?.[1];
  if (entries === undefined || entries.trim() === '') return null;
  // The entries' lines as the owners wrote them, less the braces' lines and the defaults' spread.
  const entryLines = statement
    .slice(1)
    .filter((line) => !/^\s*(?:\{|\},?|\*\*self\.default_headers,?|custom_headers,?|\))\s*$/.test(line));
  if (entryLines.map((line) => line.trim()).join('\n') !== entries.trim().replace(/,?$/, ',')) return null;
  const targetLines = target.split('\n');
  const loop = targetLines.findIndex((line, i) => SDKGEN_MERGE_LOOP.test(line) && inMergeHeaders(targetLines, i));
  if (loop < 0) return null;
  const loopIndent = SDKGEN_MERGE_LOOP.exec(targetLines[loop])![1];
  const least = Math.min(...entryLines.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)![0].length));
  const placed = [
    `${loopIndent}defaults = {`,
    ...entryLines.map((line) => (line.trim() === '' ? '' : `${loopIndent}    ${line.slice(least)}`)),
    `${loopIndent}    **defaults,`,
    `${loopIndent}}`,
  ];
  return {
    base: [...baseLines.slice(0, at), ...statement, ...baseLines.slice(at + 1)].join('\n'),
    target: [...targetLines.slice(0, loop), ...placed, ...targetLines.slice(loop)].join('\n'),
  };
}

/** Whether line `at` is in the body of a method `_merge_headers` taking the request's options. */
function inMergeHeaders(lines: string[], at: number): boolean {
  const depth = /^\s*/.exec(lines[at])![0].length;
  for (let i = at - 1; i >= 0; i--) {
    const def = /^(\s*)def (\w+)\(([^)]*)/.exec(lines[i]);
    if (def !== null && def[1].length < depth) return def[2] === '_merge_headers' && /\boptions\b/.test(def[3]);
  }
  return false;
}
