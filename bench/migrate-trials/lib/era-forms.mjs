// Check 4's judge of hunks migrate reports as already done (already-done.mjs), for the forms of Stainless's 2023 SDKs,
// whose result the migrated SDK writes in its own (hetzner-node's page written by hand, `ServersPage`):
//   - a resource called the client's methods as its own (`this.getAPIList(…)`: the 2023 `APIResource` proxied
//     them); sdkgen's resources call them through the client (`this._client.getAPIList(…)`): the same call;
//   - a module re-exported its names in a namespace of its own, `export import X = A.X;` or `export type X = _X;`:
//     there when the migrated module exports X in the namespace of that name, whatever the form (`export { type X as
//     X }` in an `export declare namespace` too). The client's namespace was in `src/index.ts` beside the client; the
//     migrated SDK has both in `src/client.ts` (Stainless's layout since 2024, and sdkgen's): where the migrated module
//     has no namespace of that name, the client module's is read;
//   - a local alias (`type _X = X;`) the module used only in such exports, and the comment right above it, there
//     when each of those exports is.
//   - a page class of the 2023 runtime's (`class XPage<Item> extends AbstractPage<Item>`, its `getPaginatedItems` and
//     `nextPageInfo` written by hand) and its `XPageParams`, `XPageResponse`: a line in them is there when the migrated
//     module declares the same class (and that interface), paging alike: its `shape` has the items field
//     `getPaginatedItems` returns, the page parameter `nextPageInfo` sets, and the current-page and last-page fields it
//     compares (the next page's number, the API's `next_page` or the current one plus one, is the page after either way).
// Each line is read where it stands in the file at the ref (the hunk's `line`), which tells its namespace or class.

/** A call of the client's method through the client, read as the 2023 resource's own. */
export function asResourceCall(line) {
  return line.replace(/\bthis\._client\.(?=[\w$]+\()/g, 'this.');
}

const NAMESPACE_EXPORT = /^\s+export (?:import|type) ([\w$]+) = [\w$.]+;?\s*$/;
const ALIAS = /^type ([\w$]+) = [\w$]+;?\s*$/;
const COMMENT = /^\s*(?:\/\/|\/\*|\*)/;
const CLIENT_MODULE = 'src/client.ts';

/**
 * Whether the owners' added line `lineNo` (1-based, of `atRef`, the file at the ref) is there in one of the forms
 * above, the migrated file being `text` and `migrated(path)` reading another migrated file (null when it has none).
 */
export function eraFormPresent(lineNo, atRef, text, migrated) {
  if (typeof atRef !== 'string' || !Number.isInteger(lineNo)) return false;
  const lines = atRef.split('\n');
  const at = lineNo - 1;
  const line = lines[at] ?? '';
  if (NAMESPACE_EXPORT.test(line)) return namespaceExportPresent(lines, at, text, migrated);
  if (ALIAS.test(line)) return aliasPresent(lines, at, text, migrated);
  if (pageLinePresent(lines, at, text)) return true;
  // A comment right above such an alias (comments and blank lines between) goes with it.
  if (COMMENT.test(line)) {
    let next = at + 1;
    while (next < lines.length && (COMMENT.test(lines[next]) || lines[next].trim() === '')) next++;
    return ALIAS.test(lines[next] ?? '') && aliasPresent(lines, next, text, migrated);
  }
  return false;
}

function namespaceExportPresent(lines, at, text, migrated) {
  const name = NAMESPACE_EXPORT.exec(lines[at])[1];
  const namespace = namespaceAt(lines, at);
  if (namespace === null) return false;
  const body = namespaceBody(text, namespace) ?? namespaceBody(migrated?.(CLIENT_MODULE) ?? '', namespace);
  return body !== null && exportedNames(body).has(name);
}

function aliasPresent(lines, at, text, migrated) {
  const alias = ALIAS.exec(lines[at])[1];
  const uses = new RegExp(`(?<![\\w$])${alias.replace(/\$/g, '\\$')}(?![\\w$])`);
  const others = lines.flatMap((l, i) => (i !== at && uses.test(l) ? [i] : []));
  return (
    others.length > 0 &&
    others.every((i) => NAMESPACE_EXPORT.test(lines[i]) && namespaceExportPresent(lines, i, text, migrated))
  );
}

/** The namespace (`export namespace Servers {`) line `at` is in, or null. */
function namespaceAt(lines, at) {
  for (let i = at; i >= 0; i--) {
    if (i < at && /^\}/.test(lines[i])) return null;
    const m = /^export (?:declare )?namespace ([\w$]+) \{/.exec(lines[i]);
    if (m) return m[1];
  }
  return null;
}

/** The text of `export (declare )?namespace <name> { … }` in `text` (to its closing brace), or null. */
function namespaceBody(text, name) {
  const start = text.search(new RegExp(`^export (?:declare )?namespace ${name.replace(/\$/g, '\\$')} \\{`, 'm'));
  if (start < 0) return null;
  const end = text.indexOf('\n}', start);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The names a namespace's body exports: declarations, `export import X =`, and `export { A as X, type Y }`. */
function exportedNames(body) {
  const names = new Set();
  for (const m of body.matchAll(
    /^\s*export (?:declare )?(?:import|type|interface|class|const|let|function|enum|namespace) ([\w$]+)/gm,
  ))
    names.add(m[1]);
  for (const m of body.matchAll(/export (?:type )?\{([^}]*)\}/g))
    for (const part of m[1].split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()
        .trim();
      if (name !== '') names.add(name);
    }
  return names;
}

/** Whether line `at` is in a page class of the 2023 runtime (or its interfaces) the migrated `text` pages alike. */
function pageLinePresent(lines, at, text) {
  const declaration = declarationAt(lines, at);
  if (declaration === null) return false;
  const className = declaration.replace(/(?:Params|Response)$/, '');
  const theirs = theirPaging(lines, className);
  const ours = ourPaging(text, className);
  if (theirs === null || ours === null) return false;
  if (declaration !== className && !new RegExp(`^export interface ${declaration}\\b`, 'm').test(text)) return false;
  return ['items', 'page', 'currentPage', 'lastPage'].every((key) => theirs[key] === ours[key]);
}

/** The top-level class or interface (`export class X`, to its closing `}`) line `at` is in, or null. */
function declarationAt(lines, at) {
  for (let i = at; i >= 0; i--) {
    if (i < at && /^\}/.test(lines[i])) return null;
    const m = /^export (?:class|interface) ([\w$]+)/.exec(lines[i]);
    if (m) return m[1];
  }
  return null;
}

