/**
 * The pagination schemes a Stainless Python SDK's page classes record (`src/<package>/pagination.py`, or
 * `_pagination.py`), as a Stainless config's `pagination` entries, for the config `--from-repo` writes
 * (derived-config.ts), as the TypeScript move reads them from `src/core/pagination.ts`
 * (../derived-config/page-classes.ts). Each `class Sync<Name>(BaseSyncPage[_T], …)` is a scheme `<name>`: its
 * annotated fields are the response's (their wire names, a nested `BaseModel` class's fields as properties), the
 * items field the one `_get_page_items` returns, and how `next_page_info` asks for the next page gives the paging
 * style and the request parameters: `PageInfo(params={"after": item.id})` the last item's id (`cursor_id`, with the
 * `before` it reads from the first request's params as the way back), `PageInfo(params={"cursor": next_cursor})` a
 * cursor field, `{"page": current_page + 1}` a page number, `{"offset": …}` with the offset read from the request an
 * offset, `PageInfo(url=…)` a next-page URL, and none at all a `fake_page` (`PageInfo(json=…)` as `params=`: a POST
 * list's page, asked for in its body). A `build` that takes a body that is not a mapping as the items
 * (`{"items": data}`) makes that field the top-level array.
 */
import { escapeRegExp } from '../../../escape-regexp';
import { words } from '../../../naming/case';
import { StainlessNames } from '../../../naming/stainless';
import type { PageScheme } from '../../derived-config/page-classes';

const PROPERTY = 'x-stainless-pagination-property';

export interface PythonPageScheme extends PageScheme {
  /** The config's name for it (`array_page`), whose PascalCase is the class's name without `Sync`. */
  name: string;
  /** The `custom_casings` entries its class's name takes (`FloatingIPsPage`: `ips` → `IPs`). */
  casings: Map<string, string>;
}

interface Field {
  /** The Python attribute. */
  attribute: string;
  /** The wire name (its `FieldInfo(alias=…)`, else the attribute). */
  wire: string;
  type: string;
  /** Declared with no default and not `Optional[…]` (`has_more: bool`): the config marked it `required`. */
  required: boolean;
}

