/**
 * Shapes of the public corpus's larger specs the fast subset did not have (Vercel's, Twilio's): a HEAD operation
 * (the runtime had no `head`: `self._head` was undefined), a value type that names itself (`List[Value]` inside
 * `Value`: an alias cannot name itself before it is defined, so it is a `TypeAliasType` with the name quoted), and
 * a params module named from a resource that starts with a digit (`2010-04-01` → `_20100401_…`: a module name
 * cannot start with one), and HTTP basic credentials the client requires (no `is None` test strict pyright refuses). With SDKGEN_PYTHON_TESTS=full the package is clean under pyright, the value validates
 * nested, and the HEAD method calls a local server.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FULL_ONLY_NOTICE,
  generatePython,
  PYTHON_FULL,
  pyrightErrorsUnderOwnSettings,
  runProcess,
  venvPython,
} from '../helpers/python';
import { typeModuleName } from '../../generator/naming/python';

const SPEC = `
openapi: 3.0.3
info: { title: Shapes, version: '1' }
servers: [{ url: https://api.shapes.test }]
security: [{ basic: [] }]
paths:
  /artifacts/{hash}:
    head:
      operationId: artifactExists
      parameters:
        - { name: hash, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: it exists }
  /items/{key}:
    get:
      operationId: getItem
      parameters:
        - { name: key, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Value' } } }
  /2010-04-01/Accounts.json:
    post:
      operationId: createAccount
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { friendly_name: { type: string } } }
      responses:
        '201': { description: created }
components:
  securitySchemes:
    basic: { type: http, scheme: basic }
  schemas:
    Value:
      nullable: true
      oneOf:
        - { type: string }
        - { type: number }
        - { type: array, items: { $ref: '#/components/schemas/Value' } }
`;

const CALL_CHECK = `
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from shapes_sdk import Shapes
from shapes_sdk.types.value import Value
import pydantic

seen = []
class Handler(BaseHTTPRequestHandler):
    def do_HEAD(self):
        seen.append((self.command, self.path))
        self.send_response(200)
        self.end_headers()
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = Shapes(base_url=f"http://127.0.0.1:{server.server_port}", max_retries=0, username="u", password="p")
print(client.artifacts.head("abc"), seen)
print(pydantic.TypeAdapter(Value).validate_python(["a", [1.5, ["b"]], None]))
server.shutdown()
`;

describe('shapes of the larger corpus specs, in Python', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-corpus-shapes-'));
  const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

  beforeAll(() => {
    writeFileSync(path.join(out, '..', `${path.basename(out)}.yaml`), SPEC);
    generatePython(path.join(out, '..', `${path.basename(out)}.yaml`), out);
  });
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(path.join(out, '..', `${path.basename(out)}.yaml`), { force: true });
  });

  it('sends HEAD through the runtime, quotes a self-naming alias, and names no module from a digit', () => {
    expect(read('src/shapes_sdk/resources/artifacts.py')).toContain('return self._head(');
    expect(read('src/shapes_sdk/_base_client.py')).toMatch(/\n {4}def head\(/);
    expect(read('src/shapes_sdk/_resource.py')).toContain('self._head = client.head');
    expect(read('src/shapes_sdk/_client.py')).toMatch(/def _basic_auth\(self\) -> dict\[str, str\]:\n\s+import base64/);
    expect(read('src/shapes_sdk/types/value.py')).toMatch(/Value = TypeAliasType\(\s*"Value", .*List\["Value"\]/s);
    // (Twilio's `20100401CreateAccountsParams`, of its resource `_20100401`.)
    expect(typeModuleName('20100401CreateAccountsParams')).toBe('_20100401_create_accounts_params');
  });

  it.runIf(PYTHON_FULL)(
    'is clean under pyright, validates the value nested, and sends HEAD',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(out, ['src', 'tests'], ['src', '.'])).toEqual([]);
      const run = await runProcess(venvPython(), ['-c', CALL_CHECK], {
        env: { ...process.env, PYTHONPATH: path.join(out, 'src'), PYTHONDONTWRITEBYTECODE: '1' },
        timeout: 60_000,
      });
      expect(run.stderr).toBe('');
      expect(run.stdout.trim().split('\n')).toEqual(["None [('HEAD', '/artifacts/abc')]", "['a', [1.5, ['b']], None]"]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright and requests: ${FULL_ONLY_NOTICE}`, () => {});
});
