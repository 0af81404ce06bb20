/**
 * `pagination.py`: a sync and an async page class per scheme, as Stainless's Python SDKs write them. A page reads its
 * items and paging values from the body's object; a scheme whose items are the body itself (a bare JSON array) or
 * whose values come from response headers (a Stainless config's `is_top_level_array`, `from_header`) also has a
 * `build` classmethod, which the client calls with the response: it puts the array and the headers' values into the
 * page's properties.
 */
import type { PagingValue, PaginationScheme, TypeRef } from '../../../ir/types';
import { pyClassName, pyFieldName } from '../../../naming/python';
import type { PyPage } from '../types/model';
import type { StainlessPythonForms } from '../../../stainless/python-era';
import { pyString } from '../docs/print-doc';
import { PageModels, readThroughModels, type PageFieldShape } from './page-models';
import { compareMembers } from '../py-isort';
import {
  joinTopLevel,
  layoutAssignment,
  RuffLayoutTracker,
  type PrintedModule,
  type TopLevelStatement,
} from '../py-layout';

/** The forms of the SDK's era a page class depends on (stainless/python-era.ts). */
export type PageForms = Pick<StainlessPythonForms, 'paginationLintIgnores'>;

/** `schemaType`: a named schema's type, for the page fields a config gives as a `$ref`. */
export function printPagination(
  pages: PyPage[],
  schemaType: (id: string) => TypeRef | undefined = () => undefined,
  forms: PageForms = { paginationLintIgnores: true },
): PrintedModule {
  const layout = new RuffLayoutTracker();
  const taken = new Set(pages.flatMap((p) => [p.syncName, p.asyncName]));
  const protocols = new Map(pages.map((page) => [page, itemProtocol(page, taken)]));
  const models = new PageModels(taken, schemaType);
  // Each page's item protocol (a `cursor_id` page's), its models (its object fields'), then its sync and async class.
  const perPage = pages.map((page) => {
    const declared = models.models.length;
    const shapes = fieldShapes(page, models);
    const own = models.models.slice(declared);
    const protocol = protocols.get(page) ?? null;
    return {
      // (The protocol is the module's own: not in `__all__`, as Stainless's.)
      names: [...own.map((m) => m.name), page.syncName, page.asyncName],
      classes: [
        ...(protocol ? [protocol.lines] : []),
        ...own.map((m) => m.lines),
        ...[false, true].map((isAsync) => pageClass(page, isAsync, shapes, protocol, forms)),
      ],
    };
  });
  const classes = perPage.flatMap((p) => p.classes);
  const code = classes.flat().join('\n');
  // A tuple of two keys or more written with a trailing comma: Ruff splits it (a magic trailing comma).
  if (/"\s*,\s*"[^()]*,\)/.test(code)) layout.inLayout = false;
  // Only what the page classes use (none without a pagination scheme): strict checkers flag unused imports.
  const used = (names: string[]) => names.filter((name) => new RegExp(`\\b${name}\\b`).test(code));
  const typing = [
    ...used(['Any', 'Dict', 'List', 'Type', 'Generic', 'Mapping', 'cast']),
    'TypeVar',
    ...used(['Optional']),
  ].sort(compareMembers);
  const base = used(['BasePage', 'PageInfo', 'BaseSyncPage', 'BaseAsyncPage']);
  const builds = used(['_BaseModelT']).length > 0;
  const modelBases = [...(builds || used(['BaseModel']).length > 0 ? ['BaseModel'] : []), ...used(['GenericModel'])];
  const lines = [layout.fromImport('', 'typing', typing)];
  const extensions = used(['Protocol', 'override', 'runtime_checkable']).sort(compareMembers);
  if (extensions.length) lines.push(layout.fromImport('', 'typing_extensions', extensions));
  // (`build`'s `Response`, as Stainless's pages import it; a next-page URL's `httpx.URL`.)
  if (used(['httpx']).length) lines.push('', 'import httpx');
  if (used(['Response']).length) lines.push('', 'from httpx import Response');
  if (used(['FieldInfo']).length) lines.push('', 'from pydantic import Field as FieldInfo');
  const local: string[] = [];
  const utils = used(['is_mapping', 'maybe_coerce_boolean', 'maybe_coerce_integer']).sort(compareMembers);
  if (utils.length) local.push(layout.fromImport('', '._utils', utils));
  if (modelBases.length) local.push(layout.fromImport('', '._models', modelBases));
  if (base.length) local.push(layout.fromImport('', '._base_client', base));
  if (local.length) lines.push('', ...local);
  const statements: TopLevelStatement[] = [
    { text: lines.join('\n'), definition: false, isImport: true },
    {
      text: layout.allList(perPage.flatMap((p) => p.names)),
      definition: false,
    },
    ...(builds ? [{ text: '_BaseModelT = TypeVar("_BaseModelT", bound=BaseModel)', definition: false }] : []),
    { text: '_T = TypeVar("_T")', definition: false },
    ...classes.map((lines) => ({ text: layout.fitting(lines).join('\n'), definition: true })),
  ];
  return layout.module(joinTopLevel(statements));
}

