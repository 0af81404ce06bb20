/**
 * Options the owners added to Stainless's `ClientOptions` (issue 89, turbopuffer: `connectTimeout?`, `idleTimeout?`,
 * `compression?`, with their doc comments). Stainless declares the interface in src/client.ts, where owners add
 * to it; sdkgen's client.ts imports it from client-core.ts. So that the owners' lines stay where they wrote them
 * (and where their readers look), they are carried verbatim into an interface of client.ts that extends sdkgen's:
 * `export interface ClientOptions extends CoreClientOptions { …their lines… }`. Its members may narrow those the
 * derived config made client options (`number | undefined` of `number | null | undefined`); the client's
 * constructor takes this interface, and `import { ClientOptions } from 'pkg/client'` names it.
 */

/** The name sdkgen's own `ClientOptions` is imported under once client.ts declares the owners' interface. */
const CORE_OPTIONS = 'CoreClientOptions';

const OPENING = /^export\s+interface\s+ClientOptions\b[^{]*\{\s*$/;

/** An interface member: `name?: T;`, `readonly name: T;`. */
const MEMBER = /^\s+(?:readonly\s+)?[A-Za-z_$][\w$]*\??\s*:\s*.+;\s*$/;

/** Stainless's `export interface ClientOptions {…}` in a client module, from its opening line to its `}`. */
export function clientOptionsDeclaration(text: string): string | null {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => OPENING.test(line));
  if (start < 0) return null;
  const end = lines.findIndex((line, i) => i > start && /^\}/.test(line));
  return end < 0 ? null : lines.slice(start, end + 1).join('\n');
}

/**
 * The lines the owners added to Stainless's `ClientOptions` (`base`: Stainless's client module, `current`: theirs),
 * verbatim and in order; null when they added no member, or changed or removed a line of Stainless's (then the
 * edit is not only new options, and stays for a person as before).
 */
export function addedOptionLines(base: string, current: string): string[] | null {
  const [stainless, theirs] = [base, current].map(clientOptionsDeclaration);
  if (stainless === null || theirs === null) return null;
  const a = bodyOf(stainless);
  const b = bodyOf(theirs);
  const same = (i: number, j: number) => a[i].trim() === b[j].trim();
  // Longest common subsequence of the lines (an options interface is a hundred lines or so).
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i][j] = same(i, j) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const kept = a.filter((line) => line.trim() !== '').length;
  const matchedNonBlank = countMatched(a, b, table, same);
  if (matchedNonBlank < kept) return null;
  const added = new Array<boolean>(b.length).fill(false);
  let [i, j] = [0, 0];
  while (j < b.length) {
    if (i < a.length && same(i, j)) {
      i++;
      j++;
    } else if (i === a.length || table[i][j + 1] >= table[i + 1][j]) added[j++] = true;
    else i++;
  }
  slideUp(b, added);
  const lines = trimBlank(b.filter((_, at) => added[at]));
  return lines.some((line) => MEMBER.test(line)) ? lines : null;
}

/** The owners' client module with their `ClientOptions` as Stainless wrote it (what is left to re-apply). */
export function withStainlessOptions(current: string, base: string): string {
  const [stainless, theirs] = [base, current].map(clientOptionsDeclaration);
  return stainless === null || theirs === null ? current : current.replace(theirs, () => stainless);
}

/**
 * sdkgen's client.ts declaring `ClientOptions` with the owners' `lines`: added to its own interface if it declares
 * one, else as an interface extending the one it imports (renamed CoreClientOptions), in place of its
 * `export type { ClientOptions };`. Null when neither is there, or the new name is taken.
 */
