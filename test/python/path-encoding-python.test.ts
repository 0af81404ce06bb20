/**
 * What a generated Python SDK puts on the wire, checked against a local server that records each raw request line:
 * path params percent-encoded for the path (`a/b` stays one segment, a `.` or `..` segment is refused), a styled path
 * param encoded once, a binary body sent as `content=` without a DeprecationWarning (raw bytes as `body=` warn), and
 * the base error declared as `<Client>Error` in `_exceptions`. Cheap: one generation and one Python process.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProcess, venvPython } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
paths:
  /files/{file_id}:
    get:
      operationId: getFile
      tags: [files]
      parameters:
        - { name: file_id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
  /maps/{map_id}/points/{point}:
    get:
      operationId: getPoint
      tags: [maps]
      parameters:
        - { name: map_id, in: path, required: true, schema: { type: string } }
        - { name: point, in: path, required: true, style: label, schema: { type: array, items: { type: string } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
  /templates/{template}:
    get:
      operationId: getTemplate
      tags: [templates]
      parameters:
        - { name: template, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
  /blobs/{name}:
    put:
      operationId: putBlob
      tags: [blobs]
      parameters:
        - { name: name, in: path, required: true, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/octet-stream: { schema: { type: string, format: binary } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const CHECK = `
import asyncio, threading, warnings
from http.server import BaseHTTPRequestHandler, HTTPServer
from acme_sdk import Acme, AsyncAcme, APIError, _exceptions

warnings.simplefilter("error", DeprecationWarning)
received = []

class Recording(BaseHTTPRequestHandler):
    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        received.append(f"{self.command} {self.path}" + (f" {body!r}" if body else ""))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")
    do_GET = do_PUT = answer
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Recording)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{server.server_port}"
client = Acme(base_url=url, max_retries=0)

for value in ["a/b", "é ü", "x y?z#w", "50%", "..", ".", "%2e%2E"]:
    try:
        client.files.retrieve(value)
    except ValueError:
        received.append(f"ValueError for {value}")
client.maps.points.retrieve(["a b", "c/d"], map_id="m/1")
client.templates.retrieve("t/1")
client.blobs.update("n", body=b"\\x00\\xff")
client.blobs.update("n", body=("blob.bin", b"xy"))
try:
    client.put("/blobs/raw", body=b"raw", cast_to=object)
except DeprecationWarning as warning:
    received.append(f"DeprecationWarning: {warning}")

async def main():
    await AsyncAcme(base_url=url, max_retries=0).blobs.update("a b", body=b"async")

asyncio.run(main())
server.shutdown()
server.server_close()
# Declared in _exceptions, shown as the package's own (its __module__ is the package, as a Stainless SDK's is).
import acme_sdk
declared = "AcmeError" in vars(_exceptions) and acme_sdk.AcmeError is _exceptions.AcmeError
received.append(f"base error: {APIError.__mro__[1].__name__} {_exceptions.AcmeError.__module__} {declared}")
print("\\n".join(received))
`;

describe('Python SDK path params, raw bodies and the base error', () => {
  const { out } = pythonSdk('py-path-encoding', { spec: { name: 'acme.yaml', text: SPEC } });

  it('builds paths with path_template, a styled param through encode_path_param and an f-string', () => {
    const points = readFileSync(path.join(out, 'src/acme_sdk/resources/maps/points.py'), 'utf8');
    expect(points).toContain('path_template(f"/maps/{{map_id}}/points/{point_segment}", map_id=map_id)');
    const files = readFileSync(path.join(out, 'src/acme_sdk/resources/files.py'), 'utf8');
    expect(files).toContain('path_template("/files/{file_id}", file_id=file_id)');
    const exceptions = readFileSync(path.join(out, 'src/acme_sdk/_exceptions.py'), 'utf8');
    expect(exceptions).toContain('class AcmeError(Exception):');
    expect(exceptions).not.toContain('ClientError');
  });

  it('sends each value encoded, refuses dot-segments, uploads bytes without a warning', async () => {
    const result = await runProcess(venvPython(), ['-c', CHECK], {
      env: { ...process.env, PYTHONPATH: path.join(out, 'src'), PYTHONDONTWRITEBYTECODE: '1' },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'GET /files/a%2Fb',
      'GET /files/%C3%A9%20%C3%BC',
      'GET /files/x%20y%3Fz%23w',
      'GET /files/50%25',
      'ValueError for ..',
      'ValueError for .',
      'GET /files/%252e%252E',
      'GET /maps/m%2F1/points/.a%20b,c%2Fd',
      'GET /templates/t%2F1',
      "PUT /blobs/n b'\\x00\\xff'",
      "PUT /blobs/n b'xy'",
      'DeprecationWarning: Passing raw bytes as `body` is deprecated and will be removed in a future version. ' +
        'Please pass raw bytes via the `content` parameter instead.',
      "PUT /blobs/a%20b b'async'",
      'base error: AcmeError acme_sdk True',
    ]);
  }, 120_000);
});
