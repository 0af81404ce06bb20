/**
 * A page whose has-more flag is a body field (`has_next_page`), at the top of the body or in an object of it (a
 * required flag, an optional one), paged against a server of 127.0.0.1 whose first page answers `"has_more"` as
 * `"false"`, `false`, `true`, `"true"`, `"maybe"`, `null` or not at all. sdkgen's pages stop and go on as Stainless's
 * Python runtime does (`_models.construct_type` and the page's `has_more is not None and has_more is False`), which
 * was run against the same server with the same page classes:
 * - an `Optional[bool]` field (and an optional object holding a `bool`) is a union, which Stainless's construct_type
 *   validates leniently first, so `"false"` is read as `False` and the list ends (unlike Stainless's TypeScript
 *   pages, which end only on a body `false`);
 * - a value no bool validation takes (`"maybe"`) is kept as it is, and the list goes on;
 * - a flag left out, or `null`, does not end the list.
 * In strict mode (`_strict_response_validation`) `"false"` ends the list the same way.
 */
import { describe, expect, it } from 'vitest';
import { PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const list = (name: string, properties: string) => `
  /${name}:
    get:
      operationId: list${name[0].toUpperCase()}${name.slice(1)}
      parameters: [{ name: after_id, in: query, schema: { type: string } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Item' } }
${properties}`;

const SPEC = `
openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:${list(
  'items',
  `                  has_more: { type: boolean }
                  last_id: { type: string }`,
)}${list(
  'things',
  `                  meta:
                    type: object
                    required: [has_more]
                    properties:
                      has_more: { type: boolean }
                      last_id: { type: string }`,
)}${list(
  'stuff',
  `                  info:
                    type: object
                    properties:
                      has_more: { type: boolean }
                      last_id: { type: string }`,
)}
components:
  schemas:
    Item: { type: object, required: [id], properties: { id: { type: string } } }
`;

const HAS_MORE = '{ type: boolean, x-stainless-pagination-property: { purpose: has_next_page } }';
const LAST_ID = '{ type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }';
const AFTER_ID = '{ type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }';

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme }
pagination:
  - name: page
    type: cursor
    request: { after_id: ${AFTER_ID} }
    response:
      data: { type: array }
      has_more: ${HAS_MORE}
      last_id: ${LAST_ID}
  - name: meta_page
    type: cursor
    request: { after_id: ${AFTER_ID} }
    response:
      data: { type: array }
      meta:
        type: object
        required: [has_more]
        properties: { has_more: ${HAS_MORE}, last_id: ${LAST_ID} }
  - name: info_page
    type: cursor
    request: { after_id: ${AFTER_ID} }
    response:
      data: { type: array }
      info:
        type: object
        properties: { has_more: ${HAS_MORE}, last_id: ${LAST_ID} }
resources:
  items:
    models: { item: Item }
    methods: { list: get /items }
  things:
    methods: { list: get /things }
  stuff:
    methods: { list: get /stuff }
`;

/**
 * The first page (no `after_id`) holds `a` and the has-more value the `more` query parameter gives as JSON (none: left
 * out); the second holds `b` and `false`. Each line: the scheme, the value, the first page's flag as read, the items
 * of a sync and an async iteration.
 */
const PROGRAM = `${LOCAL_SERVER}
import asyncio
from urllib.parse import urlparse, parse_qs

def answer(request):
    url = urlparse(request.path)
    query = parse_qs(url.query)
    if "after_id" in query:
        values = {"has_more": False, "last_id": "b"}
        items = [{"id": "b"}]
    else:
        values = {"last_id": "a"}
        if "more" in query:
            values["has_more"] = json.loads(query["more"][0])
        items = [{"id": "a"}]
    if url.path == "/items":
        return {"data": items, **values}
    return {"data": items, ("meta" if url.path == "/things" else "info"): values}

base = serve(answer)

from acme import Acme, AsyncAcme

VALUES = ["false", False, True, "true", "maybe", None, "absent"]

def first_flag(page):
    holder = getattr(page, "meta", None) or getattr(page, "info", None) or page
    return holder.has_more

for strict in (False, True):
    client, aclient = Acme(base_url=base, _strict_response_validation=strict), AsyncAcme(base_url=base, _strict_response_validation=strict)
    for scheme in ("items", "things", "stuff"):
        for value in VALUES if not strict else ["false", "absent"]:
            extra = {} if value == "absent" else {"more": json.dumps(value)}
            try:
                page = getattr(client, scheme).list(extra_query=extra)
                flag = repr(first_flag(page))
                sync = [item.id for item in page]
            except Exception as error:
                flag, sync = type(error).__name__, None

            async def collect():
                return [item.id async for item in getattr(aclient, scheme).list(extra_query=extra)]

            try:
                async_ = asyncio.run(collect())
            except Exception as error:
                async_ = type(error).__name__
            print(("strict " if strict else "") + scheme, repr(value), flag, sync, async_)
`;

const BOTH = "['a', 'b'] ['a', 'b']";
const FIRST = "['a'] ['a']";

describe.runIf(PYTHON_FULL)('a body has-more flag read as Stainless reads it (Python)', () => {
  const sdk = pythonSdk(
    'py-page-has-more-body',
    { spec: { name: 'openapi.yaml', text: SPEC }, config: { name: 'stainless.yml', text: CONFIG } },
    { timeout: 180_000 },
  );

  it('ends the list on a false flag (a string "false" read as False), goes on otherwise', async () => {
    const result = await sdk.run(PROGRAM);
    expect(result.stderr).toBe('');
    const loose = (scheme: string, absent: string) => [
      `${scheme} 'false' False ${FIRST}`,
      `${scheme} False False ${FIRST}`,
      `${scheme} True True ${BOTH}`,
      `${scheme} 'true' True ${BOTH}`,
      `${scheme} 'maybe' 'maybe' ${BOTH}`,
      `${scheme} None None ${BOTH}`,
      `${scheme} 'absent' ${absent} ${BOTH}`,
    ];
    expect(result.stdout.trim().split('\n')).toEqual([
      ...loose('items', 'None'),
      // (A required flag left out: the object's field holds None, as construct leaves it.)
      ...loose('things', 'None'),
      ...loose('stuff', 'None'),
      `strict items 'false' False ${FIRST}`,
      `strict items 'absent' None ${BOTH}`,
      `strict things 'false' False ${FIRST}`,
      // (Strict validation rejects an object without its required flag, as Stainless's does.)
      "strict things 'absent' APIResponseValidationError None APIResponseValidationError",
      `strict stuff 'false' False ${FIRST}`,
      `strict stuff 'absent' None ${BOTH}`,
    ]);
  }, 60_000);
});