/** The schemes of the module's `Sync…` page classes, in the module's order; none for null. */
export function pythonPageSchemes(source: string | null): PythonPageScheme[] {
  if (source === null) return [];
  const lines = source.split('\n');
  const schemes: PythonPageScheme[] = [];
  for (const [index, line] of lines.entries()) {
    const head = /^class Sync(\w+)\(BaseSyncPage\[/.exec(line);
    if (!head) continue;
    const scheme = schemeOf(head[1], blockAt(lines, index), source);
    if (scheme) schemes.push(scheme);
  }
  return schemes;
}

function schemeOf(className: string, body: string[], source: string): PythonPageScheme | null {
  const key = words(className)
    .map((w) => w.toLowerCase())
    .join('_');
  // (The class may write words as the config's casings do: `FloatingIPsPage` of `floating_ips_page`, `ips: IPs`.)
  const casings = new Map(
    words(className)
      .filter((w) => /^[A-Z0-9]{2,}s?$/.test(w))
      .map((w) => [w.toLowerCase(), w] as const),
  );
  if (new StainlessNames(casings).pageClass(key) !== className) return null;
  const fields = classFields(body);
  const attribute = (name: string) => fields.find((f) => f.attribute === name) ?? null;
  // (`items = self.data` then checked, or an older SDK's `return self.floating_ips`; the type variable `_T` or `ModelT`.)
  const itemsName = /^ {8}(?:\w+ = |return )self\.(\w+)$/m.exec(methodBody(body, '_get_page_items'))?.[1];
  const items =
    itemsName === undefined ? fields.find((f) => /^List\[(?:_T|ModelT)\]$/.test(f.type)) : attribute(itemsName);
  if (!items) return null;
  const next = methodBody(body, 'next_page_info');
  /** The `self.a.b` paths the method reads (but the request's options and the items), deepest first. */
  const reads = (text: string) =>
    [...text.matchAll(/\bself\.(\w+(?:\.\w+)*)/g)]
      .map((m) => m[1].split('.'))
      .filter((p) => !p[0].startsWith('_') && p[0] !== items.attribute)
      .sort((a, b) => b.length - a.length);
  // (`PageInfo(json=…)`: the page is asked for in a POST's body, `SyncPaginatedCursorPost`; the same scheme, whose
  // fields the methods that name it send in their body.)
  const infos = [...next.matchAll(/PageInfo\((?:params|json)=\{"([^"]+)":\s*([^}]+?)\s*\}\)/g)].map((m) => ({
    param: m[1],
    value: m[2],
  }));
  const requested = new Set([...next.matchAll(/self\._options\.params\.get\("([^"]+)"/g)].map((m) => m[1]));
  // Two parameters, one of them read from the first request's (`is_forwards = not ….get("before")`, or `if
  // ….get("before"):`): that one goes back, the other forwards.
  const keys = [...new Set(infos.map((info) => info.param))];
  const backwards = keys.length === 2 ? (keys.find((key) => requested.has(key)) ?? null) : null;
  const forwards = infos.find((info) => info.param !== backwards) ?? null;
  // The last item's field: `item.id`, or the keys sdkgen's page walks (`for key in ("id",)`) to the value it sends.
  const itemField =
    forwards &&
    (/^item\.(\w+)$/.exec(forwards.value)?.[1] ??
      (/^item$/.test(forwards.value) ? /\bfor key in \("(\w+)",?\)/.exec(next)?.[1] : undefined));
  let type: PageScheme['type'];
  const request: PageScheme['request'] = {};
  // (The items are always there: no config marks them.)
  const response: Record<string, Record<string, unknown>> = Object.fromEntries(
    fields.map((f) => [f.wire, fieldSchema(f, source, f !== items)]),
  );
  /**
   * Marks the response field at a path of attributes (wire names taken from the nested class too). Below a field of a
   * model the module imports (`meta: ResponseMeta`, `self.meta.pagination.page`), the path read is the schema, of
   * type `leaf` at its end.
   */
  const mark = (path: string[] | undefined, purpose: string, leaf = 'object') => {
    if (path === undefined) return;
    const top = attribute(path[0]);
    let target: Record<string, unknown> | undefined = top ? response[top.wire] : undefined;
    for (const [i, key] of path.slice(1).entries()) {
      if (target?.type === 'object' && target.properties === undefined && /^[A-Z]\w*$/.test(fieldType(top!.type)))
        target.properties = { [key]: { type: i === path.length - 2 ? leaf : 'object' } };
      target = (target?.properties as Record<string, Record<string, unknown>> | undefined)?.[key];
    }
    if (target) target[PROPERTY] = { purpose, ...(target[PROPERTY] as Record<string, unknown> | undefined) };
  };
  const param = (name: string, kind: string, purpose: string | null) => {
    request[name] = { type: kind, ...(purpose ? { [PROPERTY]: { purpose } } : {}) };
  };
  if (/PageInfo\(url=/.test(next)) {
    type = 'cursor_url';
    mark(reads(next)[0], 'cursor_url_field');
  } else if (forwards === null) {
    type = 'fake_page';
  } else if (itemField) {
    type = 'cursor_id';
    param(forwards.param, 'string', 'next_cursor_id_param');
    if (backwards) param(backwards, 'string', 'previous_cursor_id_param');
    response[items.wire] = {
      type: 'array',
      items: {
        type: 'object',
        properties: { [itemField]: { type: 'string', [PROPERTY]: { purpose: 'cursor_item_id' } } },
        // (The item protocol declaring the id `str`, not `Optional[str]`: the config's items required it.)
        ...(protocolRequires(next, source, itemField) ? { required: [itemField] } : {}),
      },
    };
  } else if (/\+\s*1$/.test(forwards.value)) {
    type = 'page_number';
    param(forwards.param, 'integer', 'page_number_param');
    const current = /\bcurrent\w*(?:: \w+)? = self\.(\w+(?:\.\w+)*)/.exec(next)?.[1].split('.');
    mark(current, 'current_page_number_field', 'integer');
    mark(/\btotal_pages = self\.(\w+(?:\.\w+)*)/.exec(next)?.[1].split('.'), 'total_page_count_field', 'integer');
  } else if (requested.has(forwards.param) || countedOn(next, forwards.value)) {
    type = 'offset';
    param(forwards.param, 'integer', 'offset_count_param');
    // (`offset = self.offset`: the page counts on from the offset the response gives, not the request's.)
    const start = countedOn(next, forwards.value)?.find((name) => !requested.has(name) && fieldRead(next, name));
    if (start) mark(fieldRead(next, start), 'offset_count_start_field', 'integer');
    mark(totalRead(next, forwards.value), 'offset_total_count_field', 'integer');
  } else {
    type = 'cursor';
    param(forwards.param, 'string', 'next_cursor_param');
    mark(reads(next)[0], 'next_cursor_field');
  }
  // A `has_next_page` that stops on a field (`has_more is False`) reads that field.
  const more = /\b\w+ = self\.(\w+(?:\.\w+)*)/.exec(methodBody(body, 'has_next_page'))?.[1];
  if (more) mark(more.split('.'), 'has_next_page');
  // `build`: a body that is no mapping is the items themselves.
  const build = methodBody(body, 'build');
  if (new RegExp(`else \\{"${items.attribute}": data\\}`).test(build))
    response[items.wire] = { ...response[items.wire], [PROPERTY]: { is_top_level_array: true } };
  // …and a field it takes from a header (`"has_more": maybe_coerce_boolean(response.headers.get("X-Has-More"))`).
  for (const m of build.matchAll(/"(\w+)":\s*[\w.]*\(?response\.headers\.get\("([^"]+)"\)/g)) {
    const field = attribute(m[1]);
    const schema = field ? response[field.wire] : undefined;
    if (schema) schema[PROPERTY] = { ...(schema[PROPERTY] as Record<string, unknown> | undefined), from_header: m[2] };
  }
  return { name: key, className, casings, type, request, response };
}

/**
 * Whether the protocol a `cursor_id` page checks its items against (`isinstance(item, CursorPageItem)`) declares
 * their id as always there (`id: str`, no `Optional`).
 */
function protocolRequires(method: string, source: string, field: string): boolean {
  const protocol = /\bisinstance\(item, (\w+)\)/.exec(method)?.[1];
  if (protocol === undefined) return false;
  const lines = source.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`class ${protocol}(Protocol):`));
  if (index < 0) return false;
  const declared = blockAt(lines, index)
    .map((line) => new RegExp(`^ {4}${escapeRegExp(field)}: (.+)$`).exec(line)?.[1].trim())
    .find((type) => type !== undefined);
  return declared !== undefined && fieldType(declared) === declared;
}

/** The method's assignments to a local (`current_count = offset + length`), by name. */
function assignments(method: string): Map<string, string> {
  return new Map([...method.matchAll(/^ +(\w+)(?:: [^=\n]+)? = (.+)$/gm)].map((m) => [m[1], m[2].trim()]));
}

/**
 * The locals a next-page value adds the page's item count to (`current_count = offset + length`, `length =
 * len(self._get_page_items())`): an offset counted on; null where the value is no such count.
 */
function countedOn(method: string, value: string): string[] | null {
  const locals = assignments(method);
  const expression = locals.get(value) ?? value;
  const terms = expression.split('+').map((term) => term.trim());
  if (terms.length < 2) return null;
  const counts = (term: string) => /^len\(self\._get_page_items\(\)\)$/.test(locals.get(term) ?? term);
  if (!terms.some(counts)) return null;
  return terms.filter((term) => /^\w+$/.test(term) && !counts(term));
}

/** The response field a local is read from (`offset = self.offset`: `['offset']`), else undefined. */
function fieldRead(method: string, local: string): string[] | undefined {
  const read = /^self\.(\w+(?:\.\w+)*)$/.exec(assignments(method).get(local) ?? '');
  return read?.[1].split('.');
}

/** The response field an offset page stops at (`if current_count < total:`, `total = self.total`). */
function totalRead(method: string, value: string): string[] | undefined {
  const bound = new RegExp(`\\bif ${escapeRegExp(value)} < (\\w+(?:\\.\\w+)*):`).exec(method)?.[1];
  if (bound === undefined) return undefined;
  return bound.startsWith('self.') ? bound.slice(5).split('.') : fieldRead(method, bound);
}

/** The lines of the block a `class`/`def` line opens: those after it more indented than it (and blank lines). */
function blockAt(lines: string[], index: number): string[] {
  const indent = /^ */.exec(lines[index])![0].length;
  const out: string[] = [];
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() !== '' && /^ */.exec(line)![0].length <= indent) break;
    out.push(line);
  }
  return out;
}

/** The body of the class's method `name` (empty when it has none). */
function methodBody(body: string[], name: string): string {
  const index = body.findIndex((line) => new RegExp(`^ {4}(?:async )?def ${name}\\(`).test(line));
  return index < 0 ? '' : blockAt(body, index).join('\n');
}

/** The class-level annotated fields, before its first method or decorator. */
function classFields(body: string[]): Field[] {
  const fields: Field[] = [];
  for (const line of body) {
    if (/^ {4}(?:@|def |async def )/.test(line)) break;
    const field = /^ {4}(\w+): (.+?)(?: = (.*))?$/.exec(line);
    if (!field || field[1] === 'model_config') continue;
    const alias = /FieldInfo\(alias="([^"]+)"/.exec(field[3] ?? '')?.[1];
    const type = field[2].trim();
    const defaulted = field[3] !== undefined && !/^FieldInfo\(alias="[^"]+"\)$/.test(field[3]);
    fields.push({
      attribute: field[1],
      wire: alias ?? field[1],
      type,
      required: !defaulted && fieldType(type) === type,
    });
  }
  return fields;
}

