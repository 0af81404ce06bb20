/**
 * A `format` beside a union (`anyOf: [{type: string}, {type: null}], format: date-time`: an optional datetime, as
 * some specs write it) is the format of the union's strings: a validator checks it on them (a mock refused the
 * example `'date'` with a 422), and Stainless's generated tests send a date-time there.
 */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import { normalize } from '../../generator/normalize/normalize';
import { loadObject, openapi } from './helpers/spec';
import { EMPTY_CONFIG } from '../../generator/config';
import type { TypeRef } from '../../generator/ir/type-expr';

const SPEC = openapi({
  paths: {
    '/turns': {
      get: {
        operationId: 'getTurn',
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Turn' } } },
          },
        },
      },
    },
  },
  schemas: {
    Turn: {
      type: 'object',
      properties: {
        date: { anyOf: [{ type: 'string' }, { type: 'null' }], format: 'date-time' },
        sized: { anyOf: [{ type: 'string', maxLength: 3 }, { type: 'null' }], format: 'date-time' },
        plain: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        dated: { anyOf: [{ type: 'string', format: 'date' }, { type: 'integer' }], format: 'date-time' },
      },
    },
  },
});

/** The string formats in a property's union, in order. */
function stringFormats(type: TypeRef): Array<string | null> {
  const variants = type.kind === 'union' ? type.variants : [type];
  return variants.flatMap((v) => (v.kind === 'string' ? [v.format] : []));
}

describe('a format beside a union', () => {
  it("is its plain strings' format, and leaves a string with its own format or constraints alone", async () => {
    const diags = new Diagnostics();
    const { spec } = await loadObject(SPEC, diags);
    const { api } = buildIr(normalize(spec, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags, {});
    const turn = api.schemas.find((s) => s.name === 'Turn')!.type;
    if (turn.kind !== 'object') throw new Error(`Turn is ${turn.kind}`);
    const formats = Object.fromEntries(turn.properties.map((p) => [p.key, stringFormats(p.type)]));
    expect(formats).toEqual({ date: ['date-time'], sized: [null], plain: [null], dated: ['date'] });
  });
});
