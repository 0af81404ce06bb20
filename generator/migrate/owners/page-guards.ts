/**
 * Owners' fixes to a Stainless page class's next-page method that end the list where the page's response lacks the
 * value the next request is built from (arcade's `OffsetPage.nextPageRequestOptions`: `const offset = this.offset ??
 * 0;` → `const offset = this.offset; if (typeof offset !== 'number') { return null; }`, once `if (!offset)` that also
 * ended the list at offset 0). sdkgen's page classes are declarative (a `static shape` read by `core/page-base`'s
 * runtime): there is no method body for such an edit to land on. Where sdkgen's page class of that name reads the same
 * response field for the same purpose, and its runtime ends the list exactly where the owners' guard does, the edit is
 * done by sdkgen and listed with the test that shows it against a server; any other edit of a page class stays for a
 * person.
 *
 * The guard is judged on the owners' whole method (the hunk applied to Stainless's), not the hunk's lines alone: each
 * condition on the value that returns null must be one sdkgen's runtime ends the list on too (absent or null, an empty
 * string for a cursor), none other (`!offset` ends at offset 0, where sdkgen's pages on), and the value must be read
 * from the field as it is (no `?? 0` left).
 */

import { changedLines } from '../reapply/changed-lines';

/** The methods of Stainless's page classes (both eras) that say whether, and how, there is a next page. */
const NEXT_PAGE_METHODS = /^(\s+)(?:async\s+)?(nextPageRequestOptions|nextPageInfo|nextPageParams|hasNextPage)\s*\(/;

/**
 * The keys of sdkgen's page shapes naming a response field that, absent (or null, or `''`), ends the list (see
 * templates/base/src/core/page-base.ts.hbs: `OffsetPage` with `offsetStart`, `CursorPage`, `NextURLPage`), each with
 * the base class that reads it so.
 */
const ENDS_WHERE_ABSENT: Record<string, { base: string; purpose: string; test: string }> = {
  offsetStart: {
    base: 'OffsetPage',
    purpose: 'where the page starts (`offset_count_start_field`)',
    test: 'test/migrate-page-guard-done.test.ts › an offset page whose response has no offset is the last; one at offset 0 pages on',
  },
  nextCursor: {
    base: 'CursorPage',
    purpose: 'the next cursor (`next_cursor_field`)',
    test: 'test/runtime/pagination.test.ts › cursors › a page whose response has no next cursor, or a null one, is the last',
  },
  nextUrl: {
    base: 'NextURLPage',
    purpose: 'the next page’s URL (`next_url_field`)',
    test: 'test/runtime/pagination.test.ts › next URLs › a page whose response has no next link, or a null one, is the last',
  },
};

/**
 * `const offset = this.offset;` (or with a default: `this.offset ?? 0`, `this.offset || 0`), of a nested field too
 * (`const next = this.meta?.pagination?.next;`).
 */
export const BINDING = /^\s*(?:const|let)\s+([\w$]+)\s*=\s*this((?:\??\.[\w$]+)+)\s*(?:(\?\?|\|\|)\s*[^;]+)?;\s*$/;
/** A response field read in place in a condition: `this.meta?.pagination?.next`. */
const READ = /\bthis((?:\??\.[\w$]+)+)/g;
/** A body path as `this.…` reads it (`?.meta?.next` → `meta.next`). */
export const pathOf = (access: string) => access.replace(/\?\./g, '.').slice(1);
/** `text` matched literally in a regular expression. */
export const literal = (text: string) => text.replace(/[$.?*+()[\]{}|^\\]/g, '\\$&');
/** `if (cond) {` or `if (cond) return null;`. */
export const GUARD = /^\s*if\s*\((.+)\)\s*(?:\{|return\s+null;)\s*$/;
const CLOSING = /^\s*(?:\}|return\s+null;)\s*$/;
/** A class member's header, at Stainless's two spaces: `  nextPageInfo(): PageInfo | null {`, `  constructor(`. */
const MEMBER = /^ {2}(?:(?:async|static|get|set|protected|private|public|override|abstract)\s+)*[\w$#]+\s*[(<]/;

/**
 * A page class's declaration, wrapped or not: `export class X<Item> extends AbstractPage<Item>`, its items constrained
 * or not (`<Item extends { id: string }>`).
 */
export const PAGE_CLASS =
  /^export (?:abstract )?class [\w$]+(?:<Item(?: extends \{[^{}]*\})?>)?\s+extends AbstractPage</;

/**
 * sdkgen's page class of a name: the base class it extends and the response fields its shape reads, by key (a path
 * in the body joined by `.`: `pagination.has_more`).
 */
export interface SdkgenPage {
  base: string;
  fields: Map<string, string>;
  /** A response field's declared type (`number`, `string | null`), from the class's `…Response` interface. */
  typeOf: (field: string) => string | null;
  /** Whether that interface declares the field required (`has_more: boolean`, not `has_more?: boolean`). */
  required: (field: string) => boolean;
}

/** sdkgen's page class `name` in one of `writes`, or null. */
export function sdkgenPage(name: string, writes: ReadonlyArray<{ path: string; contents: string }>): SdkgenPage | null {
  for (const { path, contents } of writes) {
    if (!/\.ts$/.test(path)) continue;
    const m = new RegExp(
      `^export class ${name.replace(/\$/g, '\\$')}<Item> extends ([\\w$]+)<Item>[^{]*\\{\\n([\\s\\S]*?)^\\}`,
      'm',
    ).exec(contents);
    const shape = m && /static override shape = \{([\s\S]*?)\};/.exec(m[2])?.[1];
    if (!m || !shape) continue;
    // `import { OffsetPage as OffsetPageBase } from './core/page-base.js'`
    const base = new RegExp(`\\b([\\w$]+) as ${m[1].replace(/\$/g, '\\$')}\\b`).exec(contents)?.[1] ?? m[1];
    const fields = new Map<string, string>();
    for (const f of shape.matchAll(/\b([\w$]+): \[((?:'[\w$]+'(?:, )?)+)\]/g))
      fields.set(f[1], [...f[2].matchAll(/'([\w$]+)'/g)].map((m) => m[1]).join('.'));
    const response = new RegExp(
      `^export interface ${name.replace(/\$/g, '\\$')}Response<Item> \\{\\n([\\s\\S]*?)^\\}`,
      'm',
    ).exec(contents)?.[1];
    const typeOf = (field: string) => {
      if (response === undefined) return null;
      // (A nested field's interfaces in this module first, else in the SDK's others: `Shared.ResponseMeta`.)
      const others = writes.filter((w) => /\.ts$/.test(w.path) && w.contents !== contents).map((w) => w.contents);
      return fieldType([contents], response, field) ?? fieldType(others, response, field);
    };
    const required = (field: string) =>
      response !== undefined && new RegExp(`^\\s+${field}: [^;]+;$`, 'm').test(response);
    return { base, fields, typeOf, required };
  }
  return null;
}

/**
 * A body field's declared type in a page's `…Response` interface (`response`, its members), a nested one (`meta.next`)
 * through the interfaces its parents' types name (`meta: XResponse.Meta | null` → `export interface Meta {`) in
 * `texts`; null where their interfaces of that name say different things.
 */
function fieldType(texts: string[], response: string, field: string): string | null {
  let members = [response];
  const keys = field.split('.');
  for (const [i, key] of keys.entries()) {
    // (An inline object's members, `pagination?: {` to its closing brace at that indentation, read as a member list.)
    const inline = members.map((m) => inlineMembers(m, key));
    if (inline.every((m) => m !== null)) {
      if (i === keys.length - 1) return 'object';
      members = inline;
      continue;
    }
    const types = new Set(
      members.map((m) => new RegExp(`^\\s+${literal(key)}\\??: ([^;]+);$`, 'm').exec(m)?.[1] ?? null),
    );
    const type = types.size === 1 ? [...types][0] : null;
    if (type === null || i === keys.length - 1) return type;
    const named = type
      .split('|')
      .map((t) => t.trim())
      .filter((t) => t !== 'null' && t !== 'undefined');
    const qualified = named.length === 1 ? /^(?:([\w$]+)\.)?([\w$]+)$/.exec(named[0]) : null;
    if (qualified === null) return null;
    const [, namespace, name] = qualified;
    // (To the closing brace at the interface's own indentation: an inline object's `};` does not end it.)
    const header = new RegExp(`^(\\s*)export interface ${literal(name)} \\{\\n([\\s\\S]*?)^\\1\\}`, 'gm');
    const interfaces = (text: string) => [...text.matchAll(header)].map((m) => m[2]);
    // The one in the namespace the type names (`ServersPageResponse.Meta`), where a module has it; else every one of
    // that name (their members then read alike, or the lookup gives up).
    const own = namespace === undefined ? [] : texts.flatMap((text) => interfaces(namespaceText(text, namespace)));
    members = own.length > 0 ? own : texts.flatMap(interfaces);
    if (members.length === 0) return null;
  }
  return null;
}

/** The body of `export namespace <name> {` in `text`, to its closing brace at its own indentation, or ''. */
function namespaceText(text: string, name: string): string {
  return (
    new RegExp(`^(\\s*)export (?:declare )?namespace ${literal(name)} \\{\\n([\\s\\S]*?)^\\1\\}`, 'm').exec(
      text,
    )?.[2] ?? ''
  );
}

/** The members of `key`'s inline object type in a member list (`pagination?: {` … `};`), or null where it has none. */
function inlineMembers(members: string, key: string): string | null {
  const open = new RegExp(`^(\\s+)${literal(key)}\\??: \\{$`, 'm').exec(members);
  if (open === null) return null;
  const rest = members.slice(open.index + open[0].length + 1);
  const close = new RegExp(`^${open[1]}\\}`, 'm').exec(rest);
  return close === null ? null : rest.slice(0, close.index);
}

/**
 * Whether `cond` ends the list exactly where sdkgen's runtime does for a value of declared type `type`: absent or
 * null (`typeof x !== 'number'` where it is declared a number, `x == null`, `x === null || x === undefined`), or
 * (`!x`) also empty where it is a string, which sdkgen's cursor and URL pages end on too.
 */
function endsWhereAbsent(cond: string, name: string, type: string): boolean {
  const x = literal(name);
  const kinds = type.split('|').map((t) => t.trim());
  const values = kinds.filter((t) => t !== 'null' && t !== 'undefined');
  const typed = new RegExp(`^typeof ${x} !== '(number|string)'$`).exec(cond.trim())?.[1];
  if (typed !== undefined) return values.length === 1 && values[0] === typed;
  if (
    new RegExp(
      `^${x} == null$|^${x} === null \\|\\| ${x} === undefined$|^${x} === undefined \\|\\| ${x} === null$`,
    ).test(cond.trim())
  )
    return true;
  return new RegExp(`^!${x}$`).test(cond.trim()) && values.length === 1 && values[0] === 'string';
}

/**
 * Lines with a statement's head wrapped over several (`if (\n  offset === null ||\n  offset === undefined\n) {`, as
 * Prettier wraps a long condition) joined into one, its parentheses balanced.
 */
function joined(lines: string[]): string[] {
  const out: string[] = [];
  let open = 0;
  for (const line of lines) {
    // (A comment's parentheses open nothing.)
    const code = /^\s*(?:\/\/|\/\*|\*)/.test(line) ? '' : line;
    const depth = (code.match(/\(/g) ?? []).length - (code.match(/\)/g) ?? []).length;
    if (open > 0) out[out.length - 1] += `${/[(]$/.test(out[out.length - 1]) ? '' : ' '}${line.trim()}`;
    else out.push(line);
    open = Math.max(0, open + depth);
  }
  return out.map((line) => line.replace(/\(\s+/g, '(').replace(/\s+\)/g, ')'));
}

/**
 * A unified-diff hunk read against Stainless's file: the 0-based index of its first line there (for `-155,0`, an
 * insertion after line 155, the line it goes before), how many lines of that file it spans, the index of its first
 * changed line, and its lines as the owners' file has them (context and added).
 */
export function readHunk(
  hunk: string,
): { start: number; count: number; firstChange: number; lastChange: number; theirs: string[] } | null {
  const header = /^@@ -(\d+)(?:,(\d+))? /m.exec(hunk);
  if (header === null) return null;
  const count = Number(header[2] ?? '1');
  const start = count === 0 ? Number(header[1]) : Number(header[1]) - 1;
  const body = hunk.slice(hunk.indexOf('\n', header.index) + 1).split('\n');
  if (body.at(-1) === '') body.pop();
  // Where each changed line is in Stainless's file: a removed line's own index, an added line half a line before
  // the one it goes before (after a method's header, before its closing brace).
  let at = start;
  const changes: number[] = [];
  for (const line of body) {
    if (line.startsWith('-')) changes.push(at++);
    else if (line.startsWith('+')) changes.push(at - 0.5);
    else at++;
  }
  if (changes.length === 0) return null;
  return {
    start,
    count,
    firstChange: Math.min(...changes),
    lastChange: Math.max(...changes),
    theirs: body.filter((line) => line.startsWith(' ') || line.startsWith('+')).map((line) => line.slice(1)),
  };
}

/**
 * The owners' next-page method a hunk of Stainless's page class changes (`nextPageRequestOptions`, `nextPageInfo`, …):
 * the class, the method, the lines the hunk takes out and puts in (a wrapped condition joined), and the owners' whole
 * method (Stainless's with the hunk applied); null where the hunk is elsewhere, or changes more than bindings of a
 * response field, guards returning null and their braces, or adds no guard.
 */
export function ownersNextPageMethod(
  hunk: string,
  stainless: string,
): { className: string; method: string; removed: string[]; added: string[]; owners: string[] } | null {
  const span = readHunk(hunk);
  if (span === null) return null;
  const base = stainless.split('\n');
  const changed = changedLines(hunk);
  const [removed, added] = [joined(changed.removed), joined(changed.added)];
  // The method the hunk is in (the nearest member header above it, its closing brace below), and its class.
  let header = -1;
  for (let i = Math.floor(span.firstChange); i >= 0; i--) {
    if (MEMBER.test(base[i]) || /^\S/.test(base[i])) {
      header = NEXT_PAGE_METHODS.test(base[i]) ? i : -1;
      break;
    }
  }
  if (header < 0) return null;
  const [, indent, method] = NEXT_PAGE_METHODS.exec(base[header])!;
  const end = base.findIndex((line, i) => i > header && line === `${indent}}`);
  if (end < 0 || span.firstChange <= header || span.lastChange >= end) return null;
  let className: string | null = null;
  for (let i = header - 1; i >= 0; i--) {
    if (/^\}/.test(base[i])) break;
    const m = /^export (?:abstract )?class ([\w$]+)/.exec(base[i]);
    if (!m) continue;
    // (`export class X<Item> extends AbstractPage<Item> …`, wrapped or not.)
    const declaration = base.slice(i, header).join('\n');
    if (PAGE_CLASS.test(declaration)) className = m[1];
    break;
  }
  if (className === null) return null;
  // Only bindings of the value, guards on it and their braces, in what the hunk takes out and puts in.
  const plain = (line: string) =>
    line.trim() === '' ||
    /^\s*(?:\/\/|\/\*|\*)/.test(line) ||
    BINDING.test(line) ||
    GUARD.test(line) ||
    CLOSING.test(line);
  if (![...removed, ...added].every(plain) || !added.some((line) => GUARD.test(line))) return null;

  // The owners' method: Stainless's with the hunk applied (its header, above the first change, where it was).
  const theirs = [...base.slice(0, span.start), ...span.theirs, ...base.slice(span.start + span.count)];
  const owners = joined(theirs.slice(header, end + 1 + span.theirs.length - span.count));
  return { className, method, removed, added, owners };
}

/**
 * What the report says of a hunk that is such a guard sdkgen's page class has, with the test that shows it, or null
 * where it is not one.
 */
export function pageGuardDone(
  hunk: string,
  stainless: string,
  writes: ReadonlyArray<{ path: string; contents: string }>,
): { does: string; test: string } | null {
  const read = ownersNextPageMethod(hunk, stainless);
  if (read === null) return null;
  const { className, method, added, owners } = read;
  const bindings = owners.flatMap((line) => {
    const m = BINDING.exec(line);
    return m ? [{ name: m[1], field: pathOf(m[2]), defaulted: m[3] !== undefined }] : [];
  });
  // A field a guard reads in place (`if (!this.meta?.next) return null;`) stands as its own binding.
  for (const line of owners) {
    for (const read of GUARD.exec(line)?.[1].matchAll(READ) ?? [])
      if (!bindings.some((b) => b.name === read[0]))
        bindings.push({ name: read[0], field: pathOf(read[1]), defaulted: false });
  }
  const mentions = (cond: string, name: string) => new RegExp(`(?<![\\w$.])${literal(name)}(?![\\w$])`).test(cond);
  const guarded = added.flatMap((line) => {
    const cond = GUARD.exec(line)?.[1];
    return cond === undefined ? [] : bindings.filter((b) => mentions(cond, b.name));
  });
  if (guarded.length === 0) return null;
  const value = guarded[0];
  if (guarded.some((b) => b.name !== value.name) || bindings.some((b) => b.name === value.name && b.defaulted))
    return null;
  // Reassigned later (`offset = …`): the guard is not on the field as it is.
  if (owners.some((line) => new RegExp(`^\\s*${literal(value.name)}\\s*[-+*/|&?]*=[^=]`).test(line))) return null;

  const ours = sdkgenPage(className, writes);
  const role = ours && [...ours.fields].find(([key, field]) => field === value.field && key in ENDS_WHERE_ABSENT)?.[0];
  if (!ours || !role || ENDS_WHERE_ABSENT[role].base !== ours.base) return null;
  const type = ours.typeOf(value.field);
  if (type === null) return null;
  // Every condition on the value that ends the list, in the owners' method, is one sdkgen's runtime ends it on.
  let byType = false;
  for (const line of owners) {
    const cond = GUARD.exec(line)?.[1];
    if (cond === undefined || !mentions(cond, value.name)) continue;
    if (!endsWhereAbsent(cond, value.name, type)) return null;
    byType ||= /^typeof /.test(cond.trim());
  }
  const does =
    `\`${className}.${method}()\` returns no next page where the response has no \`${value.field}\` (absent or null), ` +
    `as the owners' guard makes it: sdkgen's \`${className}\` reads \`${value.field}\` from the response as ` +
    `${ENDS_WHERE_ABSENT[role].purpose} and ends the list without it` +
    (type === 'number' ? `, and pages on where it is 0` : '') +
    // (Outside the declared type the two differ: sdkgen's offset page reads `"4"` as 4, where `typeof` ended the list.)
    (type === 'number' && byType
      ? `; a numeric string in its place (not the number the response declares), which the owners' \`typeof\` check ` +
        `ended the list on, sdkgen reads as that number and pages on`
      : '');
  return { does, test: ENDS_WHERE_ABSENT[role].test };
}

/**
 * The rejected hunks without the page-class guards sdkgen's page classes have (pageGuardDone), each dropped hunk
 * listed in `doneBySdkgen` with the test that shows it.
 */
export function dropPageGuardsDoneBySdkgen(
  rejected: Array<{ path: string; hunks: string[] }>,
  stainless: (path: string) => string | undefined,
  writes: ReadonlyArray<{ path: string; contents: string }>,
  doneBySdkgen: Array<{ path: string; does: string; test: string }>,
  /** Other edits of a page class judged as done by sdkgen's (page-has-more.ts), after the guards. */
  others: ReadonlyArray<typeof pageGuardDone> = [],
): Array<{ path: string; hunks: string[] }> {
  return rejected
    .map(({ path, hunks }) => {
      const base = /\.ts$/.test(path) ? stainless(path) : undefined;
      if (base === undefined || !/\bextends AbstractPage<Item>/.test(base)) return { path, hunks };
      const kept = hunks.filter((hunk) => {
        let done = pageGuardDone(hunk, base, writes);
        for (const judge of others) done ??= judge(hunk, base, writes);
        if (done === null) return true;
        doneBySdkgen.push({ path, ...done });
        return false;
      });
      return { path, hunks: kept };
    })
    .filter(({ hunks }) => hunks.length > 0);
}