/** The page's property a header's value is held in: the config's name for it, else the header's own. */
function headerProperty(value: { header: string; field?: string }): string {
  return pyFieldName(value.field ?? value.header.toLowerCase().replace(/[^a-z0-9]+/g, '_'));
}

/** A paging value as a path in the page's properties: a header's value is a property of its own (set by `build`). */
function inPage(value: PagingValue | null): string[] | null {
  if (value === null) return null;
  return Array.isArray(value) ? value : [headerProperty(value)];
}

function fieldOf(path: string[] | null): string | null {
  return path && path.length >= 1 ? path[0] : null;
}

/** The keys under the page's field a nested response path goes through (`links.next` → `["next"]`). */
function nestedKeys(path: string[] | null): string[] {
  return path ? path.slice(1) : [];
}

/** `local = self.<field>`, then down the nested keys (a missing or non-object step gives None). */
function readValue(path: string[], local: string, annotation: string | null = null): string[] {
  const keys = nestedKeys(path);
  const value = `self.${pyFieldName(fieldOf(path)!)}`;
  const declared = keys.length ? 'object' : annotation;
  const lines = (
    layoutAssignment('        ', local, declared, value) ??
    `        ${local}${declared ? `: ${declared}` : ''} = ${value}`
  ).split('\n');
  const oneStep = `        ${local} = cast("Dict[str, object]", ${local}).get(${pyString(keys[0] ?? '')}) if isinstance(${local}, dict) else None`;
  // One key is read in one line where it fits Ruff's line length; more go down a loop.
  if (keys.length === 1 && oneStep.length <= 120) lines.push(oneStep);
  else if (keys.length)
    lines.push(
      `        for key in (${keys.map((k) => `${pyString(k)},`).join(' ')}):`,
      `            ${local} = cast("Dict[str, object]", ${local}).get(key) if isinstance(${local}, dict) else None`,
    );
  return lines;
}

/** The Python type of a paging value, by what it is for. */
const VALUE_TYPES = {
  hasMore: 'bool',
  nextCursor: 'str',
  previousCursor: 'str',
  nextUrl: 'str',
  currentPage: 'int',
  totalPages: 'int',
  totalCount: 'int',
  offsetStart: 'int',
} as const;

type ValueKey = keyof typeof VALUE_TYPES;

/** The values a scheme's style reads (a value the page never reads is not declared for it). */
function valuesRead(scheme: PaginationScheme): ValueKey[] {
  switch (scheme.style) {
    case 'cursor':
      return ['hasMore', 'nextCursor', 'previousCursor'];
    case 'next-url':
      return ['hasMore', 'nextUrl'];
    case 'page-number':
      return ['hasMore', 'currentPage', 'totalPages'];
    case 'offset':
      return ['hasMore', 'offsetStart', 'totalCount'];
  }
}

/**
 * `response.headers.get("X-Next")` as the property's type wants it, by the runtime's `maybe_coerce_…` as Stainless's
 * pages read it (a `Link` header: its `rel="next"` URL).
 */
function headerRead(header: string, type: string): string {
  if (header.toLowerCase() === 'link') return 'response.links.get("next", {}).get("url")';
  const raw = `response.headers.get(${pyString(header)})`;
  if (type === 'int') return `maybe_coerce_integer(${raw})`;
  if (type === 'bool') return `maybe_coerce_boolean(${raw})`;
  return raw;
}

/**
 * The shapes of a page's body fields (its models declared in `models`), by wire key; items at a nested path
 * (`result.items`): the field holding them too, a generic model of them and the paging values beside them.
 */
