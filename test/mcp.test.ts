/**
 * The MCP server generated beside an SDK (packages/mcp-server), driven the way an agent's client drives it: the
 * official MCP client (@modelcontextprotocol/sdk) over stdio and over streamable HTTP, against Prism mocking the
 * Smithery spec and against a scriptable 127.0.0.1 server that records every request. The server is bundled with
 * esbuild from its TypeScript sources (the SDK resolved through its tsconfig `paths`, as `npm run typecheck` does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { Server as McpServer } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { Ajv } from 'ajv';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { FIXTURES } from './helpers/fixtures';
import { MARK, writeHostileSpec } from './hostile/hostile-spec';
import { findEscapes, markdownProblems } from './hostile/inert';
import { CLI_NODE_FLAGS, ROOT, sharedPath } from './helpers/paths';
import { prismReady } from './helpers/prism-process';
import { buildSdkgen } from './helpers/build';
import { runTsc, tempDir, writeFiles } from './helpers/sdk';
import { runSdkgen } from './helpers/sdkgen-cli';
import { SLOW_FULL, sweep } from './helpers/slow-tests';

const SMITHERY_MCP = path.join(ROOT, 'generated/smithery/packages/mcp-server');
const API_KEY = 'sk-test-0123456789-secret';
const work = tempDir('mcp');

/**
 * Bundle a generated MCP server (its SDK included) into one file under test/.tmp; returns its path. `entry`: a file
 * of the package, or the text of a module read as if in its src/ folder.
 */
async function bundle(
  packageDir: string,
  name: string,
  entry: string | { contents: string } = 'src/index.ts',
): Promise<string> {
  const outfile = path.join(work, name, 'server.mjs');
  await build({
    ...(typeof entry === 'string'
      ? { entryPoints: [path.join(packageDir, entry)] }
      : { stdin: { contents: entry.contents, resolveDir: path.join(packageDir, 'src'), loader: 'ts' } }),
    tsconfig: path.join(packageDir, 'tsconfig.json'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['@modelcontextprotocol/sdk', '@modelcontextprotocol/sdk/*', 'typescript'],
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

const clients: Client[] = [];

/**
 * Node's flags for the servers the tests start (bin/sdkgen.js's V8 tuning, as for the test workers): each lives for a
 * few calls, and optimizing its code cost more CPU than it saved.
 */
const SERVER_NODE_FLAGS = CLI_NODE_FLAGS;

/** An MCP client connected over stdio to `server` started with `args`; the SDK reads `env`. */
async function stdioClient(server: string, args: string[] = [], env: Record<string, string> = {}): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [...SERVER_NODE_FLAGS, server, ...args],
    env: { PATH: process.env.PATH ?? '', ...env },
    stderr: 'pipe',
  });
  const client = new Client({ name: 'sdkgen-test', version: '1.0.0' });
  await client.connect(transport);
  clients.push(client);
  return client;
}

/** What the test uses of src/server.ts: the options parseOptions reads are passed on as they are. */
interface ServerLibrary {
  parseOptions(argv: string[]): object;
  createServer(options: object, client: () => unknown): McpServer;
}

/** The flagship's library, with the SDK's client class its server calls the API through (the same module). */
interface SmitheryLibrary extends ServerLibrary {
  Smithery: new (options: { apiKey?: string; baseURL?: string }) => unknown;
}

/**
 * An MCP client connected in this process to the server `parseOptions(args)` describes, which calls the API through
 * the SDK client `sdk` gives (as the command builds one from the environment: `new Smithery()`). By default its SDK
 * client is never built: listing tools needs none.
 */
async function inProcessClient(
  library: ServerLibrary,
  args: string[],
  sdk: () => unknown = () => {
    throw new Error('listing tools built an SDK client');
  },
): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const mcpServer = library.createServer(library.parseOptions(args), sdk);
  await mcpServer.connect(serverSide);
  const client = new Client({ name: 'sdkgen-test', version: '1.0.0' });
  await client.connect(clientSide);
  clients.push(client);
  return client;
}

interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A 127.0.0.1 API that records requests and answers with `reply` (a JSON 404 echoing the request by default). */
async function startApi(
  reply: (req: Recorded, res: ServerResponse) => void,
): Promise<{ url: string; requests: Recorded[]; server: Server }> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(recorded);
      reply(recorded, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server };
}

function textOf(result: unknown): string {
  const content = (result as CallToolResult).content;
  return content.map((c) => (c.type === 'text' ? c.text : '')).join('');
}

const call = async (client: Client, name: string, args: Record<string, unknown>) =>
  // (A tool may type-check a program first: minutes on a loaded machine, past the MCP client's default 60 s.)
  (await client.callTool({ name, arguments: args }, undefined, { timeout: 300_000 })) as CallToolResult;

/**
 * Fixture SDKs with binary, SSE, multipart and union-body methods, generated with their MCP servers. `npm test` takes
 * those whose methods the flagship's server has none of (multipart bodies, recursive schemas, union bodies); the
 * flagship has binary and SSE responses, which its server is called with over stdio. SDKGEN_SLOW_TESTS=full (CI's)
 * takes them all.
 */
const FIXTURE_SERVERS = sweep(
  'mcp fixture servers',
  ['binary', 'sse', 'multipart', 'cycles', 'discriminated-unions'],
  (name) => name,
  ['multipart', 'cycles', 'discriminated-unions'],
);

