/**
 * A client option that fills a variable of the spec server's URL (`https://{region}.acme.com`) is derived by migrate
 * `--from-repo` as the option's `server_variable` (generator/migrate/derived-config/base-url-variables.ts), from
 * Stainless's constructor (`\`https://${region}.acme.com\``, `f"https://{region}.acme.com"`) or from a client that
 * puts the option into the URL's placeholder itself (`baseURL.replace('{region}', region)`, as turbopuffer's owners
 * wrote it, in both languages). The SDK made from the derived config then sends to the URL with the option's value
 * in it, not to a literal `{region}`: against a server of 127.0.0.1, the variable in the path.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../../generator/migrate/derived-config/input';
import { derivePythonConfig } from '../../generator/migrate/python/derived-config/derived-config';
import type { RepoFile } from '../../generator/migrate/repository/checkout-files';
import { PYTHON_FULL } from '../helpers/python';
import { generatePythonInto, pythonTempDir, runPythonAgainst } from '../helpers/python-sdk';
import { generateFrom, tempDir, writeFiles } from '../helpers/sdk';
import { TestServer } from './helpers/server';

const spec = (origin: string) => ({
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  // (No default for the variable, as turbopuffer's spec has it.)
  servers: [{ url: `${origin}/{region}/api`, variables: { region: { description: 'The region.' } } }],
  paths: {
    '/v1/namespaces': {
      get: {
        operationId: 'listNamespaces',
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
  },
});

const TS_API_MD = `# Namespaces

Methods:

- <code title="get /v1/namespaces">client.namespaces.<a href="./src/resources/namespaces.ts">list</a>() -> unknown</code>
`;

const PY_API_MD = `# Namespaces

Methods:

- <code title="get /v1/namespaces">client.namespaces.<a href="./src/acme/resources/namespaces.py">list</a>() -> object</code>
`;

/** A Stainless TypeScript client whose owners fill `{region}` of the default base URL themselves. */
const TS_CLIENT = `import { readEnv } from './internal/utils/env';

export interface ClientOptions {
  /**
   * The region to use.
   */
  region?: string | null | undefined;

  /**
   * Override the default base URL for the API, e.g., "https://api.example.com/v2/"
   *
   * Defaults to process.env['ACME_BASE_URL'].
   */
  baseURL?: string | null | undefined;
}

export class Acme {
  region: string | null;
  readonly baseURL: string;

  /**
   * API Client for interfacing with the Acme API.
   *
   * @param {string | null | undefined} [opts.region=process.env['ACME_REGION'] ?? null]
   * @param {string} [opts.baseURL=process.env['ACME_BASE_URL'] ?? https://{region}.acme.com] - Override the default base URL for the API.
   */
  constructor({
    baseURL = readEnv('ACME_BASE_URL'),
    region = readEnv('ACME_REGION') ?? null,
    ...opts
  }: ClientOptions = {}) {
    const options: ClientOptions = {
      region,
      ...opts,
      baseURL,
    };

    baseURL = baseURL || 'https://{region}.acme.com';
    if (baseURL.includes('{region}')) {
      baseURL = baseURL.replace('{region}', region ?? '');
    }
    this.baseURL = baseURL;
    this.region = region;
  }
}
`;

/** A Stainless Python client's constructor: `base_url` Stainless's f-string, or the owners' placeholder filled. */
const pyClient = (baseUrl: string) => `import os

import httpx

from ._base_client import SyncAPIClient


class Acme(SyncAPIClient):
    # client options
    region: str | None

    def __init__(
        self,
        *,
        region: str | None = None,
        base_url: str | httpx.URL | None = None,
    ) -> None:
        if region is None:
            region = os.environ.get("ACME_REGION")
        self.region = region

        if base_url is None:
            base_url = os.environ.get("ACME_BASE_URL")
        if base_url is None:
${baseUrl}

        super().__init__(base_url=base_url)
`;
const PY_OWNERS = `            base_url = "https://{region}.acme.com"
        if "{region}" in str(base_url):
            base_url = str(base_url).replace("{region}", region or "")`;
const PY_STAINLESS = '            base_url = f"https://{region}.acme.com"';

type Opts = Record<string, Record<string, unknown>>;

function tsConfig(): string {
  const files: RepoFile[] = [
    { path: 'api.md', blob: null, text: TS_API_MD },
    { path: 'src/client.ts', blob: null, text: TS_CLIENT },
  ];
  return deriveStainlessConfig(derivedConfigInput(files, null)!).text;
}

function pyConfig(baseUrl: string): string {
  const files = [
    { path: 'api.md', blob: null, text: PY_API_MD },
    { path: 'src/acme/_client.py', blob: null, text: pyClient(baseUrl) },
  ];
  return derivePythonConfig(files, 'acme')!.text;
}

const optsOf = (text: string) => (yaml.load(text) as { client_settings?: { opts?: Opts } }).client_settings?.opts ?? {};

describe('a client option that fills a variable of the base URL, derived by migrate', () => {
  it('is the server variable of its placeholder, in either language and either form', () => {
    expect(optsOf(tsConfig()).region).toMatchObject({ read_env: 'ACME_REGION', server_variable: 'region' });
    expect(optsOf(pyConfig(PY_OWNERS)).region).toMatchObject({ read_env: 'ACME_REGION', server_variable: 'region' });
    expect(optsOf(pyConfig(PY_STAINLESS)).region).toMatchObject({ server_variable: 'region' });
  });

  const server = new TestServer();
  let root = '';
  beforeAll(async () => {
    await server.start();
    server.otherwise((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    root = tempDir('base-url-variable-r32u');
  });
  afterAll(async () => {
    await server.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("TypeScript: the SDK of the derived config sends to the URL with the option's value", async () => {
    const { files } = await generateFrom(root, spec(server.url), tsConfig(), { funcs: false, referenceDocs: false });
    writeFiles(path.join(root, 'sdk'), files);
    const { Acme } = (await import(pathToFileURL(path.join(root, 'sdk', 'src', 'index.ts')).href)) as {
      Acme: new (options: object) => { namespaces: { list(): Promise<unknown> } };
    };
    await new Acme({ region: 'eu-west' }).namespaces.list();
    expect(server.requests.map((r) => r.path)).toEqual(['/eu-west/api/v1/namespaces']);
  }, 120_000);

  // (SDKGEN_PYTHON_TESTS=full: a Python SDK is too slow for `npm test`.)
  it.skipIf(!PYTHON_FULL)(
    'Python: the same, from either form of the constructor',
    async () => {
      for (const form of [PY_OWNERS, PY_STAINLESS]) {
        server.requests.length = 0;
        const dir = pythonTempDir('base-url-variable-r32u');
        const out = path.join(dir, 'out');
        generatePythonInto(dir, out, {
          spec: { name: 'openapi.json', text: JSON.stringify(spec(server.url)) },
          config: { name: 'stainless.yml', text: pyConfig(form) },
        });
        const pkg = readdirSync(path.join(out, 'src')).find((name) => !name.includes('.'))!;
        const run = await runPythonAgainst(
          out,
          `from ${pkg} import Acme, AsyncAcme\nimport asyncio\n\nAcme(region="eu-west").namespaces.list()\n` +
            'asyncio.run(AsyncAcme(region="ap-south").namespaces.list())\n',
        );
        expect(run.stderr).toBe('');
        expect(server.requests.map((r) => r.path)).toEqual([
          '/eu-west/api/v1/namespaces',
          '/ap-south/api/v1/namespaces',
        ]);
      }
    },
    300_000,
  );
});