function fieldShapes(page: PyPage, models: PageModels): Map<string, PageFieldShape> {
  const scheme = page.syncName.replace(/^Sync/, '');
  const shapes = new Map(
    page.scheme.fields.map((f) => [f.key, models.shape(f.type, `${scheme}${pyClassName(f.key)}`)]),
  );
  const items = page.scheme.response.items;
  if (items.length > 1) {
    const values = valuesRead(page.scheme).flatMap((key) => {
      const value = page.scheme.response[key] ?? null;
      return Array.isArray(value) ? [{ path: value, annotation: VALUE_TYPES[key] }] : [];
    });
    shapes.set(items[0], models.itemsContainer(items, values, `${scheme}${pyClassName(items[0])}`));
  }
  return shapes;
}

/** A `cursor_id` page's item as a runtime-checkable protocol: the class and the attribute its id is read from. */
interface ItemProtocol {
  name: string;
  attribute: string;
  /** Declared `str` (the config's items require it): its `is None` check is unnecessary to pyright. */
  required: boolean;
  lines: string[];
}

/**
 * The protocol a `cursor_id` page checks its first or last item against before reading its id (`<Scheme>Item`, an
 * `id: Optional[str]` member, `id: str` where the config's items list it `required`), as Stainless's Python pages do;
 * null for any other page, and for an id nested deeper than the item's own field (read key by key instead).
 */
function itemProtocol(page: PyPage, taken: Set<string>): ItemProtocol | null {
  const { scheme } = page;
  const path = scheme.response.nextCursorItem;
  // (Items at a nested path are read by `_get_page_items`, as a `cursor` page reads an id nested in its items.)
  if (
    scheme.style !== 'cursor' ||
    !scheme.request.cursor ||
    scheme.response.nextCursor ||
    path?.length !== 1 ||
    scheme.response.items.length > 1
  )
    return null;
  let name = `${page.schemeClassName}Item`;
  for (let n = 2; taken.has(name); n++) name = `${page.schemeClassName}Item${n}`;
  taken.add(name);
  const attribute = pyFieldName(path[0]);
  const required = scheme.response.nextCursorItemRequired === true;
  const annotation = required ? 'str' : 'Optional[str]';
  return {
    name,
    attribute,
    required,
    lines: ['@runtime_checkable', `class ${name}(Protocol):`, `    ${attribute}: ${annotation}`],
  };
}

