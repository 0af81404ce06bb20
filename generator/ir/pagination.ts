/**
 * Pagination detection: from a list method's query parameters and response body, decide whether it
 * pages, how (page-number, cursor, offset, next-URL), and where the items and the page info are.
 * `x-stainless-pagination-property` hints override the name-based rules.
 */
import type { SchemaNode } from '../normalize/schema';
import type { StainlessPagination } from '../stainless/config';
import { mentions, saysCursor, saysPageNumber, saysPaging, saysUrl } from './pagination-words';
import type { PaginationScheme } from './types';

export interface QueryParamInfo {
  wireName: string;
  purpose: string | null;
  /** The parameter's description (else its schema's), read for what it says of paging. */
  description?: string | null;
  schema?: SchemaNode | null;
}

export interface DetectedPagination {
  style: PaginationScheme['style'];
  request: PaginationScheme['request'];
  /** A Stainless config scheme's `request` fields, in order; absent for a detected scheme. */
  requestParams?: string[];
  /** The types a Stainless config scheme declares for its `request` fields, by name. */
  requestParamTypes?: PaginationScheme['requestParamTypes'];
  response: PaginationScheme['response'];
  /** Schema of one item. */
  itemSchema: SchemaNode;
  /** `body`: the scheme's request fields are fields of the method's JSON request body, not query parameters. */
  requestIn?: 'body';
}

const CURSOR_PARAMS = [
  'cursor',
  'page[cursor]',
  'after',
  'starting_after',
  'startingAfter',
  'page_token',
  'pageToken',
  'next_token',
  'nextToken',
  'continuation_token',
  'continuationToken',
  'marker',
];
const CURSOR_FIELDS = [
  'nextCursor',
  'next_cursor',
  'endCursor',
  'end_cursor',
  'next_page_token',
  'nextPageToken',
  'next_token',
  'nextToken',
  'continuation_token',
  'continuationToken',
  'cursor',
  'next_marker',
  'nextMarker',
  'after',
];
// JSON:API's page[number], page[size], page[offset], page[limit] and page[cursor] too.
const PAGE_PARAMS = ['page', 'page_number', 'pageNumber', 'pageNum', 'page[number]'];
const SIZE_PARAMS = [
  'pageSize',
  'page_size',
  'per_page',
  'perPage',
  'limit',
  'size',
  'count',
  'pagesize',
  'page[size]',
  'page[limit]',
];
const CURRENT_PAGE_FIELDS = ['currentPage', 'current_page', 'page', 'pageNumber', 'page_number'];
const TOTAL_PAGES_FIELDS = ['totalPages', 'total_pages', 'pageCount', 'page_count', 'lastPage', 'last_page', 'pages'];
const OFFSET_PARAMS = ['offset', 'skip', 'start', 'page[offset]'];
const TOTAL_COUNT_FIELDS = ['totalCount', 'total_count', 'total', 'count', 'totalResults', 'total_results'];
const HAS_MORE_FIELDS = ['hasMore', 'has_more', 'hasNextPage', 'has_next_page'];
const NEXT_URL_FIELDS = [
  'next',
  'nextUrl',
  'next_url',
  'nextPageUrl',
  'next_page_url',
  'nextLink',
  'next_link',
  '@odata.nextLink',
];
/** Names of a field holding the next page's cursor, or its URL, or either: cursor fields, next-URL fields and these. */
const NEXT_PAGE_FIELDS = ['next_page', 'nextPage', 'next_page_cursor', 'nextPageCursor', 'next_page_token'];
export const ITEMS_FIELDS = ['data', 'items', 'results', 'records', 'entries', 'values', 'list'];

/** The Stainless pagination type of each style (`type:` of a Stainless config's scheme). */
export const STAINLESS_TYPE: Record<PaginationScheme['style'], string> = {
  'page-number': 'page_number',
  cursor: 'cursor',
  offset: 'offset',
  'next-url': 'cursor_url',
};

/**
 * A property found in the body: its key, the keys of the objects it is in (none for a top-level one) and its
 * (dereferenced) schema. Its path is made only for the few fields a scheme picks: most of a body's are not.
 */