export function withOptionLines(target: string, lines: string[]): string | null {
  const own = clientOptionsDeclaration(target);
  if (own !== null) {
    const close = own.lastIndexOf('\n}');
    return target.replace(own, () => `${own.slice(0, close)}\n${lines.join('\n')}${own.slice(close)}`);
  }
  if (new RegExp(`\\b${CORE_OPTIONS}\\b`).test(target)) return null;
  const statement = /^import\s*\{([^}]*)\}\s*from\s*['"][^'"]+['"];?[ \t]*$/m;
  let renamed = false;
  const imported = target.replace(new RegExp(statement.source, 'gm'), (whole: string, names: string) => {
    if (renamed) return whole;
    const binding = /(^|[\s,{])((?:type\s+)?ClientOptions)(?=\s*(?:,|$))/;
    if (!binding.test(names)) return whole;
    renamed = true;
    return whole.replace(names, () =>
      names.replace(binding, (_m, before: string, name: string) => `${before}${name} as ${CORE_OPTIONS}`),
    );
  });
  const reexport = /^export\s+type\s*\{\s*ClientOptions\s*\};?[ \t]*$/m;
  if (!renamed || !reexport.test(imported)) return null;
  const declaration = [
    `/** The client's options: sdkgen's (${CORE_OPTIONS}), and those you added. */`,
    `export interface ClientOptions extends ${CORE_OPTIONS} {`,
    ...lines,
    '}',
  ].join('\n');
  return imported.replace(reexport, () => declaration);
}

/** The lines between an interface's opening line and its `}`. */
function bodyOf(declaration: string): string[] {
  return declaration.split('\n').slice(1, -1);
}

/** How many non-blank lines of `a` the longest common subsequence matches. */
function countMatched(a: string[], b: string[], table: number[][], same: (i: number, j: number) => boolean): number {
  let count = 0;
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    if (same(i, j)) {
      if (a[i].trim() !== '') count++;
      i++;
      j++;
    } else if (table[i][j + 1] >= table[i + 1][j]) j++;
    else i++;
  }
  return count;
}

/**
 * Each run of added lines moved up while the line above it is the same as its last: an option added before the next
 * of Stainless's doc comments is found as its own lines from `*` to that comment's `/**`; moved, it opens with its
 * own `/**` and ends with its member, as the owners wrote it.
 */
function slideUp(lines: string[], added: boolean[]): void {
  for (let end = 1; end <= lines.length; end++) {
    if (!added[end - 1] || added[end]) continue;
    let start = end - 1;
    while (start > 0 && added[start - 1]) start--;
    let [s, e] = [start, end];
    while (s > 0 && !added[s - 1] && lines[s - 1].trim() === lines[e - 1].trim()) {
      added[s - 1] = true;
      added[e - 1] = false;
      s--;
      e--;
    }
  }
}

function trimBlank(lines: string[]): string[] {
  let [start, end] = [0, lines.length];
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}

/**
 * sdkgen's src/index.ts exporting `ClientOptions` from client.ts, as Stainless's does, once client.ts declares the
 * owners' interface: `import { ClientOptions } from 'pkg'` then names the options the client's constructor takes
 * (sdkgen's, where an owners' member narrows one of them, would not be assignable to it). Null when it does not
 * export `ClientOptions` from client-core.
 */
export function withOptionsFromClient(index: string): string | null {
  const lines = index.split('\n');
  const core = lines.findIndex((line) =>
    /^export\s*\{[^}]*\btype\s+ClientOptions\s*[,}][^}]*\}?\s*from\s*'\.\/client-core(?:\.js)?';\s*$/.test(line),
  );
  if (core < 0) return null;
  const ext = /client-core(\.js)?'/.exec(lines[core])?.[1] ?? '';
  const names = (/\{([^}]*)\}/.exec(lines[core])?.[1] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '' && name !== 'type ClientOptions');
  const coreLine = names.length === 0 ? [] : [lines[core].replace(/\{[^}]*\}/, `{ ${names.join(', ')} }`)];
  const client = lines.findIndex((line) => /^export\s*\{[^}]*\}\s*from\s*'\.\/client(?:\.js)?';\s*$/.test(line));
  const out = [...lines];
  if (client >= 0) out[client] = out[client].replace(/\s*\}/, ', type ClientOptions }');
  const added = client < 0 ? [`export { type ClientOptions } from './client${ext}';`] : [];
  out.splice(core, 1, ...added, ...coreLine);
  return out.join('\n');
}
