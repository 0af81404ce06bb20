/**
 * A Python SDK whose requests each send the credentials their operation's security names (a Stainless config of the
 * 2026-01-30 edition on, in the newest forms: stainless/python-era.ts `securityOptions`): an operation naming one of
 * the client's two schemes sends that credential alone, one asking for none sends none, one under the API's security
 * (either scheme) sends both. With SDKGEN_PYTHON_TESTS=full the client calls a local server that answers with what
 * it received, and the package is checked by pyright (its own strict settings) and mypy.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FULL_ONLY_NOTICE,
  PYTHON_FULL,
  generatePython,
  pyrightErrorsUnderOwnSettings,
  runProcess,
  venvPython,
} from '../helpers/python';

const fixtures = path.join(import.meta.dirname, 'fixtures');

const CHECK = `
import asyncio, json, threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from keyed_sdk import Keyed, AsyncKeyed

class Echo(BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({
            "authorization": self.headers.get("Authorization") or "-",
            "key": self.headers.get("X-Api-Key") or "-",
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Echo)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{server.server_port}"

client = Keyed(base_url=url, bearer_token="T", api_key="K", max_retries=0)
seen = [client.things.list(), client.things.keyed("a"), client.things.open()]
async_client = AsyncKeyed(base_url=url, bearer_token="T", api_key="K", max_retries=0)
seen.append(asyncio.run(async_client.things.keyed("a")))
# Without the key: the bearer token is all the API's security has to send.
seen.append(Keyed(base_url=url, bearer_token="T", max_retries=0).things.list())
for s in seen:
    print(f"{s.authorization} {s.key}")
server.shutdown()
`;

describe('per-request security in a generated Python SDK', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-request-security-'));
  beforeAll(() => {
    generatePython(
      path.join(fixtures, 'request-security.yaml'),
      out,
      path.join(fixtures, 'request-security.stainless.yml'),
    );
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("names each operation's schemes where they are not every one the client holds", () => {
    const resource = readFileSync(path.join(out, 'src/keyed_sdk/resources/things.py'), 'utf8');
    expect([...resource.matchAll(/^ +security=(.*),$/gm)].map((m) => m[1])).toEqual([
      '{"key_auth": True}',
      '{}',
      '{"key_auth": True}',
      '{}',
    ]);
    const client = readFileSync(path.join(out, 'src/keyed_sdk/_client.py'), 'utf8');
    expect(client).toContain('    def _auth_headers(self, security: SecurityOptions) -> dict[str, str]:');
  });

  it.runIf(PYTHON_FULL)(
    'sends only the credentials the operation names',
    async () => {
      const result = await runProcess(venvPython(), ['-c', CHECK], {
        env: {
          ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('KEYED_'))),
          PYTHONPATH: path.join(out, 'src'),
          PYTHONDONTWRITEBYTECODE: '1',
        },
        timeout: 60_000,
      });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual(['Bearer T K', '- K', '- -', '- K', 'Bearer T -']);
    },
    120_000,
  );

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright (strict, its own settings) and mypy',
    async () => {
      const [pyright, mypy] = await Promise.all([
        pyrightErrorsUnderOwnSettings(out, ['src']),
        runProcess(
          venvPython(),
          ['-m', 'mypy', '--config-file', 'pyproject.toml', '--cache-dir', path.join(out, 'mypy-cache'), 'src'],
          { cwd: out, env: { ...process.env, MYPYPATH: path.join(out, 'src') }, timeout: 8 * 60 * 1000 },
        ),
      ]);
      expect(pyright).toEqual([]);
      expect(mypy.stdout + mypy.stderr).toMatch(/^Success: no issues found/m);
    },
    600_000,
  );
  if (!PYTHON_FULL) it.skip(`requests, pyright and mypy: ${FULL_ONLY_NOTICE}`, () => {});
});
