/**
 * A client option and a top-level resource of one name (option `token`, resource `token`): the client cannot hold
 * both under one attribute (pyright: a property and an attribute of that name), so the resource takes the
 * `_resource` suffix (as the TypeScript client's `Resource` one) and the option keeps its constructor keyword. With
 * SDKGEN_PYTHON_TESTS=full the client calls a local server with the option's credential, and pyright strict checks
 * the client, the resources and the generated tests.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pyrightErrorsUnderOwnSettings,
  FULL_ONLY_NOTICE,
  generatePython,
  PYTHON_FULL,
  runProcess,
  venvPython,
} from '../helpers/python';

const CALL_CHECK = `
import json, threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from clash_sdk import Clash

class Echo(BaseHTTPRequestHandler):
    def do_GET(self):
        payload = json.dumps({"ok": self.headers.get("Authorization") == "Bearer T"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Echo)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = Clash(base_url=f"http://127.0.0.1:{server.server_port}", max_retries=0, token="T")
print(client.token, client.token_resource.retrieve().ok, client.copy(token="U").token)
server.shutdown()
`;

describe('a client option and a resource of the same name', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-option-named-resource-'));
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  beforeAll(() =>
    generatePython(fixture('option-named-resource.yaml'), out, fixture('option-named-resource.stainless.yml')),
  );
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('keeps the option and suffixes the resource', () => {
    const client = readFileSync(path.join(out, 'src/clash_sdk/_client.py'), 'utf8');
    expect(client).toContain('    token: str\n');
    expect(client).toContain('    def token_resource(self) -> TokenResource:');
    expect(client).not.toMatch(/def token\(self\)/);
    expect(readFileSync(path.join(out, 'api.md'), 'utf8')).toContain('client.token_resource.<a href=');
  });

  it.runIf(PYTHON_FULL)(
    'sends the option and type-checks under pyright strict',
    async () => {
      const result = await runProcess(venvPython(), ['-c', CALL_CHECK], {
        env: { ...process.env, PYTHONPATH: path.join(out, 'src'), PYTHONDONTWRITEBYTECODE: '1' },
        timeout: 60_000,
      });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toBe('T True U');
      expect(
        await pyrightErrorsUnderOwnSettings(
          out,
          ['src/clash_sdk/_client.py', 'src/clash_sdk/resources', 'tests/api_resources'],
          ['src', '.'],
        ),
      ).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`requests and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
