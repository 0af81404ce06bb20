/**
 * OpenAPI parameter styles in a generated Python SDK: path params in `label`, `matrix` and `simple` (array and object
 * values), query params `pipeDelimited`, `deepObject` and non-exploded `form`, as a local server receives them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePython, runProcess, venvPython } from '../helpers/python';

/** Calls a local server that answers with the raw path and query it received. */
const STYLES_CHECK = `
import json, threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from styles_sdk import Styles

class Echo(BaseHTTPRequestHandler):
    def do_GET(self):
        payload = json.dumps({"id": self.path}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Echo)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = Styles(base_url=f"http://127.0.0.1:{server.server_port}", max_retries=0)
print(client.items.retrieve(["a b", "c"], ids=[1, 2], filter={"role": "admin", "first": "Al"}).id)
print(client.items.retrieve(
    ["p"], ids=[3], filter={"role": "x"}, tags=["t1", "t2"], where={"status": "live"}, point={"x": 1, "y": 2}
).id)
server.shutdown()
`;

describe('a spec whose params have OpenAPI styles', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-styles-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('sends path and query values as the styles say', async () => {
    generatePython(path.join(import.meta.dirname, 'fixtures', 'param-styles.yaml'), out);
    const result = await runProcess(venvPython(), ['-c', STYLES_CHECK], {
      env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      '/items/.1.2/;role=admin;first=Al/a%20b,c',
      '/items/.3/;role=x/p?tags=t1%7Ct2&where%5Bstatus%5D=live&point=x%2C1%2Cy%2C2',
    ]);
  }, 120_000);
});
