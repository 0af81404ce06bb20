/**
 * Python pages of a list asked for with a JSON body whose fields carry the page (a POST that `paginated` names a
 * scheme for; Stainless's `SyncPaginatedCursorPost`, llama-cloud's `agent_data.search`): the next page is
 * `PageInfo(json=…)`, the sent offset read from the request's body, the rest of the body sent again. Iterating each
 * list (sync and async) fetches every page from a server of 127.0.0.1; pyright under the SDK's own settings checks
 * `pagination.py`. The TypeScript side: test/runtime/post-body-pages-r34j.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { pyrightErrorsUnderOwnSettings, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const PAGE = (total: boolean) => `
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  items: { type: array, items: { $ref: '#/components/schemas/Item' } }
                  ${total ? 'total: { type: integer }' : 'next_page_token: { type: string }'}`;

const SPEC = `
openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /agent-data/:search:
    post:
      operationId: searchAgentData
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [collection]
              properties:
                collection: { type: string }
                page_token: { type: string }
                page_size: { type: integer }
      responses:
        '200': ${PAGE(false)}
  /agent-data/:scan:
    post:
      operationId: scanAgentData
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [collection]
              properties:
                collection: { type: string }
                offset: { type: integer }
                limit: { type: integer }
      responses:
        '200': ${PAGE(true)}
components:
  schemas:
    Item: { type: object, required: [id], properties: { id: { type: string } } }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme }
pagination:
  - name: paginated_cursor_post
    type: cursor
    request:
      page_token: { type: string }
      page_size: { type: integer }
    response:
      items: { type: array }
      next_page_token: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
  - name: paginated_offset_post
    type: offset
    request:
      offset: { type: integer, x-stainless-pagination-property: { purpose: offset_count_param } }
      limit: { type: integer }
    response:
      items: { type: array }
      total: { type: integer, x-stainless-pagination-property: { purpose: offset_total_count_field } }
resources:
  agent_data:
    models:
      item: Item
    methods:
      search:
        endpoint: post /agent-data/:search
        paginated: paginated_cursor_post
      scan:
        endpoint: post /agent-data/:scan
        paginated: paginated_offset_post
`;

const PROGRAM = `${LOCAL_SERVER}
import asyncio
from acme import Acme, AsyncAcme

ITEMS = [{"id": f"i{i}"} for i in range(1, 6)]
bodies = []

def answer(request):
    body = json.loads(request.body or b"{}")
    bodies.append((request.path, body))
    if request.path.endswith(":search"):
        start = int(body.get("page_token") or 0)
        size = body.get("page_size") or 2
        nxt = str(start + size) if start + size < len(ITEMS) else ""
        return {"items": ITEMS[start : start + size], "next_page_token": nxt}
    start = body.get("offset") or 0
    return {"items": ITEMS[start : start + (body.get("limit") or 2)], "total": len(ITEMS)}

base = serve(answer)
client = Acme(base_url=base)
print([i.id for i in client.agent_data.search(collection="c", page_size=2)])
print([i.id for i in client.agent_data.scan(collection="c", limit=2)])

async def main():
    client = AsyncAcme(base_url=base)
    return [i.id async for i in client.agent_data.search(collection="c", page_size=2)]

print(asyncio.run(main()))
print(json.dumps(bodies[:6]))
`;

describe.runIf(PYTHON_FULL)('pages asked for in a POST body (Python)', () => {
  const sdk = pythonSdk(
    'py-post-body-pages',
    { spec: { name: 'openapi.yaml', text: SPEC }, config: { name: 'stainless.yml', text: CONFIG } },
    { timeout: 180_000 },
  );

  it("changes the page fields in the body, as Stainless's PaginatedCursorPost", () => {
    const pagination = sdk.read('src/acme/pagination.py');
    expect(pagination).toContain('        return PageInfo(json={"page_token": next_page_token})\n');
    expect(pagination).toContain(
      '        offset = cast("Mapping[str, object]", self._options.json_data or {}).get("offset") or 0\n',
    );
    expect(pagination).not.toContain('PageInfo(params=');
  });

  it('walks every page, sync and async', async () => {
    const result = await sdk.run(PROGRAM);
    expect(result.stderr).toBe('');
    const [search, scan, asyncSearch, bodies] = result.stdout.trim().split('\n');
    const all = "['i1', 'i2', 'i3', 'i4', 'i5']";
    expect([search, scan, asyncSearch]).toEqual([all, all, all]);
    expect(JSON.parse(bodies)).toEqual([
      ['/agent-data/:search', { collection: 'c', page_size: 2 }],
      ['/agent-data/:search', { collection: 'c', page_size: 2, page_token: '2' }],
      ['/agent-data/:search', { collection: 'c', page_size: 2, page_token: '4' }],
      ['/agent-data/:scan', { collection: 'c', limit: 2 }],
      ['/agent-data/:scan', { collection: 'c', limit: 2, offset: 2 }],
      ['/agent-data/:scan', { collection: 'c', limit: 2, offset: 4 }],
    ]);
  }, 120_000);

  it('type-checks under the SDK own settings', async () => {
    expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/acme/pagination.py'])).toEqual([]);
  }, 600_000);
});