type TscResult = { status: number | null; output: string };
interface TypeChecks {
  /** generated/smithery/packages/mcp-server under its tsconfig's options. */
  smithery: TscResult;
  /** Each fixture's SDK (generated with its server) and tsc's output on its server (null: not type-checked). */
  fixtures: { results: Map<string, Awaited<ReturnType<typeof generate>>>; tscOutput: Map<string, string[] | null> };
  /** The hostile spec's SDK (written to `out`) and tsc's output on its server (null: not type-checked). */
  hostile: { result: Awaited<ReturnType<typeof generate>>; out: string; tsc: TscResult | null };
}
let checked: Promise<TypeChecks> | null = null;

/** The TypeScript files of a server's src/ folder. */
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(dir, file));

/** The TypeScript files under `dir`, at any depth. */
const allSourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return allSourceFiles(full);
    return entry.endsWith('.ts') ? [full] : [];
  });

/** A server package the type-check reads: its folder, the files it checks, and the SDK folder it belongs to. */
interface CheckedServer {
  owner: string;
  sdk: string;
  packageDir: string;
  only: string[];
}

/**
 * The servers this file compiles with tsc --strict, generated (the fixtures' and the hostile spec's) and checked on
 * first use, all in one program in the type-checking thread: the flagship's server, the fixtures' servers and the
 * hostile spec's (their SDKs' package names differ, and their tsconfigs' options are the same but for the paths to
 * each SDK, which the program maps side by side). One program, not one each: the MCP SDK's declarations and the types
 * the servers take from it (zod's among them, the costliest to check) are checked once. The SDKs' sources (the same
 * with or without a server) are checked in full elsewhere: the flagship's by smithery.test.ts, the fixtures' by
 * fixture-sdks.test.ts (every fixture with SDKGEN_SLOW_TESTS=full, CI's), the hostile spec's by hostile.test.ts (the
 * same spec, its payload's text aside): here only the server files are, their SDK read for the types they use. Each
 * diagnostic goes to the SDK whose folder holds its file. `npm test` puts the flagship's server alone in the program
 * (the fixtures' and the hostile spec's are still generated, listed and their schemas compiled, in this process);
 * SDKGEN_SLOW_TESTS=full (CI's) adds the others' servers: the same templates, each server's share of the program a few
 * seconds of CPU.
 */
const CHECKS_EVERY_SERVER = SLOW_FULL;

function typeChecks(): Promise<TypeChecks> {
  checked ??= (async () => {
    const results = new Map<string, Awaited<ReturnType<typeof generate>>>();
    const servers: CheckedServer[] = [
      {
        owner: 'smithery',
        sdk: path.dirname(path.dirname(SMITHERY_MCP)),
        packageDir: SMITHERY_MCP,
        only: sourceFiles(path.join(SMITHERY_MCP, 'src')),
      },
    ];
    for (const name of FIXTURE_SERVERS) {
      const result = await generate({ spec: path.join(FIXTURES, `${name}.yaml`), mcp: true });
      results.set(name, result);
      const sdk = path.join(work, `fixture-${name}`);
      writeFiles(sdk, result.files);
      const packageDir = path.join(sdk, 'packages/mcp-server');
      if (CHECKS_EVERY_SERVER)
        servers.push({ owner: name, sdk, packageDir, only: sourceFiles(path.join(packageDir, 'src')) });
    }

    const dir = path.join(work, 'hostile');
    const spec = writeHostileSpec(dir, path.join(os.tmpdir(), 'PWNED-mcp-never-written'));
    const hostile = await generate({ spec: spec.root, mcp: true });
    const out = path.join(dir, 'out');
    writeFiles(out, hostile.files);
    const hostileServer = path.join(out, 'packages/mcp-server');
    if (CHECKS_EVERY_SERVER)
      servers.push({
        owner: 'hostile',
        sdk: out,
        packageDir: hostileServer,
        only: allSourceFiles(path.join(hostileServer, 'src')),
      });

    const paths: Record<string, string[]> = {};
    const include: string[] = [];
    let options: Record<string, unknown> | null = null;
    for (const { packageDir } of servers) {
      const tsconfig = JSON.parse(readFileSync(path.join(packageDir, 'tsconfig.json'), 'utf8')) as {
        compilerOptions: { paths: Record<string, string[]> } & Record<string, unknown>;
        include: string[];
      };
      const { paths: own, ...rest } = tsconfig.compilerOptions;
      for (const [specifier, targets] of Object.entries(own)) {
        // Two SDKs of one name could not share the program: each must be checked against its own.
        expect(paths[specifier], `${specifier} is mapped by two servers`).toBeUndefined();
        paths[specifier] = targets.map((t) => path.join(packageDir, t));
      }
      include.push(...tsconfig.include.map((i) => path.join(packageDir, i)));
      // One program checks each server under its own options only if they are all the same.
      expect(rest, packageDir).toEqual(options ?? rest);
      options ??= rest;
    }
    const project = path.join(work, 'tsconfig.servers.json');
    writeFileSync(project, JSON.stringify({ compilerOptions: { ...options, paths }, include }));
    const tsc = runTsc(project, { only: servers.flatMap((server) => server.only) });

    // A diagnostic starts with its file's path (relative to the working folder); its continuation lines do not. One
    // that names no file (the options') belongs to every server.
    const lines = new Map<string, string[]>(servers.map((server) => [server.owner, []]));
    let current: string[] | null = null;
    for (const line of tsc.output.split('\n').filter(Boolean)) {
      const file = /^(\S[^(]*)\(\d+,\d+\): /.exec(line)?.[1];
      if (file) {
        const owner = servers.find((server) => !path.relative(server.sdk, path.resolve(file)).startsWith('..'));
        current = lines.get(owner?.owner ?? 'smithery')!;
      }
      if (current) current.push(line);
      else for (const own of lines.values()) own.push(line);
    }
    // A server left out of the program has no result (null): its test says so, and checks the rest.
    const resultOf = (owner: string): TscResult | null => {
      const own = lines.get(owner);
      return own ? { status: own.length === 0 ? 0 : tsc.status || 1, output: own.join('\n') } : null;
    };
    return {
      smithery: resultOf('smithery')!,
      fixtures: { results, tscOutput: new Map(FIXTURE_SERVERS.map((name) => [name, lines.get(name) ?? null])) },
      hostile: { result: hostile, out, tsc: resultOf('hostile') },
    };
  })();
  return checked;
}

let server: string;
/**
 * The server package's library (src/server.ts), bundled with its SDK and imported here. The command's options that
 * shape what a server does with a call (filters, modes, limits) are tested on it, in this process; those of the
 * command itself (its transports, its usage error, the environment it reads) on the command, over stdio or HTTP.
 */
let library: SmitheryLibrary;
/** An SDK client for the recording API, as the command builds one from SMITHERY_API_KEY and SMITHERY_BASE_URL. */
const sdkClient = () => new library.Smithery({ apiKey: API_KEY, baseURL: api.url });
let api: Awaited<ReturnType<typeof startApi>>;

beforeAll(async () => {
  server = await bundle(SMITHERY_MCP, 'smithery');
  const libraryEntry = "export * from './server';\nexport { Smithery } from '@smithery/api';\n";
  library = (await import(
    await bundle(SMITHERY_MCP, 'smithery-library', { contents: libraryEntry })
  )) as SmitheryLibrary;
  api = await startApi((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/servers/missing') {
      // An API that echoes the credential it got: the tool result must not.
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'Server not found', sawAuthorization: req.headers.authorization }));
    } else if (url.pathname.endsWith('/download')) {
      res.writeHead(200, { 'content-type': 'application/zip' }).end(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]));
    } else if (url.pathname.endsWith('/stream')) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (let i = 1; i <= 5; i++) res.write(`event: log\ndata: {"n":${i}}\n\n`);
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          servers: [
            { qualifiedName: 'a/b', displayName: 'A', useCount: 1 },
            { qualifiedName: 'c/d', displayName: 'C', useCount: 2 },
          ],
          pagination: { currentPage: 1 },
        }),
      );
    }
  });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close().catch(() => {})));
  await new Promise((resolve) => api?.server.close(resolve));
});

