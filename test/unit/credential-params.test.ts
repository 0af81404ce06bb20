/**
 * A parameter that carries what a security scheme already sends (the Authorization header of a bearer, basic or
 * OAuth scheme; an API key's header, query or cookie name) is the client's job, as in Stainless's SDKs: the method
 * does not ask for it. An operation with `security: []` sends no credential and keeps it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import type { Api, Method } from '../../generator/ir/types';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const header = (name: string, required = true) => ({ name, in: 'header', required, schema: { type: 'string' } });

function spec(security: unknown, schemes: Record<string, unknown>) {
  return {
    ...openapi({
      paths: {
        '/things': {
          get: {
            operationId: 'listThings',
            parameters: [
              header('Authorization'),
              { name: 'api_key', in: 'query', required: true, schema: { type: 'string' } },
              header('X-Trace-Id', false),
            ],
            responses: ok,
          },
        },
        '/public': {
          get: { operationId: 'getPublic', security: [], parameters: [header('authorization')], responses: ok },
        },
      },
    }),
    security,
    components: { securitySchemes: schemes },
  };
}

/** Generates from `root`, with a Stainless config of `stainless` beside it when given. */
async function build(root: unknown, stainless?: string) {
  const file = writeSpec(root);
  const config = stainless === undefined ? undefined : path.join(path.dirname(file), 'stainless.yml');
  if (config !== undefined && stainless !== undefined) writeFileSync(config, stainless);
  return generate({ spec: file, config, format: false, funcs: false, referenceDocs: false });
}

async function fields(root: unknown, name: string, stainless?: string): Promise<string[]> {
  const { api } = await build(root, stainless);
  const all = (a: Api): Method[] =>
    a.resources.flatMap((r) => [...r.methods, ...r.subresources.flatMap((s) => s.methods)]);
  const method = all(api).find((m) => m.operationId === name)!;
  return (method.params?.fields ?? []).map((f) => `${f.in}:${f.wireName}`);
}

describe('parameters the client sends for a security scheme', () => {
  it('a bearer scheme: the Authorization header parameter is dropped, case-insensitively', async () => {
    const root = spec([{ bearer: [] }], { bearer: { type: 'http', scheme: 'bearer' } });
    expect(await fields(root, 'listThings')).toEqual(['query:api_key', 'header:X-Trace-Id']);
    expect(await fields(root, 'getPublic')).toEqual(['header:authorization']);
  });

  it('an API key in the query: its parameter is dropped; Authorization stays (no scheme sends it)', async () => {
    const root = spec([{ key: [] }], { key: { type: 'apiKey', in: 'query', name: 'api_key' } });
    expect(await fields(root, 'listThings')).toEqual(['header:Authorization', 'header:X-Trace-Id']);
  });

  it('without security nothing is dropped', async () => {
    const root = spec(undefined, { bearer: { type: 'http', scheme: 'bearer' } });
    expect(await fields(root, 'listThings')).toEqual(['header:Authorization', 'query:api_key', 'header:X-Trace-Id']);
  });
});

