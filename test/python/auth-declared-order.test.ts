/**
 * A client with credentials of several schemes, one of them a username and a password (HTTP basic), both sent in
 * `Authorization`: `auth_headers` merges a property per scheme in the order the schemes are declared, whatever the
 * order of the security's alternatives, as Stainless's clients do, so that the later declared wins where both are
 * configured; an older era's client sends the first declared configured alone. The message of `_validate_headers`
 * names each scheme's header. `npm test` generates the newest era's (the warm sdkgen process) and reads it; with
 * SDKGEN_PYTHON_TESTS=full, an older era's too, and both clients' headers are read in Python.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSdkgen } from '../helpers/sdkgen-cli';
import { PYTHON_FULL, runProcess, venvPython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

// The alternatives name basic first: the declared order (token, then basic) is the one the client merges in.
const SPEC = `
openapi: 3.0.3
info: { title: Courts, version: '1' }
security:
  - basicAuth: []
  - tokenAuth: []
paths:
  /courts:
    get:
      operationId: listCourts
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
components:
  securitySchemes:
    tokenAuth:
      type: http
      scheme: bearer
      x-stainless-auth: { scheme_keyword: Token }
    basicAuth: { type: http, scheme: basic }
`;

const CONFIG = `
organization: { name: courts }
targets:
  python: { package_name: courts_sdk }
client_settings:
  opts:
    api_key:
      type: string
      nullable: true
      auth: { security_scheme: tokenAuth }
    username:
      type: string
      nullable: true
      auth: { security_scheme: basicAuth, role: username }
    password:
      type: string
      nullable: true
      auth: { security_scheme: basicAuth, role: password }
resources:
  courts:
    methods:
      list: get /courts
`;

/** A day before Stainless's clients merged several credentials (MERGED_AUTH_HEADERS_SINCE). */
const OLDER_ERA = '2025-01-15';

const CHECK = `
from courts_sdk import Courts

def sent(**options):
    return Courts(base_url="http://127.0.0.1:9", **options).auth_headers.get("Authorization")

print(sent(api_key="key"))
print(sent(username="user", password="pass"))
print(sent(api_key="key", username="user", password="pass"))
print(sent(api_key="key", username="user"))
`;

describe('credentials of several schemes in one header', () => {
  const dir = tempDir('sdkgen-py-auth-order');
  const client = (era: string) => readFileSync(path.join(dir, era, 'src/courts_sdk/_client.py'), 'utf8');
  beforeAll(() => {
    writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    for (const era of PYTHON_FULL ? ['latest', OLDER_ERA] : ['latest']) {
      const run = runSdkgen([
        'generate',
        path.join(dir, 'openapi.yml'),
        '--config',
        path.join(dir, 'stainless.yml'),
        '--target',
        'python',
        '--stainless-era',
        era,
        '-o',
        path.join(dir, era),
        '--quiet',
      ]);
      expect(run.code, run.stderr).toBe(0);
    }
  }, 120_000);

  it('merges a property per scheme in the declared order, the basic one encoded inline', () => {
    const text = client('latest');
    expect(text).toMatch(/^import base64$/m);
    expect(text).toContain(
      [
        '    def auth_headers(self) -> dict[str, str]:',
        '        return {**self._token_auth, **self._basic_auth}',
        '',
        '    @property',
        '    def _token_auth(self) -> dict[str, str]:',
        '        api_key = self.api_key',
        '        if api_key is None:',
        '            return {}',
        '        return {"Authorization": f"Token {api_key}"}',
        '',
        '    @property',
        '    def _basic_auth(self) -> dict[str, str]:',
        '        if self.username is None:',
        '            return {}',
        '        if self.password is None:',
        '            return {}',
        '        credentials = f"{self.username}:{self.password}".encode("ascii")',
        '        header = f"Basic {base64.b64encode(credentials).decode(\'ascii\')}"',
        '        return {"Authorization": header}',
      ].join('\n'),
    );
    expect(text).toContain(
      'Expected either api_key, username or password to be set. Or for one of the `Authorization` or `Authorization` headers to be explicitly omitted',
    );
  });

  it.skipIf(!PYTHON_FULL)(
    'sends the later declared where both are configured (newest era), the first declared alone before',
    async () => {
      expect(client(OLDER_ERA)).toContain(
        '        if self._token_auth:\n            return self._token_auth\n        if self._basic_auth:\n            return self._basic_auth\n        return {}\n',
      );
      const basic = `Basic ${Buffer.from('user:pass').toString('base64')}`;
      const outputs = [];
      for (const era of ['latest', OLDER_ERA]) {
        const result = await runProcess(venvPython(), ['-c', CHECK], {
          env: { ...process.env, PYTHONPATH: path.join(dir, era, 'src'), PYTHONDONTWRITEBYTECODE: '1' },
          timeout: 60_000,
        });
        expect(result.stderr).toBe('');
        outputs.push(result.stdout.trim().split('\n'));
      }
      expect(outputs).toEqual([
        ['Token key', basic, basic, 'Token key'],
        ['Token key', basic, 'Token key', 'Token key'],
      ]);
    },
    120_000,
  );
});
