/**
 * `_client.py`'s credentials and imports in the forms of Stainless's clients: one credential read into a local
 * (`{}` while an optional one is None), several each a property named after its scheme merged in reverse order of
 * the alternatives, a username and a password encoded inline (with `base64` imported by the module); the runtime's
 * `_types` and `_base_client` imported one name a line (`Timeout` from `_types`), and `copy()` merging the client's
 * own mappings without annotations. Each client is checked to be what Ruff leaves as it is.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import { printClient } from '../../generator/emit/python/client/print-client';
import { formatPython } from '../../generator/format/ruff';

const spec = (schemes: string, security: string) => `openapi: 3.0.3
info: { title: Acme, version: '1.0' }
servers: [{ url: 'https://api.acme.test' }]
security: ${security}
components:
  securitySchemes:
${schemes}
paths:
  /notes:
    get:
      operationId: listNotes
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
`;

const config = (opts: string) => `organization: { name: acme }
targets:
  python: { package_name: acme }
client_settings:
  opts:
${opts}
resources:
  notes:
    methods:
      list: get /notes
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-client-auth-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
/** The `_client.py` of a package from the spec's schemes and security and the config's opts. */
async function client(schemes: string, security: string, opts: string): Promise<string> {
  const here = path.join(dir, String(count++));
  mkdirSync(here);
  writeFileSync(path.join(here, 'openapi.yml'), spec(schemes, security));
  writeFileSync(path.join(here, 'stainless.yml'), config(opts));
  const { api } = await loadIr({ spec: path.join(here, 'openapi.yml'), config: path.join(here, 'stainless.yml') });
  const text = printClient(buildPythonModel(api, { importName: 'acme', fromStainlessConfig: true })).contents;
  // Ruff leaves it as it is: a trailing comma keeps the split imports split.
  expect(formatPython(text, '_client.py')).toBe(text);
  return text;
}

/** The body of the sync client's `auth_headers` and what follows it up to `default_headers`. */
const authHeaders = (text: string) =>
  /def auth_headers\(self\) -> dict\[str, str\]:\n([\s\S]*?)\n {4}@property\n {4}@override\n {4}def default_headers/.exec(
    text,
  )?.[1];

const BEARER = `    BearerAuth: { type: http, scheme: bearer }`;

describe('_client.py: auth_headers', () => {
  test('one optional bearer credential: read into a local, {} while it is None', async () => {
    const text = await client(
      BEARER,
      '[{ BearerAuth: [] }]',
      '    api_key:\n      type: string\n      nullable: true\n      read_env: ACME_API_KEY\n      auth: { security_scheme: BearerAuth }',
    );
    expect(authHeaders(text)).toBe(
      [
        '        api_key = self.api_key',
        '        if api_key is None:',
        '            return {}',
        '        return {"Authorization": f"Bearer {api_key}"}',
        '',
      ].join('\n'),
    );
  });

  test('one required header credential: its value as it is', async () => {
    const text = await client(
      '    ApiKeyAuth: { type: apiKey, in: header, name: X-API-Key }',
      '[{ ApiKeyAuth: [] }]',
      '    api_key:\n      type: string\n      read_env: ACME_API_KEY\n      auth: { security_scheme: ApiKeyAuth }',
    );
    expect(authHeaders(text)).toBe(
      ['        api_key = self.api_key', '        return {"X-API-Key": api_key}', ''].join('\n'),
    );
  });

  test('alternatives: a property per scheme, merged in the order the schemes are declared, not the alternatives', async () => {
    const text = await client(
      [
        BEARER,
        '    X-Session-Token: { type: apiKey, in: header, name: X-Session-Token }',
        '    X-API-Key: { type: apiKey, in: header, name: X-API-Key }',
      ].join('\n'),
      '[{ X-API-Key: [] }, { X-Session-Token: [] }, { BearerAuth: [] }]',
      [
        '    api_key:\n      type: string\n      nullable: false\n      auth: { security_scheme: X-API-Key }',
        '    X-Session-Token:\n      type: string\n      nullable: true\n      auth: { security_scheme: X-Session-Token }',
        '    bearer_token:\n      type: string\n      nullable: true\n      auth: { security_scheme: BearerAuth }',
      ].join('\n'),
    );
    const body = authHeaders(text)!;
    expect(body).toMatch(/^ {8}return \{\*\*self\._bearer_auth, \*\*self\._x_session_token, \*\*self\._x_api_key\}\n/);
    expect(body).toContain(
      [
        '    @property',
        '    def _x_session_token(self) -> dict[str, str]:',
        '        x_session_token = self.x_session_token',
        '        if x_session_token is None:',
        '            return {}',
        '        return {"X-Session-Token": x_session_token}',
      ].join('\n'),
    );
    expect(body).toContain(
      '    def _x_api_key(self) -> dict[str, str]:\n        api_key = self.api_key\n        return {"X-API-Key": api_key}',
    );
    expect(body).toContain('        return {"Authorization": f"Bearer {bearer_token}"}');
  });

  test('schemes sent together: a property per scheme, in order', async () => {
    const text = await client(
      [
        '    KeyAuth: { type: apiKey, in: header, name: x-key }',
        '    ProjectAuth: { type: apiKey, in: header, name: x-project }',
      ].join('\n'),
      '[{ KeyAuth: [], ProjectAuth: [] }]',
      [
        '    key:\n      type: string\n      auth: { security_scheme: KeyAuth }',
        '    project:\n      type: string\n      auth: { security_scheme: ProjectAuth }',
      ].join('\n'),
    );
    expect(authHeaders(text)).toMatch(/^ {8}return \{\*\*self\._key_auth, \*\*self\._project_auth\}\n/);
  });

  test('a username and a password: encoded inline, base64 imported by the module', async () => {
    const text = await client(
      '    BasicAuth: { type: http, scheme: basic }',
      '[{ BasicAuth: [] }]',
      [
        '    username:\n      type: string\n      auth: { security_scheme: BasicAuth, role: username }',
        '    password:\n      type: string\n      nullable: true\n      auth: { security_scheme: BasicAuth, role: password }',
      ].join('\n'),
    );
    expect(text).toMatch(/^import base64$/m);
    expect(text).not.toContain('_basic_auth');
    // The password may be missing: the headers are checked before a request (the username alone is no credential).
    expect(text).toContain(
      'Could not resolve authentication method. Expected the username or password to be set. Or for the `Authorization` headers to be explicitly omitted',
    );
    expect(authHeaders(text)).toBe(
      [
        '        if self.password is None:',
        '            return {}',
        '        credentials = f"{self.username}:{self.password}".encode("ascii")',
        '        header = f"Basic {base64.b64encode(credentials).decode(\'ascii\')}"',
        '        return {"Authorization": header}',
        '',
      ].join('\n'),
    );
  });
});