describe('generated/smithery/packages/mcp-server', () => {
  it('compiles with tsc --strict against the SDK sources', async () => {
    const { status, output } = (await typeChecks()).smithery;
    expect(output).toBe('');
    expect(status).toBe(0);
    // The one program over every server: 80 s on a 2-core machine at a load of twenty, past 300 s at thirty.
  }, 600_000);

  it('is its own package: a bin, the SDK and the official MCP SDK as exact dependencies, TypeScript for code mode', () => {
    const pkg = JSON.parse(readFileSync(path.join(SMITHERY_MCP, 'package.json'), 'utf8'));
    expect(pkg.name).toBe('@smithery/api-mcp');
    expect(pkg.bin).toEqual({ 'smithery-api-mcp': 'dist/index.js' });
    expect(pkg.dependencies).toEqual({
      // The SDK in the same repository: installable before it is published.
      '@smithery/api': 'file:../..',
      '@modelcontextprotocol/sdk': '1.32.2',
      typescript: '^5.9.3',
    });
    // Code mode's sandbox: Deno, installed by those who use it.
    expect(pkg.peerDependenciesMeta).toEqual({ deno: { optional: true } });
    const ours = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(ours.devDependencies['@modelcontextprotocol/sdk']).toBe(pkg.dependencies['@modelcontextprotocol/sdk']);
    const manifest = JSON.parse(readFileSync(path.join(SMITHERY_MCP, 'manifest.json'), 'utf8'));
    expect(manifest.server.mcp_config.env.SMITHERY_API_KEY).toBe('${user_config.smithery_api_key}');
    expect(manifest.user_config.smithery_api_key).toMatchObject({ sensitive: true, required: true });
  });

  it("carries the SDK's version, which release-please bumps in every file it is written in", () => {
    const sdk = path.join(ROOT, 'generated/smithery');
    const { version } = JSON.parse(readFileSync(path.join(sdk, 'package.json'), 'utf8')) as { version: string };
    const config = JSON.parse(readFileSync(path.join(sdk, 'release-please-config.json'), 'utf8')) as {
      'extra-files': Array<string | { type: string; path: string; jsonpath: string }>;
    };
    const files = config['extra-files'];
    expect(files).toEqual(expect.arrayContaining(['src/version.ts', 'packages/mcp-server/src/server.ts']));
    for (const file of files) {
      const text = readFileSync(path.join(sdk, typeof file === 'string' ? file : file.path), 'utf8');
      if (typeof file === 'string') {
        // release-please's generic updater: the version on each line marked `x-release-please-version`.
        const marked = text.split('\n').filter((line) => line.includes('x-release-please-version'));
        expect(marked.length, file).toBeGreaterThan(0);
        for (const line of marked) expect(line, file).toContain(`'${version}'`);
      } else {
        expect(file.jsonpath).toBe('$.version');
        expect((JSON.parse(text) as { version: string }).version, file.path).toBe(version);
      }
    }
    expect(files.map((f) => (typeof f === 'string' ? f : f.path))).toEqual(
      expect.arrayContaining(['packages/mcp-server/package.json', 'packages/mcp-server/manifest.json']),
    );
    expect(readFileSync(path.join(SMITHERY_MCP, 'src/server.ts'), 'utf8')).toContain('version: VERSION');
  });

  describe('over stdio, mode all', () => {
    let tools: Tool[];
    let client: Client;
    beforeAll(async () => {
      client = await stdioClient(server, [], { SMITHERY_API_KEY: API_KEY, SMITHERY_BASE_URL: api.url });
      tools = (await client.listTools()).tools;
    });

    it('lists one tool per SDK method, with valid unique names', () => {
      expect(tools).toHaveLength(52);
      for (const tool of tools) expect(tool.name).toMatch(/^[a-z0-9_]{1,64}$/);
      expect(new Set(tools.map((t) => t.name)).size).toBe(tools.length);
      expect(tools.map((t) => t.name)).toEqual(
        expect.arrayContaining(['servers_releases_get', 'servers_list', 'connections_tools_call', 'health_check']),
      );
    });

    it('gives input schemas without $ref that ajv compiles, with the parameters and their requiredness', () => {
      const ajv = new Ajv({ strict: true, validateFormats: false });
      for (const tool of tools) {
        expect(JSON.stringify(tool.inputSchema)).not.toContain('"$ref"');
        expect(() => ajv.compile(tool.inputSchema), tool.name).not.toThrow();
      }
      const get = tools.find((t) => t.name === 'servers_releases_get')!;
      expect(get.inputSchema.required).toEqual(expect.arrayContaining(['id', 'qualifiedName']));
      const validate = ajv.compile(get.inputSchema);
      expect(validate({ id: 'r1', qualifiedName: 'a/b' })).toBe(true);
      expect(validate({ id: 'r1' })).toBe(false);
      // servers.list has a `fields` query parameter: the projection argument takes the next free name.
      const list = tools.find((t) => t.name === 'servers_list')!;
      expect(Object.keys(list.inputSchema.properties ?? {})).toEqual(
        expect.arrayContaining(['q', 'page', 'fields', 'response_fields']),
      );
      expect(get.description).toContain('GET /servers/{qualifiedName}/releases/{id}');
    });

    it('annotates reads, deletes and puts', () => {
      const byName = new Map(tools.map((t) => [t.name, t]));
      expect(byName.get('servers_get')!.annotations).toMatchObject({ readOnlyHint: true });
      expect(byName.get('servers_delete')!.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
      expect(byName.get('servers_create')!.annotations).toMatchObject({ readOnlyHint: false, idempotentHint: true });
      expect(byName.get('tokens_create')!.annotations?.destructiveHint).toBeUndefined();
    });

    it('calls the API through the SDK: auth header, query and body as the method sends them', async () => {
      api.requests.length = 0;
      const listed = await call(client, 'servers_list', { q: 'weather', page: 2, pageSize: 5 });
      expect(listed.isError).toBeFalsy();
      expect(JSON.parse(textOf(listed)).servers).toHaveLength(2);
      const updated = await call(client, 'servers_update', { qualifiedName: 'ns/srv', displayName: 'New name' });
      expect(updated.isError).toBeFalsy();
      const [list, update] = api.requests;
      expect(list.method).toBe('GET');
      expect(new URL(list.url, 'http://x').searchParams.get('q')).toBe('weather');
      expect(new URL(list.url, 'http://x').searchParams.get('page')).toBe('2');
      expect(new URL(list.url, 'http://x').searchParams.get('pageSize')).toBe('5');
      expect(list.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(update.method).toBe('PATCH');
      expect(update.url).toBe('/servers/ns%2Fsrv');
      expect(JSON.parse(update.body)).toEqual({ displayName: 'New name' });
    });

    it('projects a JSON response onto the fields asked for', async () => {
      const result = await call(client, 'servers_list', {
        response_fields: ['servers.qualifiedName', 'pagination.currentPage'],
      });
      expect(JSON.parse(textOf(result))).toEqual({
        servers: [{ qualifiedName: 'a/b' }, { qualifiedName: 'c/d' }],
        pagination: { currentPage: 1 },
      });
      const bad = await call(client, 'servers_list', { response_fields: 'servers' });
      expect(bad.isError).toBe(true);
    });

    it('returns an API error as a tool error with the status and body, the key redacted', async () => {
      const result = await call(client, 'servers_get', { qualifiedName: 'missing' });
      expect(result.isError).toBe(true);
      const text = textOf(result);
      expect(JSON.parse(text)).toEqual({
        status: 404,
        error: { error: 'Server not found', sawAuthorization: 'Bearer [redacted]' },
      });
      expect(text).not.toContain(API_KEY);
      // The server is still up.
      expect((await call(client, 'health_check', {})).isError).toBeFalsy();
    });

    it('says which arguments are missing, without calling the API', async () => {
      api.requests.length = 0;
      const result = await call(client, 'servers_releases_get', { id: 'r1' });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toContain('qualifiedName');
      expect(api.requests).toHaveLength(0);
    });

    it('returns a binary response as a blob resource', async () => {
      const result = await call(client, 'servers_download', { qualifiedName: 'a/b' });
      expect(result.isError).toBeFalsy();
      const [item] = result.content;
      expect(item.type).toBe('resource');
      const resource = (item as { resource: { uri: string; mimeType: string; blob: string } }).resource;
      expect(resource.mimeType).toBe('application/zip');
      expect(Buffer.from(resource.blob, 'base64')).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]));
      expect(resource.uri).toBe(`${api.url}/servers/a%2Fb/download`);
    });

    it('collects a server-sent event stream', async () => {
      const result = await call(client, 'servers_releases_stream', { qualifiedName: 'a/b', id: 'r1' });
      expect(result.isError).toBeFalsy();
      expect(JSON.parse(textOf(result))).toEqual([1, 2, 3, 4, 5].map((n) => ({ event: 'log', data: { n } })));
    });
  });

  it('stops collecting a stream at --max-stream-events and cuts text at --max-response-chars', async () => {
    const streaming = await inProcessClient(library, ['--max-stream-events', '2'], sdkClient);
    const stream = textOf(await call(streaming, 'servers_releases_stream', { qualifiedName: 'a/b', id: 'r1' }));
    expect(stream).toContain('[stream closed after 2 events]');
    expect(JSON.parse(stream.slice(0, stream.indexOf('\n…')))).toEqual([
      { event: 'log', data: { n: 1 } },
      { event: 'log', data: { n: 2 } },
    ]);
    const capped = await inProcessClient(library, ['--max-response-chars', '100'], sdkClient);
    const list = textOf(await call(capped, 'servers_list', {}));
    expect(list).toMatch(
      /^[\s\S]{100}\n… \[cut: \d+ characters in all; ask for less with the "response_fields" argument\]$/,
    );
  });

  it('answers from Prism mocking the spec', async () => {
    // Prism may still be starting (test/setup/prism.ts): the MCP client gives a call a minute.
    await prismReady(process.env.TEST_API_BASE_URL!);
    const client = await stdioClient(server, ['--tool', 'servers_*'], {
      SMITHERY_API_KEY: API_KEY,
      SMITHERY_BASE_URL: process.env.TEST_API_BASE_URL!,
    });
    const list = await call(client, 'servers_list', { pageSize: 3 });
    expect(list.isError, textOf(list)).toBeFalsy();
    expect(JSON.parse(textOf(list))).toHaveProperty('servers');
    const got = await call(client, 'servers_get', { qualifiedName: 'smithery/hello' });
    expect(got.isError, textOf(got)).toBeFalsy();
    expect(JSON.parse(textOf(got))).toHaveProperty('qualifiedName');
  });

  it('reports a missing API key on the call that needs it, naming the variable', async () => {
    // The client the command builds, `new Smithery()`, reads the key from the environment, which lacks it here.
    const saved = process.env.SMITHERY_API_KEY;
    delete process.env.SMITHERY_API_KEY;
    try {
      const client = await inProcessClient(library, [], () => new library.Smithery({ baseURL: api.url }));
      expect((await client.listTools()).tools.length).toBe(52);
      const result = await call(client, 'health_check', {});
      expect(result.isError).toBe(true);
      expect(textOf(result)).toContain('SMITHERY_API_KEY');
    } finally {
      if (saved !== undefined) process.env.SMITHERY_API_KEY = saved;
    }
  });

  // The filters as the command reads them (parseOptions) and the server it then makes (createServer), connected
  // in this process. The command passes them on as well: over stdio, --tool against Prism and --tools code (below).
  describe('filters', () => {
    const names = async (...args: string[]) => (await (await inProcessClient(library, args)).listTools()).tools;
    it('--resource keeps a resource and its subresources; --no-resource leaves them out', async () => {
      const releases = await names('--resource', 'servers.releases');
      expect(releases.map((t) => t.name).sort()).toEqual([
        'servers_releases_deploy',
        'servers_releases_get',
        'servers_releases_list',
        'servers_releases_resume',
        'servers_releases_stream',
      ]);
      const servers = await names('--resource', 'servers');
      expect(servers.length).toBe(21);
      expect(servers.every((t) => t.name.startsWith('servers_'))).toBe(true);
      const others = await names('--no-resource', 'servers');
      expect(others.length).toBe(52 - 21);
      expect(others.some((t) => t.name.startsWith('servers_'))).toBe(false);
    });
    it('--tool and --no-tool take globs', async () => {
      expect((await names('--tool', 'skills_*')).map((t) => t.name).sort()).toEqual([
        'skills_create',
        'skills_delete',
        'skills_download',
        'skills_get',
        'skills_list',
        'skills_set',
        'skills_sync',
        'skills_upload',
      ]);
      const noDeletes = await names('--no-tool', '*_delete');
      expect(noDeletes.length).toBe(52 - 8);
      expect(noDeletes.some((t) => t.name.endsWith('_delete'))).toBe(false);
    });
    it('--operation read|write and --no-operation; kinds combine', async () => {
      const reads = await names('--operation', 'read');
      expect(reads.length).toBeGreaterThan(0);
      expect(reads.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);
      const writes = await names('--no-operation', 'read');
      expect(writes.length).toBe(52 - reads.length);
      expect(writes.every((t) => t.annotations?.readOnlyHint === false)).toBe(true);
      const readSkills = await names('--operation', 'read', '--resource', 'skills');
      expect(readSkills.map((t) => t.name).sort()).toEqual(['skills_download', 'skills_get', 'skills_list']);
    });
    it('rejects a bad option with exit code 2 and the usage', async () => {
      const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, server, '--operation', 'delete'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const code = await new Promise((resolve) => child.on('exit', resolve));
      expect(code).toBe(2);
      expect(stderr).toContain('--operation must be one of read, write');
      expect(stderr).toContain('Usage: smithery-api-mcp');
    });
  });

  describe('mode dynamic', () => {
    let client: Client;
    beforeAll(async () => {
      client = await inProcessClient(library, ['--tools', 'dynamic', '--no-tool', 'skills_*'], sdkClient);
    });
    it('lists three tools', async () => {
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual([
        'list_api_endpoints',
        'get_api_endpoint_schema',
        'invoke_api_endpoint',
      ]);
    });
    it('searches the endpoints the filters keep', async () => {
      const found = JSON.parse(
        textOf(await call(client, 'list_api_endpoints', { search: 'servers_releases' })),
      ) as Array<{ tool: string }>;
      expect(found.map((e) => e.tool).sort()).toEqual([
        'servers_releases_deploy',
        'servers_releases_get',
        'servers_releases_list',
        'servers_releases_resume',
        'servers_releases_stream',
      ]);
      const all = JSON.parse(textOf(await call(client, 'list_api_endpoints', {}))) as Array<{ tool: string }>;
      expect(all.length).toBe(52 - 8);
      expect(all.some((e) => e.tool.startsWith('skills_'))).toBe(false);
    });
    it('describes one endpoint and invokes it', async () => {
      const schema = JSON.parse(
        textOf(await call(client, 'get_api_endpoint_schema', { endpoint: 'servers_releases_get' })),
      );
      expect(schema.inputSchema.required).toEqual(expect.arrayContaining(['id', 'qualifiedName']));
      expect(schema.route).toBe('GET /servers/{qualifiedName}/releases/{id}');
      api.requests.length = 0;
      const result = await call(client, 'invoke_api_endpoint', {
        endpoint: 'servers_list',
        args: { q: 'x', response_fields: ['servers.displayName'] },
      });
      expect(JSON.parse(textOf(result))).toEqual({ servers: [{ displayName: 'A' }, { displayName: 'C' }] });
      expect(api.requests[0]!.url).toBe('/servers?q=x');
      const filteredOut = await call(client, 'invoke_api_endpoint', { endpoint: 'skills_list', args: {} });
      expect(filteredOut.isError).toBe(true);
    });
  });

  describe('mode code', () => {
    let client: Client;
    beforeAll(async () => {
      client = await stdioClient(
        server,
        ['--tools', 'code', '--sdk-source', path.join(ROOT, 'generated/smithery/src')],
        { SMITHERY_API_KEY: API_KEY, SMITHERY_BASE_URL: api.url },
      );
    });
    const execute = (code: string) => call(client, 'execute', { code });

    it('lists execute and search_docs', async () => {
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['execute', 'search_docs']);
    });

    it('runs a program that type-checks, with the SDK client, against the API host', async () => {
      api.requests.length = 0;
      const result = await execute(`async (client) => {
        const page = await client.servers.list({ q: 'weather' });
        console.log('found', page.servers.length);
        return page.servers.map((s) => s.qualifiedName);
      }`);
      expect(result.isError, textOf(result)).toBeFalsy();
      expect(textOf(result)).toBe('[\n  "a/b",\n  "c/d"\n]\n\nconsole output:\nfound 2');
      expect(api.requests.map((r) => r.url)).toEqual(['/servers?q=weather']);
      expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    }, 400_000);

    it('returns type errors, positioned in the program, without running it', async () => {
      api.requests.length = 0;
      const result = await execute('async (client) => {\n  return client.servers.lsit({ q: 1 });\n}');
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(
        /^The code does not type-check against @smithery\/api:\n2:25: Property 'lsit' does not exist on type 'Servers'/,
      );
      expect(api.requests).toHaveLength(0);
      const notOne = await execute('async (client) => 1);\nconsole.log((1');
      expect(textOf(notOne)).toContain('must be one function expression');
    });

    it('refuses other hosts, the file system, the environment, eval and imports', async () => {
      const deno =
        '(globalThis as unknown as { Deno: { readTextFileSync(p: string): string; ' +
        'writeTextFileSync(p: string, t: string): void; env: { get(n: string): string | undefined } } }).Deno';
      const refused: Array<[string, RegExp]> = [
        [
          `async () => (await fetch('http://example.com/')).status`,
          /NotCapable: Requires net access to \\"example.com:80\\"/,
        ],
        [`async () => ${deno}.readTextFileSync('/etc/hostname')`, /NotCapable: Requires read access/],
        [`async () => ${deno}.writeTextFileSync('${work}/written-by-agent', 'x')`, /NotCapable: Requires write access/],
        [`async () => ${deno}.env.get('PATH')`, /NotCapable: Requires env access/],
        [`async () => (0, eval)('1 + 1')`, /EvalError/],
        [`async () => new Function('return 1')()`, /EvalError/],
      ];
      // Each program runs in a sandbox process of its own (seconds each): `npm test` takes the network's refusal (the
      // sandbox's permissions in effect; the file system's and eval's are more of them); SDKGEN_SLOW_TESTS=full (CI's)
      // every one.
      const kept = SLOW_FULL ? refused : [refused[0]!];
      for (const [code, error] of kept) {
        const result = await execute(code);
        expect(result.isError, code).toBe(true);
        expect(textOf(result), code).toMatch(error);
      }
      expect(existsSync(path.join(work, 'written-by-agent'))).toBe(false);
      // import() is refused before anything runs, even when the type errors are silenced.
      const imported = await execute("async () => {\n  // @ts-ignore\n  return import('file:///etc/passwd');\n}");
      expect(imported.isError).toBe(true);
      expect(textOf(imported)).toContain('3:10: import() is not allowed');
    });

    it('never returns the API key, even when the program does', async () => {
      const result = await execute('async (client) => client.apiKey');
      expect(textOf(result)).toBe('"[redacted]"');
    });

    it('searches the SDK docs offline', async () => {
      const text = textOf(await call(client, 'search_docs', { query: 'releases get', limit: 1 }));
      expect(text).toMatch(
        /^## client\.servers\.releases\.get\(id: string, params: ReleaseGetParams\)\n\nReturns DeploymentInfo\./,
      );
      expect(text).toContain('- qualifiedName: string');
      expect(textOf(await call(client, 'search_docs', { query: 'zzzz' }))).toBe('Nothing matches "zzzz".');
    });
  });

  it('serves streamable HTTP with --transport http', async () => {
    const child: ChildProcess = spawn(
      process.execPath,
      [...SERVER_NODE_FLAGS, server, '--transport', 'http', '--port', '0'],
      {
        env: { PATH: process.env.PATH ?? '', SMITHERY_API_KEY: API_KEY, SMITHERY_BASE_URL: api.url },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stderr = '';
        child.stderr!.on('data', (chunk) => {
          stderr += chunk;
          const found = /listening on (http:\/\/\S+)/.exec(stderr);
          if (found) resolve(found[1]!);
        });
        child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
      });
      const client = new Client({ name: 'sdkgen-test', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(url)));
      clients.push(client);
      expect((await client.listTools()).tools).toHaveLength(52);
      api.requests.length = 0;
      const result = await call(client, 'servers_get', { qualifiedName: 'missing' });
      expect(result.isError).toBe(true);
      expect(JSON.parse(textOf(result)).status).toBe(404);
      expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect((await fetch(new URL('/other', url))).status).toBe(404);
    } finally {
      child.kill();
    }
  });
});

