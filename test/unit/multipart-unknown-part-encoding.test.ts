/**
 * An `encoding` key that names no top-level property of the multipart body's schema applies to no part (OpenAPI: the
 * key is a property's name): a warning at its pointer, never silence; keys that name one, through `$ref`, `allOf`
 * and a union's variants, are not flagged, nor any key of a schema that allows other names.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import { normalize } from '../../generator/normalize/normalize';
import { loadObject, openapi } from './helpers/spec';

async function warningsOf(
  schema: unknown,
  encoding: Record<string, unknown>,
  components: Record<string, unknown> = {},
) {
  const diags = new Diagnostics();
  const spec = openapi({
    paths: {
      '/kb': {
        post: {
          operationId: 'createKb',
          requestBody: { required: true, content: { 'multipart/form-data': { schema, encoding } } },
          responses: { '200': { description: 'ok' } },
        },
      },
    },
    schemas: components,
  });
  const { spec: loaded } = await loadObject(spec, diags);
  buildIr(normalize(loaded, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags, {});
  return diags.warnings.filter((d) => d.code === 'unknown-part-encoding').map((d) => [d.pointer, d.message, d.hint]);
}

const BODY = {
  type: 'object',
  properties: { name: { type: 'string' }, files: { type: 'array', items: { type: 'string', format: 'binary' } } },
};

describe('an encoding key naming no property', () => {
  it('is a warning at its pointer, naming the properties there are', async () => {
    expect(await warningsOf(BODY, { files: { style: 'form' }, file: { style: 'form' }, 'meta.owner': {} })).toEqual([
      [
        '#/paths/~1kb/post/requestBody/content/multipart~1form-data/encoding/file',
        expect.stringContaining('multipart part "file": the body\'s schema has no property of that name'),
        expect.stringContaining('(name, files)'),
      ],
      [
        '#/paths/~1kb/post/requestBody/content/multipart~1form-data/encoding/meta.owner',
        expect.stringContaining('multipart part "meta.owner"'),
        expect.anything(),
      ],
    ]);
  });

  it("names through $ref, allOf and a union's variants are a body's own", async () => {
    const schema = {
      allOf: [
        { $ref: '#/components/schemas/Base' },
        { oneOf: [{ type: 'object', properties: { texts: { type: 'array', items: { type: 'string' } } } }] },
      ],
    };
    const encoding = { name: { contentType: 'text/plain' }, texts: { contentType: 'application/json' } };
    expect(await warningsOf(schema, encoding, { Base: BODY })).toEqual([]);
    expect(await warningsOf(schema, { ...encoding, other: {} }, { Base: BODY }).then((w) => w.length)).toBe(1);
  });

  it('a schema that allows other names, or names none, flags nothing', async () => {
    expect(await warningsOf({ ...BODY, additionalProperties: true }, { other: {} })).toEqual([]);
    expect(await warningsOf({ type: 'object' }, { other: {} })).toEqual([]);
  });
});
