/**
 * The forms of Stainless's Python page classes that its config and its era decide, as its SDKs show them:
 * - a `cursor_id` page's item protocol declares the id `Optional[str]` (writer-python, openai-python, letta-python)
 *   unless the config's items list it `required` (mpesaflow's config and SDK: `id: str`, its `is None` check marked
 *   for pyright), and every such page writes `# TODO emit warning log` before giving up on an item;
 * - an offset page counts on (`length = …`, `current_count = …`) from the start the response gives, a page without
 *   it being the last (`return None  # type: ignore[unreachable]` from 2025-05-10 on: openintegrations' python-sdk
 *   8bac923), and with a total, a page not saying it or reaching it is the last (writer-python, arcade-py,
 *   mixedbread-python); without a start, from the offset sent, which must be an int (julep's python-sdk);
 * - a value from a header is read by the runtime's `maybe_coerce_…`, `build` takes an httpx `Response` and is marked
 *   `# noqa: ARG003` (kernel-python-sdk, modern-treasury-python, letta-python); a has-more flag from a header or
 *   nested in an object field keeps the `is not None … is False` form (kernel's, mixedbread's);
 * - the page classes come in the config's order (llama-stack-client-python's `DatasetsIterrows` first), in both
 *   targets;
 * - `migrate --from-repo`'s derived config writes the items' `required` back from a protocol's `id: str`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { pythonPageSchemes } from '../../generator/migrate/python/derived-config/page-classes';
import { cleanupSpecs, writeSpec } from './helpers/spec';
import { acmeSpec, INTEGER, listOperation, refTo, STRING } from '../helpers/cursor-list-fixture';

afterAll(cleanupSpecs);

const PROPERTY = 'x-stainless-pagination-property';

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
pagination:
  - name: jobs_offset
    type: offset
    request:
      offset: { type: integer, ${PROPERTY}: { purpose: offset_count_param } }
    response:
      result: { type: array }
      totalCount: { type: integer, ${PROPERTY}: { purpose: offset_total_count_field } }
      pagination:
        type: object
        properties:
          offset: { type: integer, ${PROPERTY}: { purpose: offset_count_start_field } }
  - name: plain_offset
    type: offset
    request:
      skip: { type: integer, ${PROPERTY}: { purpose: offset_count_param } }
    response:
      items: { type: array }
  - name: header_offset
    type: offset
    request:
      offset: { type: integer, ${PROPERTY}: { purpose: offset_count_param } }
    response:
      items: { type: array, ${PROPERTY}: { is_top_level_array: true } }
      has_more: { type: boolean, ${PROPERTY}: { purpose: has_next_page, from_header: X-Has-More } }
      next_offset: { type: integer, ${PROPERTY}: { purpose: offset_count_start_field, from_header: X-Next-Offset } }
  - name: cursor_page
    type: cursor_id
    request:
      after: { type: string, ${PROPERTY}: { purpose: next_cursor_id_param } }
    response:
      data:
        type: array
        items:
          type: object
          properties:
            id: { type: string, ${PROPERTY}: { purpose: cursor_item_id } }
  - name: list_objects
    type: cursor_id
    request:
      starting_after: { type: string, ${PROPERTY}: { purpose: next_cursor_id_param } }
    response:
      objects:
        type: array
        items:
          type: object
          properties:
            id: { type: string, ${PROPERTY}: { purpose: cursor_item_id } }
          required: [id]
  - name: meta_cursor
    type: cursor
    request:
      cursor: { type: string, ${PROPERTY}: { purpose: next_cursor_param } }
    response:
      data: { type: array }
      meta:
        type: object
        properties:
          has_more: { type: boolean, ${PROPERTY}: { purpose: has_next_page } }
          next: { type: string, ${PROPERTY}: { purpose: next_cursor_field } }
resources:
  items:
    models:
      item: Item
    methods:
      list_meta: { endpoint: get /meta, paginated: meta_cursor }
      list_objects: { endpoint: get /objects, paginated: list_objects }
      list_cursor: { endpoint: get /cursor, paginated: cursor_page }
      list_headers: { endpoint: get /headers, paginated: header_offset }
      list_plain: { endpoint: get /plain, paginated: plain_offset }
      list_jobs: { endpoint: get /jobs, paginated: jobs_offset }
`;

const items = { type: 'array', items: refTo('Item') };

function spec(): string {
  const headers = {
    get: {
      operationId: 'listHeaders',
      parameters: [{ name: 'offset', in: 'query', schema: INTEGER }],
      responses: { '200': { description: 'ok', content: { 'application/json': { schema: items } } } },
    },
  };
  return writeSpec(
    acmeSpec(
      {
        '/jobs': listOperation({
          operationId: 'listJobs',
          query: [{ name: 'offset', schema: INTEGER }],
          properties: {
            result: items,
            totalCount: INTEGER,
            pagination: { type: 'object', properties: { offset: INTEGER } },
          },
        }),
        '/plain': listOperation({
          operationId: 'listPlain',
          query: [{ name: 'skip', schema: INTEGER }],
          properties: { items },
        }),
        '/headers': headers,
        '/cursor': listOperation({
          operationId: 'listCursor',
          query: [{ name: 'after', schema: STRING }],
          properties: { data: items },
        }),
        '/objects': listOperation({
          operationId: 'listObjects',
          query: [{ name: 'starting_after', schema: STRING }],
          properties: { objects: items },
        }),
        '/meta': listOperation({
          operationId: 'listMeta',
          query: [{ name: 'cursor', schema: STRING }],
          properties: {
            data: items,
            meta: { type: 'object', properties: { has_more: { type: 'boolean' }, next: STRING } },
          },
        }),
      },
      'Item',
    ),
  );
}

async function generated(target: 'python' | 'typescript', stainlessEra?: string): Promise<string> {
  const file = spec();
  const config = path.join(path.dirname(file), 'stainless.yml');
  writeFileSync(config, CONFIG);
  const { files } = await generate({
    spec: file,
    config,
    ...(target === 'python' ? { target } : {}),
    ...(stainlessEra ? { stainlessEra } : {}),
    format: false,
    funcs: false,
    referenceDocs: false,
  });
  const name = target === 'python' ? '/pagination.py' : 'src/pagination.ts';
  return files.find((f) => f.path.endsWith(name))!.contents;
}

/** The lines of the class `name` in `source`, up to the next top-level statement. */
function classLines(source: string, name: string): string {
  const start = source.indexOf(`class ${name}(`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = source.indexOf('\nclass ', start + 1);
  return source.slice(start, end < 0 ? undefined : end);
}

const lines = (...text: string[]) => text.join('\n');

describe("Stainless's Python page forms", () => {
  it("declares a cursor_id item's id Optional unless the config's items require it; says TODO before giving up", async () => {
    const pagination = await generated('python');
    expect(pagination).toContain('class CursorPageItem(Protocol):\n    id: Optional[str]\n');
    expect(classLines(pagination, 'SyncCursorPage')).toContain(
      lines(
        '        item = cast(Any, data[-1])',
        '        if not isinstance(item, CursorPageItem) or item.id is None:',
        '            # TODO emit warning log',
        '            return None',
      ),
    );
    expect(pagination).toContain('class ListObjectsItem(Protocol):\n    id: str\n');
    expect(classLines(pagination, 'SyncListObjects')).toContain(
      lines(
        '        if not isinstance(item, ListObjectsItem) or item.id is None:  # pyright: ignore[reportUnnecessaryComparison]',
        '            # TODO emit warning log',
        '            return None',
      ),
    );
  });

  it('counts an offset page on from the start the response gives, up to its total', async () => {
    const pagination = await generated('python');
    expect(classLines(pagination, 'SyncJobsOffset')).toContain(
      lines(
        '    def next_page_info(self) -> Optional[PageInfo]:',
        '        offset = None',
        '        if self.pagination is not None:',
        '            if self.pagination.offset is not None:',
        '                offset = self.pagination.offset',
        '        if offset is None:',
        '            return None  # type: ignore[unreachable]',
        '',
        '        length = len(self._get_page_items())',
        '        current_count = offset + length',
        '',
        '        total_count = self.total_count',
        '        if total_count is None:',
        '            return None',
        '',
        '        if current_count < total_count:',
        '            return PageInfo(params={"offset": current_count})',
        '',
        '        return None',
      ),
    );
    expect(classLines(pagination, 'SyncPlainOffset')).toContain(
      lines(
        '        offset = self._options.params.get("skip") or 0',
        '        if not isinstance(offset, int):',
        `            raise ValueError(f'Expected "skip" param to be an integer but got {offset}')`,
        '',
        '        length = len(self._get_page_items())',
        '        current_count = offset + length',
        '',
        '        return PageInfo(params={"skip": current_count})',
      ),
    );
  });

  it('marks no unreachable return before 2025-05-10', async () => {
    const older = await generated('python', '2025-03-05');
    expect(classLines(older, 'SyncJobsOffset')).toContain('        if offset is None:\n            return None\n\n');
    expect(older).not.toContain('unreachable');
  });

  it('reads header values by the runtime, and a has-more flag from a header or an object field as Stainless', async () => {
    const pagination = await generated('python');
    expect(pagination).toContain('\nfrom httpx import Response\n');
    expect(pagination).toContain('from ._utils import is_mapping, maybe_coerce_boolean, maybe_coerce_integer\n');
    expect(pagination).not.toContain('_header_bool');
    const headers = classLines(pagination, 'SyncHeaderOffset');
    expect(headers).toContain(
      lines(
        '        has_more = self.has_more',
        '        if has_more is not None and has_more is False:',
        '            return False',
      ),
    );
    expect(headers).toContain(
      lines(
        '        next_offset = self.next_offset',
        '        if next_offset is None:',
        '            return None  # type: ignore[unreachable]',
        '',
        '        length = len(self._get_page_items())',
        '        current_count = next_offset + length',
        '',
        '        return PageInfo(params={"offset": current_count})',
      ),
    );
    expect(headers).toContain(
      '    def build(cls: Type[_BaseModelT], *, response: Response, data: object) -> _BaseModelT:  # noqa: ARG003\n',
    );
    expect(headers).toContain('"has_more": maybe_coerce_boolean(response.headers.get("X-Has-More")),');
    expect(headers).toContain('"next_offset": maybe_coerce_integer(response.headers.get("X-Next-Offset")),');
    expect(classLines(pagination, 'SyncMetaCursor')).toContain(
      lines(
        '        has_more = None',
        '        if self.meta is not None:',
        '            if self.meta.has_more is not None:',
        '                has_more = self.meta.has_more',
        '        if has_more is not None and has_more is False:',
        '            return False',
      ),
    );
  });

  it("declares the page classes in the config's order in both targets", async () => {
    const order = ['JobsOffset', 'PlainOffset', 'HeaderOffset', 'CursorPage', 'ListObjects', 'MetaCursor'];
    const python = [...(await generated('python')).matchAll(/^class Sync(\w+)\(/gm)].map((m) => m[1]);
    expect(python).toEqual(order);
    const typescript = [...(await generated('typescript')).matchAll(/^export class (\w+)</gm)].map((m) => m[1]);
    expect(typescript).toEqual(order);
  });
});

describe("the derived config's cursor_id items", () => {
  const module = (annotation: string) => `from typing import Any, List, Generic, TypeVar, Optional, cast
from typing_extensions import Protocol, override, runtime_checkable

from ._base_client import BasePage, PageInfo, BaseSyncPage, BaseAsyncPage

__all__ = ["SyncCursorPage", "AsyncCursorPage"]

_T = TypeVar("_T")


@runtime_checkable
class CursorPageItem(Protocol):
    id: ${annotation}


class SyncCursorPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        if not data:
            return []
        return data

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        data = self.data
        if not data:
            return None

        item = cast(Any, data[-1])
        if not isinstance(item, CursorPageItem) or item.id is None:
            # TODO emit warning log
            return None

        return PageInfo(params={"after": item.id})
`;

  it('require the id where the item protocol declares it `str`, and only there', () => {
    const [required] = pythonPageSchemes(module('str'));
    expect(required.response.data).toMatchObject({ items: { required: ['id'] } });
    const [optional] = pythonPageSchemes(module('Optional[str]'));
    expect(optional).toMatchObject({ type: 'cursor_id' });
    expect(optional.response.data).not.toHaveProperty(['items', 'required']);
  });
});
