/**
 * With a Stainless config, `allOf: [ {object}, { oneOf: [A, B] } ]` is written as Stainless writes it: a union of the
 * variants, each holding the object's properties too, all of them optional (the variant's own required keys alone
 * are required), in Stainless's property order (openintegrations/ts-sdk's `GetConnectionResponse`,
 * `core.connection_select` of 80 connectors; its `ListEventsResponse`, `core.event`, of variants written in place).
 * sdkgen's own SDK keeps the intersection `Base & (A | B)`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const variant = (name: string) => ({
  type: 'object',
  title: name,
  required: ['connector_name'],
  properties: {
    connector_name: { type: 'string', const: name },
    settings: { type: 'object', properties: { [`${name}_key`]: { type: 'string' } }, required: [`${name}_key`] },
  },
});

function specWith(): string {
  return writeSpec(
    openapi({
      paths: {
        '/connection/{id}': {
          get: {
            operationId: 'getConnection',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: {
              '200': { description: 'ok', content: { 'application/json': { schema: ref('core.connection_select') } } },
            },
          },
        },
      },
      schemas: {
        'connector.alpha.settings': variant('alpha'),
        'connector.beta.settings': variant('beta'),
        'core.connection_select': {
          title: 'connection_select',
          allOf: [
            {
              type: 'object',
              required: ['id', 'created_at'],
              properties: {
                id: { type: 'string' },
                created_at: { type: 'string' },
                display_name: { type: ['string', 'null'] },
              },
            },
            {
              oneOf: [ref('connector.alpha.settings'), ref('connector.beta.settings')],
              discriminator: { propertyName: 'connector_name' },
              description: 'Connector specific data',
            },
          ],
        },
      },
    }),
  );
}

async function source(stainless: boolean): Promise<string> {
  const spec = specWith();
  let config: string | undefined;
  if (stainless) {
    config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(
      config,
      [
        'organization: { name: acme }',
        'targets: { typescript: { package_name: acme } }',
        'resources:',
        '  $client:',
        "    methods: { get_connection: 'get /connection/{id}' }",
        '',
      ].join('\n'),
    );
  }
  const { files } = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
  const file = files.find((f) => f.path === (stainless ? 'src/resources/top-level.ts' : 'src/types.ts'));
  return file?.contents ?? files.map((f) => `// ${f.path}\n${f.contents}`).join('\n');
}

describe('allOf of an object and a oneOf', () => {
  it('is a union of the variants holding the object properties, with a Stainless config', async () => {
    const text = await source(true);
    expect(text).toMatch(
      /export type GetConnectionResponse =\s*\|?\s*GetConnectionResponse\.Alpha\s*\|\s*GetConnectionResponse\.Beta;/,
    );
    expect(text).toMatch(
      /export interface Alpha \{\s*connector_name: 'alpha';\s*id\?: string;\s*created_at\?: string;\s*display_name\?: string \| null;\s*settings\?: Alpha\.Settings;\s*\}/,
    );
    expect(text).not.toMatch(/ & \(/);
  });

  it("keeps the intersection in sdkgen's own SDK", async () => {
    expect(await source(false)).toMatch(/ & \(/);
  });
});
