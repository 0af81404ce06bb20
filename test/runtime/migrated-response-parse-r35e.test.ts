/**
 * Owners' statements around the JSON parse of Stainless's `defaultParseResponse` (turbopuffer-ts: a request clock
 * merged into the body after `const json = await response.json()`) are carried by migrate into an override of the
 * Stainless-config client's `parseJSON` (owners/response-parse.ts), which BaseClient parses every JSON body through;
 * their import moves with them, made relative to src/client.ts. Their constructor's `this.fetch = …` is kept as they
 * wrote it: BaseClient's `fetch` has a setter (owners/client-constructor.ts). Against a 127.0.0.1 server: the body the
 * method gives has what their lines added, their fetch sends each request (a `withOptions` copy's too), their error
 * is theirs, and a body that is not JSON is still sdkgen's `Invalid JSON` error.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';
import { STRICT_OPTIONS, generateFrom, tempDir, writeFiles } from '../helpers/sdk';
import { runTsc } from '../helpers/run-tsc';
import { SLOW_FULL } from '../helpers/slow-tests';
import { TestServer } from './helpers/server';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/widgets': {
      get: {
        operationId: 'listWidgets',
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
  },
};

const CONFIG = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
resources:
  widgets:
    methods:
      list: get /widgets
`;

/** Stainless's `src/internal/parse.ts` (2025), reduced to its imports and `defaultParseResponse`. */
const stainlessParse = `// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import type { FinalRequestOptions } from './request-options';
import { type Acme } from '../client';
import { formatRequestDetails, loggerFor } from './utils/log';

export async function defaultParseResponse<T>(client: Acme, props: APIResponseProps): Promise<T> {
  const { response, requestLogID, retryOfRequestLogID, startTime } = props;
  const body = await (async () => {
    if (response.status === 204) {
      return null as T;
    }

    const contentType = response.headers.get('content-type');
    const mediaType = contentType?.split(';')[0]?.trim();
    const isJSON = mediaType?.includes('application/json') || mediaType?.endsWith('+json');
    if (isJSON) {
      const contentLength = response.headers.get('content-length');
      if (contentLength === '0') {
        return undefined as T;
      }

      const json = await response.json();
      return json as T;
    }

    const text = await response.text();
    return text as unknown as T;
  })();
  loggerFor(client).debug(\`[\${requestLogID}] response parsed\`, formatRequestDetails({ retryOfRequestLogID, body }));
  return body;
}
`;

/** The owners' edits: their module's import, a line before the parse and one after it. */
const ownersParse = stainlessParse
  .replace(
    "import { formatRequestDetails, loggerFor } from './utils/log';\n",
    "import { formatRequestDetails, loggerFor } from './utils/log';\nimport { noteResponse, stamp } from './custom/stamp';\n",
  )
  .replace(
    '      const json = await response.json();\n',
    '      noteResponse(response);\n      const json = await response.json();\n      stamp(json, (response as any).clock);\n',
  );

/** Stainless's client, reduced to the constructor the owners edited. */
const stainlessClient = `import { readEnv } from './internal/utils/env';
import * as Shims from './internal/shims';

export interface ClientOptions {
  baseURL?: string | null | undefined;
}

/**
 * API Client for interfacing with the Acme API.
 */
export class Acme {
  baseURL: string;
  private _options: ClientOptions;

  constructor({ baseURL = readEnv('ACME_BASE_URL'), ...opts }: ClientOptions = {}) {
    const options: ClientOptions = {
      ...opts,
      baseURL: baseURL || \`https://api.acme.test\`,
    };

    this.baseURL = options.baseURL!;
    this.maxRetries = options.maxRetries ?? 2;
    this.fetch = options.fetch ?? Shims.getDefaultFetch();

    this._options = options;
  }
}
`;

const ownersClient = stainlessClient
  .replace(
    "import * as Shims from './internal/shims';\n",
    "import * as Shims from './internal/shims';\nimport { clockedFetch } from './internal/custom/stamp';\n",
  )
  .replace(
    '    this.fetch = options.fetch ?? Shims.getDefaultFetch();\n',
    '    this.fetch =\n      options.fetch ??\n      clockedFetch({\n        label: "theirs",\n      });\n',
  );

/** The owners' module (theirs, kept): a fetch that hangs a clock on each response, and what the parse does with it. */
const stamp = `export const noted: number[] = [];
export const sentBy: string[] = [];

/** A fetch of theirs: each response gets the request's clock. */
export function clockedFetch({ label }: { label: string }): typeof fetch {
  return async (input, init) => {
    sentBy.push(label);
    const response = await fetch(input, init);
    Object.defineProperty(response, 'clock', { value: { label, status: response.status }, enumerable: false });
    return response;
  };
}

export function noteResponse(response: Response): void {
  noted.push(response.status);
}

export function stamp(json: any, clock: { label: string; status: number } | undefined): void {
  if (json.fail) throw new RangeError('theirs');
  if (json.performance === undefined || clock === undefined) return;
  json.performance.client = clock;
}
`;