class Field {
  private fullPath: string[] | null = null;

  constructor(
    readonly prefix: readonly string[],
    readonly key: string,
    readonly schema: SchemaNode,
  ) {}

  get path(): string[] {
    return (this.fullPath ??= [...this.prefix, this.key]);
  }
}

/** A page shape's fields, none found yet: each scheme fills in its own. */
const NO_PAGE_FIELDS = {
  nextCursor: null,
  nextCursorItem: null,
  nextUrl: null,
  currentPage: null,
  totalPages: null,
  totalCount: null,
  hasMore: null,
};

export function detectPagination(
  query: QueryParamInfo[],
  body: SchemaNode | null,
  deref: (node: SchemaNode) => SchemaNode,
): DetectedPagination | null {
  if (!body) return null;
  const fields = collectFields(body, deref);
  if (fields.length === 0) return null;

  const byPurpose = (purpose: string) => query.find((q) => q.purpose === purpose)?.wireName ?? null;
  const fieldByPurpose = (purpose: string) => fields.find((f) => f.schema.hints.paginationPurpose === purpose) ?? null;
  const param = (names: string[]) => query.find((q) => names.includes(q.wireName))?.wireName ?? null;
  const field = (names: string[], accept: (s: SchemaNode) => boolean) => {
    for (let n = 0; n < names.length; n++)
      for (let i = 0; i < fields.length; i++)
        if (fields[i].key === names[n] && accept(fields[i].schema)) return fields[i];
    return null;
  };

  // Items: hinted, else the one top-level array, else a conventional name among several arrays; with no top-level
  // array, the one array of a conventional name inside an object field (`data.items`, `result.data`).
  const arrays = fields.filter((f) => f.prefix.length === 0 && isArray(f.schema));
  const nested =
    arrays.length === 0
      ? fields.filter((f) => f.prefix.length === 1 && isArray(f.schema) && ITEMS_FIELDS.includes(f.key))
      : [];
  const items =
    fieldByPurpose('items') ??
    (arrays.length === 1 ? arrays[0] : (arrays.find((a) => ITEMS_FIELDS.includes(a.key)) ?? null)) ??
    (nested.length === 1 ? nested[0] : null);
  if (!items || !items.schema.items) return null;
  const itemSchema = items.schema.items;
  const path = (f: Field | null) => (f ? f.path : null);

  const sendBack = sendBackPair(query, fields, items, deref, {
    param: byPurpose('next_cursor_param'),
    field: fieldByPurpose('next_cursor_field'),
    byName: () => [param(CURSOR_PARAMS), field(CURSOR_FIELDS, isStringish)],
  });
  if (sendBack) {
    return {
      style: 'cursor',
      request: {
        page: null,
        size: byPurpose('page_size_param') ?? param(SIZE_PARAMS),
        cursor: sendBack.param,
        offset: null,
      },
      response: {
        ...NO_PAGE_FIELDS,
        items: items.path,
        nextCursor: sendBack.field.path,
        hasMore: path(fieldByPurpose('has_next_page_field') ?? field(HAS_MORE_FIELDS, isBoolean)),
      },
      itemSchema,
    };
  }

  const pageParam = byPurpose('page_number_param') ?? param(PAGE_PARAMS);
  if (pageParam) {
    return {
      style: 'page-number',
      request: {
        page: pageParam,
        size: byPurpose('page_size_param') ?? param(SIZE_PARAMS),
        cursor: null,
        offset: null,
      },
      response: {
        ...NO_PAGE_FIELDS,
        items: items.path,
        currentPage: path(fieldByPurpose('current_page_number_field') ?? field(CURRENT_PAGE_FIELDS, isNumeric)),
        totalPages: path(fieldByPurpose('total_page_count_field') ?? field(TOTAL_PAGES_FIELDS, isNumeric)),
        totalCount: path(fieldByPurpose('total_count_field') ?? field(TOTAL_COUNT_FIELDS, isNumeric)),
        hasMore: path(fieldByPurpose('has_next_page_field') ?? field(HAS_MORE_FIELDS, isBoolean)),
      },
      itemSchema,
    };
  }

  const offsetParam = byPurpose('offset_count_param') ?? param(OFFSET_PARAMS);
  if (offsetParam) {
    return {
      style: 'offset',
      request: {
        page: null,
        size: byPurpose('page_size_param') ?? param(SIZE_PARAMS),
        cursor: null,
        offset: offsetParam,
      },
      response: {
        ...NO_PAGE_FIELDS,
        items: items.path,
        totalCount: path(fieldByPurpose('offset_total_count_field') ?? field(TOTAL_COUNT_FIELDS, isNumeric)),
        hasMore: path(fieldByPurpose('has_next_page_field') ?? field(HAS_MORE_FIELDS, isBoolean)),
      },
      itemSchema,
    };
  }

  const nextUrl = fieldByPurpose('next_url_field') ?? field(NEXT_URL_FIELDS, isStringish);
  if (nextUrl) {
    return {
      style: 'next-url',
      request: { page: null, size: null, cursor: null, offset: null },
      response: { ...NO_PAGE_FIELDS, items: items.path, nextUrl: nextUrl.path },
      itemSchema,
    };
  }
  return null;
}

