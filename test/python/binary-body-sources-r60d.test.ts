/**
 * Every form a raw binary request body accepts sends its bytes from both clients, in every era's form of the call
 * (stainless/python-body-era.ts): bytes, a bytearray, a `BytesIO`, an open file, an `os.PathLike`, a `(name, content,
 * type)` tuple; from `content=` on, an iterable of bytes (both clients) and an async one (the async client), as the
 * runtime's `BinaryTypes` / `AsyncBinaryTypes` claim. httpx's AsyncClient cannot send a sync file or iterator ("sync
 * request with an AsyncClient"), and an open file sent as it is reads empty on a retry: the runtime reads a file once,
 * before the first attempt, so each retry sends the same bytes. A server on 127.0.0.1 (chunked bodies too) answers
 * the first attempt of each file 500 with `retry-after-ms: 0`.
 */
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { pythonTempDir, runPythonAgainstFiles } from '../helpers/python-sdk';
import { generate } from '../../generator/generate';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const SPEC = `openapi: 3.0.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /pets/{petId}/image:
    post:
      operationId: uploadImage
      parameters:
        - { name: petId, in: path, required: true, schema: { type: integer } }
      requestBody:
        required: true
        content:
          application/octet-stream: { schema: { type: string, format: binary } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  pets:
    methods:
      upload_image:
        endpoint: post /pets/{petId}/image
        body_param_name: image
`;

const PROGRAM = `
import asyncio, io, json, pathlib, tempfile, threading, warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from acme import Acme, AsyncAcme

warnings.simplefilter("error")
received = []
statuses = []

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = b""
            while True:
                size = int(self.rfile.readline().strip(), 16)
                if size == 0:
                    self.rfile.readline()
                    break
                body += self.rfile.read(size)
                self.rfile.readline()
        else:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        received.append(body.decode("latin-1"))
        status = statuses.pop(0) if statuses else 200
        payload = b'{"id": "x"}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("retry-after-ms", "0")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{server.server_port}"

DATA = b"\\x00\\xff\\n\\x01"
path = pathlib.Path(tempfile.mkdtemp()) / "f.bin"
path.write_bytes(DATA)

def files():
    return {
        "bytes": DATA,
        "bytearray": bytearray(DATA),
        "BytesIO": io.BytesIO(DATA),
        "open file": open(path, "rb"),
        "path": path,
        "tuple": ("f.bin", DATA, "image/png"),
    }

def chunks():
    yield DATA[:2]
    yield DATA[2:]

async def async_chunks():
    yield DATA[:2]
    yield DATA[2:]

seen = {}

def note(label, call):
    start = len(received)
    call()
    seen[label] = received[start:]

client = Acme(base_url=url, max_retries=1)
for name, image in files().items():
    statuses.append(500)
    note(f"sync {name}", lambda: client.pets.upload_image(1, image=image))
if STREAMS:
    note("sync iterator", lambda: client.pets.upload_image(1, image=chunks()))

async def main() -> None:
    async_client = AsyncAcme(base_url=url, max_retries=1)
    for name, image in files().items():
        statuses.append(500)
        start = len(received)
        await async_client.pets.upload_image(1, image=image)
        seen[f"async {name}"] = received[start:]
    if STREAMS:
        for name, make in (("iterator", chunks), ("async iterator", async_chunks)):
            start = len(received)
            await async_client.pets.upload_image(1, image=make())
            seen[f"async {name}"] = received[start:]

asyncio.run(main())
print(json.dumps(seen))
`;

const FILES = ['bytes', 'bytearray', 'BytesIO', 'open file', 'path', 'tuple'];

describe("a raw binary body's every form, from both clients", () => {
  it.runIf(PYTHON_FULL)(
    'sends its bytes in every era, each retry the same',
    async () => {
      const bytes = '\u0000\u00ff\n\u0001';
      // The params' transform, the body read, the call's content (Stainless's form since 2026-01-13), the newest.
      for (const era of ['2025-03-27', '2025-12-01', '2026-02-09', null]) {
        const streams = era === null || era >= '2026-01-13';
        const root = pythonTempDir(`binary-body-sources-60d-${era ?? 'latest'}`);
        writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
        writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
        const result = await generate({
          spec: path.join(root, 'openapi.yaml'),
          config: path.join(root, 'stainless.yml'),
          target: 'python',
          stainlessEra: era,
        });
        const files = new Map(result.files.map((f) => [f.path, f.contents]));
        const run = await runPythonAgainstFiles(root, files, `STREAMS = ${streams ? 'True' : 'False'}\n${PROGRAM}`);
        expect(run.code, `${era}: ${run.stderr}`).toBe(0);
        const expected: Record<string, string[]> = {};
        for (const client of ['sync', 'async'])
          for (const name of FILES) expected[`${client} ${name}`] = [bytes, bytes];
        if (streams)
          for (const name of ['sync iterator', 'async iterator', 'async async iterator']) expected[name] = [bytes];
        expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!), String(era)).toEqual(expected);
      }
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
