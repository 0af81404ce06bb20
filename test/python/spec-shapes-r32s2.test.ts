/**
 * The spec forms session 32's h-shapes read into the IR, now sent by the generated methods, in both targets, to a
 * server of 127.0.0.1 that records each request (Prism routes neither QUERY nor COPY):
 *
 * - a method of OpenAPI 3.2's `additionalOperations` (COPY) in Python: the resource's `_send("copy", …)`, since the
 *   client has no verb of that name; its generated binary-response tests mock it with `respx_mock.route(method=…)`,
 *   respx having no `copy` (nor `query`) of its own;
 * - a form body (`application/x-www-form-urlencoded`) whose `encoding` gives fields styles of their own (`ids=1,2`,
 *   `filter[a]=x`, `pipe=p|q`) and `allowReserved` (`raw=a/b?c`): the methods pass them to the runtimes' writers
 *   (`styledFormBody`, `styled_form`), so both targets send the same text; a form without `encoding` is unchanged.
 *
 * The Python half (SDKGEN_PYTHON_TESTS=full) also type-checks the SDK under pyright strict and mypy; the file is in
 * test/python so that `npm run test:python` runs it (the TypeScript half runs in `npm test` too).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FULL_ONLY_NOTICE,
  PYTHON_FULL,
  pyrightErrorsUnderOwnSettings,
  runMypy,
  runProcess,
  venvPython,
} from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';
import { runTsc } from '../helpers/run-tsc';
import { generateFrom, tempDir, writeFiles } from '../helpers/sdk';
import { TestServer, type Handler, type Recorded } from '../runtime/helpers/server';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const binary = {
  '200': {
    description: 'an archive',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  },
};
const jsonBody = (properties: object) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', properties } } },
});
const strings = { type: 'array', items: { type: 'string' } };
const formFields = {
  tags: strings,
  ids: { type: 'array', items: { type: 'integer' } },
  filter: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'integer' } } },
  pipe: strings,
  raw: { type: 'string' },
  enc: { type: 'string' },
};
const form = (encoding?: object) => ({
  required: true,
  content: {
    'application/x-www-form-urlencoded': {
      schema: { type: 'object', properties: formFields },
      ...(encoding ? { encoding } : {}),
    },
  },
});

/** OpenAPI 3.2: QUERY, COPY (JSON and binary answers), and two forms, one with field encodings. */
const SPEC = {
  openapi: '3.2.0',
  info: { title: 'Kb', version: '1' },
  servers: [{ url: 'https://kb.test' }],
  paths: {
    '/models': {
      query: { summary: 'Search models', requestBody: jsonBody({ q: { type: 'string' } }), responses: ok },
      additionalOperations: { COPY: { requestBody: jsonBody({ to: { type: 'string' } }), responses: ok } },
    },
    '/archives/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      additionalOperations: { COPY: { responses: binary } },
    },
    '/styled': {
      post: {
        operationId: 'postStyled',
        requestBody: form({
          ids: { style: 'form', explode: false },
          filter: { style: 'deepObject', explode: true },
          pipe: { style: 'pipeDelimited', explode: false },
          raw: { allowReserved: true },
        }),
        responses: ok,
      },
    },
    '/plain': { post: { operationId: 'postPlain', requestBody: form(), responses: ok } },
  },
};

const FORM = { tags: ['a', 'b'], ids: [1, 2], filter: { a: 'x y', b: 1 }, pipe: ['p', 'q'], raw: 'a/b?c', enc: 'a/b' };
const SENT = [
  ['QUERY', '/models', '{"q":"llama"}'],
  ['COPY', '/models', '{"to":"b"}'],
  ['COPY', '/archives/a1', ''],
  ['POST', '/styled', 'tags=a&tags=b&ids=1,2&filter%5Ba%5D=x%20y&filter%5Bb%5D=1&pipe=p%7Cq&raw=a/b?c&enc=a%2Fb'],
  // No `encoding`: the default form (each field exploded, reserved characters encoded), as before.
  ['POST', '/plain', 'tags=a&tags=b&ids=1&ids=2&a=x%20y&b=1&pipe=p&pipe=q&raw=a%2Fb%3Fc&enc=a%2Fb'],
];

const seen = (request: Recorded) => [request.method, request.path, request.body.toString('utf8')];
const answer: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{}');
};