/**
 * The query parameter whose value for the next page is a body field's, sent back as it came: the hinted ones; else
 * a pair the spec's words tie together (the parameter's description names the field, the field's names the
 * parameter, or the field is `next_<parameter>`); else the usual names (`cursor` and `next_cursor`); else, in doubt,
 * a parameter called a cursor and a field named like a next page's (`next`) that says it is no URL. null for none.
 */
function sendBackPair(
  query: QueryParamInfo[],
  fields: Field[],
  items: Field,
  deref: (node: SchemaNode) => SchemaNode,
  given: { param: string | null; field: Field | null; byName: () => [string | null, Field | null] },
): { param: string; field: Field } | null {
  if (given.param && given.field) return { param: given.param, field: given.field };
  const described = (q: QueryParamInfo) =>
    q.description ?? (q.schema ? safeDeref(q.schema, deref)?.description : null) ?? null;
  // A cursor is text: never a number, a flag or one of a list of values.
  const canCarry = (q: QueryParamInfo) => {
    const schema = q.schema ? safeDeref(q.schema, deref) : null;
    return !schema || (!isNumeric(schema) && !isBoolean(schema) && schema.enum === null);
  };
  // Backward paging (`before`, `prev_cursor`) and the ends of the list (`first_id`) are not the next page.
  const backward = (name: string) => /^(ending_?|end_?)?(before|prev|previous|first|self)(?![a-z])/i.test(name);
  const params = given.param
    ? query.filter((q) => q.wireName === given.param)
    : query.filter((q) => q.purpose === null && canCarry(q) && !backward(q.wireName));
  const isValue = (f: Field) =>
    f !== items &&
    // A field hinted for another purpose (`current_page_number_field`) is that.
    f.schema.hints.paginationPurpose === null &&
    !backward(f.key) &&
    isStringish(f.schema) &&
    !isArray(f.schema) &&
    f.schema.properties.length === 0 &&
    f.schema.enum === null &&
    f.schema.const === null;
  const candidates = given.field ? [given.field] : fields.filter(isValue);
  for (const q of params)
    for (const f of candidates) {
      // Words that tie them and speak of paging ("the `authorization_url` to redirect to" is no page).
      const paging = saysPaging(described(q)) || saysPaging(f.schema.description);
      const named = paging && mentions(f.schema.description, q.wireName);
      const tied =
        named ||
        (paging && mentions(described(q), f.key)) ||
        f.key === `next_${q.wireName}` ||
        f.key === `next${q.wireName.charAt(0).toUpperCase()}${q.wireName.slice(1)}`;
      if (tied && (named || !saysUrl(f.key, f.schema))) return { param: q.wireName, field: f };
    }
  const [paramByName, fieldByName] = given.byName();
  const param = given.param ?? paramByName;
  const field = given.field ?? fieldByName;
  if (param && field) return { param, field };
  // In doubt, the form that sends back what the response returned.
  const cursors = params.filter(
    (q) =>
      q.wireName === given.param ||
      CURSOR_PARAMS.includes(q.wireName) ||
      (saysCursor(described(q)) && !saysPageNumber(described(q))),
  );
  const nextNames = [...CURSOR_FIELDS, ...NEXT_URL_FIELDS, ...NEXT_PAGE_FIELDS];
  for (const q of cursors)
    for (const name of nextNames) {
      const f = candidates.find((c) => c.key === name && !saysUrl(c.key, c.schema));
      if (f) return { param: q.wireName, field: f };
    }
  return null;
}