/** The type an annotation names, without its `Optional[…]` or `| None`. */
function fieldType(annotation: string): string {
  return /^Optional\[(.+)\]$/.exec(annotation)?.[1] ?? annotation.replace(/\s*\|\s*None$/, '');
}

/**
 * A field's schema from its annotation; a model class of the module (`EntriesCursorPageInfo`) gives properties. A
 * field declared as always there (`has_more: bool`) says `required` where `markRequired`, as its config did.
 */
function fieldSchema(field: Field, source: string, markRequired = true): Record<string, unknown> {
  const required = markRequired && field.required ? { [PROPERTY]: { required: true } } : {};
  const type = fieldType(field.type);
  if (/^(?:List|Sequence)\[/.test(type)) return { type: 'array', ...required };
  const scalar: Record<string, string> = { str: 'string', int: 'integer', float: 'number', bool: 'boolean' };
  if (scalar[type]) return { type: scalar[type], ...required };
  const lines = source.split('\n');
  const index = lines.findIndex((line) => new RegExp(`^class ${type}\\(BaseModel\\):`).test(line));
  if (index < 0 || !/^\w+$/.test(type)) return { type: 'object', ...required };
  const nested = classFields(blockAt(lines, index));
  return {
    type: 'object',
    properties: Object.fromEntries(nested.map((f) => [f.wire, fieldSchema(f, source)])),
    ...required,
  };
}
