/**
 * Date and date-time header params of a method with no params module (headers alone): the signature writes them as a
 * params module would, `Union[str, datetime]` with no `PropertyInfo` (nothing transforms a header), and the runtime
 * sends a `date`/`datetime` given in ISO 8601, not as `str()` writes it (a space before the time). The SDK calls a
 * local server answering with the headers it received (with SDKGEN_PYTHON_TESTS=full, with pyright strict on the
 * resource).
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

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'date-headers.yaml');

const ECHO_CHECK = `
import json, threading
from datetime import date, datetime, timezone
from http.server import BaseHTTPRequestHandler, HTTPServer
from dated_sdk import Dated

class Echo(BaseHTTPRequestHandler):
    def do_GET(self):
        payload = json.dumps({k.lower(): v for k, v in self.headers.items() if k.lower() in ("x-sent-at", "x-day")}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Echo)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = Dated(base_url=f"http://127.0.0.1:{server.server_port}", max_retries=0)
sent_at = datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=timezone.utc)
print(json.dumps(client.echo.retrieve(x_sent_at=sent_at, x_day=date(2019, 12, 27)), sort_keys=True))
print(json.dumps(client.echo.retrieve(x_sent_at="2019-12-27T18:11:19Z"), sort_keys=True))
server.shutdown()
`;

describe('date and date-time header params', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-date-headers-'));
  beforeAll(() => generatePython(FIXTURE, out));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('the signature takes a string or a date, with no PropertyInfo', () => {
    const resource = readFileSync(path.join(out, 'src/dated_sdk/resources/echo.py'), 'utf8');
    expect(resource).toContain('x_sent_at: Union[str, datetime] | Omit = omit,');
    expect(resource).toContain('x_day: Union[str, date] | Omit = omit,');
    expect(resource).not.toMatch(/\bAnnotated\b|\bPropertyInfo\b/);
  });

  it.runIf(PYTHON_FULL)(
    'sends a date and a date-time in ISO 8601, a string as given; pyright strict is clean',
    async () => {
      const result = await runProcess(venvPython(), ['-c', ECHO_CHECK], {
        env: { ...process.env, PYTHONPATH: path.join(out, 'src'), PYTHONDONTWRITEBYTECODE: '1' },
        timeout: 60_000,
      });
      expect(result.stderr).toBe('');
      expect(
        result.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as unknown),
      ).toEqual([
        { 'x-sent-at': '2019-12-27T18:11:19.117000+00:00', 'x-day': '2019-12-27' },
        { 'x-sent-at': '2019-12-27T18:11:19Z' },
      ]);
      expect(await pyrightErrorsUnderOwnSettings(out, ['src/dated_sdk/resources'])).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`requests and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
