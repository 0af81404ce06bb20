/**
 * Whether a line the owners add to a page class of the pagination module (Stainless's `AbstractPage` form, written by
 * hand or edited: hetzner-ts's `ServersPage`, its last-page guard) says nothing sdkgen's declarative page class of that
 * name does not hold (done-by-sdkgen.ts reads a class that pages as sdkgen's with this). sdkgen's class holds:
 * - Stainless's own template lines: the class's header, the constructor copying the body's fields, `getPaginatedItems()` returning the
 *   items field sdkgen's shape reads, the deprecated `nextPageParams()`, and any line of a page class in Stainless's
 *   module (page class names read alike);
 * - a field of the page (a declaration, or its copy from the body) sdkgen's `…Response` interface declares;
 * - in a next-page method: a binding of a response field, the next page's request by the page parameter sdkgen's shape
 *   sends, and a guard ending the list on the last page as sdkgen's class reads the current and last page
 *   (owners/page-last.ts), with its `return null;` and braces.
 * Any other line (a guard of their own, a bare `return null;`, a method or statement sdkgen has no form of) is not
 * held: the hunk is then carried or left for a person, never listed as done.
 */
import { BINDING, GUARD, PAGE_CLASS, sdkgenPage, type SdkgenPage } from '../owners/page-guards';
import { lastPageFields, lastPageGuard, ownersBindings } from '../owners/page-last';

/** A line as compared with a template's: trimmed, page classes' names (`ServersPage`, `…PageParams`) read alike. */
const normalized = (line: string) =>
  line.trim().replace(/\b[\w$]*Page(Response|Params)?\b/g, (_, suffix: string | undefined) => `PAGE${suffix ?? ''}`);

/** Stainless's `AbstractPage` template lines that hold nothing of their own (as `normalized` reads them). */
const TEMPLATE = new Set([
  'constructor(',
  'client: APIClient,',
  'response: Response,',
  'body: PAGEResponse<Item>,',
  'options: FinalRequestOptions,',
  ') {',
  'super(client, response, body, options);',
  'getPaginatedItems(): Item[] {',
  'nextPageParams(): Partial<PAGEParams> | null {',
  'const info = this.nextPageInfo();',
  'if (!info) return null;',
  "if ('params' in info) return info.params;",
  'const params = Object.fromEntries(info.url.searchParams);',
  'if (!Object.keys(params).length) return null;',
  'return params;',
  'nextPageInfo(): PageInfo | null {',
]);

/** Braces closing a block (a method's, a guard's, the constructor's head). */
const CLOSING = /^[}\])]+[;,]?$/;

const NEXT_PAGE_METHOD = /^ {2}(?:async\s+)?(nextPageInfo|nextPageParams|nextPageRequestOptions)\s*\(/;

const templatesOf = new WeakMap<readonly string[], Set<string>>();

/** The lines of Stainless's page classes in its pagination module (`base`), as `normalized` reads them. */
function templateLines(base: readonly string[]): Set<string> {
  let lines = templatesOf.get(base);
  if (lines !== undefined) return lines;
  lines = new Set();
  for (let i = 0; i < base.length; i++) {
    if (!/^export (?:abstract )?class /.test(base[i]) || !PAGE_CLASS.test(base.slice(i, i + 3).join('\n'))) continue;
    for (let j = i + 1; j < base.length && !/^\}/.test(base[j]); j++) lines.add(normalized(base[j]));
  }
  templatesOf.set(base, lines);
  return lines;
}

/** The first line of the method line `at` of a class is in (`  nextPageInfo(): … {`), or -1 where none. */
function methodStart(edited: readonly string[], at: number): number {
  for (let i = at; i >= 0; i--) {
    if (/^ {2}\}/.test(edited[i]) && i < at) return -1;
    if (/^ {2}(?:(?:async|static|get|set|protected|private|public|override)\s+)*[\w$]+\s*[(<]/.test(edited[i]))
      return i;
    if (/^\S/.test(edited[i])) return -1;
  }
  return -1;
}

/** The lines of the method starting at `start`, to its closing brace. */
function methodLines(edited: readonly string[], start: number): string[] {
  const end = edited.findIndex((line, i) => i > start && /^ {2}\}/.test(line));
  return edited.slice(start, end < 0 ? edited.length : end + 1).map((line) => line.replace(/\n$/, ''));
}

/** Whether `name` is a field of sdkgen's page: the items its shape reads, or a member its `…Response` declares. */
const pageField = (name: string, ours: SdkgenPage) =>
  ours.fields.get('items')?.split('.')[0] === name || ours.typeOf(name) !== null;

/**
 * Whether line `at` of the owners' module (`edited`), in their page class `className`, says nothing sdkgen's class of
 * that name (in `rendered`, sending `pageParam` as its page) does not hold; `base` is Stainless's module.
 */
export function pageClassLineHolds(
  at: number,
  edited: readonly string[],
  base: readonly string[],
  className: string,
  pageParam: string | null,
  rendered: ReadonlyArray<{ path: string; contents: string }>,
): boolean {
  const line = edited[at].replace(/\n$/, '');
  const trimmed = line.trim();
  if (trimmed === '' || /^(\/\/|\/\*|\*)/.test(trimmed) || CLOSING.test(trimmed)) return true;
  const ours = sdkgenPage(className, rendered);
  if (ours === null) return false;
  // A `return null;` of its own holds only as the body of a guard that holds.
  if (trimmed === 'return null;') {
    let before = at - 1;
    while (before >= 0 && edited[before].trim() === '') before--;
    return before >= 0 && /\{\s*$/.test(edited[before]) && GUARD.test(edited[before]) && lineHolds(before);
  }
  return lineHolds(at);

  function lineHolds(i: number): boolean {
    const text = edited[i].replace(/\n$/, '');
    const plain = normalized(text);
    if (TEMPLATE.has(plain)) return true;
    // (The class's own header: `export class ServersPage<Item> extends AbstractPage<Item> implements …Response<Item> {`.)
    // (Wrapped by Prettier one clause a line too.)
    if (
      /^(?:export class PAGE<Item>)?(?: ?extends PAGE<Item>)?(?: ?implements PAGEResponse<Item>)?(?: ?\{)?$/.test(plain)
    )
      return true;
    // (A field: its declaration, its copy from the body, `getPaginatedItems()`'s return of the items.)
    const declared = /^ {2}([\w$]+)\??: [^;]+;$/.exec(text)?.[1];
    if (declared !== undefined) return pageField(declared, ours!);
    const copied = /^this\.([\w$]+) = body\.([\w$]+)(?: (?:\|\||\?\?) (?:\{\}|\[\]))?;$/.exec(plain);
    if (copied !== null) return copied[1] === copied[2] && pageField(copied[1], ours!);
    const returned = /^return this\.([\w$.]+)(?: \?\? \[\])?;$/.exec(plain)?.[1];
    if (returned !== undefined) return returned === ours!.fields.get('items');
    const start = methodStart(edited, i);
    if (start >= 0 && NEXT_PAGE_METHOD.test(edited[start])) {
      if (BINDING.test(text)) return true;
      const param = /^return \{ params: \{ ([\w$]+): [\w$.]+ \} \};$/.exec(plain)?.[1];
      if (param !== undefined) return param === pageParam;
      const cond = GUARD.exec(text)?.[1];
      const last = lastPageFields(ours!);
      if (cond !== undefined && last !== null && lastPageGuard(cond, ownersBindings(methodLines(edited, start)), last))
        return true;
    }
    return templateLines(base).has(plain);
  }
}