describe('fixture SDKs with binary, SSE, multipart and union-body methods', () => {
  let results: Map<string, Awaited<ReturnType<typeof generate>>>;
  let tscOutput: Map<string, string[] | null>;

  beforeAll(async () => {
    ({ results, tscOutput } = (await typeChecks()).fixtures);
  }, 300_000);

  for (const name of FIXTURE_SERVERS) {
    const compiles = CHECKS_EVERY_SERVER ? 'compiles and ' : '';
    it(`${name}: the server ${compiles}lists a tool per method with compilable schemas`, async () => {
      const result = results.get(name)!;
      expect(tscOutput.get(name)).toEqual(CHECKS_EVERY_SERVER ? [] : null);
      const packageDir = path.join(work, `fixture-${name}`, 'packages/mcp-server');
      // The tools as its library makes them, in this process (the command itself runs over stdio on the flagship).
      const fixtureLibrary = (await import(
        await bundle(packageDir, `fixture-${name}-library`, 'src/server.ts')
      )) as ServerLibrary;
      const client = await inProcessClient(fixtureLibrary, ['--tools', 'all']);
      const { tools } = await client.listTools();
      const count = (resources: typeof result.api.resources): number =>
        resources.reduce((n, r) => n + r.methods.length + count(r.subresources), 0);
      expect(tools.length).toBe(count(result.api.resources));
      const ajv = new Ajv({ strict: true, validateFormats: false });
      for (const tool of tools) {
        expect(JSON.stringify(tool.inputSchema)).not.toContain('"$ref"');
        expect(() => ajv.compile(tool.inputSchema), tool.name).not.toThrow();
      }
      if (name === 'discriminated-unions') {
        // A body that is one of several objects: the tool takes every variant's fields, each variant valid.
        const create = tools.find((t) => t.name === 'pets_create')!;
        // (`fields` is the server's own: the response fields to return.)
        expect(Object.keys(create.inputSchema.properties ?? {})).toEqual([
          'petType',
          'livesLeft',
          'goodBoy',
          'scales',
          'fields',
        ]);
        expect(create.inputSchema.required).toEqual(['petType']);
        const valid = ajv.compile(create.inputSchema);
        expect([valid({ petType: 'cat', livesLeft: 9 }), valid({ petType: 'dog', goodBoy: true })]).toEqual([
          true,
          true,
        ]);
        expect(valid({ petType: 'fish' })).toBe(false);
      }
    });
  }
});