function pageClass(
  page: PyPage,
  isAsync: boolean,
  shapes: Map<string, PageFieldShape>,
  protocol: ItemProtocol | null,
  forms: PageForms,
): string[] {
  const scheme = page.scheme;
  const name = isAsync ? page.asyncName : page.syncName;
  const base = isAsync ? 'BaseAsyncPage' : 'BaseSyncPage';
  const itemsKey = scheme.response.items[0] ?? scheme.response.itemsName ?? 'data';
  const itemsAreBody = scheme.response.items.length === 0;
  const lines = [`class ${name}(${base}[_T], BasePage[_T], Generic[_T]):`];
  const declared = new Set<string>();
  const fields: Array<{ key: string; line: string }> = [];
  // A required field may still be null (`Optional[str]` with no default).
  const field = (key: string, annotation: string, required: boolean, nullable = false) => {
    if (declared.has(key)) return;
    declared.add(key);
    const py = pyFieldName(key);
    const alias =
      py !== key ? `FieldInfo(alias=${pyString(key)}${required ? '' : ', default=None'})` : required ? '' : 'None';
    fields.push({
      key,
      line: `    ${py}: ${required && !nullable ? annotation : `Optional[${annotation}]`}${alias ? ` = ${alias}` : ''}`,
    });
  };
  // The fields the config marks required: declared as the body gives them (`has_more: bool`), as Stainless's pages.
  const required = new Set(scheme.response.required ?? []);
  /** A body field the config marks required that is never null: read as it is, with no `is not None` check. */
  const givenAsIs = (key: string) => required.has(key) && !(shapes.get(key)?.nullable ?? false);
  const nestedItems = scheme.response.items.length > 1 ? (shapes.get(itemsKey) ?? null) : null;
  if (nestedItems) field(itemsKey, nestedItems.annotation, false);
  else field(itemsKey, 'List[_T]', true);
  for (const property of scheme.fields) {
    const shape = shapes.get(property.key);
    field(property.key, shape?.annotation ?? 'object', required.has(property.key), shape?.nullable ?? false);
  }
  const paths: Partial<Record<ValueKey, string[]>> = {};
  const headers: Array<{ property: string; read: string }> = [];
  for (const key of valuesRead(scheme)) {
    const value = scheme.response[key] ?? null;
    const path = inPage(value);
    if (!value || !path) continue;
    paths[key] = path;
    // A value nested in an object (`links.next`): the object is the page's field.
    field(path[0], nestedKeys(path).length ? 'object' : VALUE_TYPES[key], false);
    if (!Array.isArray(value)) headers.push({ property: path[0], read: headerRead(value.header, VALUE_TYPES[key]) });
  }
  // In the config's order of the scheme's response fields, as Stainless's pages declare them (the items among them).
  const order = (scheme.response.order ?? []).map((key) => pyFieldName(key));
  const rank = (key: string) => {
    const at = order.indexOf(pyFieldName(key));
    return at < 0 ? order.length : at;
  };
  lines.push(...fields.sort((a, b) => rank(a.key) - rank(b.key)).map((f) => f.line));
  const read = (path: string[], local: string, annotation: string | null = null) =>
    readThroughModels(path, shapes.get(path[0]), local, annotation, givenAsIs(path[0])) ??
    readValue(path, local, annotation);
  /** A value read as its declared type (a field, or one through the page's models), not as an `object`. */
  const typed = (path: string[]) =>
    path.length === 1 || readThroughModels(path, shapes.get(path[0]), '_', null) !== null;
  const items = nestedItems ? 'items' : pyFieldName(itemsKey);
  lines.push(
    '',
    '    @override',
    '    def _get_page_items(self) -> List[_T]:',
    // (Laid out as Ruff lays it out where it does not fit: a line of its own each, for the module's check.)
    ...(nestedItems
      ? (readThroughModels(scheme.response.items, nestedItems, items, 'Optional[List[_T]]') ?? [])
      : (layoutAssignment('        ', items, null, `self.${items}`) ?? `        ${items} = self.${items}`).split('\n')),
    `        if not ${items}:`,
    '            return []',
    `        return ${items}`,
  );
  if (
    paths.hasMore &&
    paths.hasMore.length === 1 &&
    Array.isArray(scheme.response.hasMore) &&
    givenAsIs(paths.hasMore[0])
  ) {
    // A flag the config marks required is a `bool`: any false value ends the list, as Stainless's required flag.
    lines.push(
      '',
      '    @override',
      '    def has_next_page(self) -> bool:',
      `        has_more = self.${pyFieldName(paths.hasMore[0])}`,
      '        return has_more and super().has_next_page()',
    );
  } else if (paths.hasMore) {
    // A `has_more` of false ends the list; one the response leaves out does not.
    lines.push(
      '',
      '    @override',
      '    def has_next_page(self) -> bool:',
      ...read(paths.hasMore, 'has_more'),
      '        if has_more is not None and has_more is False:',
      '            return False',
      '',
      '        return super().has_next_page()',
    );
  }
  lines.push(
    '',
    '    @override',
    '    def next_page_info(self) -> Optional[PageInfo]:',
    ...inBody(
      scheme,
      protocol ? nextPageInfoByItemId(scheme, protocol, items) : nextPageInfo(scheme, paths, { read, typed }, forms),
    ),
  );
  if (itemsAreBody || headers.length) lines.push('', ...buildMethod(itemsKey, headers));
  return lines;
}

/**
 * `next_page_info` of a scheme whose page fields are JSON body fields (a POST list, `requestIn: 'body'`): the values
 * sent are read from the request's body and the next page changes them there (`PageInfo(json=…)`, as Stainless's
 * `SyncPaginatedCursorPost`), not in the query.
 */
function inBody(scheme: PaginationScheme, lines: string[]): string[] {
  if (scheme.requestIn !== 'body') return lines;
  return lines.map((line) =>
    line
      .replaceAll('PageInfo(params=', 'PageInfo(json=')
      .replaceAll('self._options.params.get(', 'cast("Mapping[str, object]", self._options.json_data or {}).get('),
  );
}

/**
 * A `cursor_id` page's `next_page_info`: the next page starts after the last item's id, or (a list asked for before an
 * id, by the previous-cursor param) ends before the first item's; an item that is not of the protocol ends the list.
 */
