/**
 * Header params with OpenAPI's `explode`: the IR carries it (a header's one style, `simple`, exploded, set for an array
 * or object only), and the Python SDK sends an exploded object `role=admin,level=3` where the default style sends
 * `role,admin,level,3`. The SDK calls a local server answering with the headers it received (with
 * SDKGEN_PYTHON_TESTS=full, with pyright strict on the resource).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import { loadSpec } from '../../generator/load/load';
import { normalize } from '../../generator/normalize/normalize';
import {
  pyrightErrorsUnderOwnSettings,
  FULL_ONLY_NOTICE,
  generatePython,
  PYTHON_FULL,
  runProcess,
  venvPython,
} from '../helpers/python';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'header-explode.yaml');

const ECHO_CHECK = `
import json, threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from headers_sdk import Headers

class Echo(BaseHTTPRequestHandler):
    def do_GET(self):
        payload = json.dumps({k.lower(): v for k, v in self.headers.items() if k.lower().startswith("x-") and not k.lower().startswith("x-stainless")}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Echo)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = Headers(base_url=f"http://127.0.0.1:{server.server_port}", max_retries=0)
seen = client.echo.retrieve(
    x_filter={"role": "admin", "level": 3}, x_plain_filter={"role": "admin", "level": 3}, x_ids=[3, 4], x_name="Al"
)
print(json.dumps(seen, sort_keys=True))
print(json.dumps(client.echo.retrieve(x_ids=[5]), sort_keys=True))
server.shutdown()
`;

describe('header params with explode', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-header-explode-'));
  beforeAll(() => generatePython(FIXTURE, out));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('the IR gives an exploded array or object header its style, and a scalar none', async () => {
    const diags = new Diagnostics();
    const spec = await loadSpec(FIXTURE, diags);
    const { api } = buildIr(normalize(spec, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags);
    const fields = api.resources.flatMap((r) => r.methods).flatMap((m) => m.params?.fields ?? []);
    expect(Object.fromEntries(fields.map((f) => [f.wireName, f.style]))).toEqual({
      'X-Filter': { style: 'simple', explode: true },
      'X-Plain-Filter': null,
      'X-Ids': { style: 'simple', explode: true },
      'X-Name': null,
    });
  });

  it('the method writes the exploded ones', () => {
    const resource = readFileSync(path.join(out, 'src/headers_sdk/resources/echo.py'), 'utf8');
    expect(resource).toContain('exploded=("X-Filter", "X-Ids")');
  });

  it.runIf(PYTHON_FULL)(
    'sends an exploded object as name=value pairs, and type-checks under pyright strict',
    async () => {
      const result = await runProcess(venvPython(), ['-c', ECHO_CHECK], {
        env: { ...process.env, PYTHONPATH: path.join(out, 'src'), PYTHONDONTWRITEBYTECODE: '1' },
        timeout: 60_000,
      });
      expect(result.stderr).toBe('');
      expect(
        result.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as unknown),
      ).toEqual([
        { 'x-filter': 'role=admin,level=3', 'x-plain-filter': 'role,admin,level,3', 'x-ids': '3,4', 'x-name': 'Al' },
        { 'x-ids': '5' },
      ]);
      expect(await pyrightErrorsUnderOwnSettings(out, ['src/headers_sdk/resources'])).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`requests and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
