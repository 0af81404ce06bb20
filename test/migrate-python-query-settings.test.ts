/**
 * `sdkgen migrate --from-repo` on a Stainless Python SDK whose client sends query arrays and objects otherwise than
 * Stainless's defaults: its `_client.py` says so in the `qs` property (conductor-is/quickbooks-desktop-python,
 * letta: `return Querystring(nested_format="dots", array_format="repeat")`; retell, knock: `array_format="brackets"`;
 * onebusaway, mixedbread: `"repeat"`). The config migrate derives now carries those formats as `query_settings`
 * (the defaults, comma and brackets, left out), so the migrated SDK sends its queries as Stainless's did. Before, the
 * config said nothing and the SDK came out with `Querystring(array_format="comma")`.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-python-body-param-name.test.ts samples Python migrate (docs/contributing.md, "What `npm test`
// samples").
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { pythonQueryFormats } from '../generator/migrate/python/derived-config/query-formats';
import { sdkgen } from './helpers/git-repo';
import { read } from './helpers/stainless-repository';
import { migratedFromRepo } from './helpers/python-migrate';
import { SLOW_FULL } from './helpers/slow-tests';

/** The `qs` property of Stainless's client, with the keywords given (the shape of the mirrors' `_client.py`). */
const clientPy = (keywords: string) => `from ._qs import Querystring
from ._base_client import SyncAPIClient, AsyncAPIClient


class Acme(SyncAPIClient):
    def __init__(self) -> None:
        base_url = "https://api.acme.test"

    @property
    @override
    def qs(self) -> Querystring:
        return Querystring(${keywords})


class AsyncAcme(AsyncAPIClient):
    @property
    @override
    def qs(self) -> Querystring:
        return Querystring(${keywords})
`;

const API_MD = `# Things

Methods:

- <code title="get /things">client.things.<a href="./src/acme/resources/things.py">list</a>(\\*\\*<a href="src/acme/types/thing_list_params.py">params</a>) -> object</code>
`;

/** The `query_settings` of the config derived from a repository whose client's `qs` has `keywords`. */
function derivedQuerySettings(keywords: string): { settings: unknown; notes: string[] } {
  const files = [
    { path: 'api.md', text: API_MD },
    { path: 'src/acme/_client.py', text: clientPy(keywords) },
  ];
  const derived = derivePythonConfig(files as never, 'acme');
  expect(derived).not.toBeNull();
  return { settings: (yaml.load(derived!.text) as { query_settings?: unknown }).query_settings, notes: derived!.notes };
}

describe.runIf(SLOW_FULL)("the query formats of a Stainless Python client's qs property", () => {
  it('records the formats beyond the defaults as query_settings', () => {
    expect(derivedQuerySettings('nested_format="dots", array_format="repeat"').settings).toEqual({
      nested_format: 'dots',
      array_format: 'repeat',
    });
    expect(derivedQuerySettings('array_format="brackets"').settings).toEqual({ array_format: 'brackets' });
    expect(derivedQuerySettings('array_format="repeat"').settings).toEqual({ array_format: 'repeat' });
    expect(derivedQuerySettings('array_format="indices"').settings).toEqual({ array_format: 'indices' });
  });

  it("leaves Stainless's defaults (comma, brackets) out", () => {
    expect(derivedQuerySettings('array_format="comma"').settings).toBeUndefined();
    expect(derivedQuerySettings('nested_format="brackets", array_format="comma"').settings).toBeUndefined();
  });

  it("reads a keyword left out as the runtime's default (arrays repeated), and a client without qs as nothing", () => {
    expect(pythonQueryFormats(clientPy(''))).toEqual({ array: 'repeat', nested: 'brackets' });
    expect(pythonQueryFormats(clientPy('nested_format="dots"'))).toEqual({ array: 'repeat', nested: 'dots' });
    expect(pythonQueryFormats('class Acme(SyncAPIClient):\n    pass\n')).toBeNull();
    // Ruff's layout of a call too long for a line reads the same.
    expect(
      pythonQueryFormats(clientPy('\n            nested_format="dots",\n            array_format="repeat",\n        ')),
    ).toEqual({ array: 'repeat', nested: 'dots' });
  });

  it('says where a keyword is not understood, and derives no setting from it', () => {
    const { settings, notes } = derivedQuerySettings('array_format=FORMAT');
    expect(settings).toBeUndefined();
    expect(notes.join('\n')).toMatch(
      /_client\.py: Querystring\(array_format=FORMAT\): array_format=FORMAT not understood/,
    );
  });
});

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - { name: ids, in: query, schema: { type: array, items: { type: string } } }
        - name: filter
          in: query
          schema: { type: object, properties: { status: { type: string }, owner: { type: string } } }
      responses: { '200': { description: ok, content: { application/json: { schema: { type: object } } } } }
`;

const GENERATION = `organization: { name: acme }
targets:
  python: { package_name: acme }
query_settings:
  nested_format: dots
  array_format: repeat
resources:
  things:
    methods:
      list: get /things
`;

describe.runIf(SLOW_FULL)('sdkgen migrate --from-repo: a Python SDK sending dots and repeated keys', () => {
  let repo: string;
  let stainless: string;
  let run: ReturnType<typeof sdkgen>;

  beforeAll(() => {
    ({ repo, stainless, run } = migratedFromRepo('migrate-python-query-settings', SPEC, GENERATION, 1));
  });

  it("writes the client's query formats into the config", () => {
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(read(stainless, 'src/acme/_client.py')).toMatch(
      /return Querystring\(nested_format="dots", array_format="repeat"\)/,
    );
    const config = yaml.load(read(repo, 'stainless.yml')) as { query_settings?: unknown };
    expect(config.query_settings).toEqual({ nested_format: 'dots', array_format: 'repeat' });
  });

  it("generates the client and the method sending the query as Stainless's did", () => {
    expect(read(repo, 'src/acme/_client.py')).toBe(read(stainless, 'src/acme/_client.py'));
    expect(read(repo, 'src/acme/resources/things.py')).toBe(read(stainless, 'src/acme/resources/things.py'));
    const check = sdkgen(repo, 'check');
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});
