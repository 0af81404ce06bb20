/**
 * With a Stainless config, a response object that says nothing of its members returns `unknown`, as Stainless's
 * SDKs do; one that says its values are free (`additionalProperties: true` or `{}`) gets a name like every other
 * response: `MetaRetrieveResponse = { [key: string]: unknown }`. A method returning `unknown` or a string returns
 * it as is but still declares its type (`FunctionCreateResponse = unknown`, `GuideRetrieveResponse = string`), which
 * yields its name to any type a signature shows.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const returning = (schema: unknown) => ({
  responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
});

describe('free-form responses with a Stainless config', () => {
  it('an explicit free-form map is a named type; a bare object stays unknown', async () => {
    const spec = writeSpec({
      ...openapi({
        paths: {
          '/meta': { get: returning({ type: 'object', additionalProperties: true }) },
          '/blob': { get: returning({ type: 'object' }) },
          '/labels': { get: returning({ $ref: '#/components/schemas/Labels' }) },
        },
      }),
      components: { schemas: { Labels: { type: 'object', additionalProperties: {} } } },
    });
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(
      config,
      [
        'organization: { name: acme }',
        'resources:',
        '  meta: { methods: { retrieve: get /meta } }',
        '  blob: { methods: { retrieve: get /blob } }',
        '  labels: { methods: { retrieve: get /labels } }',
        '',
      ].join('\n'),
    );
    const { files } = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const apiMd = files.find((f) => f.path === 'api.md')!.contents;
    expect(apiMd).toContain('client.meta.<a href="./src/resources/meta.ts">retrieve</a>() -> MetaRetrieveResponse');
    expect(apiMd).toContain('client.blob.<a href="./src/resources/blob.ts">retrieve</a>() -> unknown');
    expect(apiMd).toContain('retrieve</a>() -> LabelRetrieveResponse');
    expect(files.find((f) => f.path === 'src/resources/meta.ts')!.contents).toContain(
      'export type MetaRetrieveResponse = { [key: string]: unknown };',
    );
  });

  it('a free-form or string response is returned as is, its type declared and listed; the name yields', async () => {
    const spec = writeSpec(
      openapi({
        paths: {
          '/functions': { post: returning({}) },
          '/guide': { get: returning({ type: 'string' }) },
          '/database/project': { patch: returning({}) },
          '/projects': { patch: returning({ type: 'object', properties: { id: { type: 'string' } } }) },
        },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(
      config,
      [
        'organization: { name: acme }',
        'resources:',
        '  functions: { methods: { create: post /functions } }',
        '  guide: { methods: { retrieve: get /guide } }',
        '  database: { subresources: { project: { methods: { update: patch /database/project } } } }',
        '  projects: { methods: { update: patch /projects } }',
        '',
      ].join('\n'),
    );
    const { files } = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const file = (name: string) => files.find((f) => f.path === name)!.contents;
    const apiMd = file('api.md');
    expect(apiMd).toContain('client.functions.<a href="./src/resources/functions.ts">create</a>() -> unknown');
    expect(apiMd).toContain('- <code><a href="./src/resources/functions.ts">FunctionCreateResponse</a></code>');
    expect(file('src/resources/functions.ts')).toContain('export type FunctionCreateResponse = unknown;');
    expect(apiMd).toContain('client.guide.<a href="./src/resources/guide.ts">retrieve</a>() -> string');
    expect(apiMd).toContain('- <code><a href="./src/resources/guide.ts">GuideRetrieveResponse</a></code>');
    expect(file('src/resources/guide.ts')).toContain('export type GuideRetrieveResponse = string;');
    // Both want ProjectUpdateResponse; the one a signature shows keeps it.
    expect(apiMd).toContain(
      'client.projects.<a href="./src/resources/projects.ts">update</a>() -> ProjectUpdateResponse',
    );
    expect(apiMd).toContain(
      'client.database.project.<a href="./src/resources/database/project.ts">update</a>() -> unknown',
    );
  });
});

describe('an object whose members only patternProperties names', () => {
  // inboundemail's spec: the custom headers of an email; Stainless's SDK has `headers?: unknown` for them.
  const headers = {
    type: 'object',
    description: 'Custom email headers',
    patternProperties: { '^(.*)$': { type: 'string' } },
  };
  const spec = () =>
    writeSpec(
      openapi({
        paths: {
          '/emails': {
            post: {
              requestBody: {
                required: true,
                content: {
                  'application/json': {
                    schema: { type: 'object', required: ['to'], properties: { to: { type: 'string' }, headers } },
                  },
                },
              },
              ...returning({ type: 'object', properties: { id: { type: 'string' }, headers } }),
            },
          },
        },
      }),
    );

  it('is unknown with a Stainless config, as Stainless reads patternProperties as saying nothing of them', async () => {
    const file = spec();
    const config = path.join(path.dirname(file), 'stainless.yml');
    writeFileSync(config, 'organization: { name: acme }\nresources:\n  emails: { methods: { send: post /emails } }\n');
    const { files } = await generate({ spec: file, config, format: false, funcs: false, referenceDocs: false });
    const emails = files.find((f) => f.path === 'src/resources/emails.ts')!.contents;
    expect(emails.match(/^\s*headers\?: unknown;$/gm)).toHaveLength(2);
  });

  it("is a map of the values' type without one", async () => {
    const { files } = await generate({ spec: spec(), format: false, funcs: false, referenceDocs: false });
    const source = files
      .filter((f) => f.path.startsWith('src/'))
      .map((f) => f.contents)
      .join('\n');
    expect(source.match(/^\s*headers\?: \{ \[key: string\]: string \};$/gm)).toHaveLength(2);
  });
});

describe('an object that says nothing of its members (a bare `type: object`)', () => {
  // knock's management API: a message type's JSON field has `schema` and `default`, each a bare nullable object, and
  // a list field `item_schema`; Stainless's SDK (knocklabs/knock-mgmt-node) has `schema?: unknown | null` for each,
  // in the model and in the params, and keeps a map where the spec says `additionalProperties: true`; tambo's
  // (stainless/openapi.json) has two dozen bare objects, each `unknown` in its SDK, its maps `additionalProperties`.
  const bare = (description: string) => ({ type: 'object', nullable: true, description });
  const settings = {
    type: 'object',
    properties: {
      schema: bare('A JSON schema the value must satisfy.'),
      default: bare('The default value.'),
      trigger_schema: { type: 'object', additionalProperties: true },
      // tambo's `tool_calls`: `Array<unknown>` in its SDK (@tambo-ai/typescript-sdk).
      tool_calls: { type: 'array', items: { type: 'object' } },
      // leadsnap's `polygon`: `properties: {}` written out, `{ [key: string]: unknown } | null` in its SDK.
      polygon: { type: 'object', properties: {}, nullable: true },
      // leadsnap's `grid_points`: items that are a bare nullable object, `Array<{ [key: string]: unknown } | null>` in
      // its SDK (karimsamir897/leadsnap-typescript-production), where such a property is `unknown | null`.
      grid_points: { type: 'array', items: { type: 'object', nullable: true } },
    },
  };
  const spec = () =>
    writeSpec(
      openapi({
        version: '3.0.3',
        paths: {
          '/fields/{key}': {
            put: {
              parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
              requestBody: {
                required: true,
                content: { 'application/json': { schema: { type: 'object', properties: { settings } } } },
              },
              ...returning({ $ref: '#/components/schemas/Field' }),
            },
          },
        },
        schemas: {
          Field: { type: 'object', required: ['key'], properties: { key: { type: 'string' }, settings } },
          Options: { type: 'object', description: 'Free options.' },
        },
      }),
    );
  const source = (files: Array<{ path: string; contents: string }>) =>
    files
      .filter((f) => f.path.startsWith('src/'))
      .map((f) => f.contents)
      .join('\n');

  it("is unknown with a Stainless config, in models and params, as in Stainless's SDKs", async () => {
    const file = spec();
    const config = path.join(path.dirname(file), 'stainless.yml');
    writeFileSync(
      config,
      'organization: { name: acme }\nresources:\n  fields:\n    models: { field: Field, options: Options }\n' +
        "    methods: { update: 'put /fields/{key}' }\n",
    );
    const { files } = await generate({ spec: file, config, format: false, funcs: false, referenceDocs: false });
    const all = source(files);
    // The model's and the params' (two each), a map where `additionalProperties: true` says so.
    expect(all.match(/^\s*schema\?: unknown \| null;$/gm)).toHaveLength(2);
    expect(all.match(/^\s*default\?: unknown \| null;$/gm)).toHaveLength(2);
    expect(all.match(/^\s*trigger_schema\?: \{ \[key: string\]: unknown \};$/gm)).toHaveLength(2);
    expect(all.match(/^\s*tool_calls\?: Array<unknown>;$/gm)).toHaveLength(2);
    expect(all.match(/^\s*polygon\?: \{ \[key: string\]: unknown \} \| null;$/gm)).toHaveLength(2);
    expect(all.match(/^\s*grid_points\?: Array<\{ \[key: string\]: unknown \} \| null>;$/gm)).toHaveLength(2);
    expect(all).toContain('export type Options = unknown;');
  });

  it('is a map of unknown values without one', async () => {
    const { files } = await generate({ spec: spec(), format: false, funcs: false, referenceDocs: false });
    const all = source(files);
    expect(all.match(/^\s*schema\?: \{ \[key: string\]: unknown \} \| null;$/gm)).toHaveLength(2);
    expect(all.match(/^\s*grid_points\?: Array<\{ \[key: string\]: unknown \} \| null>;$/gm)).toHaveLength(2);
  });
});
