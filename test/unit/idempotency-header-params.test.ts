/**
 * The client's idempotency header, whichever config names it (sdkgen's `client.idempotencyHeader`, which wins, or a
 * Stainless config's `client_settings.idempotency.header`), is the client's: a spec's header parameter of that name
 * is no method's parameter. The client sends the key itself (TS: the `idempotencyKey` request option; Python: the
 * non-GET methods' `idempotency_key` argument), so the spec's parameter would be sent twice and, in Python, declare
 * `idempotency_key` twice (a SyntaxError). A header of another name stays the method's.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import type { Resource } from '../../generator/ir/types';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const header = (name: string) => ({ name, in: 'header', required: false, schema: { type: 'string' } });
const body = {
  required: true,
  content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } },
};

function spec(): string {
  return writeSpec(
    openapi({
      paths: {
        '/teams': {
          post: {
            operationId: 'createTeam',
            parameters: [header('Idempotency-Key'), header('X-Request-Key'), header('X-Trace')],
            requestBody: body,
            responses: ok,
          },
        },
        '/teams/{team_id}': {
          get: {
            operationId: 'getTeam',
            parameters: [
              { name: 'team_id', in: 'path', required: true, schema: { type: 'string' } },
              header('Idempotency-Key'),
            ],
            responses: ok,
          },
        },
      },
    }),
  );
}

const STAINLESS =
  'organization: { name: acme }\nclient_settings:\n  idempotency: { header: Idempotency-Key }\n' +
  'resources:\n  teams:\n    methods:\n      create: post /teams\n      retrieve: get /teams/{team_id}\n';

/** Generates from `files` (name → text) written beside the spec; the config is the first. */
async function generateWith(specFile: string, files: Record<string, string>, target?: 'python') {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(path.dirname(specFile), name), text);
  const config = path.join(path.dirname(specFile), Object.keys(files)[0]!);
  return generate({ spec: specFile, config, format: false, funcs: false, referenceDocs: false, target });
}

const headerParams = (api: { resources: Resource[] }) =>
  Object.fromEntries(
    api.resources[0]!.methods.map((m) => [
      m.name,
      (m.params?.fields ?? []).filter((f) => f.in === 'header').map((f) => f.wireName),
    ]),
  );

/** Each `def` of the Python resource with the arguments it declares more than once. */
function duplicateArguments(files: { path: string; contents: string }[]): string[] {
  const teams = files.find((f) => f.path.endsWith('/resources/teams.py'))!.contents;
  const found: string[] = [];
  for (const match of teams.matchAll(/^ {4}(?:async )?def (\w+)\(([\s\S]*?)\) ->/gm)) {
    const names = [...match[2]!.matchAll(/^ {8}(\w+)[:,=]/gm)].map((m) => m[1]!);
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    if (twice.length > 0) found.push(`${match[1]}: ${twice.join(', ')}`);
  }
  return found;
}

describe("the client's idempotency header is no method's parameter", () => {
  it("sdkgen's own config (client.idempotencyHeader)", async () => {
    const file = spec();
    const config = { 'sdkgen.config.yaml': 'client:\n  name: Acme\n  idempotencyHeader: Idempotency-Key\n' };
    const ts = await generateWith(file, config);
    expect(headerParams(ts.api)).toEqual({ create: ['X-Request-Key', 'X-Trace'], retrieve: [] });
    const python = await generateWith(file, config, 'python');
    expect(duplicateArguments(python.files)).toEqual([]);
    expect(python.files.find((f) => f.path.endsWith('/resources/teams.py'))!.contents).toContain(
      '        idempotency_key: str | None = None,\n',
    );
  });

  it("sdkgen's header wins over a Stainless config's: the parameter of its name is the client's, the other stays", async () => {
    const file = spec();
    const config = {
      'sdkgen.config.yaml': 'client:\n  idempotencyHeader: X-Request-Key\nstainless: ./stainless.yml\n',
      'stainless.yml': STAINLESS,
    };
    const ts = await generateWith(file, config);
    expect(ts.api.idempotencyHeader).toBe('X-Request-Key');
    expect(headerParams(ts.api)).toEqual({ create: ['Idempotency-Key', 'X-Trace'], retrieve: ['Idempotency-Key'] });
    const python = await generateWith(file, config, 'python');
    expect(duplicateArguments(python.files)).toEqual([]);
  });

  it("a Stainless config's alone", async () => {
    const file = spec();
    const config = { 'stainless.yml': STAINLESS };
    const ts = await generateWith(file, config);
    expect(headerParams(ts.api)).toEqual({ create: ['X-Request-Key', 'X-Trace'], retrieve: [] });
    const python = await generateWith(file, config, 'python');
    expect(duplicateArguments(python.files)).toEqual([]);
  });

  it("without one, the spec's parameter is the method's as any other header", async () => {
    const file = spec();
    const ts = await generateWith(file, { 'sdkgen.config.yaml': 'client:\n  name: Acme\n' });
    expect(headerParams(ts.api)).toEqual({
      create: ['Idempotency-Key', 'X-Request-Key', 'X-Trace'],
      retrieve: ['Idempotency-Key'],
    });
  });
});
