/**
 * Stainless's own items of a package.json whose pristine copy the base lacks (the owners created the file before
 * Stainless generated the SDK into it, as openai-node's of 2022): the file as it is, less every item a line of which
 * the owners wrote (git blame, repository/line-authors.ts). Against it, the merge (package-json.ts) tells the owners'
 * dependencies, scripts and settings from Stainless's as it does against a base: what is theirs is kept, what is
 * Stainless's follows sdkgen's build.
 *
 * An item is a top-level key with a plain value (`private`), an entry of a top-level mapping (`scripts.bench`,
 * `devDependencies.publint`, `engines.node`) or an element of a top-level list (`files`); it is the owners' when any
 * line it spans (but a line of brackets) is.
 */
import { isObject, parseObject, type JsonObject } from '../json-object';
import { linesByStainless } from '../repository/line-authors';
import type { RepoFile } from '../repository/checkout-files';

interface Span {
  /** Key path: `["scripts", "bench"]`, or `["files", "0"]` for a list's element. */
  path: string[];
  first: number;
  last: number;
}

/** `text` (a JSON object) less the items the owners wrote (`byStainless[i]`: line i + 1 is Stainless's), as JSON. */
export function stainlessItems(text: string, byStainless: readonly boolean[]): string | null {
  const json = parseObject(text);
  if (json === null) return null;
  const spans = itemSpans(text);
  const lines = text.split('\n');
  // (A line of brackets alone says nothing of whose the item is: adding the next entry rewrites its `},`.)
  const owners = (path: string[]) => {
    const span = spans.find((s) => s.path.length === path.length && s.path.every((p, i) => p === path[i]));
    if (span === undefined) return true;
    for (let line = span.first; line <= span.last; line++)
      if (/[A-Za-z0-9]/.test(lines[line] ?? '') && byStainless[line] !== true) return true;
    return false;
  };
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(json)) {
    if (isObject(value)) out[key] = Object.fromEntries(Object.entries(value).filter(([name]) => !owners([key, name])));
    else if (Array.isArray(value)) out[key] = value.filter((_, i) => !owners([key, String(i)]));
    else if (!owners([key])) out[key] = value;
  }
  return JSON.stringify(out, null, 2);
}

/** The lines (0-based) each item of a JSON object's text spans, from its key (or element) to its value's end. */
function itemSpans(text: string): Span[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let [lo, hi] = [0, lineStarts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const spans: Span[] = [];
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at])) at++;
  };
  const readString = (): string => {
    const start = at;
    for (at++; at < text.length && text[at] !== '"'; at++) if (text[at] === '\\') at++;
    at++;
    return JSON.parse(text.slice(start, at)) as string;
  };
  // Reads the value at `at`, recording the items under `path` (top-level keys and their entries).
  const readValue = (path: string[]): void => {
    skipSpace();
    const open = text[at];
    if (open === '"') {
      readString();
      return;
    }
    if (open !== '{' && open !== '[') {
      while (at < text.length && !/[\s,}\]]/.test(text[at])) at++;
      return;
    }
    const close = open === '{' ? '}' : ']';
    at++;
    for (let index = 0; ; index++) {
      skipSpace();
      if (text[at] === close || at >= text.length) break;
      const first = lineAt(at);
      let key = String(index);
      if (open === '{') {
        key = readString();
        skipSpace();
        at++; // the colon
      }
      readValue([...path, key]);
      if (path.length < 2) spans.push({ path: [...path, key], first, last: lineAt(Math.max(at - 1, 0)) });
      skipSpace();
      if (text[at] === ',') at++;
    }
    at++;
  };
  readValue([]);
  return spans;
}

/**
 * Stainless's items of the repository's package.json where the base has none of its own (the owners created the file
 * before Stainless generated into it): told by who wrote each line, so that the owners' items are kept as theirs.
 */
export function stainlessPackageItems(
  repo: string,
  base: { texts: Map<string, string> } | null,
  current: RepoFile[],
): string | null {
  const text = current.find((f) => f.path === 'package.json')?.text;
  if (base === null || base.texts.has('package.json') || text == null) return null;
  const lines = linesByStainless(repo, 'package.json');
  return lines === null ? null : stainlessItems(text, lines);
}
