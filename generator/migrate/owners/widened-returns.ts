/**
 * Methods whose return type the owners widened beyond an `APIPromise` (`APIPromise<R> | Promise<R>`: a method that
 * first awaits work of theirs, a React Email render), and the generated tests that call them.
 *
 * The generated test of such a method asks the promise for `.asResponse()` and `.withResponse()`, which a plain
 * `Promise` has not: it no longer type-checks (Stainless's release had the same errors). That test is written as an
 * awaited call instead, which any promise allows. The change is an edit to sdkgen's file (its own text stays the
 * manifest's), so that regenerations keep it as they keep the owners' edits.
 */

/** `src/resources/<rel>.ts` → `tests/api-resources/<rel>.test.ts`, the module's generated tests. */
const RESOURCE_MODULE = /^src\/resources\/(.+)\.ts$/;

/** The line a generated test's checked call starts with, and the last line of the checks that need an APIPromise. */
const CHECKED_START = /^(\s*)const responsePromise = /;
const CHECKED_END = /^\s*expect\(dataAndResponse\.response\)\.toBe\(rawResponse\);\s*$/;

/**
 * The names of a module's class methods whose declared return type is a promise other than an `APIPromise`, or a
 * union with one. Declarations are read as Prettier lays them out: `name(…): Type {` on one line, or the parameters
 * on lines of their own and `): Type {` at the method's indent.
 */
export function widenedMethods(source: string): Set<string> {
  const names = new Set<string>();
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^(\s+)(?:async\s+)?([A-Za-z_$][\w$]*)(?:<[^>]*>)?\((.*)$/.exec(lines[i]!);
    if (!head || /^(if|for|while|switch|return|catch|function)$/.test(head[2]!)) continue;
    const indent = head[1]!;
    let returnType: string | null = null;
    const oneLine = /\):\s*(.+?)\s*\{\s*$/.exec(head[3]!);
    if (oneLine) returnType = oneLine[1]!;
    else if (/^\s*$/.test(head[3]!))
      for (let j = i + 1; j < lines.length && j < i + 40; j++) {
        const end = new RegExp(`^${indent}\\):\\s*(.+?)\\s*\\{\\s*$`).exec(lines[j]!);
        if (end) {
          returnType = end[1]!;
          break;
        }
        if (lines[j]!.startsWith(`${indent})`) || lines[j]!.trim() === '}') break;
      }
    if (returnType !== null && widened(returnType)) names.add(head[2]!);
  }
  return names;
}

/** A promise type, or a union with one, that is not only `APIPromise`s. */
function widened(returnType: string): boolean {
  const members = topLevelUnion(returnType);
  return (
    members.some((m) => /^(Promise|PromiseLike)</.test(m)) ||
    (members.length > 1 &&
      members.some((m) => /Promise</.test(m)) &&
      !members.every((m) => /^(core\.)?APIPromise</.test(m)))
  );
}

function topLevelUnion(type: string): string[] {
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < type.length; i++) {
    const c = type[i];
    if (c === '<' || c === '(' || c === '{' || c === '[') depth++;
    else if ((c === '>' && type[i - 1] !== '=') || c === ')' || c === '}' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      members.push(type.slice(start, i).trim());
      start = i + 1;
    }
  }
  members.push(type.slice(start).trim());
  return members.filter(Boolean);
}

/**
 * The test file with each checked test of a `widened` method written as an awaited call: `const response = await
 * <call>;`. The call is found by its method's name after the receiver (`client.emails.send(`).
 */
export function awaitWidenedCalls(testSource: string, widenedNames: ReadonlySet<string>): string {
  const lines = testSource.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = CHECKED_START.exec(lines[i]!);
    const call = start ? lines[i]!.slice(start[0].length) : '';
    const method = /^[\w$.]*\.([A-Za-z_$][\w$]*)\(/.exec(call)?.[1];
    if (!start || method === undefined || !widenedNames.has(method)) {
      out.push(lines[i]!);
      continue;
    }
    // The call may span lines: it ends at the line ending in `;` before the checks.
    let end = i;
    while (end < lines.length && !lines[end]!.trimEnd().endsWith(';')) end++;
    let checksEnd = end + 1;
    while (checksEnd < lines.length && !CHECKED_END.test(lines[checksEnd]!) && !/^\s*\}\);/.test(lines[checksEnd]!))
      checksEnd++;
    if (checksEnd >= lines.length || !CHECKED_END.test(lines[checksEnd]!)) {
      out.push(lines[i]!);
      continue;
    }
    out.push(`${start[1]}const response = await ${call}`, ...lines.slice(i + 1, end + 1));
    i = checksEnd;
  }
  return out.join('\n');
}

/**
 * The writes with the generated tests of methods the owners widened (declared so in the written module, not in
 * sdkgen's own text of it) awaited, and the `path: method` of each method whose tests changed.
 */
export function awaitTestsOfWidenedMethods(
  writes: Array<{ path: string; contents: string }>,
  rendered: ReadonlyArray<{ path: string; contents: string }>,
): { writes: Array<{ path: string; contents: string }>; methods: string[] } {
  const byPath = new Map(writes.map((w) => [w.path, w]));
  const sdkgensText = new Map(rendered.map((f) => [f.path, f.contents]));
  const methods: string[] = [];
  const changed = new Map<string, string>();
  for (const w of writes) {
    const rel = RESOURCE_MODULE.exec(w.path)?.[1];
    const test = rel === undefined ? undefined : byPath.get(`tests/api-resources/${rel}.test.ts`);
    if (!test) continue;
    const own = widenedMethods(sdkgensText.get(w.path) ?? '');
    const names = new Set([...widenedMethods(w.contents)].filter((n) => !own.has(n)));
    if (names.size === 0) continue;
    const contents = awaitWidenedCalls(test.contents, names);
    if (contents === test.contents) continue;
    changed.set(test.path, contents);
    methods.push(...[...names].map((n) => `${w.path}: ${n}`));
  }
  return {
    writes: writes.map((w) => (changed.has(w.path) ? { ...w, contents: changed.get(w.path)! } : w)),
    methods,
  };
}
