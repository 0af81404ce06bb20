/**
 * Header params and a method that streams on a body flag, as Stainless's Python SDKs write them: a method whose only
 * params besides the path's are scalar headers takes them by keyword but has no params TypedDict (api.md: `end(id)`);
 * a dual-mode method's params module is named after the method (`session_act_params`) whatever
 * `streaming.params_type_name` says, so no module shares a name with the discriminator's argument. With
 * SDKGEN_PYTHON_TESTS=full the SDK calls a local server both ways and pyright strict checks it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
from browsing import Browsing

class Echo(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        payload = json.dumps({"ok": self.headers.get("x-stream-response") == "false"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Echo)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = Browsing(base_url=f"http://127.0.0.1:{server.server_port}", max_retries=0)
acted = client.sessions.act("s1", input="click", options={"timeout": 1}, stream_response=False, x_stream_response="false")
ended = client.sessions.end("s1", x_stream_response="false")
print(acted.ok, ended.ok)
server.shutdown()
`;

describe('scalar header params alone, and a dual-mode method named by params_type_name', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-streaming-header-params-'));
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  beforeAll(() => generatePython(fixture('header-only-params.yaml'), out, fixture('header-only-params.stainless.yml')));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('lists the header-only method without params, and the dual-mode one with its own params module', () => {
    const apiMd = readFileSync(path.join(out, 'api.md'), 'utf8');
    expect(apiMd).toContain('">end</a>(id) -> <a href="./src/browsing/types/session_end_response.py">');
    expect(apiMd).toContain('">act</a>(id, \\*\\*<a href="src/browsing/types/session_act_params.py">params</a>)');
    expect(existsSync(path.join(out, 'src/browsing/types/session_end_params.py'))).toBe(false);
    expect(existsSync(path.join(out, 'src/browsing/types/stream_response.py'))).toBe(false);
    const resource = readFileSync(path.join(out, 'src/browsing/resources/sessions.py'), 'utf8');
    expect(resource).toMatch(
      /def end\(\n\s+self,\n\s+id: str,\n\s+\*,\n\s+x_stream_response: Literal\["true", "false"\]/,
    );
    expect(resource).toContain('options: session_act_params.Options | Omit = omit,');
    // A header naming a model, with no params module to import it: the resource module imports it.
    expect(resource).toContain('x_pause_mode: PauseMode | Omit = omit,');
    expect(resource).toContain('from ..types.pause_mode import PauseMode');
  });

  it.runIf(PYTHON_FULL)(
    'sends the header both ways and type-checks under pyright strict',
    async () => {
      const result = await runProcess(venvPython(), ['-c', CALL_CHECK], {
        env: { ...process.env, PYTHONPATH: path.join(out, 'src'), PYTHONDONTWRITEBYTECODE: '1' },
        timeout: 60_000,
      });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toBe('True True');
      expect(
        await pyrightErrorsUnderOwnSettings(out, ['src/browsing/resources', 'tests/api_resources'], ['src', '.']),
      ).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`requests and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
