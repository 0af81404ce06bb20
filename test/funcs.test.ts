/**
 * The flagship's standalone functions (generated/smithery/src/funcs), for real against a node:http server on
 * 127.0.0.1: every function resolves to `ok: true` with the value its method resolves to, sending the very request
 * the class method sends; every documented error status comes back as `ok: false` with the error class of that
 * status and the body in `error.error`. A program that reads the documented bodies' fields through the error union
 * type-checks under tsc --strict (and one that reads them as the wrong type does not).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Examples } from '../generator/emit/typescript/examples';
import { generate, type GenerateResult } from '../generator/generate';
import { functionNameOf } from '../generator/emit/typescript/target-api';
import type { Api, ErrorResponse, Method, NamedSchema, Resource, TypeRef } from '../generator/ir/types';
import { ROOT } from './helpers/paths';
import { buildSdkgen } from './helpers/build';
import { runTsc, STRICT_OPTIONS, tempDir } from './helpers/sdk';
import { TestServer, type Recorded } from './runtime/helpers/server';
import { runSdkgen } from './helpers/sdkgen-cli';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = path.join(ROOT, 'specs/smithery.openapi.yml');
const CONFIG = path.join(ROOT, 'specs/smithery.sdkgen.yaml');
const SRC = path.join(ROOT, 'generated/smithery/src');

interface Case {
  r: Resource;
  m: Method;
  args: string;
}

/** What the calls module exports (typed loosely: it exists at test time only; tsc checks it below). */
interface Calls {
  funcs: Record<string, (core: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>>;
  /** serversGet with request options. */
  funcsWithOptions: Record<string, (core: unknown, options: object) => Promise<{ ok: boolean; error?: unknown }>>;
  /** serversGet with an invalid path parameter. */
  invalidPath: (core: unknown) => Promise<unknown>;
  methods: Record<string, (client: unknown) => PromiseLike<unknown>>;
  Core: new (options: object) => unknown;
  Client: new (options: object) => unknown;
  errors: Record<string, new (...args: never[]) => Error>;
}

// The cases are known when the tests are collected: one test (or more) per function. (The flagship as generated, whose
// files the funcs: false SDK is compared with below.)
const generated: GenerateResult = await generate({ spec: SPEC, config: CONFIG });
const api: Api = generated.api;
const examples = new Examples(api.schemas);
const flatten = (r: Resource): Resource[] => [r, ...r.subresources.flatMap(flatten)];
const cases: Case[] = api.resources.flatMap(flatten).flatMap((r) =>
  r.methods.map((m) => {
    const built = examples.testCallArgs(m);
    if (!('args' in built))
      throw new Error(`${functionNameOf(m, api)}: no arguments can be written (${built.skipReason})`);
    return { r, m, args: built.args };
  }),
);
const dir = tempDir('funcs');
writeFileSync(path.join(dir, 'calls.ts'), callsModule(api, cases, path.relative(dir, SRC)));
writeFileSync(path.join(dir, 'wrong-type.ts'), wrongTypeModule(api, cases, path.relative(dir, SRC)));
const calls = (await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'calls.ts')).href)) as Calls;

const server = new TestServer();
/** The response the server sends next. */
let reply: (res: ServerResponse) => void = (res) => res.end();

beforeAll(async () => {
  await server.start();
  server.otherwise((_req, res) => reply(res));
});

afterAll(async () => {
  await server.stop();
});

type TscResult = { status: number | null; output: string };
let checked: Promise<{
  good: TscResult;
  wrong: TscResult;
  funcsOff: { on: GenerateResult; off: GenerateResult; tsc: TscResult };
}> | null = null;

/**
 * The file's tsc --strict checks, made on first use: calls.ts (every function called, its results used) and
 * wrong-type.ts (which must not compile) in one program, only they checked (the SDK they import, the committed one, is
 * read for the types they use: smithery.test.ts checks it in full), each diagnostic going to its file; and the SDK
 * generated with funcs: false, written out, under its own tsconfig. The funcs: false SDK is generated here, once (the
 * default one it is compared with, above).
 */
