/**
 * A model that takes its properties from `allOf` members and lists some of them in its own `required`
 * (`{ type: object, allOf: [{ $ref: Props }], required: [id, created, model] }`) requires them, as Stainless types it
 * (sambanova's TranscriptionStreamResponse: `id: str`, `created: float`, and `choices: Optional[List[Choice]] = None`
 * for a required nullable one; in TypeScript `id: string`, `choices: Array<Choice> | null`). The members' properties
 * were read with the members' own `required` alone, so every such property stayed optional. The IR does it once for
 * both targets: the merged object of a Stainless config's SDK, and the object members of sdkgen's own intersections.
 * With a Stainless config only where the schema says it is an object: Spotify's AlbumObject (no `type`, `allOf:
 * [{ $ref: AlbumBase }, { properties: … }]`, `required: [artists, …]`) keeps `artists?` in Stainless's spotify-typescript.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import type { ObjectType, TypeRef } from '../../generator/ir/types';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';
import { okJson as json, schemaRef as ref } from '../helpers/openapi';

afterAll(cleanupSpecs);

const SCHEMAS = {
  Props: {
    type: 'object',
    required: ['prompt'],
    properties: {
      id: { type: 'string' },
      created: { type: 'number' },
      choices: { type: ['array', 'null'], items: { type: 'string' } },
      prompt: { type: 'string' },
      usage: { type: 'integer' },
    },
  },
  // One member, declared by a `$ref`: its properties the outer list names are required.
  StreamResponse: { type: 'object', allOf: [ref('Props')], required: ['id', 'created', 'choices'] },
  // Two members, one written out in place; the schema says it is an object.
  TwoTyped: {
    type: 'object',
    allOf: [ref('Props'), { type: 'object', properties: { extra: { type: 'string' }, note: { type: 'string' } } }],
    required: ['id', 'extra'],
  },
  // The same, not said to be an object (as Spotify's AlbumObject).
  Two: {
    allOf: [ref('Props'), { type: 'object', properties: { extra: { type: 'string' }, note: { type: 'string' } } }],
    required: ['id', 'extra'],
  },
  // Both written out in place (sdkgen's own SDK keeps them an intersection).
  Inline: {
    allOf: [
      { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } },
      { type: 'object', properties: { c: { type: 'string' } } },
    ],
    required: ['a', 'c'],
  },
};

const PATHS = {
  '/stream': { get: { operationId: 'stream', responses: json(ref('StreamResponse')) } },
  '/two': { get: { operationId: 'two', responses: json(ref('Two')) } },
  '/two_typed': { get: { operationId: 'twoTyped', responses: json(ref('TwoTyped')) } },
  '/inline': { get: { operationId: 'inline', responses: json(ref('Inline')) } },
  '/two_typed_body': { post: { operationId: 'sendTwoTyped', requestBody: body(ref('TwoTyped')), responses: json({}) } },
  '/two_body': { post: { operationId: 'sendTwo', requestBody: body(ref('Two')), responses: json({}) } },
};

const CONFIG = [
  'organization: { name: acme }',
  'resources:',
  '  things:',
  '    methods:',
  '      stream: get /stream',
  '      two: get /two',
  '      two_typed: get /two_typed',
  '      inline: get /inline',
  '      send_two_typed: post /two_typed_body',
  '      send_two: post /two_body',
  '',
].join('\n');

function body(schema: object) {
  return { required: true, content: { 'application/json': { schema } } };
}

async function generated(withConfig: boolean) {
  const file = writeSpec(openapi({ paths: PATHS, schemas: SCHEMAS }));
  const config = path.join(path.dirname(file), 'stainless.yml');
  writeFileSync(config, CONFIG);
  const result = await generate({
    spec: file,
    ...(withConfig ? { config } : {}),
    format: false,
    funcs: false,
    referenceDocs: false,
  });
  return result.api;
}

async function schemas(withConfig: boolean): Promise<Map<string, TypeRef>> {
  return new Map((await generated(withConfig)).schemas.map((s) => [s.name, s.type]));
}

/** A method's params' keys with whether each is required, sorted by key. */
async function paramsRequiredness(withConfig: boolean, operationId: string): Promise<Array<[string, boolean]>> {
  const methods = (await generated(withConfig)).resources.flatMap((r) => r.methods);
  const method = methods.find((m) => m.operationId === operationId);
  expect(method?.params, operationId).toBeTruthy();
  return method!
    .params!.fields.map((f): [string, boolean] => [f.key, f.required])
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The keys of the object (or of an intersection's objects) with whether each is required, sorted by key. */
function requiredness(type: TypeRef | undefined): Array<[string, boolean]> {
  expect(type).toBeDefined();
  const objects: ObjectType[] =
    type!.kind === 'object'
      ? [type!]
      : type!.kind === 'intersection'
        ? type!.parts.filter((p): p is ObjectType => p.kind === 'object')
        : [];
  expect(objects.length, JSON.stringify(type)).toBeGreaterThan(0);
  return objects
    .flatMap((o) => o.properties.map((p): [string, boolean] => [p.key, p.required]))
    .sort(([a], [b]) => a.localeCompare(b));
}

describe("a model's own required list beside allOf", () => {
  it("with a Stainless config, requires the merged members' properties it names", async () => {
    const types = await schemas(true);
    expect(requiredness(types.get('ThingStreamResponse'))).toEqual([
      ['choices', true],
      ['created', true],
      ['id', true],
      ['prompt', true],
      ['usage', false],
    ]);
    expect(requiredness(types.get('ThingTwoTypedResponse'))).toEqual([
      ['choices', false],
      ['created', false],
      ['extra', true],
      ['id', true],
      ['note', false],
      ['prompt', true],
      ['usage', false],
    ]);
  });

  it('with a Stainless config, leaves them as the members say where the schema does not say it is an object', async () => {
    const types = await schemas(true);
    expect(requiredness(types.get('ThingTwoResponse'))).toEqual([
      ['choices', false],
      ['created', false],
      ['extra', false],
      ['id', false],
      ['note', false],
      ['prompt', true],
      ['usage', false],
    ]);
    expect(requiredness(types.get('ThingInlineResponse'))).toEqual([
      ['a', false],
      ['b', false],
      ['c', false],
    ]);
  });

  it("without one, requires the properties it names of the intersection's objects", async () => {
    const types = await schemas(false);
    const inline = [...types].find(([name]) => /inline/i.test(name))?.[1];
    expect(requiredness(inline)).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
    ]);
    const two = [...types].find(([name]) => /^two/i.test(name))?.[1];
    expect(requiredness(two)).toEqual([
      ['extra', true],
      ['note', false],
    ]);
  });
});

describe("a request body's own required list beside allOf", () => {
  it('with a Stainless config, is read as for models: only where the schema says it is an object', async () => {
    expect(await paramsRequiredness(true, 'sendTwoTyped')).toEqual([
      ['choices', false],
      ['created', false],
      ['extra', true],
      ['id', true],
      ['note', false],
      ['prompt', true],
      ['usage', false],
    ]);
    expect(await paramsRequiredness(true, 'sendTwo')).toEqual([
      ['choices', false],
      ['created', false],
      ['extra', false],
      ['id', false],
      ['note', false],
      ['prompt', true],
      ['usage', false],
    ]);
  });

  it('without one, always', async () => {
    expect((await paramsRequiredness(false, 'sendTwo')).filter(([, required]) => required)).toEqual([
      ['extra', true],
      ['id', true],
      ['prompt', true],
    ]);
  });
});
