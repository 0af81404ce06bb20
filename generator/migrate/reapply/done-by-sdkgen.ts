/**
 * Owners' edits whose result sdkgen's module has in a form of its own, left out rather than placed beside it (placed,
 * they would import or declare a name twice). Issue 89, hetzner's page written by hand (`ServersPage`, which
 * `servers.list` returns): once the config pages the method with it, sdkgen writes the page, its import, the method
 * and the namespace's export itself. A hunk is done when no line it removes is in sdkgen's module and each line it
 * adds is one of:
 * - a line of sdkgen's module naming a page class of the SDK (`ServersPage`, `ServersServersPage`), calls through the
 *   client read alike (Stainless's 2023 resources called `this.getAPIList(…)` where sdkgen's call
 *   `this._client.getAPIList(…)`);
 * - an import of names sdkgen's module imports already, from the same module;
 * - a namespace's export of a name (`export import X = A.X;`, `export type X = _X;`) sdkgen's module exports in that
 *   namespace already, or, where sdkgen's module has no such namespace (its client's), a name the SDK declares;
 * - a local alias (`type _X = X;`) that only such exports use;
 * - in the pagination module, a line of a page class (or of its `…Params`, `…Response`) sdkgen's module has and that
 *   pages as sdkgen's does: the same items field, page or cursor parameter, and last-page field (page-classes.ts
 *   reads the owners' class);
 * - a member of an interface or class sdkgen's module has from another of its modules, that declares the member
 *   there (members-declared.ts: the owners' `ClientOptions` members, declared in sdkgen's client-core.ts);
 * - in a resource method, a request header sent from the same-named params field as sdkgen's method of that name
 *   sends it, and the lines binding that field (headers-from-params.ts: writer's `files.upload` `Content-Type`);
 * - in a hunk that only adds, a member (or a nested namespace or interface, or the brace closing it) sdkgen's module
 *   declares in the same place (members-in-place.ts: anchorbrowser's hand-added `force_popups_as_tabs?`, which the
 *   later spec gives sdkgen's interface: placed, the interface would declare it twice);
 * - a comment or a blank line (one line at least being of the kinds above).
 *
 * A hunk that only takes out Stainless's property of a resource sdkgen's client declares callable is done too
 * (callable-resources.ts: sdkgen's property is made the method alone).
 */
import { posix } from 'node:path';
import type { Hunk } from '../../write/merge';
import { publishedAs } from '../repository/release';
import { pageSchemes } from '../derived-config/page-classes';
import { memberDeclaredBySdkgen } from './members-declared';
import { headerFromParamsDone } from './headers-from-params';
import { declaredPlaces, inPlaceInSdkgen } from './members-in-place';
import { droppedMethodDone, droppedResourceDone } from './callable-resources';
import { pageClassLineHolds } from './page-class-lines';

export type DoneBySdkgen = (hunk: Hunk, base: string[], edited: string[]) => boolean;

