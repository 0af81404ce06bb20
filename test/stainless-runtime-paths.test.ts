/**
 * The module paths of an SDK made from a Stainless config are Stainless's: a path Stainless wrote only for an SDK
 * that needed it (`src/streaming.ts` and `src/core/streaming.ts` with streaming, `src/pagination.ts` with pages) is
 * left free otherwise, for a module of the owners' there; and the paths of Stainless's runtime that hand-written code
 * imports (`internal/utils/uuid`, `internal/utils/base64`, …) are answered by sdkgen's modules, with Stainless's names.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';
import { typeCheckStrict } from './helpers/generated-tests';
import { ROOT } from './helpers/paths';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, parseMultipart, TestServer } from './runtime/helpers/server';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/widgets/{id}': {
      get: {
        operationId: 'getWidget',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
          },
        },
      },
    },
    '/events': {
      get: {
        operationId: 'streamEvents',
        responses: { '200': { description: 'ok', content: { 'text/event-stream': { schema: { type: 'string' } } } } },
      },
    },
  },
};

const config = (resources: string) => `organization:
  name: acme
targets:
  typescript:
    package_name: acme
resources:
${resources}`;

const WIDGETS = `  widgets:
    methods:
      retrieve: get /widgets/{id}
`;
const EVENTS = `  events:
    methods:
      stream:
        endpoint: get /events
        streaming: { param_discriminator: null }
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** The generations of this file, by config: each made once, and each test given a copy of its files to change. */
const generations = new Map<string | null, Promise<Map<string, string>>>();

async function files(configText: string | null): Promise<Map<string, string>> {
  let made = generations.get(configText);
  if (!made) {
    const root = tempDir('stainless-runtime-paths');
    roots.push(root);
    made = generateFrom(root, SPEC, configText, { funcs: false, referenceDocs: false }).then(
      ({ files: generated }) => new Map(generated.map((f) => [f.path, f.contents])),
    );
    generations.set(configText, made);
  }
  return new Map(await made);
}

function strictErrors(out: Map<string, string>): { status: number | null; output: string } {
  const root = tempDir('stainless-runtime-paths-tsc');
  roots.push(root);
  writeFiles(
    root,
    [...out].map(([file, contents]) => ({ path: file, contents })),
  );
  return typeCheckStrict(root, ['src/**/*.ts']);
}

/** The relative specifiers of a module's imports and re-exports. */
const specifiers = (text: string) => [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => m[1]);

