/**
 * Method settings of a Stainless config: `positional_params` (which path parameters are positional, in call
 * order), `deprecated` (true or a message, on a method the spec does not deprecate) and
 * `streaming.params_type_name`; and the client's defaults from `client_settings`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseApiMd } from '../../generator/diff/api-md';
import { generate } from '../../generator/generate';
import type { Resource } from '../../generator/ir/types';
import { tempDir } from '../helpers/sdk';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });

/** Generates (unformatted, no functions or docs) from `spec` with a Stainless config of `text` beside it. */
function generateWithConfig(spec: string, text: string) {
  const config = path.join(path.dirname(spec), 'stainless.yml');
  writeFileSync(config, text);
  return generate({ spec, config, format: false, funcs: false, referenceDocs: false });
}

async function build(methods: string, clientSettings = '', target = '') {
  const spec = writeSpec(
    openapi({
      paths: {
        '/orgs/{org_id}/teams/{team_id}': {
          get: { parameters: [pathParam('org_id'), pathParam('team_id')], responses: ok },
          delete: { parameters: [pathParam('org_id'), pathParam('team_id')], responses: ok },
        },
      },
    }),
  );
  return generateWithConfig(
    spec,
    `organization: { name: acme }\n${target}${clientSettings}resources:\n  teams:\n    methods:\n${methods}`,
  );
}

describe('Stainless method settings', () => {
  it("the README links the API's documentation: organization.docs, else the spec's externalDocs; only http(s) URLs", async () => {
    const readmeOf = async (organization: string, externalDocs?: unknown) => {
      const spec = writeSpec({
        ...openapi({ paths: { '/teams': { get: { responses: ok } } } }),
        ...(externalDocs === undefined ? {} : { externalDocs }),
      });
      const { api, files, diagnostics } = await generateWithConfig(
        spec,
        `organization:\n${organization}resources:\n  teams:\n    methods:\n      list: get /teams\n`,
      );
      const readme = files.find((f) => f.path === 'README.md')!.contents;
      const line = readme.split('\n').find((l) => l.startsWith("The API's own documentation")) ?? null;
      return { docsUrl: api.docsUrl, line, warnings: diagnostics.warnings.map((w) => w.message) };
    };
    const fromConfig = await readmeOf('  name: acme\n  docs: https://docs.acme.test/guide(v2)\n', {
      url: 'https://elsewhere.test',
    });
    expect(fromConfig.docsUrl).toBe('https://docs.acme.test/guide(v2)');
    expect(fromConfig.line).toBe(
      "The API's own documentation is at [docs.acme.test](https://docs.acme.test/guide%28v2%29).",
    );
    const fromSpec = await readmeOf('  name: acme\n', { url: 'https://acme.test/docs' });
    expect(fromSpec.line).toBe("The API's own documentation is at [acme.test](https://acme.test/docs).");
    // Neither an http(s) URL: no link, and the config's value is warned about.
    const neither = await readmeOf('  name: acme\n  docs: javascript:alert(1)\n', { url: 'file:///etc/passwd' });
    expect([neither.docsUrl, neither.line]).toEqual([null, null]);
    expect(neither.warnings.some((w) => w.includes('organization.docs') && w.includes('not an http(s) URL'))).toBe(
      true,
    );
    expect((await readmeOf('  name: acme\n  docs: ""\n')).line).toBeNull();
  });

  it('SECURITY.md sends reports to organization.security_contact, else organization.contact; neither, no file', async () => {
    const securityOf = async (organization: string) => {
      const spec = writeSpec(openapi({ paths: { '/teams': { get: { responses: ok } } } }));
      const { files } = await generateWithConfig(
        spec,
        `organization:\n${organization}resources:\n  teams:\n    methods:\n      list: get /teams\n`,
      );
      return files.find((f) => f.path === 'SECURITY.md')?.contents ?? null;
    };
    const both = await securityOf(
      '  name: acme\n  contact: support@acme.test\n  security_contact: security@acme.test\n',
    );
    expect(both).toContain('report it privately to\nsecurity@acme.test rather than in a public issue');
    expect(both).not.toContain('support@acme.test');
    expect(await securityOf('  name: acme\n  contact: support@acme.test\n')).toContain('support@acme.test');
    // An http(s) URL is a link; Markdown in another value is shown as text, not markup.
    expect(await securityOf('  name: acme\n  contact: https://acme.test/security\n')).toContain(
      '[acme.test](https://acme.test/security)',
    );
    expect(await securityOf('  name: acme\n  contact: "[x](javascript:alert(1))"\n')).toContain('\\[x\\]');
    expect(await securityOf('  name: acme\n  contact: ""\n')).toBeNull();
    expect(await securityOf('  name: acme\n')).toBeNull();
  });

  it('one environment is the default base URL with nothing to choose; two or more are the `environment` option', async () => {
    const withEnvironments = async (envs: string) => {
      const { api, files } = await build(
        `      retrieve: get /orgs/{org_id}/teams/{team_id}\n`,
        '',
        `environments:\n${envs}`,
      );
      const client = files.find((f) => f.path === 'src/client-core.ts')!.contents;
      return { api, option: client.includes('environment?: Environment') };
    };
    const one = await withEnvironments('  production: https://api.acme.test/v2\n');
    expect([one.api.environments, one.api.baseUrl, one.option]).toEqual([[], 'https://api.acme.test/v2', false]);
    const two = await withEnvironments(
      '  production: https://api.acme.test/v2\n  sandbox: https://sandbox.acme.test\n',
    );
    expect(two.api.environments.map((e) => e.name)).toEqual(['production', 'sandbox']);
    expect([two.api.baseUrl, two.option]).toEqual(['https://api.acme.test/v2', true]);
  });

  it("mcp: a method's own setting, else mcp_server.enable_all_resources, says whether it is an MCP tool", async () => {
    const server = (all: string) =>
      `targets:\n  typescript:\n    options:\n      mcp_server: { enable_all_resources: ${all} }\n`;
    const tools = async (all: string, retrieveMcp: string) => {
      const retrieve = `      retrieve:\n        endpoint: get /orgs/{org_id}/teams/{team_id}\n${retrieveMcp}`;
      const { api, diagnostics } = await build(
        `${retrieve}      delete: delete /orgs/{org_id}/teams/{team_id}\n`,
        '',
        server(all),
      );
      const [retrieveMethod, deleteMethod] = api.resources[0].methods;
      return {
        retrieve: retrieveMethod.noMcpTool !== true,
        delete: deleteMethod.noMcpTool !== true,
        warnings: diagnostics.warnings.map((w) => w.message),
      };
    };
    expect(await tools('true', '')).toEqual({ retrieve: true, delete: true, warnings: [] });
    expect(await tools('true', '        mcp: false\n')).toEqual({ retrieve: false, delete: true, warnings: [] });
    expect(await tools('false', '        mcp: true\n')).toEqual({ retrieve: true, delete: false, warnings: [] });
    expect(await tools('false', '')).toEqual({
      retrieve: false,
      delete: false,
      warnings: [
        'targets.typescript.options.mcp_server.enable_all_resources: is false and no method sets `mcp: true`: the MCP server has no tools',
      ],
    });
  });

  it('positional_params: the listed path parameters are positional, in that order; the rest go in params', async () => {
    const { api, diagnostics } = await build(
      [
        '      retrieve:',
        '        endpoint: get /orgs/{org_id}/teams/{team_id}',
        '        positional_params: [team_id, org_id]',
        '      delete:',
        '        endpoint: delete /orgs/{org_id}/teams/{team_id}',
        '        positional_params: [org_id, limit]',
        '',
      ].join('\n'),
    );
    const [retrieve, remove] = api.resources[0].methods;
    expect(retrieve.positional.map((p) => p.wireName)).toEqual(['team_id', 'org_id']);
    expect(retrieve.params).toBeNull();
    expect(remove.positional.map((p) => p.wireName)).toEqual(['org_id']);
    expect(remove.params?.fields.map((f) => f.wireName)).toEqual(['team_id']);
    expect(diagnostics.warnings.map((w) => w.message)).toContain(
      'resources.teams.methods.delete.positional_params: "limit" is not a path parameter of DELETE /orgs/{org_id}/teams/{team_id}; it stays in the params',
    );
  });

  it('deprecated: true or a message marks the method @deprecated', async () => {
    const { files } = await build(
      [
        '      retrieve:',
        '        endpoint: get /orgs/{org_id}/teams/{team_id}',
        '        deprecated: Use teams.get instead.',
        '      delete:',
        '        endpoint: delete /orgs/{org_id}/teams/{team_id}',
        '        deprecated: true',
        '',
      ].join('\n'),
    );
    const module = files.find((f) => f.path === 'src/resources/teams.ts')!.contents;
    expect(module).toContain('@deprecated Use teams.get instead.');
    expect(module.match(/@deprecated/g)).toHaveLength(2);
  });
});

