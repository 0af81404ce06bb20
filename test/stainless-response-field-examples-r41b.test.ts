/**
 * Which resources Stainless's TypeScript SDKs show the calls of (`@example`, emit/request-examples.ts): an example on a
 * field of an object response does not count (tolstoy-ts's `status` and `auth` of 2025-08-08, getformo-node's
 * `webhooks` of 2025-12-23: no `@example`), one on the items of an array response does (phoebe-node's `ref`
 * resources of 2025-11-25).
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';

const json = (schema: object) => ({ '200': { description: 'ok', content: { 'application/json': { schema } } } });
const fields = {
  type: 'object',
  properties: { status: { type: 'string', example: 'ok' }, uptime: { type: 'number', example: 12.5 } },
};

const SPEC = {
  openapi: '3.0.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/status': { get: { operationId: 'status', responses: json(fields) } },
    '/auth': { get: { operationId: 'auth', responses: json({ $ref: '#/components/schemas/Session' }) } },
    '/hotspots': { get: { operationId: 'hotspots', responses: json({ type: 'array', items: fields }) } },
  },
  components: { schemas: { Session: fields } },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  status:
    methods:
      retrieve: get /status
  auth:
    methods:
      retrieve: get /auth
  hotspots:
    methods:
      list:
        paginated: false
        endpoint: get /hotspots
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe("Stainless's @example by the examples of a response", () => {
  it("counts an array response's items, not an object response's fields", async () => {
    const root = tempDir('stainless-response-field-examples');
    roots.push(root);
    const result = await generateFrom(root, SPEC, CONFIG, { referenceDocs: false, stainlessEra: '2025-08-08' });
    const file = (name: string) => result.files.find((f) => f.path === name)?.contents ?? '';
    expect(file('src/resources/status.ts')).toContain('retrieve(options?: RequestOptions)');
    expect(file('src/resources/status.ts')).not.toContain('@example');
    expect(file('src/resources/auth.ts')).not.toContain('@example');
    expect(file('src/resources/hotspots.ts')).toContain('@example');
  }, 60_000);
});
