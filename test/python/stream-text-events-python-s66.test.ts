/**
 * A Python SDK's stream whose events the spec types as text (`text/event-stream` of `type: string`, a `Stream[str]`)
 * yields each event's data as the text it is, as the TypeScript client reads it: `data: 42` is "42", `data: hello` is
 * "hello" (it was a JSONDecodeError), `data: {"a":1}` the text. With a Stainless config's `streaming.on_event` rules
 * (`_EVENT_RULES`: `[DONE]` ends it) and without any; sync and async, against a server on 127.0.0.1.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, generatePython, PYTHON_FULL, runProcess, venvPython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  paths: {
    '/logs/tail': {
      post: {
        operationId: 'tailLogs',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['app'], properties: { app: { type: 'string' } } },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'text/event-stream': { schema: { type: 'string' } } } } },
      },
    },
  },
};

const RULES = `streaming:
  on_event:
    - data_starts_with: '[DONE]'
      handle: done
    - event_type: error
      handle: error
    - kind: fallthrough
      handle: yield
`;

const config = (rules: string) => `organization: { name: acme }
targets:
  python:
    package_name: acme
${rules}resources:
  logs:
    methods:
      tail:
        endpoint: post /logs/tail
        streaming:
          param_discriminator: null
`;

const PROGRAM = `
import asyncio, json, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        payload = b'data: 42\\n\\ndata: hello\\n\\ndata: {"a":1}\\n\\ndata: [DONE]\\n\\n'
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_port}"

from acme import Acme, AsyncAcme

sync_items = list(Acme(base_url=base, max_retries=0).logs.tail(app="a"))

async def collect():
    return [item async for item in await AsyncAcme(base_url=base, max_retries=0).logs.tail(app="a")]

print(json.dumps({"sync": sync_items, "async": asyncio.run(collect())}))
server.shutdown()
`;

describe("a Python stream of a spec's text events", () => {
  if (!PYTHON_FULL) console.log(`python text event streams: read against 127.0.0.1 ${FULL_ONLY_NOTICE}`);

  for (const [name, rules] of [
    ['by the config’s event rules', RULES],
    ['without rules', ''],
  ] as const)
    it.skipIf(!PYTHON_FULL)(
      `yields each event's data as its text, ${name}`,
      async () => {
        const dir = tempDir('python-stream-text-events-');
        try {
          writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(SPEC));
          writeFileSync(path.join(dir, 'stainless.yml'), config(rules));
          const out = path.join(dir, 'sdk');
          generatePython(path.join(dir, 'openapi.json'), out, path.join(dir, 'stainless.yml'));
          writeFileSync(path.join(dir, 'read.py'), PROGRAM);
          const run = await runProcess(venvPython(), [path.join(dir, 'read.py')], {
            cwd: dir,
            env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
            timeout: 2 * 60 * 1000,
          });
          expect(run.stderr + run.stdout).toContain('"sync"');
          const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
          expect(result).toEqual({ sync: ['42', 'hello', '{"a":1}'], async: ['42', 'hello', '{"a":1}'] });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
      3 * 60 * 1000,
    );
});
