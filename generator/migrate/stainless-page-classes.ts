/**
 * The pagination schemes a Stainless SDK's page classes record (`src/core/pagination.ts`, or `src/pagination.ts` in
 * older SDKs), as a Stainless config's `pagination` entries: each class's `<Page>Params` are the scheme's request
 * fields, its `<Page>Response<Item>` the response fields, and how it asks for the next page (`nextPageRequestOptions`,
 * `nextPageInfo`) the paging style and which field and parameter carry the cursor, offset or page.
 */
import { escapeRegExp } from './escape-regexp';

export interface PageScheme {
  className: string;
  type: 'cursor' | 'offset' | 'page_number' | 'cursor_url';
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
  const classes = [...source.matchAll(/^export class ([\w$]+)<Item>\s+extends AbstractPage<Item>/gm)].map((m) => ({
    name: m[1],
    next: nextPageMethod(classBody(source, m.index)),
  }));
  return classes.map(({ name, next }) => {
    const type = /new URL\(|\burl:/.test(next)
      ? 'cursor_url'
      : /\boffset\b/i.test(next)
        ? 'offset'
        : /currentPage|\bpage\s*\+\s*1/.test(next)
          ? 'page_number'
          : 'cursor';
    // How the class asks for the next page says which field and parameter page: `const cursor = this.page_info?.after`
    // and `query: { ...this.options.query, after: cursor }`.
    const field = /const [\w$]+ = this\.([\w$]+(?:\??\.[\w$]+)*)/.exec(next)?.[1].split(/\??\./) ?? null;
    const literal = /(?:query|params):\s*\{([^}]*)\}/.exec(next)?.[1] ?? '';
    const param =
      literal
        .split(',')
        .map((entry) => entry.trim())
        .find((entry) => entry !== '' && !entry.startsWith('...'))
        ?.split(':')[0]
        .trim()
        .replace(/['"]/g, '') ?? null;
    const purposes = PURPOSES[type];
    const request = Object.fromEntries(
      interfaceFields(source, `${name}Params`).map((f) => [
        f.name,
        {
          type: schemaType(f.type),
          ...(f.name === param ? { 'x-stainless-pagination-property': { purpose: purposes.param } } : {}),
        },
      ]),
    );
    const response: Record<string, Record<string, unknown>> = Object.fromEntries(
      interfaceFields(source, `${name}Response<Item>`).map((f) => [
        f.name,
        fieldSchema(source, f.type, `${name}Response`),
      ]),
    );
    const target = field?.reduce<Record<string, unknown> | null>(
      (schema, key, i) =>
        i === 0
          ? (response[key] ?? null)
          : ((schema?.properties as Record<string, Record<string, unknown>> | undefined)?.[key] ?? null),
      null,
    );
    if (target && purposes.field) target['x-stainless-pagination-property'] = { purpose: purposes.field };
    return { className: name, type, request, response };
  });
}

/** The purposes of the parameter and field a paging style reads its next page from. */
const PURPOSES: Record<PageScheme['type'], { param: string; field: string | null }> = {
  cursor: { param: 'next_cursor_param', field: 'next_cursor_field' },
  offset: { param: 'offset_count_param', field: 'offset_count_start_field' },
  page_number: { param: 'page_number_param', field: 'current_page_number_field' },
  cursor_url: { param: 'next_cursor_param', field: 'next_url_field' },
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