describe("a Stainless config's idempotency header", () => {
  it("is the client's: a spec's parameter of that name is no method's (Stainless's methods take none)", async () => {
    const key = { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } };
    const trace = { name: 'X-Trace', in: 'header', required: false, schema: { type: 'string' } };
    const spec = writeSpec(
      openapi({
        paths: {
          '/teams': { post: { parameters: [key, trace], responses: ok } },
          '/teams/{team_id}': { get: { parameters: [pathParam('team_id'), key], responses: ok } },
        },
      }),
    );
    const config = (settings: string) =>
      `organization: { name: acme }\n${settings}resources:\n  teams:\n    methods:\n      create: post /teams\n      retrieve: get /teams/{team_id}\n`;
    const params = (api: { resources: Resource[] }) =>
      Object.fromEntries(
        api.resources[0]!.methods.map((m) => [m.name, (m.params?.fields ?? []).map((f) => `${f.in}:${f.wireName}`)]),
      );
    const withKey = await generateWithConfig(
      spec,
      config('client_settings:\n  idempotency: { header: Idempotency-Key }\n'),
    );
    expect(params(withKey.api)).toEqual({ create: ['header:X-Trace'], retrieve: [] });
    // Python's methods take the options-level `idempotency_key` alone (with the spec's it was a duplicate argument).
    const configPath = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(configPath, config('client_settings:\n  idempotency: { header: Idempotency-Key }\n'));
    const python = await generate({ spec, config: configPath, target: 'python', format: false, funcs: false });
    const teams = python.files.find((f) => f.path.endsWith('/resources/teams.py'))!.contents;
    const create = teams.slice(
      teams.indexOf('    def create('),
      teams.indexOf(') -> ', teams.indexOf('    def create(')),
    );
    expect(create.match(/^ +idempotency_key: /gm)).toEqual(['        idempotency_key: ']);
    // (Without one in the config, the parameter is the method's as any other header.)
    const without = await generateWithConfig(spec, config(''));
    expect(params(without.api)).toEqual({
      create: ['header:Idempotency-Key', 'header:X-Trace'],
      retrieve: ['header:Idempotency-Key'],
    });
  });
});

describe('Stainless client_settings defaults', () => {
  it("default_timeout, default_retries.max_retries and idempotency.header become the client's defaults", async () => {
    const result = await build(
      '      retrieve: get /orgs/{org_id}/teams/{team_id}\n',
      [
        'client_settings:',
        '  default_timeout: PT90S',
        '  default_retries: { max_retries: 0, initial_delay_seconds: 1, max_delay_seconds: 0, jitter: true }',
        '  idempotency: { header: Idempotency-Key }',
        '',
      ].join('\n'),
    );
    expect(result.api.requestDefaults).toEqual({ timeoutMs: 90_000, maxRetries: 0 });
    expect(result.api.idempotencyHeader).toBe('Idempotency-Key');
    // A delay given is the backoff's; one that cannot be (0) keeps the runtime's, with a warning.
    expect(result.api.retryBackoff).toEqual({ initialMs: 1000, maxMs: 8000 });
    expect(result.diagnostics.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'client_settings.default_retries.max_delay_seconds: must be a number above 0, got number 0; ignored',
        'client_settings.default_retries.jitter: not supported by sdkgen; ignored',
      ]),
    );
    // The generated client, imported and constructed: the defaults are its own, a caller's option still wins.
    const dir = tempDir('stainless-defaults');
    for (const file of result.files) {
      mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
      writeFileSync(path.join(dir, file.path), file.contents);
    }
    const { Acme } = await import(pathToFileURL(path.join(dir, 'src/index.ts')).href);
    const client = new Acme({ baseURL: 'http://127.0.0.1:1' });
    expect([client.timeout, client.maxRetries]).toEqual([90_000, 0]);
    expect(new Acme({ baseURL: 'http://127.0.0.1:1', timeout: 5 }).timeout).toBe(5);
    // Stainless's statics: the class under its own name, its default timeout.
    expect([Acme.Acme, Acme.DEFAULT_TIMEOUT]).toEqual([Acme, 90_000]);
    rmSync(dir, { recursive: true, force: true });
    // The README states the client's defaults, not the runtime's.
    const readme = result.files.find((f) => f.path === 'README.md')!.contents;
    expect(readme).toContain('does not retry a failed request unless `maxRetries` is set');
    expect(readme).toContain('A request gives up after 90 seconds');
    expect(readme).toContain('maxRetries: 0, // 0 when left out');
    expect(readme).toContain('timeout: 20 * 1000, // 20 seconds; 90 seconds when left out');
    expect(readme).toContain('throws `APIConnectionTimeoutError`.');
    expect(readme).not.toMatch(/60 seconds|1 minute|up to 2 more|\(twice/);
  });
});

describe('Stainless client_settings.opts', () => {
  it('an option named as one of the client has (base_url) is left out, the warning naming it', async () => {
    const result = await build(
      '      retrieve: get /orgs/{org_id}/teams/{team_id}\n',
      'client_settings:\n  opts:\n    base_url:\n      type: string\n      read_env: ACME_ENGINE_URL\n',
    );
    expect(result.api.settingOptions).toEqual([]);
    expect(result.diagnostics.warnings.map((w) => w.message)).toContain(
      'client_settings.opts.base_url: the client option would be `baseURL`, which is not a name an option can take or one the client has already; left out',
    );
  });
});

