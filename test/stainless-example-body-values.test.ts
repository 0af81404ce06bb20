/**
 * The values a Stainless config's `@example` calls a method with (issue 89's source distance), as Stainless's SDKs
 * write them: a body field's own example before the body schema's (isaacus's `enrichments.create`), none of the
 * schema's example of a body that is one of several objects (imagekit's `origins.create`), the media type's example
 * of the body without the keys the params do not declare (imagekit's `customMetadataFields.update`), a number's
 * minimum (phoebe's `lat: -90`); and the result of a call returning an array named in the plural (phoebe's `geos`).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-example-values.test.ts samples Stainless's examples and endpoint-test values
// (docs/contributing.md, "What `npm test` samples").
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';
import { okJson as ok } from './helpers/openapi';
import { SLOW_FULL } from './helpers/slow-tests';

// (Its own example: the newest SDKs show calls for a response's example, not for its fields' alone.)
const named = { type: 'object', properties: { name: { type: 'string', example: 'rex' } }, example: { name: 'rex' } };
const jsonBody = (media: Record<string, unknown>) => ({ required: true, content: { 'application/json': media } });

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Kennel', version: '1' },
  servers: [{ url: 'https://kennel.test' }],
  paths: {
    '/origins': {
      post: { requestBody: jsonBody({ schema: { $ref: '#/components/schemas/Origin' } }), responses: ok(named) },
    },
    '/fields': {
      patch: {
        requestBody: jsonBody({
          schema: {
            type: 'object',
            properties: {
              label: { type: 'string' },
              rule: { type: 'object', properties: { minValue: { type: 'number' }, maxValue: { type: 'number' } } },
            },
          },
          example: { label: 'price', rule: { type: 'Number', minValue: 1000, maxValue: 3000 } },
        }),
        responses: ok(named),
      },
    },
    '/enrichments': {
      post: { requestBody: jsonBody({ schema: { $ref: '#/components/schemas/Enrichment' } }), responses: ok(named) },
    },
    '/walks': {
      get: {
        parameters: [
          { name: 'lat', in: 'query', required: true, schema: { type: 'number', minimum: -90, maximum: 90 } },
        ],
        responses: ok(named),
      },
    },
    // (An array's own example: its items' does not count.)
    '/geo': { get: { responses: ok({ type: 'array', items: named, example: [{ name: 'rex' }] }) } },
  },
  components: {
    schemas: {
      Origin: {
        example: { type: 'S3', name: 'Schema example', bucket: 'other' },
        oneOf: [
          {
            type: 'object',
            required: ['type', 'name', 'bucket'],
            properties: {
              type: { type: 'string', const: 'S3' },
              name: { type: 'string', example: 'US storage' },
              bucket: { type: 'string', example: 'images' },
            },
          },
          {
            type: 'object',
            required: ['type', 'host'],
            properties: { type: { type: 'string', const: 'WEB' }, host: { type: 'string' } },
          },
        ],
      },
      Enrichment: {
        type: 'object',
        required: ['texts'],
        properties: { texts: { type: 'array', items: { type: 'string' }, examples: [['One text.']] } },
        examples: [{ texts: ['The schema example.'] }],
      },
    },
  },
};

const CONFIG = `organization: { name: kennel }
targets:
  typescript:
    package_name: kennel
resources:
  origins:
    methods:
      create: post /origins
  fields:
    methods:
      update: patch /fields
  enrichments:
    methods:
      create: post /enrichments
  walks:
    methods:
      list: get /walks
  geo:
    methods:
      retrieve: get /geo
`;

let root = '';
let out = new Map<string, string>();
beforeAll(async () => {
  root = tempDir('stainless-example-body-values');
  // (In the era of the evidence: isaacus's generation before EXAMPLES_AS_GIVEN_SINCE, stainless/era.ts, from which on
  // the body schema's examples come first: test/stainless-example-choices-targets.test.ts.)
  const { files } = await generateFrom(root, SPEC, CONFIG, { referenceDocs: false, stainlessEra: '2026-03-11' });
  out = new Map(files.map((f) => [f.path, f.contents]));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)("a Stainless config's @example values", () => {
  it("take a union body's first variant's field examples, not the body schema's example", () => {
    const origins = out.get('src/resources/origins.ts')!;
    expect(origins).toContain("name: 'US storage'");
    expect(origins).toContain("bucket: 'images'");
    expect(origins).not.toContain('Schema example');
  });

  it("take the media type's example of the body without the keys the params do not declare", () => {
    expect(out.get('src/resources/fields.ts')!).toContain('rule: { minValue: 1000, maxValue: 3000 }');
  });

  it("take a body field's own example before the body schema's", () => {
    const enrichments = out.get('src/resources/enrichments.ts')!;
    expect(enrichments).toContain("texts: ['One text.']");
  });

  it("write a number's minimum", () => {
    expect(out.get('src/resources/walks.ts')!).toContain('lat: -90');
  });

  it('name the result of a call returning an array in the plural', () => {
    expect(out.get('src/resources/geo.ts')!).toContain('const geos = await client.geo.retrieve();');
  });
});
