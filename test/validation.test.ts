/**
 * `validation: true`: the generated Standard Schema validators and the client's checks with them.
 *
 * - Against Ajv (2020), on the flagship's spec and a sample of the corpus (the whole corpus: `npm run bench --
 *   --validation`, bench/validation.mjs): the same verdict on valid instances and on invalid ones mutated from them,
 *   for the keywords the validators check (test/helpers/validator-agreement.ts); the forgiving cases both ways.
 * - Types: `StandardSchemaV1.InferOutput<typeof X>` is exactly the SDK's type, for every model of the flagship.
 * - The client against a server on 127.0.0.1 whose bodies drifted from the spec, in each mode.
 * - docs/guides/validation.md: its TypeScript compiled against the flagship, its YAML read as a config.
 */
import { buildSync } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../generator/config';
import { schemaModule } from '../generator/emit/typescript/plan-schemas';
import { generate, type GenerateResult } from '../generator/generate';
import { agreement, disagreements, type SpecAgreement } from './helpers/validator-agreement';
import { ROOT, sharedPath } from './helpers/paths';
import { removeWhenAllPass, runTsc, STRICT_OPTIONS, tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { sweep } from './helpers/slow-tests';

const FLAGSHIP = path.join(ROOT, 'specs/smithery.openapi.yml');
const DOC = path.join(ROOT, 'docs/guides/validation.md');
const EDGES = path.join(ROOT, 'test/validation/edges.yaml');

/** Small specs of the corpus with the shapes that matter: discriminators, cycles, nesting, nullable, allOf. */
const CORPUS_SAMPLE = [
  'edge-cases/readme-oas-examples__oas30-discriminators__1.0.0.json',
  'edge-cases/readme-oas-examples__oas30-circular__1.0.0.json',
  'edge-cases/readme-oas-examples__oas30-complex-nesting__1.0.json',
  'public/vercel.com__Vercel-API__0.0.1.json',
  'public/urlbox.io__Urlbox-API__v1.json',
  'public/ote-godaddy.com__countries__1.0.0.json',
];
/**
 * The sample `npm test` takes: all but Vercel's API (475 kB, nine tenths of the sample's bytes; its SDK twice the
 * flagship's, of models of the kinds the flagship has), which SDKGEN_SLOW_TESTS=full (CI's) takes too.
 */
const SAMPLE = sweep(
  'validation corpus sample',
  CORPUS_SAMPLE,
  (spec) => spec,
  CORPUS_SAMPLE.filter((spec) => !spec.startsWith('public/vercel.com')),
);

let dir = '';
removeWhenAllPass(() => dir);
beforeAll(() => {
  dir = tempDir('validation');
});

describe('the validators agree with Ajv', () => {
  const results: SpecAgreement[] = [];
  beforeAll(async () => {
    results.push(await agreement(FLAGSHIP, path.join(dir, 'agree-flagship')));
    for (const spec of SAMPLE)
      results.push(await agreement(sharedPath('corpus', spec), path.join(dir, `agree-${path.basename(spec)}`)));
    // The shapes validators once got wrong (test/validation-edges.test.ts).
    results.push(await agreement(EDGES, path.join(dir, 'agree-edges')));
  });

  it('on every model of the flagship and of the sample, valid and mutated', () => {
    for (const result of results) expect(disagreements(result), result.spec).toEqual([]);
    const flagship = results[0]!;
    expect(flagship.schemas).toBeGreaterThan(90);
    const verdicts = results.flatMap((r) => r.verdicts);
    // Both verdicts occur, for each kind of value.
    for (const kind of ['valid', 'drop-required', 'wrong-type', 'root-wrong-type'] as const) {
      const ofKind = verdicts.filter((v) => v.kind === kind);
      expect(ofKind.length, kind).toBeGreaterThan(20);
      if (kind === 'valid') expect(ofKind.every((v) => v.ajv)).toBe(true);
      else expect(ofKind.some((v) => !v.ajv)).toBe(true);
    }
  });

  it('forgives what a server adds (both ways: refused exactly as Ajv refuses it, passed by validate)', () => {
    const verdicts = results.flatMap((r) => r.verdicts);
    for (const kind of ['unknown-property', 'unknown-enum', 'null-optional'] as const) {
      const refused = verdicts.filter((v) => v.kind === kind && !v.ajv);
      expect(refused.length, kind).toBeGreaterThan(5);
      for (const v of refused) expect(v).toMatchObject({ strict: false, forgiving: true });
    }
    // A discriminator's value no variant has: a variant the server added.
    const unknownTags = verdicts.filter((v) => v.kind === 'unknown-tag' && !v.ajv);
    expect(unknownTags.length).toBeGreaterThan(0);
    for (const v of unknownTags) expect(v).toMatchObject({ strict: false, forgiving: true });
  });
});

type ThrownValidationError = Error & { issues: Array<{ pointer: string; message: string }>; body: unknown };

describe('the flagship with validation', () => {
  let result: GenerateResult;
  let sdk = '';
  // The bundled SDK: the client, its errors, the validators' runtime and the servers module's validators.
  let loaded: {
    Smithery: new (options: Record<string, unknown>) => {
      servers: {
        get(name: string): Promise<unknown>;
        releases: { get(id: string, params: Record<string, unknown>): Promise<unknown> };
      };
    };
    ValidationError: new (...args: never[]) => ThrownValidationError;
    v: {
      union(variants: unknown[], discriminator: string, mapping: Array<[string, number]>): Validator;
      object(properties: Array<[string, unknown, boolean]>): Validator;
      literal(value: string): unknown;
      string: unknown;
      conforms(schema: Validator, value: unknown): boolean;
    };
    servers: Record<string, Validator>;
  };
  type Validator = {
    '~standard': { vendor: string; version: number; validate(value: unknown): { issues?: unknown[] } };
  };
  const server = new TestServer();

  beforeAll(async () => {
    sdk = path.join(dir, 'sdk');
    const config = path.join(dir, 'sdkgen.config.yaml');
    writeFileSync(
      config,
      'client:\n  version: 0.1.0\nresources:\n  connect: connections\nvalidation:\n  responses: warn\n',
    );
    result = await generate({ spec: FLAGSHIP, config, referenceDocs: false });
    writeFiles(sdk, result.files);
    const entry = path.join(sdk, 'entry.ts');
    writeFileSync(
      entry,
      [
        `export { Smithery, ValidationError } from './src/index.ts';`,
        `export * as v from './src/core/schema.ts';`,
        `export * as servers from './src/schemas/servers/servers.ts';`,
      ].join('\n'),
    );
    buildSync({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: path.join(sdk, 'entry.mjs'),
      logLevel: 'silent',
    });
    loaded = (await import(pathToFileURL(path.join(sdk, 'entry.mjs')).href)) as typeof loaded;
    await server.start();
  });
  afterAll(() => server.stop());

  it('infers exactly the SDK type of every model, and the docs compile', () => {
    const models = result.api.schemas;
    const lines = [
      `import type { StandardSchemaV1 } from './src/core/schema.js';`,
      `type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;`,
      `function expectEqual<A, B>(_: Equal<A, B>): void {}`,
    ];
    const modules = new Map<string, number>();
    const alias = (module: string, kind: 'T' | 'S') => {
      if (!modules.has(module)) modules.set(module, modules.size);
      return `${kind}${modules.get(module)}`;
    };
    const checks = models.map(
      (s) =>
        `expectEqual<StandardSchemaV1.InferOutput<typeof ${alias(s.module, 'S')}.${s.name}>, ${alias(s.module, 'T')}.${s.name}>(true);`,
    );
    for (const [module, n] of modules) {
      lines.push(`import type * as T${n} from './src/${module}.js';`);
      lines.push(`import * as S${n} from './src/${schemaModule(module)}.js';`);
    }
    // And one that must fail, so that the check can: a model is not another's type.
    lines.push(...checks, `// @ts-expect-error a validator's output is its own type only`);
    const [first, second] = ['Server', 'RegistryError'].map((name) => models.find((s) => s.name === name)!);
    lines.push(
      `expectEqual<StandardSchemaV1.InferOutput<typeof ${alias(first!.module, 'S')}.${first!.name}>, ${alias(second!.module, 'T')}.${second!.name}>(true);`,
    );
    writeFileSync(path.join(sdk, 'types.check.ts'), lines.join('\n'));
    const blocks = [...readFileSync(DOC, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBe(2);
    blocks.forEach((block, i) => writeFileSync(path.join(sdk, `doc-${i}.check.ts`), `${block}\nexport {};\n`));
    // The generated README's section too.
    const readme = readFileSync(path.join(sdk, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Validation'),
      readme.indexOf('\n## ', readme.indexOf('## Validation') + 1),
    );
    const readmeBlocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(readmeBlocks.length).toBe(2);
    const readmeProgram = `import Smithery from '@smithery/api';\ndeclare const text: string;\n${readmeBlocks.join('\n')}`;
    writeFileSync(path.join(sdk, 'readme.check.ts'), `${readmeProgram}\nexport {};\n`);
    const files = ['types.check.ts', 'readme.check.ts', ...blocks.map((_, i) => `doc-${i}.check.ts`)];
    writeFileSync(
      path.join(sdk, 'tsconfig.check.json'),
      JSON.stringify({
        compilerOptions: {
          ...STRICT_OPTIONS,
          types: [],
          baseUrl: '.',
          paths: { '@smithery/api': ['./src/index.ts'], '@smithery/api/*': ['./src/*'] },
        },
        files,
      }),
    );
    const { status, output } = runTsc(path.join(sdk, 'tsconfig.check.json'), {
      only: files.map((f) => path.join(sdk, f)),
    });
    expect(output).toBe('');
    expect(status).toBe(0);
    expect(checks.length).toBe(models.length);
  });

  it("bundles a call's own validators only", () => {
    const program = (func: string) => {
      const entry = path.join(sdk, `one-call-${func}.ts`);
      writeFileSync(
        entry,
        `import { SmitheryCore } from './src/client-core.ts';\nimport { ${func} } from './src/funcs/${func}.ts';\n` +
          `console.log(await ${func}(new SmitheryCore(), 'x'));`,
      );
      const built = buildSync({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false });
      return built.outputFiles[0]!.text;
    };
    // `serversGet` checks a Server: its properties' names are in, another model's are not; and the other way round.
    const server = program('serversGet');
    expect(server).toContain('"qualifiedName"');
    expect(server).toContain('"deploymentUrl"');
    expect(server).not.toContain('"deploymentId"');
    const resume = program('serversReleasesResume');
    expect(resume).toContain('"deploymentId"');
    expect(resume).not.toContain('"deploymentUrl"');
  });

  it('is a Standard Schema v1 object, vendor the package', () => {
    const { Server } = loaded.servers;
    expect(Server!['~standard'].version).toBe(1);
    expect(Server!['~standard'].vendor).toBe('@smithery/api');
    expect(Server!['~standard'].validate({})).toMatchObject({
      issues: expect.arrayContaining([
        { message: 'missing required property "qualifiedName"', path: ['qualifiedName'], pointer: '/qualifiedName' },
      ]),
    });
  });

  it('forgives a discriminator naming a variant the spec does not know (refused when nothing is forgiven)', () => {
    const { v } = loaded;
    const union = v.union(
      [v.object([['type', v.literal('a'), true]]), v.object([['type', v.literal('b'), true]])],
      'type',
      [
        ['a', 0],
        ['b', 1],
      ],
    );
    expect(union['~standard'].validate({ type: 'c' }).issues).toBeUndefined();
    expect(v.conforms(union, { type: 'c' })).toBe(false);
    expect(union['~standard'].validate('c').issues).toHaveLength(1);
  });

  /** A server body: the flagship's `Server`, as the spec says it. */
  const body = () => ({
    qualifiedName: 'acme/weather',
    displayName: 'Weather',
    description: 'Forecasts',
    iconUrl: null,
    remote: true,
    deploymentUrl: null,
    connections: [{ type: 'stdio', bundleUrl: 'https://x.test/b', runtime: 'node', configSchema: {} }],
    security: null,
    tools: [{ name: 'forecast', description: null, inputSchema: { type: 'object' } }],
    resources: null,
    prompts: null,
  });
  type Body = ReturnType<typeof body>;
  /** What differs, as the server sends it. */
  const drifts: Record<string, { change: (b: Body) => unknown; issue: string | null; notice: string | null }> = {
    'an extra field': { change: (b) => ({ ...b, stars: 5 }), issue: null, notice: '/stars' },
    'a new enum value': {
      change: (b) => ({ ...b, connections: [{ ...b.connections[0], runtime: 'deno' }] }),
      issue: null,
      notice: '/connections/0/runtime',
    },
    'null for an optional field': {
      change: (b) => ({ ...b, tools: [{ ...b.tools[0], outputSchema: null }] }),
      issue: null,
      notice: '/tools/0/outputSchema',
    },
    'a new union variant': {
      change: (b) => ({ ...b, connections: [...b.connections, { type: 'websocket', url: 'wss://x.test' }] }),
      issue: null,
      notice: '/connections/1/type',
    },
    'null for a required field': { change: (b) => ({ ...b, displayName: null }), issue: '/displayName', notice: null },
    'a wrong type': { change: (b) => ({ ...b, remote: 'yes' }), issue: '/remote', notice: null },
  };

  function client(mode: string | undefined) {
    const warnings: unknown[][] = [];
    const logger = { error() {}, info() {}, debug() {}, warn: (...args: unknown[]) => warnings.push(args) };
    const options = {
      baseURL: server.url,
      apiKey: 'k',
      maxRetries: 0,
      logger,
      ...(mode ? { validateResponses: mode } : {}),
    };
    return { client: new loaded.Smithery(options), warnings };
  }
  const pointers = (warnings: unknown[][]) =>
    warnings.flatMap((w) => ((w[1] as { issues: Array<{ pointer: string }> }).issues ?? []).map((i) => i.pointer));

  for (const [drift, { change, issue, notice }] of Object.entries(drifts)) {
    it(`${drift}: off returns it silently, warn logs it, strict ${issue ? 'throws' : 'returns it'}`, async () => {
      const sent = change(body());
      server.on('GET /servers/weather', json(200, sent));
      const off = client('off');
      expect(await off.client.servers.get('weather')).toEqual(sent);
      expect(off.warnings).toEqual([]);
      // warn is the config's default here.
      const warn = client(undefined);
      expect(await warn.client.servers.get('weather')).toEqual(sent);
      expect(pointers(warn.warnings)).toEqual([issue ?? notice]);
      expect(String(warn.warnings[0]![0])).toBe('[@smithery/api] The response differs from the spec');
      const strict = client('strict');
      if (!issue) {
        expect(await strict.client.servers.get('weather')).toEqual(sent);
        expect(pointers(strict.warnings)).toEqual([notice]);
      } else {
        const error = await strict.client.servers.get('weather').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(loaded.ValidationError);
        const thrown = error as ThrownValidationError;
        expect(thrown.issues.map((i) => i.pointer)).toEqual([issue]);
        expect(thrown.body).toBe(JSON.stringify(sent));
      }
    });
  }

  it('the spec as it is: no warning in any mode', async () => {
    server.on('GET /servers/weather', json(200, body()));
    for (const mode of ['off', 'warn', 'strict']) {
      const { client: c, warnings } = client(mode);
      expect(await c.servers.get('weather')).toEqual(body());
      expect(warnings).toEqual([]);
    }
  });

  it('validateParams: strict throws before anything is sent, warn logs and sends', async () => {
    server.reset();
    server.on('GET /servers/weather/releases/r1', json(200, { id: 'r1' }));
    const strict = new loaded.Smithery({
      baseURL: server.url,
      apiKey: 'k',
      maxRetries: 0,
      validateParams: 'strict',
      validateResponses: 'off',
    });
    const error = await strict.servers.releases.get('r1', { qualifiedName: 42 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(loaded.ValidationError);
    expect((error as ThrownValidationError).issues.map((i) => i.pointer)).toEqual(['/qualifiedName']);
    expect(server.received()).toHaveLength(0);
    server.otherwise(json(200, { id: 'r1' }));
    const warnings: unknown[][] = [];
    const logger = { error() {}, info() {}, debug() {}, warn: (...args: unknown[]) => warnings.push(args) };
    const options = { baseURL: server.url, apiKey: 'k', maxRetries: 0, validateResponses: 'off', logger };
    const warn = new loaded.Smithery({ ...options, validateParams: 'warn' });
    // A property the params type does not declare is no issue.
    await warn.servers.releases.get('r1', { qualifiedName: 'weather', extra: 1 });
    expect(warnings).toEqual([]);
    await warn.servers.releases.get('r1', { qualifiedName: 42 });
    expect(server.received()).toHaveLength(2);
    expect(pointers(warnings)).toEqual(['/qualifiedName']);
    expect(String(warnings[0]![0])).toBe('[@smithery/api] The params differ from the spec');
  });

  it("the docs' configs are configs", () => {
    const blocks = [...readFileSync(DOC, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => yaml.load(m[1]!));
    expect(blocks.map((b) => parseConfig(b, 'doc').validation)).toEqual([
      { responses: 'off', params: 'off' },
      { responses: 'warn', params: 'off' },
    ]);
  });
});