describe('Stainless query_settings', () => {
  it("array_format and nested_format are the query params' styles; unset, comma and brackets as Stainless's SDKs sent", async () => {
    const query = (name: string, schema: unknown) => ({ name, in: 'query', schema });
    const spec = writeSpec(
      openapi({
        paths: {
          '/things': {
            get: {
              parameters: [
                query('tags', { type: 'array', items: { type: 'string' } }),
                query('filter', { type: 'object', properties: { status: { type: 'string' } } }),
                query('ids', { type: 'array', items: { type: 'string' } }),
                { ...query('exploded', { type: 'array', items: { type: 'string' } }), style: 'form', explode: true },
              ],
              responses: ok,
            },
          },
        },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    const styles = async (settings: string) => {
      writeFileSync(
        config,
        `organization: { name: acme }\nquery_settings: ${settings}\nresources:\n  things:\n    methods:\n      list: get /things\n`,
      );
      const result = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
      const fields = result.api.resources[0].methods[0].params!.fields;
      return {
        styles: Object.fromEntries(fields.map((f) => [f.wireName, f.style])),
        warnings: result.diagnostics.warnings.map((w) => w.message),
      };
    };
    expect((await styles('{ array_format: comma, nested_format: brackets }')).styles).toEqual({
      tags: { style: 'form', explode: false },
      filter: { style: 'deepObject', explode: true },
      ids: { style: 'form', explode: false },
      // The spec's own style wins.
      exploded: null,
    });
    const indices = await styles('{ array_format: indices, nested_format: dots }');
    expect(indices.styles).toEqual({
      tags: { style: 'indices', explode: true },
      filter: { style: 'dots', explode: true },
      ids: { style: 'indices', explode: true },
      exploded: null,
    });
    expect(indices.warnings.filter((w) => w.startsWith('query_settings'))).toEqual([]);
    expect((await styles('{ array_format: brackets }')).styles).toMatchObject({ tags: { style: 'brackets' } });
    expect((await styles('{ array_format: repeat }')).styles).toMatchObject({
      tags: null,
      filter: { style: 'deepObject', explode: true },
    });
    // Unset, what Stainless's SDKs sent: arrays comma-joined, objects in brackets.
    expect((await styles('{}')).styles).toEqual({
      tags: { style: 'form', explode: false },
      filter: { style: 'deepObject', explode: true },
      ids: { style: 'form', explode: false },
      exploded: null,
    });
  });
});

describe('query parameters whose names spell a structure', () => {
  it("inserted_at.gt and inserted_at.lt are one object field, objects[] the array objects, filter[status] a field of that name, each sent under the spec's names", async () => {
    const query = (name: string, schema: unknown, extra = {}) => ({ name, in: 'query', schema, ...extra });
    const spec = writeSpec(
      openapi({
        paths: {
          '/things': {
            get: {
              parameters: [
                query('inserted_at.gt', { type: 'string' }, { description: 'After this date.' }),
                query('inserted_at.lt', { type: 'string' }, { required: true }),
                query('filter[status]', { type: 'string' }),
                query('objects[]', { type: 'array', items: { type: 'string' } }),
                // A base another parameter already has keeps both as they are.
                query('sort', { type: 'string' }),
                query('sort.order', { type: 'string' }),
                // Not an array: the name is kept.
                query('single[]', { type: 'string' }),
              ],
              responses: ok,
            },
          },
        },
      }),
    );
    // Without a config too: this is how Stainless reads the spec.
    const result = await generate({ spec, format: false, funcs: false, referenceDocs: false });
    const fields = result.api.resources[0].methods[0].params!.fields;
    expect(fields.map((f) => [f.key, f.wireName, f.style?.style ?? null, f.required])).toEqual([
      ['inserted_at', 'inserted_at', null, true],
      ['filter[status]', 'filter[status]', null, false],
      ['objects', 'objects[]', null, false],
      ['sort', 'sort', null, false],
      ['sort.order', 'sort.order', null, false],
      ['single[]', 'single[]', null, false],
    ]);
    const insertedAt = fields[0].type;
    expect(
      insertedAt.kind === 'object' && insertedAt.properties.map((p) => [p.key, p.required, p.docs.description]),
    ).toEqual([
      ['gt', false, 'After this date.'],
      ['lt', true, undefined],
    ]);
    const module = result.files.find((f) => f.path === 'src/resources/things.ts')!.contents;
    expect(module).toContain('inserted_at: ThingRetrieveParams.InsertedAt;');
    expect(module).toMatch(/export interface InsertedAt \{[^}]*gt\?: string;[^}]*lt: string;/s);
    expect(module).toContain(
      "query: { 'inserted_at.gt': inserted_at?.['gt'], 'inserted_at.lt': inserted_at?.['lt'], 'filter[status]': filterStatus, 'objects[]': objects, sort, 'sort.order': sortOrder, 'single[]': single, ...query }",
    );
  });
});

describe('Stainless streaming.params_type_name', () => {
  it("names a dual-mode method's params type, and its Streaming and NonStreaming variants after it", async () => {
    const spec = writeSpec(
      openapi({
        paths: {
          '/completions': {
            post: {
              requestBody: {
                required: true,
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      required: ['prompt'],
                      properties: { prompt: { type: 'string' }, stream: { type: 'boolean' } },
                    },
                  },
                },
              },
              responses: {
                '200': {
                  description: 'ok',
                  content: {
                    'application/json': { schema: { type: 'object', properties: { text: { type: 'string' } } } },
                    'text/event-stream': { schema: { type: 'object', properties: { delta: { type: 'string' } } } },
                  },
                },
              },
            },
          },
        },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    const streaming = (typeName: string) =>
      [
        'organization: { name: acme }',
        'resources:',
        '  completions:',
        '    methods:',
        '      create:',
        '        endpoint: post /completions',
        `        streaming: { param_discriminator: stream${typeName} }`,
        '',
      ].join('\n');
    writeFileSync(config, streaming(', params_type_name: CompletionRequest'));
    const named = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const module = named.files.find((f) => f.path === 'src/resources/completions.ts')!.contents;
    expect(named.api.resources[0].methods[0].params?.typeName).toBe('CompletionRequest');
    expect(module).toContain('export interface CompletionRequestNonStreaming extends CompletionRequest');
    expect(module).toContain('export interface CompletionRequestStreaming extends CompletionRequest');
    // Its generated test calls it without streaming, as Stainless's tests do: a mock cannot stream its example.
    const test = named.files.find((f) => f.path === 'tests/api-resources/completions.test.ts')!.contents;
    expect(test).toContain("create({ prompt: 'prompt', stream: false })");
    // Without it, the name is the method's.
    writeFileSync(config, streaming(''));
    const derived = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    expect(derived.api.resources[0].methods[0].params?.typeName).toBe('CompletionCreateParams');
    // A discriminator the method has no parameter of: a warning on its key, and the method does not stream.
    const unknownText = streaming('').replace('param_discriminator: stream', 'param_discriminator: streamed');
    writeFileSync(config, unknownText);
    const unknown = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    expect(unknown.api.resources[0].methods[0].streamWhen).toBeNull();
    expect(unknown.diagnostics.warnings.filter((d) => d.code === 'stainless-streaming')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^resources\.completions\.methods\.create\.streaming\.param_discriminator: names no parameter/,
        ),
        line: unknownText.split('\n').findIndex((line) => line.includes('param_discriminator')) + 1,
      }),
    ]);
  });
});