/** Top-level fields of the body and fields of its object-valued fields (depth 2), allOf merged. */
function collectFields(body: SchemaNode, deref: (node: SchemaNode) => SchemaNode): Field[] {
  const out: Field[] = [];
  // Schemas being visited: an allOf member may lead back to the schema that holds it.
  const open = new Set<SchemaNode>();
  const visit = (node: SchemaNode, prefix: readonly string[], depth: number) => {
    const target = safeDeref(node, deref);
    if (!target || open.has(target)) return;
    open.add(target);
    // (Indexes, not for…of: this runs for every property of every list response, mostly before V8 optimizes it.)
    if (target.allOf) for (let i = 0; i < target.allOf.length; i++) visit(target.allOf[i], prefix, depth);
    for (let i = 0; i < target.properties.length; i++) {
      const { key, schema } = target.properties[i];
      const resolved = safeDeref(schema, deref);
      if (!resolved) continue;
      const unwrapped = unwrapNullable(resolved, deref);
      out.push(new Field(prefix, key, unwrapped));
      if (depth < 2 && (unwrapped.properties.length > 0 || unwrapped.allOf))
        visit(unwrapped, [...prefix, key], depth + 1);
    }
    open.delete(target);
  };
  visit(body, [], 1);
  return out;
}

/** `anyOf: [X, {type: null}]` → X. */
function unwrapNullable(node: SchemaNode, deref: (node: SchemaNode) => SchemaNode): SchemaNode {
  const variants = node.anyOf ?? node.oneOf;
  if (!variants) return node;
  const nonNull = variants.filter((v) => !(v.types && v.types.length === 1 && v.types[0] === 'null'));
  if (nonNull.length === 1) return safeDeref(nonNull[0], deref) ?? node;
  return node;
}

function safeDeref(node: SchemaNode, deref: (node: SchemaNode) => SchemaNode): SchemaNode | null {
  try {
    return deref(node);
  } catch {
    return null;
  }
}

function isArray(s: SchemaNode): boolean {
  return (s.types?.includes('array') ?? false) || (s.types === null && s.items !== null);
}
function isStringish(s: SchemaNode): boolean {
  return s.types === null || s.types.includes('string');
}
function isNumeric(s: SchemaNode): boolean {
  return s.types !== null && (s.types.includes('integer') || s.types.includes('number'));
}
function isBoolean(s: SchemaNode): boolean {
  return s.types !== null && s.types.includes('boolean');
}

/** A method's query parameter (or JSON body field), as a scheme's request field is matched against it. */
export interface SchemeQueryParam {
  name: string;
  /** Its schema; null when the spec gives none. */
  schema: SchemaNode | null;
}

/**
 * The JSON types a parameter's value may take, `null` left out: its schema's own, else its variants' (`oneOf`,
 * `anyOf`), else those of its first `allOf` member that says; null when the schema says nothing (none, `{}`, a
 * variant that says nothing).
 */
function valueTypes(node: SchemaNode | null, deref: (node: SchemaNode) => SchemaNode, depth = 0): Set<string> | null {
  const s = node && depth < 8 ? safeDeref(node, deref) : null;
  if (!s) return null;
  if (s.types) return new Set(s.types.filter((t) => t !== 'null'));
  const variants = s.oneOf ?? s.anyOf;
  if (variants) {
    const each = variants.map((v) => valueTypes(v, deref, depth + 1));
    return each.some((t) => t === null) ? null : new Set(each.flatMap((t) => [...t!]));
  }
  for (const member of s.allOf ?? []) {
    const types = valueTypes(member, deref, depth + 1);
    if (types) return types;
  }
  return null;
}

