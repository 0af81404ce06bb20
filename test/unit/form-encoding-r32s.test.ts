/**
 * A form body's (`application/x-www-form-urlencoded`) `encoding` (OpenAPI's Encoding Object, generator/ir/
 * multipart-encoding.ts): each field's `style`/`explode` other than `form` exploded (the default) is an IR fact
 * (`RequestBody.partStyles`), as is `allowReserved` (`reservedParts`), in 3.0 and 3.1 alike (3.0 gives styles to
 * forms alone); a style no body has warns. A multipart object part of a 3.0 spec keeps no `form` style (3.0 ignores
 * styles on multipart parts, and its default for an object part is one JSON part), while an array part keeps it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { buildIr } from '../../generator/ir/build';
import type { RequestBody } from '../../generator/ir/types';
import { normalize } from '../../generator/normalize/normalize';
import { cleanupSpecs, loadObject, openapi } from './helpers/spec';

afterAll(cleanupSpecs);

const ok = { responses: { '200': { description: 'ok' } } };
const strings = { type: 'array', items: { type: 'string' } };
const object = { type: 'object', properties: { a: { type: 'string' } } };

async function bodyOf(version: string, mediaType: string, encoding: object): Promise<[RequestBody, string[]]> {
  const properties = {
    tags: strings,
    ids: strings,
    filter: object,
    pipe: strings,
    raw: { type: 'string' },
    odd: strings,
  };
  const { spec, diags } = await loadObject(
    openapi({
      version,
      paths: {
        '/send': {
          post: {
            operationId: 'send',
            requestBody: { content: { [mediaType]: { schema: { type: 'object', properties }, encoding } } },
            ...ok,
          },
        },
      },
    }),
  );
  const { api } = buildIr(normalize(spec, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags, {});
  const warned = diags.warnings.map((w) => `${w.code} ${w.pointer.replace(/.*\/encoding\//, '')}`);
  return [api.resources[0]!.methods[0]!.body!, warned];
}

describe('form bodies: encoding', () => {
  it.each(['3.0.3', '3.1.0'])(
    'OpenAPI %s: styles and allowReserved are the body’s; an odd style warns',
    async (version) => {
      const [body, warned] = await bodyOf(version, 'application/x-www-form-urlencoded', {
        tags: { style: 'form', explode: true },
        ids: { style: 'form', explode: false },
        filter: { style: 'deepObject', explode: true },
        pipe: { style: 'pipeDelimited' },
        raw: { allowReserved: true },
        odd: { style: 'matrix' },
      });
      expect(body.partStyles).toEqual({
        ids: { style: 'form', explode: false },
        filter: { style: 'deepObject', explode: true },
        pipe: { style: 'pipeDelimited', explode: false },
      });
      expect(body.reservedParts).toEqual(['raw']);
      expect(body.repeatParts).toBeUndefined();
      expect(warned).toEqual(['unsupported-part-encoding odd']);
    },
  );

  it('a form without an encoding has neither', async () => {
    const [body] = await bodyOf('3.1.0', 'application/x-www-form-urlencoded', {});
    expect([body.partStyles, body.reservedParts]).toEqual([undefined, undefined]);
  });
});

describe('multipart bodies of OpenAPI 3.0: an exploded form part', () => {
  it('of an object is ignored (one JSON part, warned); of an array kept (a part per item)', async () => {
    const [body, warned] = await bodyOf('3.0.3', 'multipart/form-data', {
      filter: { style: 'form', explode: true },
      tags: { style: 'form', explode: true },
    });
    expect(body.repeatParts).toEqual(['tags']);
    expect(body.partStyles).toBeUndefined();
    expect(warned).toEqual(['ignored-part-style filter']);
  });
});