describe('streaming.on_event', () => {
  it("the client reads each stream by the config's rules; rules that restate its defaults give it none", async () => {
    const spec = writeSpec(
      openapi({
        paths: {
          '/events': {
            get: {
              responses: {
                '200': {
                  description: 'ok',
                  content: {
                    'text/event-stream': { schema: { type: 'object', properties: { n: { type: 'integer' } } } },
                  },
                },
              },
            },
          },
          '/status': { get: { responses: ok } },
        },
      }),
    );
    const config = (rules: string[]) =>
      [
        'organization: { name: acme }',
        'streaming:',
        '  on_event:',
        ...rules,
        'resources:',
        '  events:',
        '    methods:',
        '      stream: { endpoint: get /events, streaming: { param_discriminator: null } }',
        '      status: get /status',
      ].join('\n');
    const ruled = await generateWithConfig(
      spec,
      config([
        '    - { event_type: [ping, null], handle: skip }',
        '    - { event_type: error, handle: error }',
        '    - { kind: fallthrough, handle: yield, error_property: error }',
      ]),
    );
    const module = ruled.files.find((f) => f.path === 'src/resources/events.ts')!.contents;
    // The stream is asked for in Stainless's form, whose events the client reads by the config's rules.
    expect(module).toContain("this._client.get('/events', { ...options, stream: true })");
    const client = (result: typeof ruled) => result.files.find((f) => f.path === 'src/core/base-client.ts')!.contents;
    expect(client(ruled)).toContain(
      "const STAINLESS_STREAM_RULES: readonly SSERule[] = [{ events: ['ping', null], handle: 'skip' }, { events: ['error'], handle: 'error' }, { handle: 'yield', errorProperty: 'error' }];",
    );
    expect(client(ruled)).toContain('sseRules: STAINLESS_STREAM_RULES,');
    const restated = await generateWithConfig(spec, config(['    - { kind: fallthrough, handle: yield }']));
    expect(restated.api.streamEventRules).toEqual([]);
    expect(client(restated)).not.toContain('STAINLESS_STREAM_RULES');
  });

  it("names a body-only method streaming on a flag `body`, as Stainless's SDKs do, under the config's rules too", async () => {
    // anthropic-sdk-typescript's `messages.create(body: MessageCreateParamsNonStreaming, …)`: the owners' lines in
    // it read `body.model`; the request is Stainless's (the client reads its events by the config's rules).
    const spec = writeSpec(
      openapi({
        paths: {
          '/messages': {
            post: {
              requestBody: {
                required: true,
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      required: ['model'],
                      properties: { model: { type: 'string' }, stream: { type: 'boolean' } },
                    },
                  },
                },
              },
              responses: {
                '200': {
                  description: 'ok',
                  content: {
                    'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } },
                    'text/event-stream': { schema: { type: 'object', properties: { type: { type: 'string' } } } },
                  },
                },
              },
            },
          },
        },
      }),
    );
    const config = [
      'organization: { name: acme }',
      'streaming:',
      '  on_event:',
      '    - { event_type: ping, handle: skip }',
      '    - { kind: fallthrough, handle: yield }',
      'resources:',
      '  messages:',
      '    methods:',
      '      create: { endpoint: post /messages, streaming: { param_discriminator: stream } }',
    ].join('\n');
    const { files } = await generateWithConfig(spec, config);
    const module = files.find((f) => f.path === 'src/resources/messages.ts')!.contents;
    expect(module).toMatch(/create\(body: MessageCreateParamsNonStreaming, options\?: RequestOptions\)/);
    expect(module).toMatch(/create\(body: MessageCreateParams, options\?: RequestOptions\s*\)[^;{]*\{/);
    expect(module).toContain("this._client.post('/messages', { body, ...options, stream: body.stream ?? false })");
    expect(module).not.toMatch(/\bparams\b(?!\?: )/);
  });
});