/**
 * Whether a method's parameter can be the scheme's request field: its value is of the type the scheme declares
 * (`type: integer`; integer and number alike), or may be null besides, as Stainless's pagination docs ask ("it
 * matches the schema"). Whether the call must give it does not matter: Stainless pages val.town's lists, whose
 * `limit` and `offset` are required integers, and left llama-stack's `conversations.items.list` of 2025-10 unpaged,
 * its `after` being a string or an object (a Python `NotGiven` sentinel in the spec). A scheme field of no declared
 * type, or a parameter whose schema says none, matches.
 */
function carries(
  field: StainlessPagination['request'][number],
  param: SchemeQueryParam,
  deref: (node: SchemaNode) => SchemaNode,
): boolean {
  if (field.type === null) return true;
  const types = valueTypes(param.schema, deref);
  if (types === null) return true;
  const accepted = field.type === 'integer' || field.type === 'number' ? ['integer', 'number'] : [field.type];
  return types.size > 0 && [...types].every((t) => accepted.includes(t));
}

/** A scheme's request field a method does not carry: `types` null where it has no such parameter. */
export interface UnmatchedRequestField {
  name: string;
  declared: string | null;
  types: string[] | null;
}

/**
 * The scheme's request fields a method's parameters do not carry, each with why: no parameter of that name (`types`
 * null), or the types its parameter's value may take (`['string', 'object']`), for `paginated`'s warning.
 */
export function unmatchedRequestFields(
  scheme: StainlessPagination,
  params: readonly SchemeQueryParam[],
  deref: (node: SchemaNode) => SchemaNode,
): UnmatchedRequestField[] {
  return scheme.request.flatMap((r): UnmatchedRequestField[] => {
    const param = params.find((p) => p.name === r.name);
    if (!param) return [{ name: r.name, declared: r.type, types: null }];
    if (carries(r, param, deref)) return [];
    return [{ name: r.name, declared: r.type, types: [...(valueTypes(param.schema, deref) ?? [])] }];
  });
}

/**
 * A Stainless config's pagination scheme matched against a method: every request field of the scheme is a query
 * parameter of its type (`carries`), or else every one is such a field of the method's JSON request body
 * (`requestBody`: a POST list, whose next page sends the cursor in the body, Stainless's `PaginatedCursorPost`), and
 * every response field a top-level field of the body. Purposes (`x-stainless-pagination-property`) say which field is
 * which; without one, the usual names decide. A bare name in `query` is a parameter of any type.
 */
export function matchStainlessScheme(
  scheme: StainlessPagination,
  query: Array<string | SchemeQueryParam>,
  body: SchemaNode,
  deref: (node: SchemaNode) => SchemaNode,
  requestBody: readonly SchemeQueryParam[] = [],
): DetectedPagination | null {
  const params = query.map((q) => (typeof q === 'string' ? { name: q, schema: null } : q));
  const takes = (fields: readonly SchemeQueryParam[]) =>
    scheme.request.every((r) => fields.some((q) => q.name === r.name && carries(r, q, deref)));
  if (takes(params)) return matchResponse(scheme, body, deref);
  if (requestBody.length === 0 || !takes(requestBody)) return null;
  const detected = matchResponse(scheme, body, deref);
  return detected && { ...detected, requestIn: 'body' };
}

/** The top-level fields of a JSON request body (allOf merged), as a scheme's request fields are matched to them. */
export function requestBodyFields(body: SchemaNode, deref: (node: SchemaNode) => SchemaNode): SchemeQueryParam[] {
  const target = safeDeref(body, deref);
  if (!target) return [];
  return collectFields(target, deref)
    .filter((f) => f.prefix.length === 0)
    .map((f) => ({ name: f.key, schema: f.schema }));
}

