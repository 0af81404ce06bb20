/**
 * Values of the generated tests that a server parses, where a field's name is no value: a header param naming a
 * media type (`Accept`, `Content-Type`) is its schema's example or default when a media type, else one any server
 * takes (Prism throws on `Accept: Accept` and exits, failing every later request: SendGrid's and GitHub's specs);
 * an `ipv4`, `ipv6` or `hostname` string is a documentation address (Prism validates the format: Mist's `via`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Media Desk, version: '1' }
paths:
  /bounces:
    get:
      operationId: listBounces
      parameters:
        - { name: Accept, in: header, required: true, schema: { type: string, default: application/json } }
        - { name: X-Trace, in: header, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
  /reports:
    get:
      operationId: listReports
      parameters:
        - { name: accept, in: header, schema: { type: string, default: not a media type } }
        - { name: host, in: query, schema: { type: string, format: hostname } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
  /routes:
    post:
      operationId: createRoute
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [via, via6]
              properties:
                via: { type: string, format: ipv4 }
                via6: { type: string, format: ipv6 }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

describe('example values a server parses, in the generated tests', () => {
  const { out } = pythonSdk('py-media-headers', { spec: { name: 'media.yaml', text: SPEC } });
  const tests: Record<string, string> = {};
  beforeAll(() => {
    for (const name of ['bounces', 'reports', 'routes'])
      tests[name] = readFileSync(path.join(out, `tests/api_resources/test_${name}.py`), 'utf8');
  });

  it("writes an Accept header as its schema's default media type, not its name", () => {
    expect(tests.bounces).toMatch(/^ {12}accept="application\/json",$/m);
    expect(tests.bounces).not.toMatch(/accept="Accept"/);
  });

  it('keeps the name as the value of other headers', () => {
    expect(tests.bounces).toMatch(/^ {12}x_trace="X-Trace",$/m);
  });

  it('writes */* when the default is no media type', () => {
    expect(tests.reports).toMatch(/^ {12}accept="\*\/\*",$/m);
  });

  it('writes an IP address or host name as one (Prism validates the format), a documentation address', () => {
    expect(tests.routes).toMatch(/^ {12}via="192\.0\.2\.1",$/m);
    expect(tests.routes).toMatch(/^ {12}via6="2001:db8::1",$/m);
    expect(tests.reports).toMatch(/^ {12}host="example\.com",$/m);
  });
});