/** A spec of one list, `GET /things?<param>=`, whose body has `data` (items with an `id`) and `fields`. */
const pagedList = (param: string, fields: Record<string, unknown>) =>
  openapi({
    paths: {
      '/things': {
        get: {
          parameters: [{ name: param, in: 'query', schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      data: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } },
                      ...fields,
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  });

/** A Stainless config with one pagination scheme (the YAML lines under `pagination:`) and `things.list` on GET /things. */
const pagedListConfig = (scheme: string[]) =>
  [
    'organization: { name: acme }',
    'pagination:',
    ...scheme,
    'resources:',
    '  things:',
    '    methods:',
    '      list: get /things',
    '',
  ].join('\n');

describe('Stainless pagination names', () => {
  it('a scheme named like a runtime page class (cursor_page) keeps its name; the base is imported as another', async () => {
    const spec = writeSpec(pagedList('cursor', { next_cursor: { type: 'string' } }));
    const { files, api } = await generateWithConfig(
      spec,
      pagedListConfig([
        '  - name: cursor_page',
        '    type: cursor',
        '    request: { cursor: { type: string } }',
        '    response: { data: { type: array }, next_cursor: { type: string } }',
      ]),
    );
    expect(api.paginationSchemes.map((s) => s.className)).toEqual(['CursorPage']);
    const pagination = files.find((f) => f.path === 'src/pagination.ts')!.contents;
    expect(pagination).toContain("import { CursorPage as CursorPageBase } from './core/page-base.js';");
    expect(pagination).toContain(
      'export class CursorPage<Item> extends CursorPageBase<Item> implements CursorPageResponse<Item> {',
    );
  });

  it("a scheme's Params and Response interfaces list its fields in the config's order, typed as the config types them", async () => {
    const spec = writeSpec(
      openapi({
        paths: {
          '/things': {
            get: {
              parameters: [
                { name: 'page_size', in: 'query', schema: { type: 'integer' } },
                { name: 'before', in: 'query', schema: { type: 'string' } },
                { name: 'after', in: 'query', schema: { type: 'string' } },
              ],
              responses: {
                '200': {
                  description: 'ok',
                  content: {
                    'application/json': {
                      schema: {
                        type: 'object',
                        properties: {
                          entries: { type: 'array', items: { type: 'object' } },
                          page_info: { $ref: '#/components/schemas/PageInfo' },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        schemas: {
          PageInfo: {
            type: 'object',
            properties: { after: { type: ['string', 'null'] }, before: { type: ['string', 'null'] } },
          },
        },
      }),
    );
    const { files } = await generateWithConfig(
      spec,
      pagedListConfig([
        '  - name: entries_cursor',
        '    type: cursor',
        '    request:',
        '      after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }',
        '      before: { type: string, x-stainless-pagination-property: { purpose: previous_cursor_param } }',
        '      page_size: { type: integer }',
        '    response:',
        '      entries: { type: array }',
        '      page_info:',
        '        type: object',
        '        properties:',
        '          after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }',
      ]),
    );
    const pagination = files.find((f) => f.path === 'src/pagination.ts')!.contents;
    expect(pagination).toContain(
      'export interface EntriesCursorParams {\n  after?: string;\n  before?: string;\n  page_size?: number;\n}',
    );
    // The config's response fields, each present, and an object field an interface of its own in the response's
    // namespace, as Stainless's SDKs declare them, whatever schema the spec's list returns (knock's PageInfo model).
    expect(pagination).toContain(
      'export interface EntriesCursorResponse<Item> {\n  entries: Array<Item>;\n  page_info: EntriesCursorResponse.PageInfo;\n}',
    );
    expect(pagination).toMatch(
      /export namespace EntriesCursorResponse \{\n {2}export interface PageInfo \{\n\s*after\?: string;\n\s*\}/,
    );
    // core/pagination re-exports them all (src/pagination.ts declares them).
    const core = files.find((f) => f.path === 'src/core/pagination.ts')!.contents;
    expect(core).toContain("export * from '../pagination.js';");
  });

  it('a response field marked from_header is read from that header; the body need not have it', async () => {
    const spec = writeSpec(pagedList('after', {}));
    const { files, api } = await generateWithConfig(
      spec,
      pagedListConfig([
        '  - name: header_page',
        '    type: cursor',
        '    request:',
        '      after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }',
        '    response:',
        '      data: { type: array }',
        '      next:',
        '        type: string',
        '        x-stainless-pagination-property: { purpose: next_cursor_field, from_header: X-Next-Cursor }',
      ]),
    );
    expect(api.paginationSchemes.map((s) => [s.className, s.response.nextCursor])).toEqual([
      ['HeaderPage', { header: 'X-Next-Cursor', field: 'next' }],
    ]);
    const pagination = files.find((f) => f.path === 'src/pagination.ts')!.contents;
    // The header's value is the page's `next` too, as Stainless's page has it (`next: string | null`).
    expect(pagination).toContain(
      "static override shape = { items: ['data'], cursor: 'after', nextCursor: { header: 'X-Next-Cursor' }, properties: { next: { header: 'X-Next-Cursor' } } as const };",
    );
    expect(pagination).toContain('  declare next: string | null;\n}');
    // …no field of the body's interface.
    expect(pagination).toContain('export interface HeaderPageResponse<Item> {\n  data: Array<Item>;\n}');
  });
});

describe('a Stainless cursor_id scheme', () => {
  it("pages by the last item's id (its cursor_item_id field, else id), sent as the next_cursor_id_param", async () => {
    const spec = writeSpec(pagedList('starting_after', {}));
    const scheme = (itemField: string[]) =>
      pagedListConfig([
        '  - name: cursor_id_pagination',
        '    type: cursor_id',
        '    request:',
        '      starting_after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_id_param } }',
        '    response:',
        '      data:',
        '        type: array',
        ...itemField,
      ]);
    const marked = await generateWithConfig(
      spec,
      scheme([
        '        items:',
        '          type: object',
        '          properties:',
        '            id: { type: string, x-stainless-pagination-property: { purpose: cursor_item_id } }',
      ]),
    );
    expect(marked.diagnostics.warnings.map((w) => w.message).filter((m) => /purpose/.test(m))).toEqual([]);
    expect(marked.api.paginationSchemes.map((s) => [s.className, s.response.nextCursorItem, s.request.cursor])).toEqual(
      [['CursorIDPagination', ['id'], 'starting_after']],
    );
    expect(marked.files.find((f) => f.path === 'src/pagination.ts')!.contents).toContain(
      "static override shape = { items: ['data'], cursor: 'starting_after', nextCursorItem: ['id'] };",
    );
    // Without the field's purpose, the item's id.
    const plain = await generateWithConfig(spec, scheme([]));
    expect(plain.api.paginationSchemes.map((s) => s.response.nextCursorItem)).toEqual([['id']]);
  });

  it('pages by the last id even where the body has a field called next_cursor that the scheme gives no purpose', async () => {
    // (letta's NextFilesPage: Stainless's page asks for the next after its last item's id.)
    const spec = writeSpec(pagedList('after', { next_cursor: { type: 'string', nullable: true } }));
    const { api } = await generateWithConfig(
      spec,
      pagedListConfig([
        '  - name: next_files_page',
        '    type: cursor_id',
        '    request:',
        '      after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_id_param } }',
        '    response:',
        '      data: { type: array }',
        '      next_cursor: { type: string }',
      ]),
    );
    expect(api.paginationSchemes.map((s) => [s.response.nextCursorItem, s.response.nextCursor])).toEqual([
      [['id'], null],
    ]);
  });
});

describe('Stainless pagination fields inside objects', () => {
  it("a response field's properties are fields too: page_info.after is the next cursor", async () => {
    const spec = writeSpec(
      pagedList('after', {
        page_info: { type: 'object', properties: { after: { type: 'string' }, page_size: { type: 'integer' } } },
      }),
    );
    const { api } = await generateWithConfig(
      spec,
      pagedListConfig([
        '  - name: entries_cursor',
        '    type: cursor',
        '    request:',
        '      after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }',
        '    response:',
        '      data: { type: array }',
        '      page_info:',
        '        type: object',
        '        properties:',
        '          after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }',
      ]),
    );
    expect(api.paginationSchemes.map((s) => [s.className, s.response.nextCursor])).toEqual([
      ['EntriesCursor', ['page_info', 'after']],
    ]);
    expect(api.resources[0].methods[0].pagination).not.toBeNull();
  });
});

describe('Stainless method responses', () => {
  it('a schema that only stands for a model (oneOf: [Tenant]) is the model; a 204 has no body whatever its content', async () => {
    const spec = writeSpec(
      openapi({
        paths: {
          '/tenants/{id}': {
            put: {
              parameters: [pathParam('id')],
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/SetTenantResponse' } } },
                },
              },
            },
            delete: {
              parameters: [pathParam('id')],
              responses: { '204': { description: 'gone', content: { 'application/json': {} } } },
            },
          },
        },
        schemas: {
          Tenant: { type: 'object', properties: { id: { type: 'string' } } },
          SetTenantResponse: { oneOf: [{ $ref: '#/components/schemas/Tenant' }] },
        },
      }),
    );
    const { files } = await generateWithConfig(
      spec,
      [
        'organization: { name: acme }',
        'resources:',
        '  tenants:',
        '    models:',
        "      tenant: '#/components/schemas/Tenant'",
        '    methods:',
        '      set: put /tenants/{id}',
        '      delete: delete /tenants/{id}',
        '',
      ].join('\n'),
    );
    const apiMd = files.find((f) => f.path === 'api.md')!.contents;
    expect(apiMd).toContain('client.tenants.<a href="./src/resources/tenants.ts">set</a>(id) -> Tenant</code>');
    expect(apiMd).toContain('client.tenants.<a href="./src/resources/tenants.ts">delete</a>(id) -> void</code>');
  });
});

describe('Stainless client option names', () => {
  it('are camelCase with the acronyms of method names, the first word lower case: app_api_key → appAPIKey', async () => {
    const spec = writeSpec({
      ...openapi({ paths: { '/things': { get: { responses: ok } } } }),
      components: { securitySchemes: { AppKey: { type: 'apiKey', in: 'header', name: 'X-App-Key' } } },
    });
    const { api } = await generateWithConfig(
      spec,
      [
        'organization: { name: acme }',
        'client_settings:',
        '  opts:',
        '    app_api_key: { type: string, read_env: APP_API_KEY, auth: { security_scheme: AppKey } }',
        '    api_version: { type: string, send_in_header: X-Version }',
        'resources:',
        '  things:',
        '    methods:',
        '      list: get /things',
        '',
      ].join('\n'),
    );
    expect(api.auth.map((a) => ('option' in a ? a.option : null))).toEqual(['appAPIKey']);
    expect(api.settingOptions.map((o) => o.option)).toEqual(['apiVersion']);
  });
});

describe('Stainless settings.license', () => {
  it("is the package's licence (its text when sdkgen has it); a value that is no licence warns", async () => {
    const spec = writeSpec(openapi({ paths: {} }));
    const licensed = await generateWithConfig(
      spec,
      'organization: { name: acme }\nsettings: { license: apache 2.0 }\nresources: {}\n',
    );
    expect(licensed.api.license?.id).toBe('Apache-2.0');
    expect(JSON.parse(licensed.files.find((f) => f.path === 'package.json')!.contents).license).toBe('Apache-2.0');
    expect(licensed.files.some((f) => f.path === 'LICENSE')).toBe(true);
    const unlicensed = await generateWithConfig(
      spec,
      'organization: { name: acme }\nsettings: { license: see the website }\nresources: {}\n',
    );
    expect(unlicensed.api.license).toBeNull();
    expect(unlicensed.diagnostics.warnings.map((w) => w.message)).toContain(
      'settings.license: "see the website" is no SPDX license expression; ignored',
    );
  });
});

describe('Stainless client_name', () => {
  it('names the client class and its error class', async () => {
    const spec = writeSpec(openapi({ paths: {} }));
    const { api, files } = await generateWithConfig(
      spec,
      'organization: { name: acme }\ntargets: { typescript: { options: { client_name: Inbound } } }\nresources: {}\n',
    );
    expect(api.clientName).toBe('Inbound');
    expect(files.find((f) => f.path === 'src/client.ts')!.contents).toContain(
      'export class Inbound extends InboundCore {',
    );
  });

  it('targets.typescript.readme_title is the README heading', async () => {
    const spec = writeSpec(openapi({ paths: {} }));
    const titled = await generateWithConfig(
      spec,
      'organization: { name: acme }\ntargets: { typescript: { readme_title: Acme Node Library } }\nresources: {}\n',
    );
    const readme = (files: typeof titled.files) => files.find((f) => f.path === 'README.md')!.contents.split('\n')[0];
    expect(readme(titled.files)).toBe('# Acme Node Library');
    const untitled = await generateWithConfig(spec, 'organization: { name: acme }\nresources: {}\n');
    expect(readme(untitled.files)).toBe('# Acme TypeScript API Library');
    expect(titled.diagnostics.warnings.filter((w) => w.message.includes('readme_title'))).toEqual([]);
  });

  it.each([
    ['client_settings: { default_client_name: MyPOSConnect }', 'MyPOSConnect'],
    ['client_settings: { default_client_name: pos_connect }', 'PosConnect'],
    // A target's own client_name wins over the default of every target.
    [
      'client_settings: { default_client_name: MyPOSConnect }\ntargets: { typescript: { options: { client_name: Inbound } } }',
      'Inbound',
    ],
  ])('client_settings.default_client_name names the client over the organization (%s)', async (yaml, name) => {
    const spec = writeSpec(openapi({ paths: {} }));
    const { api, diagnostics } = await generateWithConfig(
      spec,
      `organization: { name: molten ai }\n${yaml}\nresources: {}\n`,
    );
    expect(api.clientName).toBe(name);
    expect(diagnostics.warnings.filter((w) => w.message.includes('client_settings'))).toEqual([]);
  });
});

describe('Stainless resources.<r>.skip and only', () => {
  it('leave out the resource, its methods and its subresources, quietly', async () => {
    const ok = { '200': { description: 'ok' } };
    const spec = writeSpec(
      openapi({
        paths: {
          '/kept': { get: { responses: ok } },
          '/internal': { get: { responses: ok } },
          '/internal/deep': { get: { responses: ok } },
          '/py': { get: { responses: ok } },
        },
      }),
    );
    const { api, diagnostics } = await generateWithConfig(
      spec,
      [
        'organization: { name: acme }',
        'resources:',
        '  kept:',
        '    methods: { list: get /kept }',
        '  internal:',
        '    skip: true',
        '    methods: { list: get /internal }',
        '    subresources:',
        '      deep:',
        '        methods: { list: get /internal/deep }',
        '  python_only:',
        '    only: [python]',
        '    methods: { list: get /py }',
        '',
      ].join('\n'),
    );
    expect(api.resources.map((r) => r.path)).toEqual(['kept']);
    expect(diagnostics.warnings.map((w) => w.message)).toEqual([]);
  });
});

describe('Stainless resources.<r>.standalone_api', () => {
  it('moves the resource to a folder of its own and its api.md sections to an api.md there, linked from the root', async () => {
    const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
    const spec = writeSpec(
      openapi({
        paths: {
          '/chat': { get: { responses: ok } },
          '/chat/completions': { post: { responses: ok } },
          '/ips': { get: { responses: ok } },
        },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    const generateWith = async (standalone: boolean) => {
      const flag = standalone ? '    standalone_api: true\n' : '';
      writeFileSync(
        config,
        `organization: { name: acme }\nresources:\n  chat:\n${flag}    methods: { get: get /chat }\n    subresources:\n      completions:\n        methods: { create: post /chat/completions }\n  ips:\n${flag}    methods: { list: get /ips }\n`,
      );
      return generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    };
    const plain = await generateWith(false);
    const { files, api } = await generateWith(true);
    const file = (name: string) => files.find((f) => f.path === name)?.contents ?? null;
    expect(api.resources.map((r) => [r.module, r.standaloneApi ?? false])).toEqual([
      ['resources/chat/chat', true],
      ['resources/ips/ips', true],
    ]);
    expect(file('api.md')).toContain('# [Chat](src/resources/chat/api.md)\n\n# [Ips](src/resources/ips/api.md)');
    expect(file('src/resources/chat/api.md')).toMatch(/^# Chat\n[\s\S]*\n## Completions\n/);
    // Its own api.md links the module beside its folder, as Stainless's (isaacus's `./src/resources/ilgs/v1.ts`).
    expect(file('src/resources/ips/api.md')).toContain('client.ips.<a href="./src/resources/ips.ts">list</a>()');
    // `<package>/resources/ips` still resolves: the folder has an index and a module beside it.
    expect(file('src/resources/ips.ts')).toContain("export * from './ips/index';");
    // Read through its links, the split api.md lists what the single one does.
    const surface = (apiFiles: typeof files) =>
      parseApiMd(
        apiFiles.find((f) => f.path === 'api.md')!.contents,
        (name) => apiFiles.find((f) => f.path === name)?.contents ?? null,
      ).methods.map((m) => [m.chain, m.endpoint, m.args, m.returns]);
    expect(surface(files)).toEqual(surface(plain.files));
  });
});

describe('Stainless settings.disable_mock_tests', () => {
  it('true: the generated tests are written with their calls, skipped, as Stainless wrote them', async () => {
    const methods = '      retrieve: get /orgs/{org_id}/teams/{team_id}\n';
    const testFile = async (settings: string) => {
      const { files } = await build(methods, settings);
      return files.find((f) => f.path === 'tests/api-resources/teams.test.ts')!.contents;
    };
    const skipped = await testFile('settings: { disable_mock_tests: true }\n');
    expect(skipped).toContain(
      '  // Mock server tests are disabled\n' +
        "  test.skip('retrieve: only required params', async () => {\n" +
        "    const responsePromise = client.teams.retrieve('team_id', { org_id: 'org_id' });\n",
    );
    expect(skipped).not.toMatch(/^ {2}test\(/m);
    // Without it (or with false), they run.
    for (const settings of ['', 'settings: { disable_mock_tests: false }\n']) {
      const running = await testFile(settings);
      expect(running).toContain("  test('retrieve: only required params', async () => {\n");
      expect(running).not.toContain('test.skip');
    }
  });

  it("sdkgen's own mockTests key says it too, and wins over the Stainless config's setting", async () => {
    const testFile = async (stainlessSettings: string, mockTests: string) => {
      const dir = tempDir('mock-tests-key');
      const specFile = writeSpec(
        openapi({
          paths: { '/teams/{team_id}': { get: { parameters: [pathParam('team_id')], responses: ok } } },
        }),
      );
      writeFileSync(
        path.join(dir, 'stainless.yml'),
        `organization: { name: acme }\n${stainlessSettings}resources:\n  teams:\n    methods:\n      retrieve: get /teams/{team_id}\n`,
      );
      writeFileSync(path.join(dir, 'sdkgen.yaml'), `stainless: ./stainless.yml\n${mockTests}`);
      const result = await generate({
        spec: specFile,
        config: path.join(dir, 'sdkgen.yaml'),
        format: false,
        funcs: false,
        referenceDocs: false,
      });
      return result.files.find((f) => f.path === 'tests/api-resources/teams.test.ts')!.contents;
    };
    const off = await testFile('', 'mockTests: false\n');
    expect(off).toContain(
      "  // Mock server tests are disabled (the sdkgen config's mockTests: false)\n  test.skip('retrieve'",
    );
    const on = await testFile('settings: { disable_mock_tests: true }\n', 'mockTests: true\n');
    expect(on).toContain("  test('retrieve', async () => {\n");
    expect(on).not.toContain('test.skip');
    const unsaid = await testFile('settings: { disable_mock_tests: true }\n', '');
    expect(unsaid).toContain("  // Mock server tests are disabled\n  test.skip('retrieve'");
  });
});

describe('Stainless method order and body shapes', () => {
  const item = '/teams/{team_id}';
  const body = (schema: unknown, required = false) => ({
    requestBody: { required, content: { 'application/json': { schema } } },
  });
  const filter = { type: 'object', properties: { name: { type: 'string' }, size: { type: 'integer' } } };

  it('puts create, retrieve, update, list, delete first and the others by name, whatever the config says', async () => {
    const spec = writeSpec(
      openapi({
        paths: {
          '/teams': { get: { responses: ok }, post: { responses: ok } },
          [item]: {
            get: { parameters: [pathParam('team_id')], responses: ok },
            put: { parameters: [pathParam('team_id')], responses: ok },
            delete: { parameters: [pathParam('team_id')], responses: ok },
          },
          '/teams/{team_id}/archive': { post: { parameters: [pathParam('team_id')], responses: ok } },
          '/teams/{team_id}/members': { get: { parameters: [pathParam('team_id')], responses: ok } },
        },
      }),
    );
    const methods = [
      `list_members: get ${item}/members`,
      `delete: delete ${item}`,
      'list: get /teams',
      `archive: post ${item}/archive`,
      `update: put ${item}`,
      `retrieve: get ${item}`,
      'create: post /teams',
    ];
    const { api, files } = await generateWithConfig(
      spec,
      `organization: { name: acme }\nresources:\n  teams:\n    methods:\n${methods.map((m) => `      ${m}\n`).join('')}`,
    );
    const order = ['create', 'retrieve', 'update', 'list', 'delete', 'archive', 'listMembers'];
    expect(api.resources[0].methods.map((m) => m.name)).toEqual(order);
    const apiMd = parseApiMd(files.find((f) => f.path === 'api.md')!.contents);
    expect(apiMd.methods.map((m) => m.chain)).toEqual(order.map((name) => `client.teams.${name}`));
  });

  it('a body that may be null (X | null) has the fields of X, in 3.1 and 3.0 alike', async () => {
    const fieldsOf = async (schema: unknown, version?: string) => {
      const spec = writeSpec(
        openapi({
          ...(version ? { version } : {}),
          schemas: { Filter: filter },
          paths: { '/teams/search': { post: { ...body(schema), responses: ok } } },
        }),
      );
      const { api } = await generateWithConfig(
        spec,
        'organization: { name: acme }\nresources:\n  teams:\n    methods:\n      search: post /teams/search\n',
      );
      return api.resources[0].methods[0].params?.fields.map((f) => `${f.key}${f.required ? '' : '?'}`);
    };
    const ref = { $ref: '#/components/schemas/Filter' };
    expect(await fieldsOf({ anyOf: [ref, { type: 'null' }] })).toEqual(['name?', 'size?']);
    expect(await fieldsOf({ oneOf: [{ type: 'null' }, ref] })).toEqual(['name?', 'size?']);
    expect(await fieldsOf({ ...filter, type: ['object', 'null'] })).toEqual(['name?', 'size?']);
    expect(await fieldsOf({ allOf: [ref], nullable: true }, '3.0.3')).toEqual(['name?', 'size?']);
    // Two objects (or an object and a string) are not X | null: the body stays whole.
    expect(await fieldsOf({ anyOf: [ref, { type: 'string' }] })).toEqual(['body?']);
  });

  it('README: a credential no environment variable holds is passed as a placeholder, not said to come from one', async () => {
    const spec = writeSpec({
      ...openapi({ paths: { '/teams': { get: { responses: ok } } } }),
      components: {
        securitySchemes: {
          BearerToken: { type: 'http', scheme: 'bearer' },
          OrgId: { type: 'apiKey', in: 'header', name: 'X-Org-Id' },
        },
      },
      security: [{ BearerToken: [], OrgId: [] }],
    });
    const readme = async (readEnv: string) => {
      const opts =
        'client_settings:\n  opts:\n' +
        `    api_key:\n      type: string\n      auth: { security_scheme: BearerToken }\n${readEnv}` +
        '    org_id:\n      type: string\n      auth: { security_scheme: OrgId }\n';
      const { files } = await generateWithConfig(
        spec,
        `organization: { name: acme }\n${opts}resources:\n  teams:\n    methods:\n      list: get /teams\n`,
      );
      return files.find((f) => f.path === 'README.md')!.contents;
    };
    const none = await readme('');
    expect(none).toContain("const client = new Acme({\n  apiKey: 'My API Key',\n  orgID: 'My Org ID',\n});");
    expect(none).not.toContain('process.env');
    expect(none).not.toContain('read from the environment variables');
    const one = await readme('      read_env: ACME_API_KEY\n');
    expect(one).toContain(
      "const client = new Acme({\n  apiKey: process.env['ACME_API_KEY'], // read from this variable when left out\n  orgID: 'My Org ID',\n});",
    );
  });
});

describe('Stainless settings.file_header', () => {
  it('is written above the banner of every source file, a line comment a line, as Stainless wrote it, and on the runtime', async () => {
    const spec = writeSpec(
      openapi({ paths: { '/teams/{team_id}': { get: { parameters: [pathParam('team_id')], responses: ok } } } }),
    );
    // YAML's folded single-quoted form, as llama-stack's config writes it: a blank line is a line break.
    const header =
      "  file_header: 'Copyright (c) Acme, Inc.\n\n    All rights reserved.\n\n\n    Licensed under the LICENSE file.'\n";
    const { files } = await generateWithConfig(
      spec,
      `organization: { name: acme }\nsettings:\n${header}resources:\n  teams:\n    methods:\n      retrieve: get /teams/{team_id}\n`,
    );
    const expected =
      '// Copyright (c) Acme, Inc.\n// All rights reserved.\n//\n// Licensed under the LICENSE file.\n//\n// File generated by sdkgen';
    const sources = files.filter(
      (f) => /^(src|tests)\/.*\.ts$/.test(f.path) && f.contents.includes('File generated by sdkgen'),
    );
    expect(sources.map((f) => f.path)).toEqual(
      expect.arrayContaining(['src/client.ts', 'src/resources/teams.ts', 'tests/api-resources/teams.test.ts']),
    );
    for (const file of sources) expect(file.contents.startsWith(expected), file.path).toBe(true);
    // The runtime's files carry it too (Stainless's did not, and owners added it there by hand), before their code.
    // (The modules at Stainless's runtime paths there are planned, with the banner: among the sources above.)
    const runtime = files.filter(
      (f) => /^src\/(core|internal)\//.test(f.path) && !f.contents.includes('File generated by sdkgen'),
    );
    expect(runtime.length).toBeGreaterThan(5);
    const notice = '// Copyright (c) Acme, Inc.\n// All rights reserved.\n//\n// Licensed under the LICENSE file.\n\n';
    for (const file of runtime) expect(file.contents.startsWith(notice), file.path).toBe(true);
    // A comment cannot be ended by the header's text.
    const hostile = await generateWithConfig(
      spec,
      `organization: { name: acme }\nsettings:\n  file_header: "one\\u2028two */ three"\nresources:\n  teams:\n    methods:\n      retrieve: get /teams/{team_id}\n`,
    );
    const client = hostile.files.find((f) => f.path === 'src/client.ts')!.contents;
    expect(client.startsWith('// one\n// two *\\/ three\n//\n// File generated by sdkgen')).toBe(true);
  });
});

describe('Stainless $shared models', () => {
  it("a resource's model a shared model refers to is shared too: the shared module imports no resource", async () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const spec = writeSpec(
      openapi({
        paths: {
          '/fields/{id}': {
            get: {
              parameters: [pathParam('id')],
              responses: { '200': { description: 'ok', content: { 'application/json': { schema: ref('Field') } } } },
            },
          },
        },
        schemas: {
          // The shared Button refers to Text (through an inline object), which the config declares in `fields`.
          Button: { type: 'object', properties: { label: { type: 'object', properties: { text: ref('Text') } } } },
          Text: { type: 'object', properties: { value: { type: 'string' } } },
          Field: { type: 'object', properties: { button: ref('Button'), text: ref('Text') } },
        },
      }),
    );
    const config = (shared: string) =>
      'organization: { name: acme }\nresources:\n  $shared:\n    models:\n' +
      `${shared}  fields:\n    models:\n      field: Field\n      text: Text\n    methods:\n      retrieve: get /fields/{id}\n`;
    const { files } = await generateWithConfig(spec, config('      button: Button\n'));
    const apiMd = files.find((f) => f.path === 'api.md')!.contents;
    expect(apiMd).toContain('- <code><a href="./src/resources/shared.ts">Text</a></code>');
    expect(files.find((f) => f.path === 'src/resources/shared.ts')!.contents).not.toContain("from './fields.js'");
    // Without a shared model that refers to it, it stays where the config declares it.
    const declared = await generateWithConfig(
      spec,
      'organization: { name: acme }\nresources:\n  fields:\n    models:\n      field: Field\n      text: Text\n      button: Button\n    methods:\n      retrieve: get /fields/{id}\n',
    );
    expect(declared.files.find((f) => f.path === 'api.md')!.contents).toContain(
      '- <code><a href="./src/resources/fields.ts">Text</a></code>',
    );
  });
});

describe('x-stainless-method on an operation', () => {
  const get = (method: unknown, params: string[] = []) => ({
    get: {
      'x-stainless-method': method,
      parameters: params.map(pathParam),
      responses: ok,
    },
  });
  const spec = () =>
    writeSpec(
      openapi({
        paths: {
          '/v1/accounts': get('accounts.list'),
          '/v1/accounts/{account_id}/members': get({ path: 'accounts.members.list_all', deprecated: 'Use v2' }, [
            'account_id',
          ]),
          '/me': get('$client.me'),
          '/ping': get('nodots'),
          '/tags': get({ path: 'tags.list', paginated: 'nope', positional_params: 3 }),
        },
      }),
    );
  /** `client.accounts.members.listAll`, per method, with its deprecation. */
  const placed = (api: { topLevel: Resource | null; resources: Resource[] }) => {
    const out: string[] = [];
    const visit = (r: Resource, prefix: string) => {
      for (const m of r.methods)
        out.push(`${prefix}${m.name}${m.docs.deprecated ? ` (deprecated: ${m.docs.deprecated})` : ''}`);
      for (const sub of r.subresources) visit(sub, `${prefix}${sub.property}.`);
    };
    if (api.topLevel) visit(api.topLevel, 'client.');
    for (const r of api.resources) visit(r, `client.${r.property}.`);
    return out.sort();
  };

  it('without a config, places the operation at its resource path and names its method; $client is the client', async () => {
    const { api, diagnostics } = await generate({
      spec: spec(),
      format: false,
      funcs: false,
      referenceDocs: false,
    });
    expect(placed(api)).toEqual([
      'client.accounts.list',
      'client.accounts.members.listAll',
      'client.me',
      'client.ping.retrieve',
      'client.tags.list',
    ]);
    const warnings = diagnostics.warnings.map((w) => `${w.pointer} ${w.message}`);
    expect(warnings).toContain(
      '#/paths/~1ping/get/x-stainless-method x-stainless-method: "nodots" is not a resource path and a method name; the operation is placed as if it had none',
    );
    // Its settings are a Stainless config's: here they are not read, and it says so.
    expect(warnings.some((w) => w.includes('its settings are read with a Stainless config'))).toBe(true);
    // It names the method: no missing-operationId warning (one it cannot read has warned already).
    expect(diagnostics.warnings.filter((w) => w.code === 'missing-operation-id')).toEqual([]);
  });

  it("with a Stainless config, adds the methods the config lacks, its settings read as a config's (the config's entry wins)", async () => {
    const file = spec();
    const { api, diagnostics } = await generateWithConfig(
      file,
      'organization: { name: acme }\nresources:\n  accounts:\n    methods:\n      retrieve_all: get /v1/accounts\n',
    );
    expect(placed(api)).toEqual([
      'client.accounts.members.listAll (deprecated: Use v2)',
      'client.accounts.retrieveAll',
      'client.me',
      'client.tags.list',
    ]);
    // A setting it cannot read warns at the extension, as a config's would.
    const invalid = diagnostics.warnings.filter((w) => w.code === 'stainless-config-invalid').map((w) => w.pointer);
    expect(invalid).toContain('#/paths/~1tags/get/x-stainless-method/positional_params');
  });
});