/** The rest of `matchStainlessScheme`: the scheme's response fields in the method's response body. */
function matchResponse(
  scheme: StainlessPagination,
  body: SchemaNode,
  deref: (node: SchemaNode) => SchemaNode,
): DetectedPagination | null {
  const all = collectFields(body, deref);
  const fields = all.filter((f) => f.prefix.length === 0);
  const fieldNamed = (name: string) => fields.find((f) => f.key === name) ?? null;
  /** The body's field at a response field's path: `data`, or one inside an object field (`result.items`). */
  const fieldAt = (path: readonly string[]) =>
    all.find((f) => f.path.length === path.length && f.path.every((key, i) => key === path[i])) ?? null;
  // A body that is the array of items itself: the scheme's field marked `is_top_level_array` (a fake page's one array
  // field) is the body, and its other fields come from headers.
  const whole = deref(body);
  const topLevel =
    isArray(whole) && whole.items
      ? (scheme.response.find((r) => r.topLevelArray) ??
        (scheme.type === 'fake_page' ? scheme.response.find((r) => r.isArray) : undefined))
      : undefined;
  // (The array's items' fields, `cursor_item_id`'s `id`, are entries of the same name: theirs is the body's too.)
  const inBody = (r: StainlessPagination['response'][number]) =>
    r === topLevel || (topLevel !== undefined && r.itemPath !== undefined && r.name === topLevel.name);
  if (!scheme.response.every((r) => inBody(r) || r.fromHeader !== null || fieldNamed(r.name))) return null;
  // The items: the field marked `purpose: items`, else the array among the response fields, a top-level one or one in
  // an object field's `properties` (`result: { properties: { items: { type: array } } }`).
  const arrayAt = (r: StainlessPagination['response'][number]) => {
    if (r.itemPath) return null;
    const f = fieldAt(r.path);
    return f !== null && isArray(f.schema) && f.schema.items ? f : null;
  };
  const items = topLevel
    ? { path: [], schema: whole }
    : scheme.response
        .filter((r) => r.purpose === 'items')
        .concat(scheme.response.filter((r) => r.purpose !== 'items'))
        .map(arrayAt)
        .find((f) => f !== null);
  if (!items?.schema.items) return null;
  const itemsAt = topLevel ? { items: [], itemsName: topLevel.name } : { items: items.path };
  const requestFor = (purpose: string, names: string[]) =>
    scheme.request.find((r) => r.purpose === purpose)?.name ??
    scheme.request.find((r) => names.includes(r.name))?.name ??
    null;
  const responseFor = (purpose: string, names: string[]) => {
    const field =
      scheme.response.find((r) => r.purpose === purpose) ??
      scheme.response.find((r) => r.path.length === 1 && names.includes(r.name)) ??
      scheme.response.find((r) => names.includes(r.path[r.path.length - 1]));
    if (!field) return null;
    return field.fromHeader === null ? field.path : { header: field.fromHeader, field: field.name };
  };
  const requestParams = scheme.request.map((r) => r.name);
  // The response's top-level fields in the config's order (a page class declares them so).
  const order = [...new Set(scheme.response.filter((r) => r.path.length === 1 && !r.itemPath).map((r) => r.name))];
  // (The fields the config marks `required`, top-level ones: a nested one is its object's `required`, configPageFields.)
  const required = scheme.response.filter((r) => r.required && r.path.length === 1 && !r.itemPath).map((r) => r.name);
  const requiredFields = required.length > 0 ? { required } : {};
  const requestParamTypes = Object.fromEntries(scheme.request.flatMap((r) => (r.type ? [[r.name, r.type]] : [])));
  const size = requestFor('page_size_param', SIZE_PARAMS);
  const hasMore = responseFor('has_next_page', HAS_MORE_FIELDS) ?? responseFor('has_next_page_field', HAS_MORE_FIELDS);
  const totalCount = responseFor('total_count_field', TOTAL_COUNT_FIELDS);
  switch (scheme.type) {
    case 'cursor':
    case 'cursor_id': {
      const cursor =
        requestFor('next_cursor_param', CURSOR_PARAMS) ??
        requestFor('next_cursor_id_param', ['after', 'starting_after']);
      // `cursor_id`: the cursor is the last item's id (its `cursor_item_id` field), unless the scheme names a
      // `next_cursor_field` (a field merely called `next_cursor` is not one: letta's pages go by the last id).
      const next = responseFor('next_cursor_field', scheme.type === 'cursor_id' ? [] : CURSOR_FIELDS);
      const itemField =
        scheme.type === 'cursor_id' && !next
          ? scheme.response.find((r) => r.itemPath && r.purpose === 'cursor_item_id')
          : undefined;
      const itemCursor = scheme.type === 'cursor_id' && !next ? (itemField?.itemPath ?? ['id']) : null;
      if (!cursor || (!next && !itemCursor)) return null;
      // A list asked for with the previous-cursor param pages backwards: a `cursor_id` page before its first item's
      // id, a `cursor` one by its `previous_cursor_field` (without one, the param is only a param, as Stainless's).
      const previousField = itemCursor ? null : responseFor('previous_cursor_field', []);
      const previousCursor = itemCursor
        ? requestFor('previous_cursor_id_param', [])
        : previousField && requestFor('previous_cursor_param', []);
      return {
        style: 'cursor',
        requestParams,
        requestParamTypes,
        request: { page: null, size, cursor, offset: null, ...(previousCursor ? { previousCursor } : {}) },
        response: {
          ...NO_PAGE_FIELDS,
          ...itemsAt,
          nextCursor: next,
          nextCursorItem: itemCursor,
          ...(itemField?.required ? { nextCursorItemRequired: true as const } : {}),
          ...(previousCursor && previousField ? { previousCursor: previousField } : {}),
          hasMore,
          totalCount,
          order,
          ...requiredFields,
        },
        itemSchema: items.schema.items,
      };
    }
    case 'offset': {
      const offset = requestFor('offset_count_param', OFFSET_PARAMS);
      if (!offset) return null;
      const offsetStart = responseFor('offset_count_start_field', []);
      return {
        style: 'offset',
        requestParams,
        requestParamTypes,
        request: { page: null, size, cursor: null, offset },
        response: {
          ...NO_PAGE_FIELDS,
          ...itemsAt,
          hasMore,
          totalCount: responseFor('offset_total_count_field', TOTAL_COUNT_FIELDS) ?? totalCount,
          ...(offsetStart ? { offsetStart } : {}),
          order,
          ...requiredFields,
        },
        itemSchema: items.schema.items,
      };
    }
    case 'page_number': {
      const page = requestFor('page_number_param', PAGE_PARAMS);
      if (!page) return null;
      return {
        style: 'page-number',
        requestParams,
        requestParamTypes,
        request: { page, size, cursor: null, offset: null },
        response: {
          ...NO_PAGE_FIELDS,
          ...itemsAt,
          currentPage: responseFor('current_page_number_field', CURRENT_PAGE_FIELDS),
          totalPages: responseFor('total_page_count_field', TOTAL_PAGES_FIELDS),
          totalCount,
          hasMore,
          order,
          ...requiredFields,
        },
        itemSchema: items.schema.items,
      };
    }
    case 'cursor_url':
    case 'cursor_uri': {
      const next = responseFor('cursor_url_field', NEXT_URL_FIELDS) ?? responseFor('next_url_field', NEXT_URL_FIELDS);
      if (!next) return null;
      return {
        style: 'next-url',
        requestParams,
        requestParamTypes,
        request: { page: null, size: null, cursor: null, offset: null },
        response: { ...NO_PAGE_FIELDS, ...itemsAt, nextUrl: next, order, ...requiredFields },
        itemSchema: items.schema.items,
      };
    }
    default:
      // fake_page: one page holding every item. Iterating it is iterating the items.
      return {
        style: 'next-url',
        requestParams,
        requestParamTypes,
        request: { page: null, size: null, cursor: null, offset: null },
        response: { ...NO_PAGE_FIELDS, ...itemsAt, order, ...requiredFields },
        itemSchema: items.schema.items,
      };
  }
}