describe('3.2 methods and form encodings sent by the generated methods, against 127.0.0.1', () => {
  const server = new TestServer();
  let root = '';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Kb: new (options: object) => any;

  beforeAll(async () => {
    await server.start();
    server.otherwise(answer);
    root = tempDir('spec-shapes-r32s2');
    writeFiles(path.join(root, 'sdk'), (await generateFrom(root, SPEC, null)).files);
    const entry = pathToFileURL(path.join(root, 'sdk', 'src', 'index.ts')).href;
    Kb = ((await import(entry)) as { Kb: typeof Kb }).Kb;
  });
  afterAll(async () => {
    await server.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('TypeScript: QUERY, COPY, and each form in its fields’ styles', async () => {
    server.requests.length = 0;
    const client = new Kb({ baseURL: server.url });
    await client.models.search({ q: 'llama' });
    await client.models.copy({ to: 'b' });
    await client.archives.copy('a1');
    await client.styled.create(FORM);
    await client.plain.create(FORM);
    expect(server.received().map(seen)).toEqual(SENT);
  });

  // (With the Python half, which `npm run test:python` runs: a tsc of the SDK, ~7 s, is too slow for `npm test`.)
  it.skipIf(!PYTHON_FULL)('TypeScript: the methods pass tsc --strict', () => {
    const only = ['models', 'archives', 'styled'].map((name) =>
      path.join(root, 'sdk', 'src', 'resources', `${name}.ts`),
    );
    expect(runTsc(path.join(root, 'sdk', 'tsconfig.json'), { only, noEmit: true }).output).toBe('');
  });

  // (The Python half with SDKGEN_PYTHON_TESTS=full: a Python SDK and its checks are too slow for `npm test`.)
  const py = PYTHON_FULL
    ? pythonSdk('spec-shapes-32s2', { spec: { name: 'openapi.json', text: JSON.stringify(SPEC) } })
    : null;

  it.skipIf(!PYTHON_FULL)('Python: the same requests, from the sync and the async client', async () => {
    server.requests.length = 0;
    const run = await py!.run(`
import asyncio, json
from kb_sdk import Client, AsyncClient

url = ${JSON.stringify(server.url)}
form = json.loads(${JSON.stringify(JSON.stringify(FORM))})

def calls(client):
    return [
        lambda: client.models.search(q="llama"),
        lambda: client.models.copy(to="b"),
        lambda: client.archives.copy("a1"),
        lambda: client.styled.create(**form),
        lambda: client.plain.create(**form),
    ]

for call in calls(Client(base_url=url)):
    call()

async def main() -> None:
    for call in calls(AsyncClient(base_url=url)):
        await call()

asyncio.run(main())
`);
    expect(run.stderr).toBe('');
    // (Python's default form writes a space `+`, as httpx does; a form reader takes either.)
    const sent = SENT.map(([m, route, body]) => [m, route, route === '/plain' ? body!.replace('%20', '+') : body]);
    expect(server.received().map(seen)).toEqual([...sent, ...sent]);
  });

  it.skipIf(!PYTHON_FULL)(
    'Python: the SDK and its tests pass pyright strict and mypy; the binary COPY tests run under pytest, skipped',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(py!.out, ['src', 'tests'])).toEqual([]);
      const mypy = await runMypy(py!.out, ['--cache-dir', path.join(py!.dir, 'mypy-cache'), 'src/kb_sdk', 'tests'], {
        timeout: 600_000,
      });
      expect(mypy.errors).toEqual([]);
      // (Its respx-mocked tests, sync and async over httpx; the venv has no aiohttp. Every test of a COPY method is
      // written skipped, as Prism, which the generated tests run against, routes no COPY: prism-unrouted-methods-r33f.)
      const pytest = await runProcess(
        venvPython(),
        ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests/api_resources/test_archives.py', '-k', 'not aiohttp'],
        { cwd: py!.out, env: { ...process.env, PYTHONPATH: 'src' }, timeout: 300_000 },
      );
      expect(pytest.stdout).toMatch(/\b\d+ skipped/);
      expect(pytest.stdout).not.toMatch(/failed|error/);
    },
    900_000,
  );
  if (!PYTHON_FULL) it.skip(`the Python half: ${FULL_ONLY_NOTICE}`, () => {});
});