/** The judge of hunks against `target` (sdkgen's module), the SDK's files being `rendered`. */
export function doneBySdkgen(
  file: string,
  target: string,
  rendered: ReadonlyArray<{ path: string; contents: string }>,
): DoneBySdkgen {
  const targetLines = target.split('\n');
  const ours = new Set(targetLines.map(comparable));
  const packageName = publishedAs(rendered.find((f) => f.path === 'package.json')?.contents ?? null).name;
  const imported = importedNames(target, file, packageName);
  const pages = sdkgenPages(target);
  const pageNames = sdkPageNames(rendered);
  const namesPage = (line: string) =>
    [...line.matchAll(/[\w$]+/g)].some((w) => pageNames.some((p) => w[0].endsWith(p)));
  let declared: Set<string> | null = null;
  const declaredInSdk = (name: string) =>
    (declared ??= new Set(
      rendered.flatMap((f) =>
        [
          ...f.contents.matchAll(
            /^export (?:declare )?(?:abstract )?(?:class|interface|type|const|function) ([\w$]+)/gm,
          ),
        ].map((m) => m[1]),
      ),
    )).has(name);

  let places: Set<string> | null = null;
  return (hunk, base, edited) => {
    // (Stainless's property of a resource sdkgen's client calls too, or its method, which the owners took out:
    // callable-resources.ts. A method's lines are sdkgen's private method's, and go with it there.)
    const [removedLines, addedLines] = [base.slice(hunk.baseStart, hunk.baseEnd), edited.slice(hunk.start, hunk.end)];
    if (droppedMethodDone(removedLines, addedLines, target)) return true;
    const removed = removedLines.map(comparable);
    if (removed.some((line) => line !== '' && ours.has(line))) return false;
    if (droppedResourceDone(removedLines, addedLines, target)) return true;
    const theirPages = pages.size > 0 ? pageSchemes(edited.join('')) : [];
    let substance = 0;
    for (let i = hunk.start; i < hunk.end; i++) {
      const line = edited[i].replace(/\n$/, '');
      const trimmed = line.trim();
      if (trimmed === '' || /^(\/\/|\/\*|\*)/.test(trimmed)) continue;
      const done =
        (namesPage(trimmed) && ours.has(comparable(line))) ||
        importDone(trimmed, imported, file, packageName) ||
        namespaceExportDone(line, i, edited, target, declaredInSdk) ||
        aliasDone(trimmed, i, edited, target, declaredInSdk) ||
        pageLineDone(i, edited, base, target, theirPages, pages, rendered) ||
        memberDeclaredBySdkgen(line, i, edited, target, imported, rendered) ||
        headerFromParamsDone(i, edited, base, targetLines) ||
        (hunk.baseStart === hunk.baseEnd && inPlaceInSdkgen(line, i, edited, (places ??= declaredPlaces(target))));
      if (!done) return false;
      substance++;
    }
    return substance > 0;
  };
}

/** A line as compared: trimmed, a call through the client (`this._client.get(`) read as Stainless's 2023 `this.get(`. */
function comparable(line: string): string {
  return line.trim().replace(/\bthis\._client\.(?=[\w$]+\()/g, 'this.');
}

/**
 * The names a module's imports bind, each with the module it binds it from (`import { A, type B as C } from './x'`:
 * A and C from `x`; `import * as D`: D). Specifiers are read as the module they name: one relative to `file`, or of
 * the package itself (`acme/pagination`), as its `src/` path (`src/pagination`); another package's as it is.
 */
function importedNames(text: string, file: string, packageName: string | null): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of text.matchAll(/^import\s+(?:type\s+)?([^'";]*?)\s+from\s+['"]([^'"]+)['"];?/gm)) {
    const [clause, from] = [m[1], moduleOf(m[2], file, packageName)];
    const braces = /\{([^}]*)\}/.exec(clause)?.[1];
    for (const part of braces?.split(',') ?? []) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()!
        .trim();
      if (name !== '') names.set(name, from);
    }
    const rest = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ');
    for (const word of rest.split(/\s+/).filter((w) => w !== '' && w !== '*' && w !== 'as')) names.set(word, from);
  }
  return names;
}

/** The module a specifier names, from `file` (see importedNames). */
function moduleOf(specifier: string, file: string, packageName: string | null): string {
  const bare = specifier.replace(/\.(?:[cm]?js|tsx?)$/, '').replace(/\/index$/, '');
  if (bare.startsWith('.')) return posix.normalize(posix.join(posix.dirname(file), bare)).replace(/\/index$/, '');
  if (packageName !== null && (bare === packageName || bare.startsWith(`${packageName}/`)))
    return `src${bare.slice(packageName.length)}`;
  return bare;
}

