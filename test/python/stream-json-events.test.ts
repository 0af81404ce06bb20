/**
 * A method a Stainless config streams on a body field (`streaming.param_discriminator: stream`) without naming its
 * events (no `stream_event_model`) and whose spec gives a JSON response alone (llama-stack-client-python's
 * `completions.create` of 2025-10, pair `llama-stack-2025` of scripts/stainless-python-tests.mjs): Stainless streams the
 * method's own response type, in three overloads (`stream: Literal[False]`, `Literal[True]`, `bool`). Before, sdkgen
 * warned "no event type" and wrote one plain method: a caller passing `stream=True` got no stream, and Stainless's
 * tests of the streaming overloads failed to type-check.
 * With SDKGEN_PYTHON_TESTS=full, pyright strict checks the package and both calls go to a real server on 127.0.0.1.
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

const SCRIPT = `
import json, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from completer import Completer

class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)))
        if body.get("stream"):
            payload = b'data: {"id": "c1", "text": "a"}\\n\\ndata: {"id": "c1", "text": "b"}\\n\\n'
            kind = "text/event-stream"
        else:
            payload = json.dumps({"id": "c1", "text": "ab"}).encode()
            kind = "application/json"
        self.send_response(200)
        self.send_header("content-type", kind)
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = Completer(base_url=f"http://127.0.0.1:{server.server_address[1]}", max_retries=0)
whole = client.completions.create(prompt="hi")
chunks = [chunk.text for chunk in client.completions.create(prompt="hi", stream=True)]
server.shutdown()
print(json.dumps({"whole": whole.text, "chunks": chunks}))
`;

describe('a method streamed on a body field whose events are its own JSON response', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-stream-json-events-'));
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  beforeAll(
    () => generatePython(fixture('stream-json-events.yaml'), out, fixture('stream-json-events.stainless.yml')),
    300_000,
  );
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes the three overloads, the stream yielding the response type', () => {
    const module = readFileSync(path.join(out, 'src/completer/resources/completions.py'), 'utf8');
    const sync = module.slice(0, module.indexOf('class AsyncCompletionsResource'));
    expect(sync.match(/@overload\n\s+def create\(/g)).toHaveLength(3);
    expect(sync).toMatch(/stream: Literal\[True\],[\s\S]*?\) -> Stream\[(\w+)\]:/);
    const [, event] = /\) -> Stream\[(\w+)\]:/.exec(sync)!;
    expect(sync).toMatch(new RegExp(`stream: Literal\\[False\\] \\| Omit = omit,[\\s\\S]*?\\) -> ${event}:`));
    expect(sync).toContain(`stream_cls=Stream[${event}]`);
  });

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict, and reads the JSON body or the stream as the call asks',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(out, ['src/completer'], ['src', '.'])).toEqual([]);
      const script = path.join(out, 'check_calls.py');
      writeFileSync(script, SCRIPT);
      const run = await runProcess(venvPython(), [script], {
        cwd: out,
        env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
      });
      expect(run.code, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
      expect(result).toEqual({ whole: 'ab', chunks: ['a', 'b'] });
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright and a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
