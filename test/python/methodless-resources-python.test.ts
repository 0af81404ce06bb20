/**
 * Config resources with no method on or below them (only models, or only such children), as Stainless writes them in
 * Python (knock `recipients`/`shared`, isaacus `ilgs`): no resource module, class, client attribute or test folder;
 * their models still in types/ and their sections in api.md. A `standalone_api` child of one keeps its (empty)
 * package and api.md. A resource called `shared` is such a resource, not the config's `$shared`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePython, listFiles, runProcess, venvPython } from '../helpers/python';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** Imports every model, checks the client has no attribute for a methodless resource, calls the one method. */
const CHECK = `
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from methodless_sdk import Methodless
from methodless_sdk.types import PageInfo, Recipient, User
from methodless_sdk.types.recipients import PreferenceSet
from methodless_sdk.types.ilgs.v1 import Person
from methodless_sdk.types.users import Template
import methodless_sdk.resources.ilgs.v1

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = b'{"id": "u1", "page": {"after": "a"}, "recipient": {"id": "r1"}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = Methodless(base_url=f"http://127.0.0.1:{server.server_port}")
user = client.users.retrieve("u1")
print([hasattr(client, name) for name in ("shared", "recipients", "ilgs")])
print(type(user.page).__name__, type(user.recipient).__name__)
server.shutdown()
`;

describe('resources without methods', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-methodless-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  generatePython(path.join(FIXTURES, 'methodless.yaml'), out, path.join(FIXTURES, 'methodless.stainless.yml'));
  const pkg = path.join(out, 'src', 'methodless_sdk');

  it('get no module, and a resource with only methodless children is a module, not a package', () => {
    expect(listFiles(path.join(pkg, 'resources'), /./)).toEqual([
      '__init__.py',
      'ilgs/v1/__init__.py',
      'ilgs/v1/api.md',
      'users.py',
    ]);
    expect(readFileSync(path.join(pkg, 'resources', '__init__.py'), 'utf8')).not.toMatch(/Shared|Recipients|Ilgs/);
    expect(listFiles(path.join(out, 'tests', 'api_resources'), /./)).toEqual([
      '__init__.py',
      'ilgs/v1/__init__.py',
      'test_users.py',
    ]);
  });

  it('keep their models in types/, a resource named `shared` at the root as any other', () => {
    expect(existsSync(path.join(pkg, 'types', 'page_info.py'))).toBe(true);
    expect(existsSync(path.join(pkg, 'types', 'shared'))).toBe(false);
    expect(existsSync(path.join(pkg, 'types', 'recipients', 'preference_set.py'))).toBe(true);
    expect(existsSync(path.join(pkg, 'types', 'ilgs', 'v1', 'person.py'))).toBe(true);
  });

  it('keep their api.md sections; a standalone child links the folder above the methodless parent', () => {
    const root = readFileSync(path.join(out, 'api.md'), 'utf8');
    expect(root).not.toContain('# Shared Types');
    expect(root.startsWith('# Shared\n\nTypes:\n\n```python\nfrom methodless_sdk.types import PageInfo\n```')).toBe(
      true,
    );
    expect(root).toContain('## Preferences\n\nTypes:\n\n```python\nfrom methodless_sdk.types.recipients import');
    expect(root).toContain('## [V1](src/methodless_sdk/resources/api.md)');
    expect(root).toContain('client.users.<a href="./src/methodless_sdk/resources/users.py">retrieve</a>');
    expect(readFileSync(path.join(pkg, 'resources', 'ilgs', 'v1', 'api.md'), 'utf8')).toContain(
      'from methodless_sdk.types.ilgs.v1 import Person',
    );
  });

  it('imports, and the client calls its one method against a server', async () => {
    const result = await runProcess(venvPython(), ['-c', CHECK], {
      env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('[False, False, False]\nPageInfo Recipient');
  });
});
