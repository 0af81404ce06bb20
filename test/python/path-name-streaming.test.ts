/**
 * Two call shapes of Stainless's Python SDKs that scale-agentex-python showed (scripts/stainless-python-tests.mjs,
 * pair `agentex`: 20 cases and 2 test files failed on them, 24 more on the stream):
 * - a path parameter named as a body field (`PATCH /agents/{agent_id}/schedules/name/{name}` with a body `name`):
 *   in a method a Stainless config names, both take where they go before their name, `path_name` and `body_name`
 *   (before: `name` and `name_`); the request still sends `name` in the path and in the body;
 * - a method the config marks streaming with no `param_discriminator` whose spec gives a JSON response (`{}`): it
 *   streams all the same (`Stream[object]`), asking for nothing but what any other request asks for (Prism answers
 *   `Accept: text/event-stream` with 406 where the spec lists JSON alone).
 * With SDKGEN_PYTHON_TESTS=full, pyright strict checks the package, and both calls go to a real server on 127.0.0.1.
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
from sched_sdk import Sched

seen = []

class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_PATCH(self):
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        seen.append({"method": "PATCH", "path": self.path, "body": json.loads(body)})
        payload = json.dumps({"id": "s1", "name": "renamed"}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self):
        seen.append({"method": "GET", "path": self.path, "accept": self.headers.get("accept")})
        payload = b'data: {"step": 1}\\n\\ndata: {"step": 2}\\n\\n'
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = Sched(base_url=f"http://127.0.0.1:{server.server_address[1]}", max_retries=0)
schedule = client.schedules.update_by_name("old name", agent_id="a1", body_name="renamed")
events = [event for event in client.tasks.stream_events("t1")]
server.shutdown()
print(json.dumps({"schedule": schedule.name, "events": events, "seen": seen}))
`;

describe('a path param named as a body field, and a method streaming a JSON response', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-path-name-streaming-'));
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  const read = (file: string) => readFileSync(path.join(out, 'src/sched_sdk', file), 'utf8');
  beforeAll(
    () => generatePython(fixture('path-name-streaming.yaml'), out, fixture('path-name-streaming.stainless.yml')),
    300_000,
  );
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('names the path param path_name and the body field body_name, each sent under its own name', () => {
    const schedules = read('resources/schedules.py');
    expect(schedules).toMatch(/def update_by_name\(\n\s+self,\n\s+path_name: str,\n\s+\*,\n\s+agent_id: str,/);
    expect(schedules).toMatch(/\n\s+body_name: str \| Omit = omit,/);
    expect(schedules).toContain('"name": body_name');
    expect(schedules).toContain('name=path_name');
    expect(readFileSync(path.join(out, 'api.md'), 'utf8')).toContain('(path_name, \\*, agent_id, \\*\\*<a href=');
  });

  it('streams the JSON response of a method marked streaming, asking for nothing else', () => {
    const tasks = read('resources/tasks.py');
    expect(tasks).toMatch(/def stream_events\([\s\S]*?\) -> Stream\[object\]:/);
    expect(tasks).toContain('stream=True');
    expect(tasks).not.toContain('text/event-stream');
  });

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict, and sends both calls as the spec says',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(out, ['src/sched_sdk'], ['src', '.'])).toEqual([]);
      const script = path.join(out, 'check_calls.py');
      writeFileSync(script, SCRIPT);
      const run = await runProcess(venvPython(), [script], {
        cwd: out,
        env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
      });
      expect(run.code, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
      expect(result.schedule).toBe('renamed');
      expect(result.events).toEqual([{ step: 1 }, { step: 2 }]);
      expect(result.seen[0]).toEqual({
        method: 'PATCH',
        path: '/agents/a1/schedules/name/old%20name',
        body: { name: 'renamed' },
      });
      expect(result.seen[1].path).toBe('/tasks/t1/stream');
      expect(result.seen[1].accept).not.toContain('text/event-stream');
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright and a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