/** Whether `line` is an import (on one line) of names all of which `imported` binds from the same module. */
function importDone(line: string, imported: ReadonlyMap<string, string>, file: string, packageName: string | null) {
  if (!/^import\s.*\sfrom\s+['"][^'"]+['"];?$/.test(line)) return false;
  const names = importedNames(line, file, packageName);
  return names.size > 0 && [...names].every(([name, from]) => imported.get(name) === from);
}

/** The namespace (`export namespace Servers {`) line `at` of `text` is in, or null. */
function namespaceAt(text: string[], at: number): string | null {
  for (let i = at; i >= 0; i--) {
    if (/^\}/.test(text[i]) && i < at) return null;
    const m = /^export (?:declare )?namespace ([\w$]+) \{/.exec(text[i]);
    if (m) return m[1];
  }
  return null;
}

const NAMESPACE_EXPORT = /^\s+export (?:import|type) ([\w$]+) = [\w$.]+;$/;

function namespaceExportDone(
  line: string,
  at: number,
  edited: string[],
  target: string,
  declaredInSdk: (name: string) => boolean,
): boolean {
  const name = NAMESPACE_EXPORT.exec(line)?.[1];
  const namespace = name === undefined ? null : namespaceAt(edited, at);
  if (name === undefined || namespace === null) return false;
  const body = namespaceBody(target, namespace);
  if (body === null) return declaredInSdk(name);
  return new RegExp(`^\\s+export (?:import|type|interface|class|const) ${name.replace(/\$/g, '\\$')}\\b`, 'm').test(
    body,
  );
}

/** The text of `export namespace <name> { … }` in `text`, or null where it has none. */
function namespaceBody(text: string, name: string): string | null {
  const start = text.search(new RegExp(`^export (?:declare )?namespace ${name.replace(/\$/g, '\\$')} \\{`, 'm'));
  if (start < 0) return null;
  const end = text.indexOf('\n}', start);
  return text.slice(start, end < 0 ? undefined : end);
}

/** `type _X = X;`: an alias every other use of which, in the owners' module, is a namespace export sdkgen has. */
function aliasDone(
  line: string,
  at: number,
  edited: string[],
  target: string,
  declaredInSdk: (name: string) => boolean,
): boolean {
  const alias = /^type ([\w$]+) = [\w$]+;$/.exec(line)?.[1];
  if (alias === undefined) return false;
  const uses = new RegExp(`\\b${alias.replace(/\$/g, '\\$')}\\b`);
  const others = edited.flatMap((text, i) => (i !== at && uses.test(text) ? [i] : []));
  return others.every((i) => namespaceExportDone(edited[i].replace(/\n$/, ''), i, edited, target, declaredInSdk));
}

const pageNamesOf = new WeakMap<object, string[]>();

/** The page classes sdkgen's pagination module declares, of every SDK file (once for the files of a move). */
function sdkPageNames(rendered: ReadonlyArray<{ path: string; contents: string }>): string[] {
  let names = pageNamesOf.get(rendered);
  if (names === undefined) {
    names = rendered.flatMap((f) => [...sdkgenPages(f.contents).keys()]);
    pageNamesOf.set(rendered, names);
  }
  return names;
}

/** How a page class of sdkgen's pages: its style, items field, page or cursor parameter and last-page field. */
interface Paging {
  type: string;
  items: string | null;
  param: string | null;
  lastPage: string | null;
}

const STYLES: Record<string, string> = {
  PageNumberPage: 'page_number',
  CursorPage: 'cursor',
  OffsetPage: 'offset',
};