describe('_client.py: the constructor', () => {
  test('an option read from its variable with a string default: the default in the same statement', async () => {
    const text = await client(
      BEARER,
      '[{ BearerAuth: [] }]',
      [
        '    api_key:\n      type: string\n      auth: { security_scheme: BearerAuth }',
        '    region:\n      type: string\n      read_env: ACME_REGION\n      default: eu',
      ].join('\n'),
    );
    expect(text).toContain('        if region is None:\n            region = os.environ.get("ACME_REGION") or "eu"\n');
    expect(text).not.toContain('region = "eu"');
  });

  // (A Stainless config with a `streaming:` section, and none: python-client-stream-cls.test.ts.)
  test('a method that streams: the client says its stream class', async () => {
    const fixtures = path.resolve(__dirname, '../python/fixtures');
    const { api } = await loadIr({
      spec: path.join(fixtures, 'sessions.yaml'),
      config: path.join(fixtures, 'sessions.stainless.yml'),
    });
    const text = printClient(buildPythonModel(api)).contents;
    expect(text).toContain('        self._default_stream_cls = Stream\n');
    expect(text).toContain('        self._default_stream_cls = AsyncStream\n');
    const plain = await client(
      BEARER,
      '[{ BearerAuth: [] }]',
      '    api_key:\n      type: string\n      auth: { security_scheme: BearerAuth }',
    );
    expect(plain).not.toContain('_default_stream_cls');
  });
});

describe('_client.py: imports and copy()', () => {
  test("the runtime's _types and _base_client one name a line, Timeout from _types; copy() without annotations", async () => {
    const text = await client(
      BEARER,
      '[{ BearerAuth: [] }]',
      '    api_key:\n      type: string\n      auth: { security_scheme: BearerAuth }',
    );
    expect(text).toMatch(/^from \._types import \(\n {4}Omit,\n {4}Timeout,\n {4}NotGiven,\n[\s\S]*?\n\)$/m);
    expect(text).toContain(
      'from ._base_client import (\n    DEFAULT_MAX_RETRIES,\n    SyncAPIClient,\n    AsyncAPIClient,\n)',
    );
    expect(text).not.toContain('from httpx import Timeout');
    expect(text).toContain('        headers = self._custom_headers\n');
    expect(text).toContain('        params = self._custom_query\n');
  });
});