function nextPageInfoByItemId(scheme: PaginationScheme, protocol: ItemProtocol, items: string): string[] {
  // (A protocol saying the id is a str: a response may still hold None.)
  const ignore = protocol.required ? '  # pyright: ignore[reportUnnecessaryComparison]' : '';
  const id = (at: string, param: string, indent: string) => [
    `${indent}item = cast(Any, ${at})`,
    `${indent}if not isinstance(item, ${protocol.name}) or item.${protocol.attribute} is None:${ignore}`,
    // (Stainless's own comment, in every page of the kind.)
    `${indent}    # TODO emit warning log`,
    `${indent}    return None`,
    '',
    `${indent}return PageInfo(params={${pyString(param)}: item.${protocol.attribute}})`,
  ];
  const previous = scheme.request.previousCursor;
  const body = [`        ${items} = self.${items}`, `        if not ${items}:`, '            return None', ''];
  if (!previous) return [...body, ...id(`${items}[-1]`, scheme.request.cursor!, '        ')];
  return [
    `        is_forwards = not self._options.params.get(${pyString(previous)}, False)`,
    '',
    ...body,
    '        if is_forwards:',
    ...id(`${items}[-1]`, scheme.request.cursor!, '            '),
    '        else:',
    ...id(`self.${items}[0]`, previous, '            '),
  ];
}

/** How a page reads its values: the lines reading a path into a local, and whether it is read as its own type. */
interface PageReads {
  read: (path: string[], local: string, annotation?: string | null) => string[];
  typed: (path: string[]) => boolean;
}

/** The body of `next_page_info`, by the scheme's style. */
function nextPageInfo(
  scheme: PaginationScheme,
  paths: Partial<Record<ValueKey, string[]>>,
  { read, typed }: PageReads,
  forms: PageForms,
): string[] {
  const items = pyFieldName(scheme.response.items[0] ?? scheme.response.itemsName ?? 'data');
  const previous = scheme.request.previousCursor;
  if (scheme.style === 'cursor' && scheme.request.cursor && paths.nextCursor) {
    // Each cursor read into a local named as its field, as Stainless's pages read them (`after = …`).
    const local = (path: string[]) => {
      const name = pyFieldName(path[path.length - 1]);
      // (Not a name the method's other lines use.)
      return ['key', 'self', 'cast', 'isinstance', 'PageInfo', 'None'].includes(name) ? `${name}_` : name;
    };
    const next = local(paths.nextCursor);
    return [
      // A list asked for with the previous-cursor param goes on backwards, by the page's previous cursor.
      ...(previous && paths.previousCursor
        ? [
            `        if self._options.params.get(${pyString(previous)}):`,
            ...read(paths.previousCursor, local(paths.previousCursor)).map((line) => `    ${line}`),
            `            if not ${local(paths.previousCursor)}:`,
            '                return None',
            '',
            `            return PageInfo(params={${pyString(previous)}: ${local(paths.previousCursor)}})`,
            '',
          ]
        : []),
      ...read(paths.nextCursor, next),
      `        if not ${next}:`,
      '            return None',
      '',
      `        return PageInfo(params={${pyString(scheme.request.cursor)}: ${next}})`,
    ];
  }
  if (scheme.style === 'cursor' && scheme.request.cursor && scheme.response.nextCursorItem) {
    // A `cursor_id` scheme: the next page starts after the last item, whose id (at this path in it) is the cursor; a
    // list asked for before an id (its previous-cursor param) goes on before the first item.
    const itemId = (at: string, local: string) => [
      `        ${local}: object = ${items}[${at}]`,
      `        for key in (${scheme.response.nextCursorItem!.map((k) => `${pyString(k)},`).join(' ')}):`,
      `            ${local} = cast("Dict[str, object]", ${local}).get(key) if isinstance(${local}, dict) else getattr(${local}, key, None)`,
      `        if not isinstance(${local}, str) or not ${local}:`,
      '            return None',
    ];
    return [
      `        ${items} = self._get_page_items()`,
      `        if not ${items}:`,
      '            return None',
      ...(previous
        ? [
            `        if self._options.params.get(${pyString(previous)}):`,
            ...itemId('0', 'first').map((line) => `    ${line}`),
            `            return PageInfo(params={${pyString(previous)}: first})`,
            '',
          ]
        : []),
      ...itemId('-1', 'item'),
      `        return PageInfo(params={${pyString(scheme.request.cursor)}: item})`,
    ];
  }
  if (scheme.style === 'next-url' && paths.nextUrl) {
    // (A value read as an `object`, down keys no model declares, is made a str.)
    const url = typed(paths.nextUrl) ? 'url' : 'str(url)';
    return [
      ...read(paths.nextUrl, 'url'),
      '        if url is None:',
      '            return None',
      '',
      `        return PageInfo(url=httpx.URL(${url}))`,
    ];
  }
  if (scheme.style === 'offset' && scheme.request.offset)
    return offsetNextPageInfo(scheme, paths, { read, typed }, forms);
  if (scheme.style === 'page-number' && scheme.request.page) {
    const param = pyString(scheme.request.page);
    // The page's own number when the response gives it, else the one asked for (the first: 1).
    const current = paths.currentPage
      ? [
          ...read(paths.currentPage, 'current', 'object'),
          '        if current is None:',
          `            current = self._options.params.get(${param}) or 1`,
        ]
      : [`        current = self._options.params.get(${param}) or 1`];
    const lines = [...current, '        if not isinstance(current, int):', '            return None'];
    if (paths.totalPages)
      lines.push(
        ...read(paths.totalPages, 'total_pages'),
        '        if isinstance(total_pages, int) and current >= total_pages:',
        '            return None',
      );
    return [...lines, `        return PageInfo(params={${param}: current + 1})`];
  }
  return ['        return None'];
}

