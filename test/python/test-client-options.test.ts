/**
 * The client the generated tests build (tests/conftest.py) is given every option it cannot do without: the
 * credentials (those sent with requests), and the options neither nullable nor defaulted (one that only fills a path
 * param included), each with
 * the config's `example` where it has one. The generated tests then run, with pytest, against a local server that
 * records what the client sent (cheap: one generation and one pytest process).
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/optional-credentials-python.test.ts samples the Python client (docs/contributing.md, "What `npm
// test` samples").
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PYTHON_FULL, runProcess, venvPython } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
components:
  securitySchemes:
    bearerAuth: { type: http, scheme: bearer }
security: [{ bearerAuth: [] }]
paths:
  /accounts/{account_id}/builds:
    get:
      operationId: listBuilds
      parameters:
        - { name: account_id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
client_settings:
  opts:
    api_key:
      type: string
      example: sk-example
      auth: { security_scheme: bearerAuth }
    account_id:
      type: string
      example: acct-example
      send_as_path_param: account_id
    team:
      type: string
      example: team-example
      send_in_header: X-Team
    budget:
      type: number
      send_in_header: X-Budget
    region:
      type: string
      nullable: true
      example: eu
      send_in_header: X-Region
resources:
  builds:
    methods:
      list: get /accounts/{account_id}/builds
`;

const RUN = `
import json, os, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

seen = set()

class Recording(BaseHTTPRequestHandler):
    def do_GET(self):
        h = self.headers
        seen.add(f"{self.path} {h.get('Authorization')} team={h.get('X-Team')} budget={h.get('X-Budget')} region={h.get('X-Region')}")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")
    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Recording)
threading.Thread(target=server.serve_forever, daemon=True).start()
os.environ["TEST_API_BASE_URL"] = f"http://127.0.0.1:{server.server_port}"
import pytest
code = pytest.main(["-q", "-p", "no:cacheprovider", "-n", "0", "-k", "not aiohttp", "tests/api_resources"])
server.shutdown()
print("SEEN " + json.dumps(sorted(seen)))
sys.exit(code)
`;

describe.runIf(PYTHON_FULL)("the generated tests' client", () => {
  const { dir, out } = pythonSdk('py-test-client', {
    spec: { name: 'acme.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });
  beforeAll(() => {
    writeFileSync(path.join(dir, 'run.py'), RUN);
  });

  it("gives each option the client needs, the config's example where it has one", () => {
    const conftest = readFileSync(path.join(out, 'tests/conftest.py'), 'utf8');
    expect(conftest).toContain(
      'api_key = "sk-example"\nteam = "team-example"\nregion = "eu"\naccount_id = "acct-example"\nbudget = 0\n\n',
    );
    expect(conftest).toContain('        account_id=account_id,\n        budget=budget,\n');
  });

  it('runs the generated tests, the client sending those values', async () => {
    const result = await runProcess(venvPython(), [path.join(dir, 'run.py')], {
      cwd: out,
      env: { ...process.env, PYTHONPATH: path.join(out, 'src'), PYTHONDONTWRITEBYTECODE: '1' },
      timeout: 120_000,
    });
    expect(result.stdout).toMatch(/\b16 passed\b/);
    expect(result.code, result.stdout.slice(-3000)).toBe(0);
    const seen = JSON.parse(/^SEEN (.*)$/m.exec(result.stdout)![1]) as string[];
    expect(seen).toEqual(['/accounts/account_id/builds Bearer sk-example team=team-example budget=0 region=eu']);
  }, 180_000);
});
