/**
 * A whole request body with no schema (`schema: {}`): the method takes `body: object` and transforms it as its params
 * type (`maybe_transform(body, validator_create_params.ValidatorCreateParams)`), as Stainless prints it, where a typed
 * whole body is transformed as its own annotation. With SDKGEN_PYTHON_TESTS=full the SDK sends both to a local
 * server answering with the body it received, and pyright strict checks the resources.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

const SEND_CHECK = `
import json, threading, datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from untyped_sdk import Untyped

class Echo(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode()
        payload = json.dumps({"received": body}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Echo)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = Untyped(base_url=f"http://127.0.0.1:{server.server_port}", max_retries=0)
print(client.validators.create(body={"name": "x", "n": [1, 2]}).received)
print(client.validators.create(body=[True, None]).received)
when = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc)
print(client.things.create(body=[{"when": when}]).received)
server.shutdown()
`;

describe('a whole request body without a schema', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-untyped-body-'));
  const read = (file: string) => readFileSync(path.join(out, 'src/untyped_sdk', file), 'utf8');
  beforeAll(() => generatePython(path.join(import.meta.dirname, 'fixtures', 'untyped-body.yaml'), out));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is transformed as its params type; a typed one as its annotation', () => {
    const validators = read('resources/validators.py');
    expect(validators).toContain('body=maybe_transform(body, validator_create_params.ValidatorCreateParams),');
    expect(validators).toContain(
      'body=await async_maybe_transform(body, validator_create_params.ValidatorCreateParams),',
    );
    expect(validators).toContain('from ..types import validator_create_params');
    expect(read('resources/things.py')).toContain('body=maybe_transform(body, Iterable[thing_create_params.Body]),');
  });

  it.runIf(PYTHON_FULL)(
    'sends the body as it was given, and type-checks under pyright strict',
    async () => {
      const result = await runProcess(venvPython(), ['-c', SEND_CHECK], {
        env: { ...process.env, PYTHONPATH: path.join(out, 'src'), PYTHONDONTWRITEBYTECODE: '1' },
        timeout: 60_000,
      });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual([
        '{"name":"x","n":[1,2]}',
        '[true,null]',
        '[{"when":"2024-05-06T07:08:09+00:00"}]',
      ]);
      expect(await pyrightErrorsUnderOwnSettings(out, ['src/untyped_sdk/resources'])).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`requests and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