/** How the owners' class `name` (extending the 2023 `AbstractPage`) pages, read from its methods; null if none. */
function theirPaging(lines, name) {
  const start = lines.findIndex((l) => new RegExp(`^export class ${name}<Item> extends AbstractPage<Item>`).test(l));
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && /^\}/.test(l));
  const body = lines.slice(start, end < 0 ? undefined : end).join('\n');
  const method = (m) => new RegExp(`^\\s+${m}\\([^)]*\\)[^{]*\\{([\\s\\S]*?)^\\s{2}\\}`, 'm').exec(body)?.[1] ?? '';
  const items = /return this\.([\w$.]+)/.exec(method('getPaginatedItems'))?.[1];
  const next = method('nextPageInfo');
  // `if (currentPage === this.meta.pagination.last_page)`, `currentPage` being `const currentPage = this.…;`.
  const compared = /([\w$.]+)\s*(?:===|>=)\s*this\.([\w$.]+)/.exec(next);
  const local = compared && new RegExp(`const ${compared[1].replace(/\$/g, '\\$')} = this\\.([\\w$.]+);`).exec(next);
  const currentPage = compared === null ? null : (local?.[1] ?? compared[1].replace(/^this\./, ''));
  const page = /params:\s*\{\s*([\w$]+)\s*:/.exec(next)?.[1];
  if (items === undefined || page === undefined) return null;
  return { items, page, currentPage, lastPage: compared?.[2] ?? null };
}

/** How the migrated class `name` pages: its static `shape` (`items: ['a', 'b']` → `a.b`); null if none. */
function ourPaging(text, name) {
  const m = new RegExp(`^export class ${name}<Item>[^{]*\\{\\n([\\s\\S]*?)^\\}`, 'm').exec(text);
  const shape = m && /static (?:override )?shape = \{([\s\S]*?)\};/.exec(m[1])?.[1];
  if (!shape) return null;
  const path = (key) =>
    new RegExp(`\\b${key}: \\[([^\\]]*)\\]`)
      .exec(shape)?.[1]
      .match(/[\w$]+/g)
      ?.join('.') ?? null;
  return {
    items: path('items'),
    page: /\bpage: '([^']+)'/.exec(shape)?.[1] ?? null,
    currentPage: path('currentPage'),
    lastPage: path('totalPages'),
  };
}
