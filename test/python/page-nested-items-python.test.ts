/**
 * Pages whose items sit at a nested path of the body: a Stainless config's scheme giving the items in an object
 * field's `properties` (`result: { properties: { items: { type: array } } }`, the next cursor beside them), and, with
 * no config, a list whose one array of items is inside an object field (`data.items`, a page number asked for). The
 * Python page holds the object field as a generic model of its items (`<Page>Result(GenericModel, Generic[_T])`) and
 * reads the items and the paging values through it. Iterating a list (sync and async, loose and strict) fetches every
 * page from a server of 127.0.0.1. With SDKGEN_PYTHON_TESTS=full, pyright strict and mypy check `pagination.py`.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/page-ref-fields-python.test.ts samples Python pagination (docs/contributing.md, "What `npm test`
// samples").
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';
import { CONFIG, CONFIG_SPEC, PLAIN_SPEC } from './nested-items-specs';

/** Five events, two a page; `wrap` puts a page's events and its paging values into the body. */
const program = (wrap: string, list: string) => `${LOCAL_SERVER}
import asyncio
from urllib.parse import urlparse, parse_qs

EVENTS = [{"id": f"e{i}"} for i in range(1, 6)]

def wrap(query):
${wrap}

base = serve(lambda request: wrap(parse_qs(urlparse(request.path).query)))

from acme import Acme, AsyncAcme

for strict in (False, True):
    client = Acme(base_url=base, _strict_response_validation=strict)
    print([e.id for e in client.${list}], type(client.${list}._get_page_items()[0]).__name__)

async def main():
    print([e.id async for e in AsyncAcme(base_url=base).${list}])

asyncio.run(main())
`;

const CURSOR_WRAP = `    start = int(query.get("cursor", ["0"])[0])
    end = start + 2
    return {"result": {"items": EVENTS[start:end], "next_cursor": str(end) if end < len(EVENTS) else None}}`;

const PAGE_WRAP = `    page = int(query.get("page", ["1"])[0])
    return {"data": {"items": EVENTS[(page - 1) * 2 : page * 2], "total_pages": 3}}`;

const ALL = "['e1', 'e2', 'e3', 'e4', 'e5']";

describe.runIf(PYTHON_FULL)('pages whose items sit at a nested path (Python)', () => {
  const configured = pythonSdk(
    'py-page-nested-config',
    { spec: { name: 'openapi.yaml', text: CONFIG_SPEC }, config: { name: 'stainless.yml', text: CONFIG } },
    { timeout: 180_000 },
  );
  const plain = pythonSdk(
    'py-page-nested-plain',
    { spec: { name: 'openapi.yaml', text: PLAIN_SPEC }, args: ['--python-package', 'acme'] },
    { timeout: 180_000 },
  );

  it("a config scheme's items in an object field: the field is a generic model of the items and the cursor", () => {
    const pagination = configured.read('src/acme/pagination.py');
    expect(pagination).toContain(
      [
        'class ResultPageResult(GenericModel, Generic[_T]):',
        '    items: Optional[List[_T]] = None',
        '',
        '    next_cursor: Optional[str] = None',
      ].join('\n'),
    );
    expect(pagination).toContain('    result: Optional[ResultPageResult[_T]] = None');
    expect(pagination).toContain('        items: Optional[List[_T]] = None\n        if self.result is not None:');
    expect(configured.read('src/acme/resources/events.py')).toContain('SyncResultPage[Event]');
  });

  it('the config scheme fetches every page, sync and async, loose and strict', async () => {
    const result = await configured.run(program(CURSOR_WRAP, 'events.list()'));
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([`${ALL} Event`, `${ALL} Event`, ALL]);
  }, 60_000);

  it('without a config, the one array of items inside an object field pages the list', async () => {
    expect(plain.read('src/acme/pagination.py')).toMatch(/class \w+Data\(GenericModel, Generic\[_T\]\):/);
    const result = await plain.run(program(PAGE_WRAP, 'events.list()'));
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([`${ALL} Event`, `${ALL} Event`, ALL]);
  }, 60_000);

  if (!PYTHON_FULL) console.log(`pages with nested items: pyright and mypy ${FULL_ONLY_NOTICE}`);
  it.skipIf(!PYTHON_FULL)(
    'type-checks pagination.py, pyright strict and mypy',
    async () => {
      for (const sdk of [configured, plain]) {
        expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/acme/pagination.py'])).toEqual([]);
        expect((await runMypy(sdk.out, ['src/acme/pagination.py'])).errors).toEqual([]);
      }
    },
    600_000,
  );
});