const server = new TestServer();
let root = '';
let client = '';
let parseModule = '';
let carriedNames: string[] = [];
let needsHand: string[] = [];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK is made at run time
let Acme: new (options: object) => any;
let theirs: { noted: number[]; sentBy: string[] };

beforeAll(async () => {
  await server.start();
  root = tempDir('carried-response-parse-r35e');
  const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
  const plan = planMigration({
    current: [
      { path: 'src/client.ts', blob: 'c2', text: ownersClient },
      { path: 'src/internal/parse.ts', blob: 'p2', text: ownersParse },
      { path: 'src/internal/custom/stamp.ts', blob: 's1', text: stamp },
    ],
    base: {
      blobs: new Map([
        ['src/client.ts', 'c1'],
        ['src/internal/parse.ts', 'p1'],
      ]),
      texts: new Map([
        ['src/client.ts', stainlessClient],
        ['src/internal/parse.ts', stainlessParse],
      ]),
    },
    rendered: files,
  });
  const written = new Map(plan.writes.map((f) => [f.path, f.contents]));
  [client, parseModule] = [written.get('src/client.ts')!, written.get('src/internal/parse.ts') ?? ''];
  carriedNames = plan.carriedHooks;
  needsHand = plan.needsHand.map((item) => `${item.path}: ${item.reason}`);
  const sdk = path.join(root, 'sdk');
  writeFiles(
    sdk,
    files.map((f) => ({ path: f.path, contents: written.get(f.path) ?? f.contents })),
  );
  mkdirSync(path.join(sdk, 'src', 'internal', 'custom'), { recursive: true });
  writeFileSync(path.join(sdk, 'src', 'internal', 'custom', 'stamp.ts'), stamp);
  // Stainless's modules the owners' client imports (migrate keeps them; stubs here).
  mkdirSync(path.join(sdk, 'src', 'internal', 'utils'), { recursive: true });
  writeFileSync(path.join(sdk, 'src', 'internal', 'utils', 'env.ts'), "export { readEnv } from '../env.js';\n");
  writeFileSync(path.join(sdk, 'src', 'internal', 'shims.ts'), 'export const getDefaultFetch = () => fetch;\n');
  Acme = ((await import(pathToFileURL(path.join(sdk, 'src', 'index.ts')).href)) as { Acme: typeof Acme }).Acme;
  theirs = (await import(pathToFileURL(path.join(sdk, 'src', 'internal', 'custom', 'stamp.ts')).href)) as typeof theirs;
}, 120_000);

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("the owners' lines around Stainless's JSON parse, carried", () => {
  it("are an override of the client's parseJSON, their import with them; their fetch set as they wrote it", () => {
    expect(client).toContain(
      [
        '  override parseJSON(text: string, response: Response): unknown {',
        '    noteResponse(response);',
        '    const json = JSON.parse(text);',
        '    stamp(json, (response as any).clock);',
        '    return json;',
        '  }',
      ].join('\n'),
    );
    expect(client).toContain("import { noteResponse, stamp } from './internal/custom/stamp';");
    expect(client).toContain(
      '    super(options);\n    this.fetch =\n      options.fetch ??\n      clockedFetch({\n        label: "theirs",\n      });\n',
    );
    // Nothing of theirs is left to place in sdkgen's module of that path (no stray import).
    expect(parseModule).not.toContain('custom/stamp');
    expect(carriedNames).toContain('src/client.ts: parseJSON (from src/internal/parse.ts)');
    expect(needsHand).toEqual([]);
  });

  it("gives the body as their lines left it, read from the response their fetch got; a copy's too", async () => {
    server.on('GET /widgets', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"performance":{"server_ms":3},"id":"w"}');
    });
    const acme = new Acme({ baseURL: server.url });
    expect(await acme.widgets.list()).toEqual({
      performance: { server_ms: 3, client: { label: 'theirs', status: 200 } },
      id: 'w',
    });
    expect(theirs.noted).toEqual([200]);
    await acme.withOptions({ maxRetries: 0 }).widgets.list();
    expect(theirs.sentBy).toEqual(['theirs', 'theirs']);
  });

  it('lets their error through as theirs; a body that is not JSON is still an Invalid JSON error', async () => {
    const acme = new Acme({ baseURL: server.url, maxRetries: 0 });
    server.on('GET /widgets', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"fail":true}');
    });
    await expect(acme.widgets.list()).rejects.toThrow(RangeError);
    server.on('GET /widgets', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"half":');
    });
    await expect(acme.widgets.list()).rejects.toThrow('Invalid JSON in the 200 response');
  });

  // A tsc program of its own (a few seconds): SDKGEN_SLOW_TESTS=full's.
  it.runIf(SLOW_FULL)('type-checks strictly (Stainless SDKs compile without verbatimModuleSyntax)', () => {
    const sdk = path.join(root, 'sdk');
    const compilerOptions = { ...STRICT_OPTIONS, verbatimModuleSyntax: false };
    writeFileSync(path.join(sdk, 'tsconfig.check.json'), JSON.stringify({ compilerOptions, include: ['src/**/*.ts'] }));
    expect(runTsc(path.join(sdk, 'tsconfig.check.json')).output).toBe('');
  });
});