function typeChecks(): NonNullable<typeof checked> {
  checked ??= (async () => {
    const files = ['calls.ts', 'wrong-type.ts'];
    const project = path.join(dir, 'tsconfig.json');
    writeFileSync(project, JSON.stringify({ compilerOptions: { ...STRICT_OPTIONS, types: [] }, files }));
    const programs = runTsc(project, { only: files.map((file) => path.join(dir, file)) });
    // A diagnostic starts with its file's path; its continuation lines do not. One that names no file (the
    // options') belongs to both.
    const lines = new Map<string, string[]>(files.map((file) => [file, []]));
    let current: string[] | null = null;
    for (const line of programs.output.split('\n').filter(Boolean)) {
      const file = /^(\S[^(]*)\(\d+,\d+\): /.exec(line)?.[1];
      if (file) current = lines.get(path.basename(file)) ?? null;
      if (file && !current) throw new Error(`a diagnostic of a file not checked: ${line}`);
      if (current) current.push(line);
      else for (const own of lines.values()) own.push(line);
    }
    const resultOf = (file: string): TscResult => {
      const own = lines.get(file)!;
      return { status: own.length === 0 ? 0 : programs.status || 1, output: own.join('\n') };
    };
    const on = generated;
    const off = await generate({ spec: SPEC, config: CONFIG, funcs: false });
    const out = tempDir('funcs-off');
    for (const f of off.files) {
      const target = path.join(out, f.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, f.contents);
    }
    // Only the modules that differ from the SDK with functions are checked (the others read for their types): that
    // SDK is the committed one, which smithery.test.ts type-checks in full. With SDKGEN_SLOW_TESTS=full, every module.
    const before = new Map(on.files.map((f) => [f.path, f.contents]));
    const differing = off.files
      .filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts') && before.get(f.path) !== f.contents)
      .map((f) => path.join(out, f.path));
    const tsc = runTsc(path.join(out, 'tsconfig.json'), SLOW_FULL ? {} : { only: differing });
    return {
      good: resultOf('calls.ts'),
      wrong: resultOf('wrong-type.ts'),
      funcsOff: { on, off, tsc },
    };
  })();
  return checked;
}

const core = () => new calls.Core({ apiKey: 'k', baseURL: server.url, maxRetries: 0 });
const client = () => new calls.Client({ apiKey: 'k', baseURL: server.url, maxRetries: 0 });

describe('generated/smithery standalone functions', () => {
  it('exist for every method, one module each (named by the TypeScript planner)', () => {
    expect(cases.length).toBe(52);
    expect(Object.keys(calls.funcs).sort()).toEqual(cases.map((c) => functionNameOf(c.m, api)).sort());
  });

  it('type-check: documented error bodies are typed through the union, and a wrong type is an error', async () => {
    const { good, wrong } = await typeChecks();
    expect(good.output).toBe('');
    expect(good.status).toBe(0);
    expect(wrong.output).toMatch(
      /wrong-type\.ts\(\d+,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/,
    );
    // (Two programs, one a whole SDK: minutes on a loaded machine.)
  }, 600_000);

  it('checks at least one documented body field per documented JSON error', () => {
    const checked = cases.flatMap(({ m }) =>
      m.errors.filter((e) => e.className !== 'APIError' && stringField(e.type, api) !== null),
    );
    expect(checked.length).toBeGreaterThan(50);
  });

  describe.each(cases.map((c) => [functionNameOf(c.m, api), c] as const))('%s', (name, c) => {
    it('resolves to ok: true with the value, sending the class method’s request', async () => {
      const { m } = c;
      reply = success(m, name, api);
      server.requests.length = 0;
      const res = await calls.funcs[name]!(core());
      expect(res.ok, JSON.stringify(res.error && String(res.error))).toBe(true);
      await expectValue(m, name, res.value);
      const viaFunction = server.requests[0]!;
      expect(viaFunction.method).toBe(m.http.toUpperCase());
      // The class method sends the same request (one implementation).
      server.requests.length = 0;
      const viaMethod = await calls.methods[name]!(client());
      if (viaMethod instanceof Response) await viaMethod.arrayBuffer();
      expect(describeRequest(server.requests[0]!)).toEqual(describeRequest(viaFunction));
    });

    const documented = c.m.errors.map((e) => [e.status, e] as const);
    if (documented.length > 0)
      it.each(documented)('returns a documented %s as ok: false with its class and typed body', async (status, e) => {
        const code = statusCode(status);
        const body = { error: `${name} ${status}`, message: 'documented', detail: [1, 2] };
        reply = (res) => {
          res.writeHead(code, { 'content-type': e.contentType });
          res.end(JSON.stringify(body));
        };
        const res = await calls.funcs[name]!(core());
        expect(res.ok).toBe(false);
        const error = res.error as { status: number; error: unknown };
        const expectedClass = calls.errors[runtimeClass(e, code)]!;
        expect(error).toBeInstanceOf(expectedClass);
        expect(error).toBeInstanceOf(calls.errors.APIError!);
        expect(error.status).toBe(code);
        expect(error.error).toEqual(body);
      });

    it('returns a connection failure as ok: false (APIConnectionError), not a rejection', async () => {
      reply = (res) => res.socket?.destroy();
      const res = await calls.funcs[name]!(core());
      expect(res.ok).toBe(false);
      expect(res.error).toBeInstanceOf(calls.errors.APIConnectionError!);
    });
  });
});

/** The status a documented error is answered with: its own, or one its range or `default` covers. */
function statusCode(status: string): number {
  if (/^\d+$/.test(status)) return Number(status);
  if (/^4XX$/i.test(status)) return 418;
  if (/^5XX$/i.test(status)) return 503;
  return 418;
}

/** The class the runtime throws for `code` (a range's documented class is `APIError`, its subclasses included). */
function runtimeClass(e: ErrorResponse, code: number): string {
  if (e.className !== 'APIError') return e.className;
  return code >= 500 ? 'InternalServerError' : 'APIError';
}

/** A successful response for `m` whose content says which function asked. */
function success(m: Method, marker: string, api: Api): (res: ServerResponse) => void {
  const json = (body: unknown) => (res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (m.pagination) {
    const scheme = api.paginationSchemes.find((s) => s.className === m.pagination!.scheme)!;
    return json(nest(scheme.response.items, [{ marker }]));
  }
  switch (m.response.kind) {
    case 'json':
      return json(m.unwrap ? { [m.unwrap]: { marker } } : { marker });
    case 'empty':
      return (res) => {
        res.writeHead(204);
        res.end();
      };
    case 'text':
      return (res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(marker);
      };
    case 'binary':
      return (res) => {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(Buffer.from(marker));
      };
    case 'sse': {
      const data = m.response.event.kind === 'string' ? marker : JSON.stringify({ marker });
      return (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end(`data: ${data}\n\n`);
      };
    }
  }
}

async function expectValue(m: Method, marker: string, value: unknown): Promise<void> {
  if (m.pagination) {
    const page = value as { getPaginatedItems(): unknown[]; hasNextPage(): boolean };
    expect(page.getPaginatedItems()).toEqual([{ marker }]);
    return;
  }
  switch (m.response.kind) {
    case 'json':
      expect(value).toEqual({ marker });
      return;
    case 'empty':
      expect(value).toBeUndefined();
      return;
    case 'text':
      expect(value).toBe(marker);
      return;
    case 'binary':
      expect(value).toBeInstanceOf(Response);
      expect(await (value as Response).text()).toBe(marker);
      return;
    case 'sse': {
      const events: unknown[] = [];
      for await (const event of value as AsyncIterable<{ data: unknown }>) events.push(event.data);
      expect(events).toEqual([m.response.event.kind === 'string' ? marker : { marker }]);
      return;
    }
  }
}

/** A request as the server saw it, without what differs per call (ids, multipart boundaries). */
function describeRequest(req: Recorded): object {
  const type = String(req.headers['content-type'] ?? '');
  return {
    method: req.method,
    url: req.url,
    accept: req.headers.accept,
    authorization: req.headers.authorization,
    contentType: type.replace(/boundary=.*$/, 'boundary=…'),
    body: type.startsWith('multipart/') ? req.body.length > 0 : req.body.toString('utf8'),
  };
}

function nest(pathKeys: readonly string[], value: unknown): unknown {
  return pathKeys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

/** A required string property of a documented error body (through its schema), or null. */
function stringField(type: TypeRef, api: Api): string | null {
  const resolved =
    type.kind === 'ref' ? (api.schemas.find((s: NamedSchema) => s.id === type.schemaId)?.type ?? null) : type;
  if (!resolved || resolved.kind !== 'object') return null;
  const field = resolved.properties.find(
    (p) => p.required && p.type.kind === 'string' && /^[A-Za-z_$][\w$]*$/.test(p.key),
  );
  return field?.key ?? null;
}

/**
 * The calls module: each function and its class method called with the arguments the generated tests use, and,
 * for tsc only, each documented error body's string field read through the function's `Result`.
 */
function callsModule(api: Api, cases: Case[], src: string): string {
  const client = api.clientName;
  const lines = [
    `import { ${client} } from './${src}/client.js';`,
    `import { ${client}Core } from './${src}/client-core.js';`,
    `import * as errors from './${src}/core/error.js';`,
    `import { toFile } from './${src}/core/uploads.js';`,
    `import type { RequestOptions } from './${src}/core/base-client.js';`,
    ...cases.map(({ m }) => `import { ${functionNameOf(m, api)} } from './${src}/funcs/${functionNameOf(m, api)}.js';`),
    '',
    `export { ${client} as Client, ${client}Core as Core, errors };`,
    'void toFile;',
    '',
    `export const funcs = {`,
    ...cases.map(
      ({ m, args }) =>
        `  ${functionNameOf(m, api)}: async (core: ${client}Core) => ${functionNameOf(m, api)}(core${args ? `, ${args}` : ''}),`,
    ),
    '};',
    '',
    `export const funcsWithOptions = {`,
    `  serversGet: (core: ${client}Core, options: RequestOptions) => serversGet(core, 'qualifiedName', options),`,
    '};',
    `export const invalidPath = (core: ${client}Core) => serversGet(core, '..');`,
    '',
    `export const methods = {`,
    ...cases.map(
      ({ r, m, args }) =>
        `  ${functionNameOf(m, api)}: async (client: ${client}) => client.${r.path}.${m.name}(${args}),`,
    ),
    '};',
    '',
  ];
  for (const { m, args } of cases) {
    const checks = m.errors.flatMap((e) => {
      const field = stringField(e.type, api);
      // A range or `default` is thrown as whatever class its status maps to: its body cannot be told apart by type.
      if (field === null || e.className === 'APIError') return [];
      const cls = e.className;
      return [
        `  if (!res.ok && res.error instanceof errors.${cls} && res.error.status === ${statusCode(e.status)}) {`,
        `    const text: string = res.error.error.${field};`,
        '    void text;',
        '  }',
      ];
    });
    if (checks.length === 0) continue;
    lines.push(
      `export async function typed_${functionNameOf(m, api)}(core: ${client}Core) {`,
      `  const res = await ${functionNameOf(m, api)}(core${args ? `, ${args}` : ''});`,
      ...checks,
      '}',
      '',
    );
  }
  return lines.join('\n');
}

/** One documented error body's string field read as a number: must not type-check. */
function wrongTypeModule(api: Api, cases: Case[], src: string): string {
  const found = cases.find(({ m }) =>
    m.errors.some((e) => e.className === 'NotFoundError' && stringField(e.type, api)),
  );
  if (!found) throw new Error('no method documents a 404 with a string field');
  const e = found.m.errors.find((x) => x.className === 'NotFoundError')!;
  return [
    `import { ${api.clientName}Core } from './${src}/client-core.js';`,
    `import { NotFoundError } from './${src}/core/error.js';`,
    `import { ${functionNameOf(found.m, api)} } from './${src}/funcs/${functionNameOf(found.m, api)}.js';`,
    `const res = await ${functionNameOf(found.m, api)}(new ${api.clientName}Core()${found.args ? `, ${found.args}` : ''});`,
    `if (!res.ok && res.error instanceof NotFoundError) {`,
    `  const wrong: number = res.error.error.${stringField(e.type, api)};`,
    '  void wrong;',
    '}',
    'export {};',
    '',
  ].join('\n');
}

describe('what becomes ok: false and what still rejects', () => {
  const serversGet = () => calls.funcs.serversGet!;
  it('an aborted call is ok: false with APIUserAbortError', async () => {
    reply = () => {}; // never answers
    const controller = new AbortController();
    const pending = calls.funcsWithOptions.serversGet!(core(), { signal: controller.signal });
    controller.abort();
    const res = await pending;
    expect(res.ok).toBe(false);
    expect(res.error).toBeInstanceOf(calls.errors.APIUserAbortError!);
  });

  it('a timed-out call is ok: false with APIConnectionTimeoutError', async () => {
    reply = () => {}; // never answers
    const res = await calls.funcsWithOptions.serversGet!(core(), { timeout: 50 });
    expect(res.ok).toBe(false);
    expect(res.error).toBeInstanceOf(calls.errors.APIConnectionTimeoutError!);
  });

  it('a call the SDK refuses before sending rejects (it does not throw synchronously) with the SDK error', async () => {
    server.requests.length = 0;
    const pending = calls.invalidPath(core());
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toThrow(/Invalid path parameter "\.\."/);
    await expect(pending).rejects.toBeInstanceOf(calls.errors.SmitheryError!);
    expect(server.requests).toHaveLength(0);
    expect(serversGet()).toBeTypeOf('function');
  });
});

describe('funcs: false (the config) and --no-funcs', () => {
  it('leave out src/funcs and the Result module; class methods then build their requests themselves, the same way', async () => {
    const { on, off, tsc } = (await typeChecks()).funcsOff;
    const paths = (files: Array<{ path: string }>) => files.map((f) => f.path);
    expect(paths(off.files).filter((p) => p.startsWith('src/funcs/') || p === 'src/core/result.ts')).toEqual([]);
    expect(paths(on.files).filter((p) => p.startsWith('src/funcs/'))).toHaveLength(52);
    expect(paths(off.files)).toEqual(
      paths(on.files).filter((p) => !p.startsWith('src/funcs/') && p !== 'src/core/result.ts'),
    );
    const text = (files: Array<{ path: string; contents: string }>, p: string) =>
      files.find((f) => f.path === p)!.contents;
    // Only what names or calls the functions differs: the resource modules, the README's section and the reference
    // pages' standalone programs.
    const differing = paths(off.files).filter((p) => text(off.files, p) !== text(on.files, p));
    expect(
      differing.filter(
        (p) =>
          !p.startsWith('src/resources/') &&
          !p.startsWith('docs/sdks/') &&
          p !== 'README.md' &&
          p !== '.sdkgen/manifest.json',
      ),
    ).toEqual([]);
    expect(text(off.files, 'README.md')).not.toContain('## Standalone functions');
    expect(text(on.files, 'README.md')).toContain('## Standalone functions');
    for (const page of differing.filter((p) => p.startsWith('docs/sdks/'))) {
      expect(text(off.files, page)).not.toContain('### Standalone function');
      expect(text(on.files, page)).toContain('### Standalone function');
      const withoutStandalone = text(on.files, page).replace(/\n### Standalone function\n[\s\S]*?```\n(?=\n)/g, '');
      expect(withoutStandalone).toBe(text(off.files, page));
    }
    // Each class method's request is its function's request function's, word for word.
    // (whitespace and trailing commas are the formatter's: the two sit at different depths)
    const squash = (s: string) => s.replace(/\s+/g, '').replace(/,([)\]}])/g, '$1');
    for (const { r, m } of cases) {
      const resource = squash(text(off.files, `src/${r.module}.ts`));
      expect(resource).not.toContain('/funcs/');
      const func = text(on.files, `src/funcs/${functionNameOf(m, api)}.ts`);
      const body = func.slice(func.indexOf(`export function ${functionNameOf(m, api)}Request(`));
      const statements = body.slice(body.indexOf('{\n') + 2, body.lastIndexOf('}'));
      expect(resource, functionNameOf(m, api)).toContain(squash(statements.replace(/\bclient\./g, 'this._client.')));
    }
    // And it compiles.
    expect(tsc.output).toBe('');
    expect(tsc.status).toBe(0);
  }, 600_000);

  it('--no-funcs on the command line, recorded for sdkgen check; funcs: false in the config file', () => {
    const dir = tempDir('no-funcs');
    const spec = path.join(ROOT, 'test/fixtures/funcs.yaml');
    buildSdkgen();
    const cli = (...args: string[]) => runSdkgen(args, { cwd: dir });
    const flagged = cli('generate', spec, '-o', 'flag', '--no-config', '--no-funcs');
    expect(flagged.stderr).toBe('');
    expect(flagged.code).toBe(0);
    expect(existsSync(path.join(dir, 'flag/src/funcs'))).toBe(false);
    expect(existsSync(path.join(dir, 'flag/src/core/result.ts'))).toBe(false);
    expect(JSON.parse(readFileSync(path.join(dir, 'flag/.sdkgen/manifest.json'), 'utf8')).inputs.funcs).toBe(false);
    const checked = cli('check', '-o', 'flag');
    expect(checked.stdout + checked.stderr).not.toMatch(/out of date|stale/i);
    expect(checked.code).toBe(0);
    writeFileSync(path.join(dir, 'sdkgen.config.yaml'), 'funcs: false\n');
    const configured = cli('generate', spec, '-o', 'configured', '--config', 'sdkgen.config.yaml');
    expect(configured.code).toBe(0);
    expect(existsSync(path.join(dir, 'configured/src/funcs'))).toBe(false);
    const on = cli('generate', spec, '-o', 'on', '--no-config');
    expect(on.code).toBe(0);
    expect(readdirSync(path.join(dir, 'on/src/funcs')).sort()).toEqual([
      'healthRetrieve.ts',
      'widgetsCreate.ts',
      'widgetsDelete.ts',
      'widgetsEventsRetrieve.ts',
      'widgetsImage.ts',
      'widgetsList.ts',
      'widgetsRetrieve.ts',
    ]);
    writeFileSync(path.join(dir, 'bad.yaml'), 'funcs: maybe\n');
    const bad = cli('generate', spec, '-o', 'bad', '--config', 'bad.yaml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('funcs must be true or false');
  });
});