/** A local of `next_page_info` named as the field it holds (`next_offset`), but for the names the method uses. */
function localFor(path: string[]): string {
  const name = pyFieldName(path[path.length - 1]);
  return ['length', 'current_count', 'self', 'cast', 'isinstance', 'PageInfo', 'None'].includes(name)
    ? `${name}_`
    : name;
}

/**
 * An offset page's `next_page_info`, as Stainless's: the page starts at the response's own start where the scheme names
 * one (none: the last page), else at the offset sent; the next starts its items on, and with a total known, a page
 * reaching it (or not saying it) is the last.
 */
function offsetNextPageInfo(
  scheme: PaginationScheme,
  paths: Partial<Record<ValueKey, string[]>>,
  { read, typed }: PageReads,
  forms: PageForms,
): string[] {
  const param = pyString(scheme.request.offset!);
  const start = paths.offsetStart ? localFor(paths.offsetStart) : 'offset';
  // (A value read as an `object`, down keys no model declares, must be an int to count on.)
  const checked = (path: string[], local: string) =>
    typed(path) ? `        if ${local} is None:` : `        if not isinstance(${local}, int):`;
  const lines = paths.offsetStart
    ? [
        ...read(paths.offsetStart, start),
        checked(paths.offsetStart, start),
        `            return None${forms.paginationLintIgnores ? '  # type: ignore[unreachable]' : ''}`,
      ]
    : [
        `        offset = self._options.params.get(${param}) or 0`,
        '        if not isinstance(offset, int):',
        `            raise ValueError(f'Expected ${JSON.stringify(scheme.request.offset)} param to be an integer but got {offset}')`,
      ];
  lines.push('', '        length = len(self._get_page_items())', `        current_count = ${start} + length`, '');
  if (!paths.totalCount) return [...lines, `        return PageInfo(params={${param}: current_count})`];
  const total = localFor(paths.totalCount) === start ? 'total_count' : localFor(paths.totalCount);
  return [
    ...lines,
    ...read(paths.totalCount, total),
    checked(paths.totalCount, total),
    '            return None',
    '',
    `        if current_count < ${total}:`,
    `            return PageInfo(params={${param}: current_count})`,
    '',
    '        return None',
  ];
}

/**
 * `build`: the page from the response, the body's object as it is or a bare array as the items, with each header's
 * value set on its property.
 */
function buildMethod(itemsKey: string, headers: Array<{ property: string; read: string }>): string[] {
  return [
    '    @classmethod',
    // (Ruff's unused-argument check named off whether or not a header reads the response, as Stainless's pages do.)
    '    def build(cls: Type[_BaseModelT], *, response: Response, data: object) -> _BaseModelT:  # noqa: ARG003',
    '        return cls.construct(',
    '            None,',
    '            **{',
    `                **(cast(Mapping[str, Any], data) if is_mapping(data) else {${pyString(itemsKey)}: data}),`,
    ...headers.map((h) => `                ${pyString(h.property)}: ${h.read},`),
    '            },',
    '        )',
  ];
}
