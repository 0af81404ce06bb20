/**
 * A query parameter named `expand[]` holding an array — a nullable one too (`type: [array, "null"]`) — is the field
 * `expand` in an SDK from a Stainless config, as in Stainless's SDKs (cartesia's `VoiceListParams.expand?:
 * Array<…> | null`), and is still sent `expand[]=a&expand[]=b` (the brackets array format). A spec with both `a` and
 * `a[]` keeps them apart (`a`, and `'a[]'` under its whole name). TypeScript and Python, each call received by a
 * server on 127.0.0.1. The rule: generator/ir/param-wire-names.ts.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-request-shape.test.ts samples Stainless's request forms and params (docs/contributing.md, "What
// `npm test` samples").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bracketedArrayField } from '../generator/ir/param-wire-names';
import type { TypeRef } from '../generator/ir/type-expr';
import { LOCAL_SERVER, pythonSdk } from './helpers/python-sdk';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const expand = { type: 'array', items: { type: 'string', enum: ['preview_file_url', 'tags'] } };
const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/voices': {
      get: {
        operationId: 'listVoices',
        parameters: [
          { name: 'expand[]', in: 'query', schema: { anyOf: [expand, { type: 'null' }] } },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
        ],
        responses: ok,
      },
    },
    '/things': {
      get: {
        operationId: 'listThings',
        parameters: [
          { name: 'ids', in: 'query', schema: { type: 'string' } },
          { name: 'ids[]', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
        ],
        responses: ok,
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
  python:
    package_name: acme
resources:
  voices:
    methods:
      list: get /voices
  things:
    methods:
      list: get /things
query_settings:
  array_format: brackets
`;

describe.runIf(SLOW_FULL)('the rule', () => {
  it('takes the brackets off an array or nullable array, nothing else', () => {
    const array: TypeRef = { kind: 'array', items: { kind: 'string', format: null } };
    const union = (...variants: TypeRef[]): TypeRef => ({ kind: 'union', variants, discriminator: null });
    expect(bracketedArrayField('expand[]', array)).toBe('expand');
    expect(bracketedArrayField('expand[]', union(array, { kind: 'null' }))).toBe('expand');
    expect(bracketedArrayField('expand[]', { kind: 'string', format: null })).toBeNull();
    expect(bracketedArrayField('expand[]', union(array, { kind: 'boolean' }))).toBeNull();
    expect(bracketedArrayField('filter[status]', array)).toBeNull();
    expect(bracketedArrayField('expand', array)).toBeNull();
  });
});

describe.runIf(SLOW_FULL)('TypeScript', () => {
  const server = new TestServer();
  let root = '';
  let dir = '';
  let voices = '';
  let things = '';

  beforeAll(async () => {
    await server.start();
    root = tempDir('stainless-bracket-param-names');
    const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
    dir = path.join(root, 'sdk');
    writeFiles(dir, result.files);
    const read = (file: string) => result.files.find((f) => f.path === file)?.contents.replace(/\s+/g, ' ') ?? '';
    voices = read('src/resources/voices.ts');
    things = read('src/resources/things.ts');
  });

  afterAll(async () => {
    await server.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('keys the field without its brackets; a spec with `ids` and `ids[]` keeps both', () => {
    expect(voices).toMatch(/ expand\?: Array<'preview_file_url' \| 'tags'> \| null;/);
    expect(voices).not.toContain("'expand[]'");
    expect(things).toMatch(/ ids\?: string;/);
    expect(things).toMatch(/ 'ids\[\]'\?: Array<string>;/);
  });

  it('sends it with the brackets', async () => {
    server.on('GET /voices', json(200, {}));
    server.on('GET /things', json(200, {}));
    const { Acme } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    const client = new Acme({ baseURL: server.url, maxRetries: 0 });
    await client.voices.list({ expand: ['preview_file_url', 'tags'], limit: 2 });
    await client.things.list({ ids: 'x', 'ids[]': ['a', 'b'] });
    const [voice] = server.received('GET /voices');
    expect(voice!.query.getAll('expand[]')).toEqual(['preview_file_url', 'tags']);
    expect(voice!.query.has('expand')).toBe(false);
    expect(voice!.query.get('limit')).toBe('2');
    const [thing] = server.received('GET /things');
    expect(thing!.query.get('ids')).toBe('x');
    expect(thing!.query.getAll('ids[]')).toEqual(['a', 'b']);
  });
});

describe.runIf(SLOW_FULL)('Python', () => {
  const py = pythonSdk('stainless-bracket-param-names-py', {
    spec: { name: 'openapi.json', text: JSON.stringify(SPEC) },
    config: { name: 'stainless.yml', text: CONFIG },
  });

  it('keys it `expand` and sends `expand[]=…`', async () => {
    const program = `${LOCAL_SERVER}
from acme import Acme

url, received = serve_recording(lambda request: request.path)
client = Acme(base_url=url)
client.voices.list(expand=["preview_file_url", "tags"], limit=2)
print(json.dumps(received))
`;
    const result = await py.run(program);
    expect(result.stderr).toBe('');
    const [sent] = JSON.parse(result.stdout) as string[];
    const query = new URL(sent!, 'http://x').searchParams;
    expect(query.getAll('expand[]')).toEqual(['preview_file_url', 'tags']);
    expect(query.get('limit')).toBe('2');
  });
});
