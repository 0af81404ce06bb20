import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { RUNTIME_TEST_FILES } from '../../generator/emit/python/plan-project';
import { generatePython, runProcess, venvPython } from '../helpers/python';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'petstore.yaml');
const SNAPSHOTS = path.join(import.meta.dirname, '__snapshots__', 'petstore');

describe('the Python package of a small spec', async () => {
  const result = await generate({ spec: FIXTURE, config: null, target: 'python', pythonPackage: 'pet_shop' });

  it('has the package modules', () => {
    const paths = result.files.map((file) => file.path);
    for (const module of ['__init__', '_client', '_version', 'types/__init__', 'types/pet_create_response'])
      expect(paths).toContain(`src/pet_shop/${module}.py`);
  });

  it('has no pagination module without a page scheme, as Stainless writes none then', () => {
    expect(result.api.paginationSchemes).toEqual([]);
    expect(result.files.map((file) => file.path)).not.toContain('src/pet_shop/pagination.py');
  });

  it('has a snapshot for every module it writes and none for one it no longer writes', () => {
    const written = result.files.filter((file) => file.path.endsWith('.py') && !isRuntime(file.path));
    const snapshots = readdirSync(SNAPSHOTS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.py'));
    expect(snapshots.sort()).toEqual(written.map((file) => file.path).sort());
  });

  it.each(result.files.filter((file) => file.path.endsWith('.py') && !isRuntime(file.path)).map((f) => [f.path, f]))(
    '%s',
    async (_path, file) => {
      await expect(file.contents).toMatchFileSnapshot(path.join(SNAPSHOTS, file.path));
    },
  );
});

/**
 * The runtime is copied from templates/python/runtime: its own tests cover it. So are the tests of it the package
 * writes (templates/python/project/tests), which run in generated packages (runtime-tests-generated.test.ts).
 */
function isRuntime(file: string): boolean {
  if (RUNTIME_TEST_FILES.includes(file)) return true;
  return /^src\/[^/]+\/_[a-z]/.test(file) && !/\/_(client|version)\.py$/.test(file);
}

/** Parses a nested flow, then sends one (checking the wire keys), with the generated package. */
const CYCLIC_CHECK = `
import json, sys
from datetime import datetime, timezone
from step_runner_sdk import types
from step_runner_sdk._models import construct_type, validate_type
from step_runner_sdk._utils import transform

value = {"id": "f", "step": {"type": "branch", "branches": [{"name": "a", "steps": [
    {"type": "wait", "seconds": 3}, {"type": "branch", "branches": [{"steps": [{"type": "wait", "seconds": 1}]}]}]}]}}
for parse in (construct_type, validate_type):
    flow = parse(value=value, type_=types.Flow)
    inner = flow.step.branches[0].steps
    print(type(flow.step).__name__, [type(step).__name__ for step in inner], type(inner[1].branches[0].steps[0]).__name__)
sent = transform({"step": value["step"], "expires_at": datetime(2030, 1, 2, tzinfo=timezone.utc)}, types.FlowCreateParams)
print(json.dumps(sent, sort_keys=True))
`;

describe('a union whose members contain it, across modules', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-cyclic-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('imports, and parses and sends nested values', async () => {
    generatePython(path.join(import.meta.dirname, 'fixtures', 'cyclic-steps.yaml'), out);
    const result = await runProcess(venvPython(), ['-c', CYCLIC_CHECK], {
      env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      "BranchStep ['WaitStep', 'BranchStep'] WaitStep",
      "BranchStep ['WaitStep', 'BranchStep'] WaitStep",
    ]);
    expect(JSON.parse(lines[2])).toEqual({
      expiresAt: '2030-01-02T00:00:00+00:00',
      step: JSON.parse(JSON.stringify(STEP)),
    });
  }, 120_000);
});

const STEP = {
  type: 'branch',
  branches: [
    {
      name: 'a',
      steps: [
        { type: 'wait', seconds: 3 },
        { type: 'branch', branches: [{ steps: [{ type: 'wait', seconds: 1 }] }] },
      ],
    },
  ],
};

/** Calls a local server that answers every request with its method, raw path and body (a 204 for DELETE). */
const SWITCHES_CHECK = `
import json, threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, HTTPServer
from switches_sdk import Switches

class Echo(BaseHTTPRequestHandler):
    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        if self.command == "DELETE":
            self.send_response(204)
            self.end_headers()
            return
        payload = json.dumps({"id": json.dumps({"method": self.command, "path": self.path, "body": body})}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
    do_GET = do_PUT = do_DELETE = _answer
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Echo)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = Switches(base_url=f"http://127.0.0.1:{server.server_port}", max_retries=0)
listed = client.switches.with_raw_response.list(tags=["a", "b"])
print(listed.http_request.url.query.decode())
print(repr(client.switches.delete("s1")))
print(client.switches.turn("s1", state=True).id)
print(client.switches.turn("s1", from_=datetime(2030, 1, 1, tzinfo=timezone.utc), until="2030-02-01T00:00:00Z").id)
try:
    client.switches.turn("s1")  # type: ignore[call-overload]
except TypeError as error:
    print("TypeError", error)
server.shutdown()
`;

describe('a config with query_settings, a string 204 body and a body of several objects', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-switches-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('sends arrays in brackets, returns the string, and takes either variant', async () => {
    const fixtures = path.join(import.meta.dirname, 'fixtures');
    generatePython(path.join(fixtures, 'switches.yaml'), out, path.join(fixtures, 'switches.stainless.yml'));
    const result = await runProcess(venvPython(), ['-c', SWITCHES_CHECK], {
      env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    const [query, deleted, turnedOn, scheduled, missing] = result.stdout.trim().split('\n');
    expect(query).toBe('tags%5B%5D=a&tags%5B%5D=b');
    expect(deleted).toBe("''");
    expect(JSON.parse(JSON.parse(turnedOn).body ?? '{}')).toEqual({ state: true });
    expect(JSON.parse(JSON.parse(scheduled).body)).toEqual({
      from: '2030-01-01T00:00:00+00:00',
      until: '2030-02-01T00:00:00Z',
    });
    expect(missing).toMatch(/^TypeError .*state.*from_.*until/);
  }, 120_000);
});