describe("a Stainless config's top-level security and security_schemes stand over the spec's", () => {
  const resources = 'resources:\n  things:\n    methods:\n      list: get /things\n      public: get /public\n';
  const schemes = {
    bearer: { type: 'http', scheme: 'bearer' },
    key: { type: 'apiKey', in: 'query', name: 'api_key' },
  };

  it("the config's security names the schemes whose parameters the client sends, where the spec names none", async () => {
    const root = spec(undefined, schemes);
    const config = (security: string) => `organization: { name: acme }\nsecurity:\n${security}${resources}`;
    expect(await fields(root, 'listThings', config('  - bearer: []\n'))).toEqual([
      'query:api_key',
      'header:X-Trace-Id',
    ]);
    // Over the spec's own: the API key, not the bearer token.
    const keyed = { ...spec([{ bearer: [] }], schemes) };
    expect(await fields(keyed, 'listThings', config('  - key: []\n'))).toEqual([
      'header:Authorization',
      'header:X-Trace-Id',
    ]);
    // An operation's own `security: []` still sends nothing.
    expect(await fields(root, 'getPublic', config('  - bearer: []\n'))).toEqual(['header:authorization']);
    // `- {}`: no credential at all (in Stainless's order: the query's fields before the headers).
    expect(await fields(keyed, 'listThings', config('  - {}\n'))).toEqual([
      'query:api_key',
      'header:Authorization',
      'header:X-Trace-Id',
    ]);
  });

  it("with no security anywhere, the client options' schemes say what the client sends (placed as the option says)", async () => {
    const root = spec(undefined, schemes);
    const opts = (opt: string) =>
      `organization: { name: acme }\nclient_settings:\n  opts:\n    token:\n      type: string\n${opt}${resources}`;
    expect(await fields(root, 'listThings', opts('      auth: { security_scheme: bearer }\n'))).toEqual([
      'query:api_key',
      'header:X-Trace-Id',
    ]);
    expect(await fields(root, 'listThings', opts('      auth: { security_scheme: key }\n'))).toEqual([
      'header:Authorization',
      'header:X-Trace-Id',
    ]);
    // The API key sent in a header of the option's choosing: that header goes, the query parameter stays.
    expect(
      await fields(
        root,
        'listThings',
        opts('      auth: { security_scheme: key }\n      send_in_header: X-Trace-Id\n'),
      ),
    ).toEqual(['query:api_key', 'header:Authorization']);
    // An operation with `security: []` sends nothing, so keeps its header.
    expect(await fields(root, 'getPublic', opts('      auth: { security_scheme: bearer }\n'))).toEqual([
      'header:authorization',
    ]);
  });

  it("the client's credentials come from the config's security, its schemes from security_schemes over the spec's", async () => {
    const root = spec(undefined, schemes);
    const auth = async (config: string) =>
      (await build(root, `organization: { name: acme }\n${config}${resources}`)).api.auth.map((a) =>
        a.kind === 'apiKey'
          ? `${a.kind} ${a.in}:${a.wireName} required=${a.required}`
          : `${a.kind} required=${a.required}`,
      );
    // The spec names no security: without the config's, no credential.
    expect(await auth('')).toEqual([]);
    expect(await auth('security:\n  - key: []\n')).toEqual(['apiKey query:api_key required=true']);
    // Alternatives: either may be given.
    expect(await auth('security:\n  - key: []\n  - bearer: []\n')).toEqual([
      'bearer required=false',
      'apiKey query:api_key required=false',
    ]);
    // A scheme of the config's own, and one that replaces the spec's.
    expect(
      await auth(
        'security:\n  - key: []\nsecurity_schemes:\n  key:\n    type: apiKey\n    in: header\n    name: X-Api-Key\n',
      ),
    ).toEqual(['apiKey header:X-Api-Key required=true']);
    // With a client option naming the scheme, the option is the credential, placed as the config's scheme says.
    expect(
      await auth(
        'client_settings:\n  opts:\n    token:\n      type: string\n      auth: { security_scheme: mine }\nsecurity:\n  - mine: []\nsecurity_schemes:\n  mine:\n    type: apiKey\n    in: header\n    name: X-Mine\n',
      ),
    ).toEqual(['apiKey header:X-Mine required=true']);
  });
});

describe("the credential option's name, as the code samples show it", () => {
  const sampleSpec = (sample: string | null) => ({
    ...openapi({
      title: 'Acme',
      paths: {
        '/things': {
          get: {
            operationId: 'listThings',
            responses: ok,
            ...(sample ? { 'x-codeSamples': [{ lang: 'JavaScript', source: sample }] } : {}),
          },
        },
      },
    }),
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  });
  const auth = async (sample: string | null) =>
    (await generate({ spec: writeSpec(sampleSpec(sample)), format: false, funcs: false, referenceDocs: false })).api
      .auth[0];

  it('a bearer scheme whose samples pass `bearerToken` (a literal, not an env var) has the option bearerToken', async () => {
    const sample = [
      "import Acme from 'acme';",
      '',
      "const client = new Acme({ bearerToken: 'My Bearer Token' });",
      'const things = await client.things.list();',
    ].join('\n');
    expect(await auth(sample)).toMatchObject({ kind: 'bearer', option: 'bearerToken', envVar: 'ACME_BEARER_TOKEN' });
  });

  it('without samples it stays apiKey', async () => {
    expect(await auth(null)).toMatchObject({ kind: 'bearer', option: 'apiKey' });
  });
});