describe("Stainless's module paths", () => {
  it('are left free where the SDK does not need them: no streaming module without a method that streams', async () => {
    const out = await files(config(WIDGETS));
    for (const free of ['src/streaming.ts', 'src/core/streaming.ts', 'src/pagination.ts'])
      expect(out.has(free), free).toBe(false);
    // Nothing the SDK writes imports them.
    for (const [file, text] of out)
      if (file.endsWith('.ts'))
        for (const spec of specifiers(text)) {
          const target = path.posix.join(path.posix.dirname(file), spec.replace(/\.js$/, '.ts'));
          expect(`${file}: ${spec}`).not.toMatch(/\bstreaming\b/);
          expect(['src/streaming.ts', 'src/pagination.ts'], `${file}: ${spec}`).not.toContain(target);
        }
    // The owners' own module at that path compiles beside the SDK, which never imports it.
    out.set('src/streaming.ts', 'export class Socket {\n  constructor(readonly url: string) {}\n}\n');
    out.set(
      'src/lib/live.ts',
      "import { Socket } from '../streaming.js';\nimport Acme from '../index.js';\n" +
        "export const live = (client: Acme) => new Socket(client.baseURL.replace('https:', 'wss:'));\n",
    );
    const { status, output } = strictErrors(out);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('are written where the SDK needs them: with a method that streams, as Stainless wrote them', async () => {
    const out = await files(config(WIDGETS + EVENTS));
    expect(out.get('src/streaming.ts')).toContain("export * from './core/streaming.js';");
    expect(out.has('src/core/streaming.ts')).toBe(true);
    expect(out.get('src/index.ts')).toContain("export { Stream, type ServerSentEvent } from './core/streaming.js';");
  });

  it("are sdkgen's own without a Stainless config: core/streaming and Stream are there whatever the methods", async () => {
    const out = await files(null);
    expect(out.has('src/core/streaming.ts')).toBe(true);
    expect(out.has('src/streaming.ts')).toBe(false);
    expect(out.has('src/internal/utils/uuid.ts')).toBe(false);
  });

  it("of Stainless's runtime answer code that imports them, with Stainless's names and behaviour", async () => {
    const out = await files(config(WIDGETS));
    expect(out.get('src/internal/utils/uuid.ts')).toContain("export { uuid4 } from '../utils.js';");
    expect(out.get('src/internal/utils/base64.ts')).toContain(
      "export { toBase64, fromBase64 } from '../stainless-utils.js';",
    );
    // Hand-written code as Stainless's SDKs' owners wrote it, importing each module by its path.
    out.set(
      'src/lib/helpers.ts',
      [
        "import { uuid4 } from '../internal/utils/uuid.js';",
        "import { toBase64, fromBase64 } from '../internal/utils/base64.js';",
        "import { concatBytes, encodeUTF8, decodeUTF8 } from '../internal/utils/bytes.js';",
        "import { isObj, hasOwn, safeJSON, coerceInteger, isEmptyObj } from '../internal/utils/values.js';",
        "import { readEnv } from '../internal/utils/env.js';",
        "import { sleep } from '../internal/utils/sleep.js';",
        "import { loggerFor, parseLogLevel, type Logger, type LogLevel } from '../internal/utils/log.js';",
        "import { path, encodeURIPath, createPathTagFunction } from '../internal/utils/path.js';",
        "import { castToError, isAbortError } from '../internal/errors.js';",
        "import { isRunningInBrowser } from '../internal/detect-platform.js';",
        "import type { PromiseOrValue, HTTPMethod, KeysEnum } from '../internal/types.js';",
        "import type { Fetch } from '../internal/builtin-types.js';",
        "import { toFile, type ToFileInput } from '../internal/to-file.js';",
        "import { isAsyncIterable, type Uploadable } from '../internal/uploads.js';",
        "import { stringify, formats, type StringifyOptions } from '../internal/qs/index.js';",
        "import * as qs from '../internal/qs/stringify.js';",
        "import { RFC1738, formatters } from '../internal/qs/formats.js';",
        "import type { Format } from '../internal/qs/types.js';",
        "import { encode } from '../internal/qs/utils.js';",
        "import { stringifyQuery } from '../internal/utils/query.js';",
        "import type { EncodedContent, RequestEncoder } from '../internal/request-options.js';",
        "import { buildHeaders } from '../internal/headers.js';",
        "import type { Acme } from '../client.js';",
        '',
        'export const method: HTTPMethod = "get";',
        'export const keys: KeysEnum<{ a?: number }> = { a: true };',
        'export const fetcher: Fetch | undefined = undefined;',
        'export const logger: Logger | undefined = undefined;',
        'export const level: LogLevel | undefined = undefined;',
        'export const later: PromiseOrValue<number> = Promise.resolve(1);',
        "export const options: StringifyOptions = { arrayFormat: 'indices', encodeValuesOnly: true };",
        'export const format: Format = RFC1738;',
        "export const encoder: RequestEncoder = ({ body }) => ({ bodyHeaders: { 'content-encoding': 'identity' }, body: JSON.stringify(body) });",
        'export const encoded: EncodedContent = encoder({ headers: buildHeaders([{ a: "1" }]), body: { a: 1 } });',
        'export async function all(client: Acme, input: ToFileInput, upload: Uploadable): Promise<string[]> {',
        '  await sleep(0);',
        '  const file = await toFile(input, "a.txt");',
        '  const bytes = concatBytes([encodeUTF8("a"), fromBase64(toBase64("b"))]);',
        '  const value = safeJSON(\'{"n":"2"}\');',
        '  const n = isObj(value) && hasOwn(value, "n") ? coerceInteger(value.n) : 0;',
        '  loggerFor(client).debug("all", parseLogLevel(readEnv("ACME_LOG"), "ACME_LOG", client));',
        '  const encoded = createPathTagFunction(encodeURIPath)`/a/${"b c"}`;',
        '  return [',
        '    uuid4(), decodeUTF8(bytes), String(n), String(isEmptyObj({})), file.name, path`/x/${"y"}`, encoded,',
        '    castToError("e").message, String(isAbortError(castToError("x"))), String(isRunningInBrowser()),',
        '    String(isAsyncIterable(upload)),',
        '    stringify({ a: [1] }, options), qs.stringify({ b: 2 }, { format }), formatters[formats.default]("x"),',
        '    encode("a b"), stringifyQuery({ c: [3] }),',
        '  ];',
        '}',
        '',
      ].join('\n'),
    );
    const { status, output } = strictErrors(out);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it("of Stainless's runtime do what Stainless's did", async () => {
    const out = await files(config(WIDGETS));
    const root = tempDir('stainless-runtime-paths-run');
    roots.push(root);
    writeFiles(
      root,
      [...out].map(([file, contents]) => ({ path: file, contents })),
    );
    const load = (module: string) => import(pathToFileURL(path.join(root, `src/${module}.ts`)).href);
    expect((await load('internal/utils/uuid')).uuid4()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
    const base64 = await load('internal/utils/base64');
    expect(base64.toBase64('héllo')).toBe(Buffer.from('héllo').toString('base64'));
    expect([...base64.fromBase64(Buffer.from([1, 2, 250]).toString('base64'))]).toEqual([1, 2, 250]);
    const bytes = await load('internal/utils/bytes');
    expect(bytes.decodeUTF8(bytes.concatBytes([bytes.encodeUTF8('hé'), new Uint8Array([0x6c])]))).toBe('hél');
    const paths = await load('internal/utils/path');
    expect(paths.encodeURIPath('a b/c:d@e')).toBe('a%20b%2Fc:d@e');
    expect(paths.createPathTagFunction()`/x/${'a b'}/${'c:d'}`).toBe('/x/a%20b/c:d');
    expect(() => paths.createPathTagFunction()`/x/${'..'}`).toThrow(/Invalid path parameter/);
    expect(paths.path`/x/${'a/b'}`).toBe('/x/a%2Fb');
    const log = await load('internal/utils/log');
    const warned: unknown[] = [];
    const logger = { error() {}, warn: (m: unknown) => warned.push(m), info() {}, debug() {} };
    expect(log.parseLogLevel('debug', 'ACME_LOG', { logger, logLevel: 'warn' })).toBe('debug');
    expect(log.parseLogLevel(undefined, 'ACME_LOG', { logger, logLevel: 'warn' })).toBeUndefined();
    expect(log.parseLogLevel('loud', 'ACME_LOG', { logger, logLevel: 'warn' })).toBeUndefined();
    expect(warned).toEqual([`ACME_LOG was set to "loud", expected one of ["off","error","warn","info","debug"]`]);
    const errors = await load('internal/errors');
    const aborted = new AbortController();
    aborted.abort();
    expect(errors.isAbortError(aborted.signal.reason)).toBe(true);
    expect(errors.isAbortError(new Error('x'))).toBe(false);
    expect(errors.castToError('x')).toBeInstanceOf(Error);
    expect((await load('internal/utils/sleep')).sleep).toBe((await load('internal/utils')).sleep);
    expect((await load('internal/to-file')).toFile).toBe((await load('core/uploads')).toFile);
    expect((await load('internal/utils/values')).isObj([])).toBe(false);
    expect((await load('internal/utils/env')).readEnv('PATH')).toBe(process.env.PATH);
    // Stainless's query-string serialiser, as the `qs` package's stringify (test/unit/stainless-qs.test.ts has more).
    const qs = await load('internal/qs/index');
    const objects = { objects: [{ id: 1, collection: 'teams' }] };
    expect(qs.stringify(objects, { arrayFormat: 'indices', encodeValuesOnly: true })).toBe(
      'objects[0][id]=1&objects[0][collection]=teams',
    );
    expect((await load('internal/qs/stringify')).stringify).toBe(qs.stringify);
    expect((await load('internal/qs/formats')).formatters.RFC1738('a%20b')).toBe('a+b');
    expect((await load('internal/qs/utils')).encode("a'b")).toBe('a%27b');
    expect((await load('internal/utils/query')).stringifyQuery({ tags: ['a', 'b'], n: null })).toBe(
      'tags%5B%5D=a&tags%5B%5D=b&n=',
    );
  });

  it("of Stainless's uploads send a body with a file as multipart through the client's verb methods", async () => {
    // inboundemail/inbound-typescript-sdk's owners patched `send` to pass its options through
    // `maybeMultipartFormRequestOptions` from `../internal/uploads`, as Stainless's upload methods do.
    const out = await files(config(WIDGETS));
    out.set(
      'src/lib/upload.ts',
      "import { Acme } from '../client.js';\n" +
        "import { maybeMultipartFormRequestOptions, multipartFormRequestOptions } from '../internal/uploads.js';\n" +
        'export const upload = (client: Acme, body: Record<string, unknown>, always = false) =>\n' +
        "  client.post<{ ok: boolean }>('/files', (always ? multipartFormRequestOptions : maybeMultipartFormRequestOptions)({ body }, client));\n",
    );
    const root = tempDir('stainless-runtime-paths-uploads');
    roots.push(root);
    writeFiles(
      root,
      [...out].map(([file, contents]) => ({ path: file, contents })),
    );
    const { status, output } = typeCheckStrict(root, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
    const server = new TestServer();
    await server.start();
    try {
      server.on('POST /files', json(200, { ok: true }));
      const { Acme } = await import(pathToFileURL(path.join(root, 'src/index.ts')).href);
      const { upload } = await import(pathToFileURL(path.join(root, 'src/lib/upload.ts')).href);
      const client = new Acme({ baseURL: server.url, apiKey: 'k' });
      expect(await upload(client, { name: 'a', meta: { tags: ['x'] }, file: new Blob(['hi']) })).toEqual({ ok: true });
      expect(await upload(client, { name: 'a' })).toEqual({ ok: true });
      expect(await upload(client, { name: 'a' }, true)).toEqual({ ok: true });
      const [withFile, withoutFile, always] = server.requests;
      const parts = parseMultipart(withFile.body, String(withFile.headers['content-type']));
      expect(parts.map((p) => [p.name, p.filename, p.text])).toEqual([
        ['name', null, 'a'],
        ['meta[tags][]', null, 'x'],
        ['file', 'file', 'hi'],
      ]);
      expect(withoutFile.headers['content-type']).toBe('application/json');
      expect(JSON.parse(withoutFile.body.toString())).toEqual({ name: 'a' });
      expect(String(always.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
    } finally {
      await server.stop();
    }
  });

  it("let sdkgen migrate replace Stainless's modules the owners' code imports, and keep the owners' own module", async () => {
    const out = await files(config(WIDGETS));
    const stainless = (text: string) => `// File generated from our OpenAPI spec by Stainless.\n\n${text}`;
    const stainlessFiles: Array<[string, string]> = [
      ['src/internal/utils/uuid.ts', stainless('export let uuid4 = () => crypto.randomUUID();\n')],
      ['src/internal/utils/base64.ts', stainless('export const toBase64 = (s: string) => btoa(s);\n')],
      ['src/internal/qs/stringify.ts', stainless('export function stringify(q: object) {\n  return "";\n}\n')],
      ['src/internal/qs/index.ts', stainless("export { stringify } from './stringify';\n")],
      ['src/internal/qs/utils.ts', stainless('export const encode = (s: string) => s;\n')],
    ];
    const owners: Array<[string, string]> = [
      // A hand-written WebSocket client at a path Stainless left free in an SDK that does not stream.
      ['src/streaming.ts', 'export class Socket {\n  constructor(readonly url: string) {}\n}\n'],
      [
        'src/lib/sign.ts',
        "import { uuid4 } from '../internal/utils/uuid';\nimport { toBase64 } from '../internal/utils/base64';\n" +
          "import * as qs from '../internal/qs/stringify';\nimport { Socket } from '../streaming';\n" +
          'export const signed = () => [toBase64(uuid4()), qs.stringify({ a: ["b"] }), new Socket("wss://x")];\n',
      ],
    ];
    const plan = planMigration({
      current: [...stainlessFiles, ...owners].map(([path, text]) => ({ path, text, blob: `blob-${path}` })),
      base: {
        blobs: new Map(stainlessFiles.map(([path]) => [path, `blob-${path}`])),
        texts: new Map(stainlessFiles),
      },
      rendered: [...out].map(([path, contents]) => ({ path, contents })),
    });
    // Stainless's modules, its query-string serialiser's too, are sdkgen's now: none stays for the owners' imports.
    expect(plan.keptImported).toEqual([]);
    for (const path of stainlessFiles.map(([path]) => path))
      expect(plan.writes.find((f) => f.path === path)?.contents, path).toBe(out.get(path));
    expect(plan.kept.sort()).toEqual(['src/lib/sign.ts', 'src/streaming.ts']);
    expect(plan.writes.map((f) => f.path)).not.toContain('src/streaming.ts');
    expect(plan.needsHand).toEqual([]);
  });

  it("let sdkgen migrate keep the owners' serialiser at Stainless's query path and their tests of its qs", async () => {
    const out = await files(config(WIDGETS));
    const banner = '// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
    const stainlessQuery =
      "import * as qs from '../qs/stringify';\n\nexport function stringifyQuery(query: object | Record<string, unknown>) {\n" +
      "  return qs.stringify(query, { arrayFormat: 'brackets' });\n}\n";
    // As knock-node's owners did: Stainless's query module re-exports their serialiser, which calls Stainless's qs.
    const ownersQuery =
      '// NOTE: the query-string serialization lives in src/lib.\n' +
      "export { stringifyQuery } from '../../lib/stringifyQuery';\n";
    const stainlessTest = [
      "import { stringify } from 'acme/internal/qs';",
      "import { encode } from 'acme/internal/qs/utils';",
      '',
      "describe('stringify', function () {",
      "  test('encodes', function () {",
      "    expect(stringify({ a: 'b' }, { encoder: (s) => encode(String(s)) })).toBe('a=b');",
      '  });',
      '});',
      '',
    ].join('\n');
    const ownersTest = [
      '',
      "describe('arrays of objects formatting', function () {",
      "  test('formats arrays of objects using indices', function () {",
      '    expect(',
      '      stringify(',
      "        { objects: [{ id: 1, collection: 'teams' }] },",
      "        { encodeValuesOnly: true, arrayFormat: 'indices' },",
      '      ),',
      "    ).toBe('objects[0][id]=1&objects[0][collection]=teams');",
      '  });',
      '});',
      '',
    ].join('\n');
    // Stainless's test of its query module, to which they added a row (inside Stainless's table).
    const queryTest = (rows: string) =>
      "import { stringifyQuery } from 'acme/internal/utils/query';\n\n" +
      `describe(stringifyQuery, () => {\n  for (const [input, expected] of [\n    [{ a: '1' }, 'a=1'],\n${rows}` +
      '  ] as const) {\n    it(`${expected}`, () => {\n      expect(stringifyQuery(input)).toEqual(expected);\n    });\n  }\n});\n';
    const stainlessFiles: Array<[string, string]> = [
      ['tests/stringifyQuery.test.ts', banner + queryTest('')],
      ['src/internal/utils/query.ts', banner + stainlessQuery],
      ['src/internal/qs/index.ts', `${banner}export { stringify } from './stringify';\n`],
      [
        'src/internal/qs/stringify.ts',
        `${banner}export function stringify(q: object, o?: object) {\n  return "";\n}\n`,
      ],
      ['src/internal/qs/utils.ts', `${banner}export const encode = (s: string) => s;\n`],
      ['tests/qs/stringify.test.ts', banner + stainlessTest],
    ];
    const edited = new Map<string, string>([
      ['src/internal/utils/query.ts', banner + ownersQuery],
      ['tests/qs/stringify.test.ts', banner + stainlessTest + ownersTest],
      ['tests/stringifyQuery.test.ts', banner + queryTest("    [{ objects: [{ id: 1 }] }, 'objects[0][id]=1'],\n")],
    ]);
    const owners: Array<[string, string]> = [
      ['package.json', '{ "name": "acme" }\n'],
      [
        'src/lib/stringifyQuery.ts',
        "import * as qs from '../internal/qs/stringify';\n\n" +
          'export function stringifyQuery(query: object | Record<string, unknown>): string {\n' +
          "  return qs.stringify(query, { arrayFormat: 'indices', encodeValuesOnly: true });\n}\n",
      ],
    ];
    const plan = planMigration({
      current: [...stainlessFiles, ...owners].map(([path, text]) => ({
        path,
        text: edited.get(path) ?? text,
        blob: `blob-${path}${edited.has(path) ? '-edited' : ''}`,
      })),
      base: {
        blobs: new Map(stainlessFiles.map(([path]) => [path, `blob-${path}`])),
        texts: new Map(stainlessFiles),
      },
      rendered: [...out].map(([path, contents]) => ({ path, contents })),
    });
    expect(plan.keptImported).toEqual([]);
    expect(plan.needsHand).toEqual([]);
    expect(plan.rejected).toEqual([]);
    // Their query module is their text, under sdkgen's banner: no line of Stainless's is left.
    const query = plan.writes.find((f) => f.path === 'src/internal/utils/query.ts')!.contents;
    expect(query).toBe(`${out.get('src/internal/utils/query.ts')!.split('\n')[0]}\n\n${ownersQuery}`);
    expect(plan.reapplied).toContainEqual({ path: 'src/internal/utils/query.ts', hunks: 1 });
    // Stainless's tests of its qs go with it; the test they added stays, a module of its own.
    // Stainless's test of the module that holds their code now stays whole, with the row they added.
    expect(plan.keptTests.sort()).toEqual([
      'tests/qs/stringify.test.ts (the tests you added)',
      'tests/stringifyQuery.test.ts',
    ]);
    // Theirs now, without Stainless's banner.
    expect(plan.writes.find((f) => f.path === 'tests/stringifyQuery.test.ts')?.contents).toBe(
      queryTest("    [{ objects: [{ id: 1 }] }, 'objects[0][id]=1'],\n"),
    );
    const test = plan.writes.find((f) => f.path === 'tests/qs/stringify.test.ts')!.contents;
    expect(test).toBe(`import { stringify } from 'acme/internal/qs';\n\n${ownersTest.trim()}\n`);

    // It passes against sdkgen's module, as does their serialiser through Stainless's query path.
    const root = tempDir('stainless-runtime-paths-qs');
    roots.push(root);
    const written = new Map([...out, ...plan.writes.map((f) => [f.path, f.contents] as const)]);
    // And what stays as it is: the owners' files, the Stainless tests kept whole.
    for (const [path, text] of [...stainlessFiles, ...owners])
      if (!written.has(path) && !plan.removed.includes(path)) written.set(path, edited.get(path) ?? text);
    written.set(
      'vitest.config.mjs',
      'export default { resolve: { alias: [{ find: /^acme\\/(.*)$/, replacement: `${import.meta.dirname}/src/$1` }] },\n' +
        "  test: { globals: true, include: ['tests/**/*.test.ts'] } };\n",
    );
    writeFiles(
      root,
      [...written].map(([file, contents]) => ({ path: file, contents })),
    );
    // (This checkout's Vitest, as npx finds it from there, without npm's start-up.)
    const run = spawnSync(
      path.join(ROOT, 'node_modules/.bin/vitest'),
      ['run', '--root', root, 'tests/qs/stringify.test.ts', 'tests/stringifyQuery.test.ts'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(stripVTControlCharacters(run.stdout + run.stderr)).toMatch(/Tests\s+3 passed \(3\)/);
    expect(run.status).toBe(0);
    const { stringifyQuery } = await import(pathToFileURL(path.join(root, 'src/internal/utils/query.ts')).href);
    expect(stringifyQuery({ objects: [{ id: 1 }] })).toBe('objects[0][id]=1');
  });
});
