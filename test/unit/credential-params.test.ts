/**
 * A parameter that carries what a security scheme already sends (the Authorization header of a bearer, basic or
 * OAuth scheme; an API key's header, query or cookie name) is the client's job, as in Stainless's SDKs: the method
 * does not ask for it. An operation with `security: []` sends no credential and keeps it.
 */
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

async function fields(root: unknown, name: string): Promise<string[]> {
  const { api } = await generate({ spec: writeSpec(root), format: false, funcs: false, referenceDocs: false });
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
