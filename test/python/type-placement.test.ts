/**
 * Where type modules go: a model whose module name is a types package's (`Session` beside the `session` resource's
 * `types/session/`) moves into that package, and an SSE method's unnamed event union is a response module of its own.
 * The package is imported and its stream read from a real server in the venv; pyright strict with the full suite.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeErrors,
  generatePython,
  PYTHON_FULL,
  runProcess,
  runPyright,
  tomlTable,
  venvPython,
} from '../helpers/python';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** Imports the types both ways, then reads two events of the union from a server on 127.0.0.1. */
const CHECK = `
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
import sessions_sdk
from sessions_sdk import Sessions
from sessions_sdk.types import Session, EventListResponse
from sessions_sdk.types.session import Session as SessionInPackage, PermissionRespondResponse

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = (
            'data: {"type": "session.updated", "properties": {"info": {"id": "s1", "title": "T"}}}\\n\\n'
            'data: {"type": "installation.updated", "properties": {"version": "2"}}\\n\\n'
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
print(Session is SessionInPackage, Session.__module__, PermissionRespondResponse.__name__)
client = Sessions(base_url=f"http://127.0.0.1:{server.server_port}")
for event in client.event.list():
    print(event.type, isinstance(event, sessions_sdk.BaseModel), event.properties.to_dict())
server.shutdown()
`;
import { tempDir } from '../helpers/sdk';

describe('a model named as a types package, and an SSE method streaming an unnamed union', () => {
  const out = tempDir('sdkgen-py-placement');
  generatePython(path.join(FIXTURES, 'sessions.yaml'), out, path.join(FIXTURES, 'sessions.stainless.yml'));

  it('moves the model into the package, re-exported by both, and api.md imports it from `types`', () => {
    const types = path.join(out, 'src', 'sessions_sdk', 'types');
    expect(readFileSync(path.join(types, 'session', '__init__.py'), 'utf8')).toContain(
      'from .session import Session as Session',
    );
    expect(readFileSync(path.join(types, '__init__.py'), 'utf8')).toContain('from .session import Session as Session');
    const apiMd = readFileSync(path.join(out, 'api.md'), 'utf8');
    expect(apiMd).toContain('from sessions_sdk.types import Session\n');
    expect(apiMd).toContain('<a href="./src/sessions_sdk/types/session/session.py">Session</a>');
    expect(apiMd).toContain('from sessions_sdk.types import EventListResponse\n');
    expect(apiMd).toContain('<a href="./src/sessions_sdk/types/event_list_response.py">EventListResponse</a>');
  });

  it('imports, and parses each event of the stream as its variant', async () => {
    const result = await runProcess(venvPython(), ['-c', CHECK], {
      env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'True sessions_sdk.types.session.session PermissionRespondResponse',
      "session.updated True {'info': {'id': 's1', 'title': 'T'}}",
      "installation.updated True {'version': '2'}",
    ]);
  }, 120_000);

  it.runIf(PYTHON_FULL)(
    'is clean under pyright strict',
    async () => {
      const pyproject = readFileSync(path.join(out, 'pyproject.toml'), 'utf8');
      const config = path.join(out, 'pyrightconfig.json');
      writeFileSync(config, JSON.stringify({ ...tomlTable(pyproject, 'tool.pyright'), include: ['src'] }));
      const run = await runPyright(config);
      expect(describeErrors(run.diagnostics, out)).toEqual([]);
    },
    600_000,
  );
});
