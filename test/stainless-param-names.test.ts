/**
 * A parameter's own name for the SDK, `x-stainless-param`: a positional path argument is called by it (cased as
 * Stainless cases one), a field of the params by it, and the request still carries the spec's name, as a call to a
 * server on 127.0.0.1 shows. `x-stainless-param-name` is not an extension Stainless reads: with a Stainless config
 * the parameter keeps its own name, as in Stainless's SDKs, with a warning that says which key renames; without one,
 * sdkgen reads it as `x-stainless-param`.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-request-shape.test.ts samples Stainless's request forms and params (docs/contributing.md, "What
// `npm test` samples").
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { importedSdk } from './helpers/imported-sdk';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const ok = {
  '200': {
    description: 'ok',
    content: {
      'application/json': {
        schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      },
    },
  },
};

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/users/{id}': {
      parameters: [
        { name: 'id', 'x-stainless-param': 'userId', in: 'path', required: true, schema: { type: 'string' } },
      ],
      get: {
        operationId: 'getUser',
        parameters: [
          { name: 'page_size', 'x-stainless-param-name': 'limit', in: 'query', schema: { type: 'integer' } },
          { name: 'expand', 'x-stainless-param': 'include', in: 'query', schema: { type: 'string' } },
        ],
        responses: ok,
      },
    },
  },
};

const CONFIG = `organization:
  name: acme
resources:
  users:
    methods:
      retrieve: get /users/{id}
`;

const server = new TestServer();
let root = '';
let dir = '';
let users = '';
let warnings: string[] = [];
// The SDK module exists only at test time: typed loosely here (its types are checked by tsc below).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let Acme: any;

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-param-names');
  const sdk = await importedSdk(root, SPEC, CONFIG);
  dir = sdk.dir;
  users = sdk.files.find((f) => f.path === 'src/resources/users.ts')!.contents;
  warnings = sdk.warnings.map((w) => `${w.code}: ${w.message}`);
  Acme = sdk.index.Acme;
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)("a parameter's name for the SDK", () => {
  it('names the positional argument and the params fields by x-stainless-param, not by x-stainless-param-name', () => {
    expect(warnings).toEqual([
      'stainless-hint-ignored: x-stainless-param-name "limit" on parameter "page_size" is not an extension Stainless reads: as in Stainless\'s SDKs, the parameter keeps its name',
    ]);
    // Cased as Stainless cases a path argument (`user_id` → `userID`).
    expect(users).toMatch(/retrieve\(\s*userID: string,/);
    expect(users).toMatch(
      /export interface UserRetrieveParams \{[^}]*\binclude\?: string;[^}]*\bpage_size\?: number;/s,
    );
    expect(users).not.toMatch(/\blimit\?:|\bexpand\?:/);
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it("sends the spec's names", async () => {
    server.on('GET /users/u1', json(200, { id: 'u1' }));
    const client = new Acme({ baseURL: server.url });
    expect(await client.users.retrieve('u1', { page_size: 5, include: 'roles' })).toEqual({ id: 'u1' });
    const [request] = server.requests;
    expect(request.path).toBe('/users/u1');
    expect(Object.fromEntries(request.query)).toEqual({ page_size: '5', expand: 'roles' });
  });
});

describe.runIf(SLOW_FULL)('x-stainless-param-name without a Stainless config', () => {
  it('names the parameter, as x-stainless-param does', async () => {
    const plain = path.join(root, 'plain');
    mkdirSync(plain);
    const result = await generateFrom(plain, SPEC, null, { funcs: false, referenceDocs: false });
    const all = result.files.map((f) => f.contents).join('\n');
    expect(all).toMatch(/\blimit\?: number;/);
    expect(all).not.toMatch(/\bpage_size\?:/);
    expect(result.diagnostics.warnings.map((w) => w.code)).not.toContain('stainless-hint-ignored');
  });
});

describe.runIf(SLOW_FULL)('a path variable the operation does not declare', () => {
  // a1ndreay/bookingcom-typescript-sdk's spec: `/hotels/{hotelId}/favourite` with no parameters; Stainless made
  // `favourite.add(hotelID: string)` from it.
  const spec = {
    ...SPEC,
    paths: { '/hotels/{hotelId}/favourite': { post: { operationId: 'addFavourite', responses: ok } } },
  };
  const config =
    'organization:\n  name: acme\nresources:\n  favourite:\n    methods:\n      add: post /hotels/{hotelId}/favourite\n';

  it('is, with a Stainless config, a required string argument (with a warning), sent in the path', async () => {
    const out = path.join(root, 'undeclared');
    mkdirSync(out);
    const result = await generateFrom(out, spec, config, { funcs: false, referenceDocs: false });
    expect(result.diagnostics.warnings.map((w) => `${w.code}: ${w.message}`)).toEqual([
      'undeclared-path-parameter: path /hotels/{hotelId}/favourite uses {hotelId} but the operation declares no path parameter "hotelId"; as Stainless does, the method takes it as a required string',
    ]);
    const favourite = result.files.find((f) => f.path === 'src/resources/favourite.ts')!.contents;
    expect(favourite).toMatch(/add\(\s*hotelID: string,/);
    writeFiles(path.join(out, 'sdk'), result.files);
    const { Acme: Client } = await import(/* @vite-ignore */ pathToFileURL(path.join(out, 'sdk/src/index.ts')).href);
    server.on('POST /hotels/h1/favourite', json(200, { id: 'h1' }));
    expect(await new Client({ baseURL: server.url }).favourite.add('h1')).toEqual({ id: 'h1' });
  });

  it('is an error without one', async () => {
    const out = path.join(root, 'undeclared-plain');
    mkdirSync(out);
    const result = await generateFrom(out, spec, null, { funcs: false, referenceDocs: false }).catch((e: unknown) => e);
    expect(String(result)).toMatch(/declares no path parameter "hotelId"/);
  });
});