describe('a hostile spec', () => {
  const compiles = CHECKS_EVERY_SERVER ? 'compiles and ' : '';
  it(`never lets its text out of a string literal or comment of the server, which ${compiles}lists its tools`, async () => {
    const { result, out, tsc } = (await typeChecks()).hostile;
    const packageDir = path.join(out, 'packages/mcp-server');
    const files = (function list(d: string): string[] {
      return readdirSync(d).flatMap((name) =>
        statSync(path.join(d, name)).isDirectory() ? list(path.join(d, name)) : [path.join(d, name)],
      );
    })(packageDir);
    let occurrences = 0;
    for (const file of files.filter((f) => f.endsWith('.ts'))) {
      const found = findEscapes(path.relative(out, file), readFileSync(file, 'utf8'), [MARK, 'PWNED-']);
      expect(found.syntaxErrors).toEqual([]);
      expect(found.escapes).toEqual([]);
      occurrences += found.occurrences;
    }
    // The payload reached the server's sources (descriptions, schemas): the check above is not vacuous.
    expect(occurrences).toBeGreaterThan(10);
    expect(markdownProblems('README.md', readFileSync(path.join(packageDir, 'README.md'), 'utf8'))).toEqual([]);
    for (const json of ['package.json', 'manifest.json', 'tsconfig.json'])
      expect(() => JSON.parse(readFileSync(path.join(packageDir, json), 'utf8')), json).not.toThrow();
    expect(tsc, 'type-checked with SDKGEN_SLOW_TESTS=full only').toEqual(
      CHECKS_EVERY_SERVER ? { output: '', status: 0 } : null,
    );
    const client = await stdioClient(await bundle(packageDir, 'hostile'), ['--tools', 'all']);
    const { tools } = await client.listTools();
    expect(tools.length).toBe(result.api.mcp!.tools.length);
    for (const tool of tools) expect(tool.name).toMatch(/^[a-z0-9_]{1,64}$/);
  });
});

