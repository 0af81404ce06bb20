/**
 * Options the owners added to Stainless's `ClientOptions` (in its src/client.ts) are carried by migrate into
 * sdkgen's src/client.ts, verbatim, as an interface extending sdkgen's own (generator/migrate/owners/client-options.ts):
 * turbopuffer's kind, `connectTimeout?` which the derived config also made a client option (declared in
 * client-core.ts, nullable there) and an option of theirs alone. Users' imports of `ClientOptions` from the
 * package and from its client module keep working, and the SDK type-checks strictly.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';
import { STRICT_OPTIONS, generateFrom, tempDir, writeFiles } from '../helpers/sdk';
import { runTsc } from '../helpers/run-tsc';
import { SLOW_FULL } from '../helpers/slow-tests';

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
client_settings:
  opts:
    connect_timeout:
      type: number
      description: |-
        The maximum amount of time (in milliseconds) that the client should wait for a socket
        to be established.
resources:
  widgets:
    methods:
      list: get /widgets
`;

/** Stainless's client module (2025), its options reduced to one. */
const stainlessClient = `import { readEnv } from './internal/utils/env';

export interface ClientOptions {
  /**
   * Override the default base URL for the API.
   */
  baseURL?: string | null | undefined;
}

/**
 * API Client for interfacing with the Acme API.
 */
export class Acme {
  baseURL: string;
}
`;

/** The owners' additions to it, as turbopuffer's client.ts has them. */
const ADDED = [
  '  /**',
  '   * The maximum amount of time (in milliseconds) that the client should wait for a socket',
  '   * to be established.',
  '   */',
  '  connectTimeout?: number | undefined;',
  '  /**',
  '   * Whether to log each request.',
  '   */',
  '  verbose?: boolean | undefined;',
];
const ownersClient = stainlessClient.replace('  baseURL?: string | null | undefined;\n', (line) =>
  [line.trimEnd(), ...ADDED, ''].join('\n'),
);

/** A user's module: the options imported as users of Stainless's SDK import them. */
const USERS = `import { Acme, type ClientOptions } from './index';
import type { ClientOptions as FromClient } from './client';

const fromClient: FromClient = { connectTimeout: 5_000, verbose: true, maxRetries: 1 };
const fromPackage: ClientOptions = { connectTimeout: 5_000 };
export const clients = [new Acme(fromClient), new Acme(fromPackage)];
`;

let root = '';
let carried = '';
let entry = '';

beforeAll(async () => {
  root = tempDir('carried-options-r33c');
  const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
  const rendered = files.filter((f) => f.path === 'src/client.ts' || f.path === 'src/index.ts');
  const plan = planMigration({
    current: [{ path: 'src/client.ts', blob: 'c2', text: ownersClient }],
    base: { blobs: new Map([['src/client.ts', 'c1']]), texts: new Map([['src/client.ts', stainlessClient]]) },
    rendered,
  });
  const written = new Map(plan.writes.map((f) => [f.path, f.contents]));
  carried = written.get('src/client.ts')!;
  entry = written.get('src/index.ts')!;
  const out = files.map((f) => ({ path: f.path, contents: written.get(f.path) ?? f.contents }));
  writeFiles(path.join(root, 'sdk'), out);
  writeFileSync(path.join(root, 'sdk', 'src', 'users.ts'), USERS);
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("the owners' client options, carried into src/client.ts", () => {
  it('declares their lines verbatim in an interface of client.ts extending sdkgen’s', () => {
    expect(carried).toContain(`export interface ClientOptions extends CoreClientOptions {\n${ADDED.join('\n')}\n}`);
    expect(carried).toMatch(/^import \{ AcmeCore, type ClientOptions as CoreClientOptions \} from '\.\/client-core/m);
    expect(carried).not.toContain('export type { ClientOptions };');
  });

  it('is what the package exports as `ClientOptions`, as Stainless’s does', () => {
    expect(entry).toMatch(/^export \{ Acme as default, Acme, type ClientOptions \} from '\.\/client(\.js)?';$/m);
    expect(entry).toMatch(/^export \{ AcmeCore \} from '\.\/client-core(\.js)?';$/m);
  });

  it('constructs a client from them', async () => {
    const { clients } = (await import(pathToFileURL(path.join(root, 'sdk', 'src', 'users.ts')).href)) as {
      clients: Array<{ connectTimeout: number | null }>;
    };
    expect(clients.map((client) => client.connectTimeout)).toEqual([5_000, 5_000]);
  });

  // A tsc program of its own (a few seconds): SDKGEN_SLOW_TESTS=full's.
  it.runIf(SLOW_FULL)('type-checks strictly, users’ imports included', () => {
    const sdk = path.join(root, 'sdk');
    const compilerOptions = { ...STRICT_OPTIONS, verbatimModuleSyntax: false };
    writeFileSync(path.join(sdk, 'tsconfig.check.json'), JSON.stringify({ compilerOptions, include: ['src/**/*.ts'] }));
    expect(runTsc(path.join(sdk, 'tsconfig.check.json')).output).toBe('');
  });
});
