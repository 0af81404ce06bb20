/**
 * What a generated Python SDK sends, as a local server receives it: header params that are no strings (arrays,
 * booleans, numbers), cookie params (one Cookie header), a whole-body array of objects (its keys by their wire
 * names, its dates formatted); and what its generated tests hold: the mock server's base URL with the path prefix
 * the client's base URL carries, an object path param whose properties are all optional written with them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePython, runProcess, venvPython } from '../helpers/python';

/** Calls a local server that answers with the path, headers and body it received. */
const REQUEST_CHECK = `
import json, threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, HTTPServer
from params_sdk import Params

class Echo(BaseHTTPRequestHandler):
    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        payload = json.dumps({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
    do_GET = do_POST = answer
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Echo)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = Params(base_url=f"http://127.0.0.1:{server.server_port}/v2", max_retries=0)
sent = client.things.retrieve({"role": "admin"}, x_ids=[3, 4], x_flag=False, x_count=7, session="abc", limit=5)
print(json.dumps([sent.path, sent.headers.get("x-ids"), sent.headers.get("x-flag"), sent.headers.get("x-count"), sent.headers.get("cookie")]))
sent = client.things.retrieve({"role": "admin"})
print(json.dumps([sent.headers.get("x-ids"), sent.headers.get("cookie")]))
sent = client.batches.create(body=[{"starts_at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc), "item_name": "a"}])
print(json.dumps(sent.body))
server.shutdown()
`;

describe('a spec with header, cookie and whole-body params under a shared path prefix', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-request-params-'));
  beforeAll(() => generatePython(path.join(import.meta.dirname, 'fixtures', 'request-params.yaml'), out), 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('sends header and cookie params in their styles, and a whole body by its wire names', async () => {
    const result = await runProcess(venvPython(), ['-c', REQUEST_CHECK], {
      env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      ['/v2/things/role,admin', '3,4', 'false', '7', 'session=abc; limit=5'],
      [null, null],
      [{ startsAt: '2026-01-02T03:04:05+00:00', itemName: 'a' }],
    ]);
  }, 120_000);

  it("points its tests at the mock server's base URL with the shared path prefix", () => {
    const conftest = readFileSync(path.join(out, 'tests/conftest.py'), 'utf8');
    expect(conftest).toContain('base_url = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010") + "/v2"\n');
  });

  it('writes an object path param whose properties are all optional with its properties (no empty segment)', () => {
    const tests = readFileSync(path.join(out, 'tests/api_resources/test_things.py'), 'utf8');
    expect(tests).not.toMatch(/filter=\{\}/);
    expect(tests).toMatch(/filter=\{\s*"role": "role",\s*"level": 0,\s*\}/);
  });
});
