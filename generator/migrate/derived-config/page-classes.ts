/**
 * The pagination schemes a Stainless SDK's page classes record (`src/core/pagination.ts`, or `src/pagination.ts` in
 * older SDKs), as a Stainless config's `pagination` entries: each class's `<Page>Params` are the scheme's request
 * fields, its `<Page>Response<Item>` the response fields, and how it asks for the next page (`nextPageRequestOptions`,
 * `nextPageInfo`) the paging style and which field and parameter carry the cursor, offset or page.
 */
import { escapeRegExp } from '../../escape-regexp';

export interface PageScheme {
  className: string;
  type: 'cursor' | 'cursor_id' | 'offset' | 'page_number' | 'cursor_url' | 'fake_page';
  request: Record<string, { type: string }>;
  response: Record<string, unknown>;
}

/**
 * Stainless's page classes: `export class CursorPage<Item> extends AbstractPage<Item> implements
 * CursorPageResponse<Item>`, with the `CursorPageParams` and `CursorPageResponse` interfaces beside it. The paging
 * style is read from how the class asks for the next page.
 */
export function pageSchemes(source: string | null): PageScheme[] {
  if (source === null) return [];
  // `CursorPage<Item extends { id: string }>`: a page whose cursor is its last item's id constrains its items.
  const classes = [
    ...source.matchAll(/^export class ([\w$]+)<Item(?: extends [^>]*)?>\s+extends AbstractPage<Item>/gm),
  ].map((m) => ({
    name: m[1],
    body: classBody(source, m.index),
  }));
  return classes.map(({ name, body }) => {
    const method = nextPageMethod(body);
    // `if ((this.options.query as …)?.['before_id']) { … }`: a page that also goes backwards, by another parameter
    // and field, when the first request asked for it; the rest of the method goes forwards.
    const backwards =
      /^ {4}if \(\(this\.options\.query[^\n]*\?\.\[['"]([\w$.]+)['"]\]\) \{\n([\s\S]*?)\n {4}\}\n/m.exec(method);
    const next = backwards ? method.replace(backwards[0], '') : method;
    // `const id = data[data.length - 1]?.id`: the next page starts after the last item, by the item's own field.
    const itemField = /\[([\w$]+)\.length - 1\]\??\.([\w$]+)/.exec(next)?.[2] ?? null;
    const type: PageScheme['type'] = itemField
      ? 'cursor_id'
      : /new URL\(|\burl:/.test(next)
        ? 'cursor_url'
        : /\boffset\b/i.test(next)
          ? 'offset'
          : /currentPage|\bpage\s*\+\s*1/.test(next)
            ? 'page_number'
            : nextRequest(next) === null
              ? 'fake_page'
              : 'cursor';
    const forwards = itemField ? { field: null, param: nextRequest(next)?.param ?? null } : nextRequest(next);
    const purposes = PURPOSES[type];
    const back = backwards ? nextRequest(backwards[2]) : null;
    const request = Object.fromEntries(
      interfaceFields(source, `${name}Params`).map((f) => {
        const purpose =
          f.name === forwards?.param ? purposes.param : f.name === back?.param ? purposes.previousParam : null;
        return [f.name, { type: schemaType(f.type), ...(purpose ? { [PROPERTY]: { purpose } } : {}) }];
      }),
    );
    const response: Record<string, Record<string, unknown>> = Object.fromEntries(
      interfaceFields(source, `${name}Response<Item>`).map((f) => [
        f.name,
        fieldSchema(source, f.type, `${name}Response`),
      ]),
    );
    const mark = (path: string[] | null | undefined, purpose: string | null | undefined) => {
      const target = path?.reduce<Record<string, unknown> | null>((schema, key, i) => {
        if (i === 0) return response[key] ?? null;
        // A field of a type declared elsewhere (`meta: Shared.ResponseMeta`) is described as far as the class reads it.
        if (schema === null || schema.type !== 'object') return null;
        const properties = (schema.properties ??= {}) as Record<string, Record<string, unknown>>;
        return (properties[key] ??= { type: i === path.length - 1 ? 'integer' : 'object' });
      }, null);
      if (target && purpose) target[PROPERTY] = { purpose, ...(target[PROPERTY] as object | undefined) };
    };
    // A field the constructor takes from a header (`this.has_more = maybeCoerceBoolean(this.response.headers.get(
    // 'x-has-more')) ?? null`), typed as the class declares it (`has_more: boolean | null;`).
    for (const { field, header } of headerFields(body)) {
      const declared = new RegExp(`^ {2}${escapeRegExp(field)}\\??: ([^;]+);`, 'm').exec(body)?.[1] ?? 'string';
      response[field] = { ...response[field], type: schemaType(declared), [PROPERTY]: { from_header: header } };
    }
    mark(forwards?.field, purposes.field);
    mark(back?.field, purposes.previousField);
    // `if (this.has_more === false) { return false; }`: the field `hasNextPage` stops on says whether there is more.
    mark(hasMoreField(body), 'has_next_page');
    // `this.has_more = body.has_more;`, with no `|| false`: a field the config marked `required` (the items aside).
    for (const field of keptAsGiven(body)) {
      const schema = response[field];
      if (schema && schema.type !== 'array')
        schema[PROPERTY] = { ...(schema[PROPERTY] as object | undefined), required: true };
    }
    // `if (currentPage === this.meta.pagination.last_page) return null`: the page numbered as that field says is the last.
    if (type === 'page_number') mark(lastPageField(next, forwards?.field ?? null), 'total_page_count_field');
    const items = interfaceFields(source, `${name}Response<Item>`).find((f) => /^Array<Item>/.test(f.type));
    const itemSchema = itemField
      ? { type: 'object', properties: { [itemField]: { type: 'string', [PROPERTY]: { purpose: 'cursor_item_id' } } } }
      : {};
    if (itemField && items) response[items.name] = { type: 'array', items: itemSchema };
    // `export type ArrayPageResponse<Item> = Item[]`: the body is the array of items itself, which the class keeps in
    // a field of its own (`this.items = body || []`).
    const wholeBody = new RegExp(
      `^export type ${escapeRegExp(name)}Response<Item> = (?:Item\\[\\]|Array<Item>);`,
      'm',
    ).test(source);
    if (wholeBody) {
      const field = /^ {4}this\.([\w$]+) = body\b/m.exec(body)?.[1] ?? 'items';
      response[field] = { type: 'array', items: itemSchema, [PROPERTY]: { is_top_level_array: true } };
    }
    // In the order the class declares its fields (`items: Array<Item>;` before `has_more`, read from a header).
    const declared = [...body.matchAll(/^ {2}(?:readonly )?([\w$]+)\??: /gm)].map((m) => m[1]);
    const rank = (key: string) => (declared.includes(key) ? declared.indexOf(key) : declared.length);
    const ordered = Object.fromEntries(Object.entries(response).sort(([a], [b]) => rank(a) - rank(b)));
    return { className: name, type, request, response: ordered };
  });
}

const PROPERTY = 'x-stainless-pagination-property';

/**
 * How a page asks for the page after it: the field it reads (`const cursor = this.page_info?.after`) and the
 * parameter it sends (`query: { ...this.options.query, after: cursor }`, or in `body`); null when it never asks.
 */
function nextRequest(method: string): { field: string[] | null; param: string | null } | null {
  const field = /const [\w$]+ = this\.([\w$]+(?:\??\.[\w$]+)*)/.exec(method)?.[1].split(/\??\./) ?? null;
  // (In the query, or in the body of a POST list: `body: { ...maybeObj(this.options.body), next_page: cursor }`.)
  const literal = /(?:query|params|body):\s*\{([^}]*)\}/.exec(method)?.[1] ?? null;
  if (field === null && literal === null && !/new URL\(|\burl:/.test(method)) return null;
  const param =
    (literal ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .find((entry) => entry !== '' && !entry.startsWith('...'))
      ?.split(':')[0]
      .trim()
      .replace(/['"]/g, '') ?? null;
  return { field, param };
}

/**
 * The field a page-number page stops at (`if (currentPage === this.meta.pagination.last_page) { return null; }`, the
 * current page read from `current`): the last page's number; null when the method stops otherwise.
 */
function lastPageField(method: string, current: string[] | null): string[] | null {
  const stop = /if \(([\w$]+|this\.[\w$.?]+) ===? (this\.[\w$.?]+|[\w$]+)\) \{?\s*return null;/.exec(method);
  if (stop === null) return null;
  // The current page is a local (`const currentPage = this.meta.pagination.page`) or the field itself.
  const pathOf = (side: string) => {
    if (side.startsWith('this.')) return side.slice(5).split(/\??\./);
    const local = new RegExp(`const ${escapeRegExp(side)} = this\\.([\\w$]+(?:\\??\\.[\\w$]+)*)`).exec(method);
    return local ? local[1].split(/\??\./) : null;
  };
  const [left, right] = [pathOf(stop[1]), pathOf(stop[2])];
  const same = (a: string[] | null, b: string[] | null) => a !== null && b !== null && a.join('.') === b.join('.');
  if (current === null) return null;
  if (same(left, current)) return right;
  if (same(right, current)) return left;
  return null;
}

/** The fields a page class's constructor reads from the response's headers, and the header of each. */
function headerFields(body: string): Array<{ field: string; header: string }> {
  return [...body.matchAll(/^ {4}this\.([\w$]+) = [\w$.]*\(?this\.response\.headers\.get\(['"]([^'"]+)['"]\)/gm)].map(
    (m) => ({ field: m[1], header: m[2] }),
  );
}

/** The field `hasNextPage()` ends the list on (`if (this.has_more === false) return false;`), or null. */
function hasMoreField(body: string): string[] | null {
  const start = body.search(/^ {2}(?:override )?hasNextPage\(\)/m);
  if (start < 0) return null;
  const end = body.indexOf('\n  }\n', start);
  const method = body.slice(start, end < 0 ? undefined : end);
  // (Or a required flag's `return this.has_more && super.hasNextPage();`.)
  const stop =
    /if \((?:this\.([\w$.?]+) === false|!this\.([\w$.?]+))\) \{?\s*return false;/.exec(method) ??
    /return this\.([\w$.?]+) && super\.hasNextPage\(\);/.exec(method);
  const path = stop?.[1] ?? stop?.[2];
  return path ? path.split(/\??\./) : null;
}

/** The fields the constructor takes from the body as they are (`this.object = body.object;`), with no fallback. */
function keptAsGiven(body: string): string[] {
  return [...body.matchAll(/^ {4}this\.([\w$]+) = body\.([\w$]+);$/gm)].filter((m) => m[1] === m[2]).map((m) => m[1]);
}

/** The purposes of the parameter and field a paging style reads its next page from. */
const PURPOSES: Record<
  PageScheme['type'],
  { param: string | null; field: string | null; previousParam?: string; previousField?: string }
> = {
  cursor: {
    param: 'next_cursor_param',
    field: 'next_cursor_field',
    previousParam: 'previous_cursor_param',
    previousField: 'previous_cursor_field',
  },
  cursor_id: { param: 'next_cursor_id_param', field: null, previousParam: 'previous_cursor_id_param' },
  offset: { param: 'offset_count_param', field: 'offset_count_start_field' },
  page_number: { param: 'page_number_param', field: 'current_page_number_field' },
  cursor_url: { param: 'next_cursor_param', field: 'cursor_url_field' },
  fake_page: { param: null, field: null },
};

/** The body of the method a page class asks for its next page with (`nextPageRequestOptions`, `nextPageInfo`). */
function nextPageMethod(body: string): string {
  const start = body.search(/^ {2}(?:override )?next(?:PageRequestOptions|PageInfo)\(\)/m);
  if (start < 0) return body;
  const end = body.indexOf('\n  }\n', start);
  return body.slice(start, end < 0 ? undefined : end);
}

function classBody(source: string, start: number): string {
  const end = source.indexOf('\n}\n', start);
  return source.slice(start, end < 0 ? undefined : end);
}

/** The fields of `export interface <name> { … }`: name and type text. */
function interfaceFields(source: string, name: string): Array<{ name: string; type: string }> {
  const match = new RegExp(`^export interface ${escapeRegExp(name)} \\{\\n([\\s\\S]*?)^\\}`, 'm').exec(source);
  if (!match) return [];
  return [...match[1].matchAll(/^ {2}(?:readonly )?['"]?([\w$.-]+)['"]?\??: ([^;]+);/gm)].map((m) => ({
    name: m[1],
    type: m[2].trim(),
  }));
}

function schemaType(type: string): string {
  const single = type.replace(/\s*\|\s*(?:null|undefined)\b/g, '').trim();
  if (single === 'number') return 'integer';
  if (single === 'boolean') return 'boolean';
  if (/^Array</.test(single)) return 'array';
  return single === 'string' ? 'string' : 'object';
}

/** A response field's schema: its type, and for a nested interface (`CursorPageResponse.PageInfo`) its fields. */
function fieldSchema(source: string, type: string, namespace: string): Record<string, unknown> {
  const kind = schemaType(type);
  const nested = new RegExp(`^${escapeRegExp(namespace)}\\.([\\w$]+)$`).exec(
    type.replace(/\s*\|\s*(?:null|undefined)\b/g, ''),
  );
  if (kind !== 'object' || !nested) return { type: kind };
  const inner = namespaceInterfaceFields(source, namespace, nested[1]);
  return {
    type: 'object',
    properties: Object.fromEntries(inner.map((f) => [f.name, { type: schemaType(f.type) }])),
  };
}

function namespaceInterfaceFields(source: string, namespace: string, name: string) {
  const block =
    new RegExp(`^export namespace ${escapeRegExp(namespace)} \\{\\n([\\s\\S]*?)^\\}`, 'm').exec(source)?.[1] ?? '';
  const match = new RegExp(`^ {2}export interface ${escapeRegExp(name)} \\{\\n([\\s\\S]*?)^ {2}\\}`, 'm').exec(block);
  if (!match) return [];
  return [...match[1].matchAll(/^ {4}['"]?([\w$.-]+)['"]?\??: ([^;]+);/gm)].map((m) => ({
    name: m[1],
    type: m[2].trim(),
  }));
}