describe('asking for the server', () => {
  const sdkgen = (...args: string[]) => runSdkgen(args);
  // (A build when dist/ is stale: minutes on a loaded machine.)
  beforeAll(() => {
    buildSdkgen();
  }, 600_000);

  it('generate --mcp writes packages/mcp-server and records it, so check regenerates it', () => {
    const out = path.join(work, 'cli-sse');
    const generated = sdkgen('generate', path.join(FIXTURES, 'sse.yaml'), '--mcp', '-o', out);
    expect(generated.stderr).not.toMatch(/error/);
    expect(generated.code).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(out, '.sdkgen/manifest.json'), 'utf8'));
    expect(manifest.inputs.mcp).toBe(true);
    expect(Object.keys(manifest.files)).toEqual(
      expect.arrayContaining([
        'packages/mcp-server/package.json',
        'packages/mcp-server/src/endpoints.ts',
        'packages/mcp-server/manifest.json',
      ]),
    );
    const checked = sdkgen('check', '-o', out);
    expect(checked.stdout).toContain('is up to date');
    expect(checked.code).toBe(0);
  });

  it('defaults to mode all below the size threshold and to dynamic above it', async () => {
    const endpointsOf = async (operations: number) => {
      const paths = Object.fromEntries(
        Array.from({ length: operations }, (_, i) => [
          `/things${i}`,
          {
            get: {
              operationId: `getThings${i}`,
              responses: {
                '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
              },
            },
          },
        ]),
      );
      const spec = path.join(work, `size-${operations}.json`);
      writeFileSync(
        spec,
        JSON.stringify({
          openapi: '3.1.0',
          info: { title: 'Size', version: '1' },
          servers: [{ url: 'https://api.example.com' }],
          paths,
        }),
      );
      // (Without the standalone functions and the reference docs, which the server does not use: two SDKs of a
      // hundred methods each.)
      const result = await generate({ spec, mcp: true, format: false, funcs: false, referenceDocs: false });
      return result.files.find((f) => f.path === 'packages/mcp-server/src/endpoints.ts')!.contents;
    };
    expect(await endpointsOf(100)).toContain("DEFAULT_TOOLS: 'all' | 'dynamic' = 'all'");
    expect(await endpointsOf(101)).toContain("DEFAULT_TOOLS: 'all' | 'dynamic' = 'dynamic'");
    expect(readFileSync(path.join(SMITHERY_MCP, 'src/endpoints.ts'), 'utf8')).toContain(
      "DEFAULT_TOOLS: 'all' | 'dynamic' = 'all'",
    );
  });

  it("gives clients the config's instructions (mcp.instructions, a Stainless config's mcp_server.instructions)", async () => {
    const instructions = 'List before you get. It\'s "safe": ${x} `y` \\ */\nSecond line.';
    const config = path.join(work, 'instructions.sdkgen.json');
    writeFileSync(config, JSON.stringify({ mcp: { instructions } }));
    const result = await generate({ spec: path.join(FIXTURES, 'sse.yaml'), config });
    const out = path.join(work, 'instructions');
    writeFiles(out, result.files);
    const library = (await import(
      await bundle(path.join(out, 'packages/mcp-server'), 'instructions-library', 'src/server.ts')
    )) as ServerLibrary;
    const client = await inProcessClient(library, ['--tools', 'all']);
    expect(client.getInstructions()).toBe(instructions);
  });

  it('--mcp with --target deno is a usage error', () => {
    const result = sdkgen(
      'generate',
      path.join(FIXTURES, 'sse.yaml'),
      '--mcp',
      '--target',
      'deno',
      '-o',
      path.join(work, 'cli-deno'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--mcp: the MCP server is a Node package');
  });

  it("a Stainless config's mcp_server names the package", async () => {
    // The keys as a real config has them (Lightspark Grid's: a scoped package, hosted by Stainless), on the smallest
    // API: what is checked is the package's name and bin, and that none of the keys is reported as unknown.
    const dir = path.join(work, 'mcp-server-config');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'stainless.yml'),
      [
        'edition: 2025-10-10',
        'organization:',
        '  name: Acme Widgets',
        'targets:',
        '  typescript:',
        '    edition: typescript.2025-10-10',
        "    package_name: '@acme/widgets'",
        '    options:',
        '      mcp_server:',
        '        host:',
        '          stainless: true',
        "        package_name: '@acme/widgets-mcp'",
        'resources:',
        '  health:',
        '    methods:',
        '      check: get /health',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(dir, 'openapi.json'),
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 'Widgets', version: '1' },
        servers: [{ url: 'https://api.widgets.test' }],
        paths: { '/health': { get: { operationId: 'check', responses: { '204': { description: 'ok' } } } } },
      }),
    );
    const result = await generate({
      spec: path.join(dir, 'openapi.json'),
      config: path.join(dir, 'stainless.yml'),
      format: false,
    });
    const pkg = JSON.parse(result.files.find((f) => f.path === 'packages/mcp-server/package.json')!.contents);
    expect(pkg.name).toBe('@acme/widgets-mcp');
    expect(Object.keys(pkg.bin)).toEqual(['acme-widgets-mcp']);
    expect(result.diagnostics.warnings.map((w) => w.message).filter((m) => m.includes('mcp_server'))).toEqual([]);
  });

  // The same keys in the real config they come from, its 290 kB spec generated (SDKGEN_SLOW_TESTS=full, CI's).
  it.runIf(SLOW_FULL)("Lightspark Grid's mcp_server names its package", async () => {
    const grid = sharedPath('stainless-compat/grid');
    const result = await generate({
      spec: path.join(grid, 'openapi.yaml'),
      config: path.join(grid, 'stainless.yml'),
      format: false,
    });
    const pkg = JSON.parse(result.files.find((f) => f.path === 'packages/mcp-server/package.json')!.contents);
    expect(pkg.name).toBe('@lightsparkdev/grid-mcp');
    expect(Object.keys(pkg.bin)).toEqual(['lightsparkdev-grid-mcp']);
    expect(result.diagnostics.warnings.map((w) => w.message).filter((m) => m.includes('mcp_server'))).toEqual([]);
  });
});
