/**
 * Stainless's tests of the client (`tests/index.test.ts`), which an SDK made from a Stainless config has as
 * Stainless's SDKs had it: for real configs (query auth: OneBusAway's `send_as_query_param`; bearer auth read from
 * the environment: Knock's) and small ones, the file is snapshotted, type-checked with the SDK under tsc --strict,
 * and run under Node by the harness on its own (its tests need no server: they read the URLs the client builds, or
 * give it a `fetch`). An SDK without a Stainless config has no such file. `npm test` takes Knock's client settings on
 * a one-endpoint API (`bearer`) in place of Knock's 670 kB spec, which SDKGEN_SLOW_TESTS=full (CI's) generates too.
 * `npm test` snapshots every project's file but type-checks and runs `bearer`'s alone (the most client options: a
 * bearer token and a nullable header from the environment, an idempotency header, environments); the others' type-
 * checks and runs are SDKGEN_SLOW_TESTS=full's: each is a tsc program and a test run of its own.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../generator/generate';
import { runGeneratedTests, typeCheckStrict } from './helpers/generated-tests';
import { ROOT, sharedPath } from './helpers/paths';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { sweep } from './helpers/slow-tests';

const SNAPSHOTS = path.join(ROOT, 'test/__snapshots__/stainless-client-tests');

const root = tempDir('stainless-client-tests');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** An API without credentials, with environments and an idempotency header: the file's other branches. */
const ACME_SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: { '/health': { get: { operationId: 'check', responses: { '204': { description: 'ok' } } } } },
};
const ACME_CONFIG = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
client_settings:
  idempotency:
    header: Idempotency-Key
environments:
  production: https://api.acme.test
  sandbox: https://sandbox.acme.test
resources:
  health:
    methods:
      check: get /health
`;

/** Knock's credentials and client options (a bearer token and a nullable header, each read from its env var). */
const BEARER_SPEC = {
  openapi: '3.0.0',
  info: { title: 'Bell', version: '1.0' },
  servers: [{ url: 'https://api.bell.test' }],
  security: [{ BearerAuth: [] }],
  components: { securitySchemes: { BearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
  paths: { '/health': { get: { operationId: 'check', responses: { '204': { description: 'ok' } } } } },
};
const BEARER_CONFIG = `organization:
  name: bell
targets:
  typescript:
    package_name: bell
client_settings:
  idempotency:
    header: 'Idempotency-Key'
  opts:
    api_key:
      type: string
      read_env: BELL_API_KEY
      auth: { security_scheme: BearerAuth }
    branch:
      type: string
      read_env: BELL_BRANCH
      nullable: true
      description: "The slug of an existing branch"
      send_in_header: "X-Bell-Branch"
environments:
  production: https://api.bell.test
resources:
  health:
    methods:
      check: get /health
`;

/** A project whose spec and config the test writes (into its own folder). */
const written =
  (name: string, spec: object, config: string): (() => Promise<GenerateResult>) =>
  async () => {
    const dir = path.join(root, `${name}-input`);
    mkdirSync(dir, { recursive: true });
    return generateFrom(dir, spec, config);
  };

const real = (dir: string): (() => Promise<GenerateResult>) => {
  const input = { spec: sharedPath(dir, 'openapi.yml'), config: sharedPath(dir, 'stainless.yml') };
  return () => generate(input);
};

const all = [
  // The credential sent as a query parameter (`send_as_query_param: key`).
  { name: 'onebusaway', make: real('stainless-compat/onebusaway') },
  // A bearer token read from KNOCK_API_KEY.
  { name: 'knock', make: real('stainless-configs/knocklabs__docs__data-specs-api') },
  { name: 'acme', make: written('acme', ACME_SPEC, ACME_CONFIG) },
  // Knock's client settings, on a one-endpoint API.
  { name: 'bearer', make: written('bearer', BEARER_SPEC, BEARER_CONFIG) },
];
const projects = sweep(
  'stainless-client-tests',
  all,
  (p) => p.name,
  all.length < 4 ? ['acme', 'bearer'] : ['onebusaway', 'acme', 'bearer'],
);
/** The projects whose SDK is type-checked and whose client tests are run (every one with SDKGEN_SLOW_TESTS=full). */
const checked = new Set(sweep('stainless-client-tests, type-checked and run', projects, (p) => p.name, ['bearer']));

describe.each(projects)('the client tests of $name', (project) => {
  const { name, make } = project;
  const out = path.join(root, name);
  let result: GenerateResult;

  it('are Stainless-shaped', async () => {
    result = await make();
    const file = result.files.find((f) => f.path === 'tests/index.test.ts');
    expect(file, 'tests/index.test.ts').toBeDefined();
    await expect(file!.contents).toMatchFileSnapshot(path.join(SNAPSHOTS, name, 'index.test.ts'));
  });

  it.runIf(checked.has(project))('type-check under tsc --strict and pass', async () => {
    // The SDK with only these tests (the resources' need a mock server; test/stainless-compat.test.ts runs them).
    writeFiles(
      out,
      result.files.filter((f) => !f.path.startsWith('tests/api-resources/')),
    );
    const { status, output } = typeCheckStrict(out, ['src/**/*.ts', 'tests/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);

    const run = await runGeneratedTests(out, 'http://127.0.0.1:9');
    const declared = readFileSync(path.join(out, 'tests/index.test.ts'), 'utf8').match(/^\s*it\(/gm)?.length ?? 0;
    expect(run.failed, run.text).toEqual([]);
    expect(run.summary).toBe(`${declared} passed, 0 failed, 0 skipped`);
  });
});

describe('an SDK without a Stainless config', () => {
  it("has sdkgen's tests of its runtime at tests/index.test.ts, not Stainless's tests of the client", async () => {
    const result = await generate({ spec: path.join(ROOT, 'test/fixtures/auth-schemes.yaml') });
    expect(result.files.map((f) => f.path)).toContain('tests/harness.ts');
    const index = result.files.find((f) => f.path === 'tests/index.test.ts');
    // sdkgen's answer from a server of their own; Stainless's hand the client a `fetch` of theirs.
    expect(index?.contents).toMatch(/from '\.\/local-server(?:\.[jt]s)?';/);
    expect(index?.contents).not.toMatch(/\bfetch: /);
  });
});