/** sdkgen's page classes (`export class ServersPage<Item> extends PageNumberPage<Item> … static override shape`). */
function sdkgenPages(target: string): Map<string, Paging> {
  const pages = new Map<string, Paging>();
  for (const m of target.matchAll(/^export class ([\w$]+)<Item>\s+extends ([\w$]+)<Item>[^{]*\{\n([\s\S]*?)^\}/gm)) {
    const shape = /static override shape = \{([\s\S]*?)\};/.exec(m[3])?.[1];
    const type = STYLES[m[2]];
    if (shape === undefined || type === undefined) continue;
    // `items: ['meta', 'servers']` → `meta.servers`.
    const path = (key: string) =>
      new RegExp(`\\b${key}: \\[([^\\]]*)\\]`)
        .exec(shape)?.[1]
        .match(/[\w$]+/g)
        ?.join('.') ?? null;
    pages.set(m[1], {
      type,
      items: path('items'),
      param: /\b(?:page|cursor|offset): '([^']+)'/.exec(shape)?.[1] ?? null,
      lastPage: path('totalPages'),
    });
  }
  return pages;
}

/** Whether line `at` of the owners' pagination module is in a page class (or its interfaces) paging as sdkgen's. */
function pageLineDone(
  at: number,
  edited: string[],
  base: string[],
  target: string,
  theirs: ReturnType<typeof pageSchemes>,
  ours: ReadonlyMap<string, Paging>,
  rendered: ReadonlyArray<{ path: string; contents: string }>,
): boolean {
  const declaration = declarationAt(edited, at);
  if (declaration === null) return false;
  const className = declaration.replace(/(?:Params|Response)$/, '');
  const sdkgen = ours.get(className);
  const scheme = theirs.find((s) => s.className === className);
  if (sdkgen === undefined || scheme === undefined || scheme.type !== sdkgen.type) return false;
  const items = Object.entries(scheme.response).find(([, v]) => (v as { type?: unknown }).type === 'array')?.[0];
  const param = Object.entries(scheme.request).find(([, v]) => PROPERTY in v)?.[0] ?? null;
  if (items !== sdkgen.items || param !== sdkgen.param || lastPageOf(scheme.response) !== sdkgen.lastPage) return false;
  // (The class pages as sdkgen's; the line is done where it says nothing sdkgen's class does not hold.)
  return declaration === className
    ? pageClassLineHolds(at, edited, base, className, sdkgen.param, rendered)
    : interfaceMemberHeld(edited[at], declaration, target);
}

const PROPERTY = 'x-stainless-pagination-property';

/**
 * Whether a line of the owners' page interface (`ServersPageResponse`, `ServersPageParams`) is its header, a closing
 * brace, or a member sdkgen's interface of that name declares too.
 */
function interfaceMemberHeld(line: string, name: string, target: string): boolean {
  const body = new RegExp(`^export interface ${name.replace(/\$/g, '\\$')}\\b[^{]*\\{\\n([\\s\\S]*?)^\\}`, 'm').exec(
    target,
  )?.[1];
  if (body === undefined) return false;
  const trimmed = line.trim();
  if (/^\}$/.test(trimmed) || /^export interface /.test(trimmed)) return true;
  const member = /^([\w$]+)\??: [^;]+;$/.exec(trimmed)?.[1];
  return member !== undefined && new RegExp(`^\\s+${member.replace(/\$/g, '\\$')}\\??:`, 'm').test(body);
}

/** The path (`meta.pagination.last_page`) of the response field marked `total_page_count_field`, or null. */
function lastPageOf(response: Record<string, unknown>, prefix: string[] = []): string | null {
  for (const [key, value] of Object.entries(response)) {
    const field = value as { properties?: Record<string, unknown>; [PROPERTY]?: { purpose?: string } };
    if (field[PROPERTY]?.purpose === 'total_page_count_field') return [...prefix, key].join('.');
    const inner = field.properties ? lastPageOf(field.properties, [...prefix, key]) : null;
    if (inner !== null) return inner;
  }
  return null;
}

/** The top-level class or interface (`export class X`, to its closing `}`) line `at` of `text` is in, or null. */
function declarationAt(text: string[], at: number): string | null {
  for (let i = at; i >= 0; i--) {
    if (/^\}/.test(text[i]) && i < at) return null;
    const m = /^export (?:class|interface) ([\w$]+)/.exec(text[i]);
    if (m) return m[1];
  }
  return null;
}
