/**
 * Forms a valid spec may take that real specs rarely do, and broken structure, each case on its general form: names
 * every object has (`Object.prototype`'s), YAML in flow style, values nested thousands deep, the wrong type for the
 * top level's objects in every version, and keywords in the form of the other OpenAPI version.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics, SpecError } from '../../generator/diagnostics';
import { isPrototypeMember, mapKey, valueKey } from '../../generator/emit/typescript/print-doc';
import { MAX_VALUE_DEPTH } from '../../generator/load/limits';
import { loadSpecFromMemory } from '../../generator/load/load';
import { parseDocumentText } from '../../generator/load/parse';
import { buildIr } from '../../generator/ir/build';
import { normalize } from '../../generator/normalize/normalize';
import { buildHeaders } from '../../generated/smithery/src/internal/headers';
import { stringifyQuery } from '../../generated/smithery/src/internal/query';
import { specError } from './helpers/spec';

/** Every property name an object literal has without declaring it. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

const load = (spec: string | Record<string, unknown>, rootFile?: string, diags = new Diagnostics()) =>
  loadSpecFromMemory({ spec, ...(rootFile ? { file: rootFile } : {}) }, diags);

const VERSIONS = [
  { version: '2.0', top: { swagger: '2.0' }, components: 'definitions' },
  { version: '3.0.3', top: { openapi: '3.0.3' }, components: 'components' },
  { version: '3.1.0', top: { openapi: '3.1.0' }, components: 'components' },
] as const;

const minimal = (top: Record<string, unknown>) => ({ ...top, info: { title: 'T', version: '1' }, paths: {} });

describe('names Object.prototype has (toString, constructor, __proto__, …)', () => {
  it('are told apart from every other name', () => {
    expect(PROTOTYPE_NAMES).toEqual(expect.arrayContaining(['toString', 'constructor', '__proto__', 'valueOf']));
    for (const name of PROTOTYPE_NAMES)
      expect({ name, member: isPrototypeMember(name) }).toEqual({ name, member: true });
    for (const name of ['toJSON', 'then', 'name', 'length', 'prototype', '__proto', 'tostring'])
      expect({ name, member: isPrototypeMember(name) }).toEqual({ name, member: false });
  });

  it('as keys of a map in an example: a computed string key, the same key at run time', () => {
    for (const name of PROTOTYPE_NAMES) {
      const key = mapKey(name);
      expect(key).toBe(`[${JSON.stringify(name).replace(/"/g, "'")} as string]`);
      // The literal it starts defines an own property of that name (`__proto__` too), not the prototype.
      const literal = new Function(`return { ${key.replace(' as string', '')}: 1 };`)() as object;
      expect(Object.getOwnPropertyNames(literal)).toEqual([name]);
      expect(Object.getPrototypeOf(literal)).toBe(Object.prototype);
    }
    expect(mapKey('plain')).toBe(valueKey('plain'));
  });

  it('as header names, at run time: sent like any other (buildHeaders)', () => {
    for (const name of PROTOTYPE_NAMES) {
      const layer = Object.fromEntries([[name, 'v']]);
      const headers = buildHeaders([layer]);
      expect({ name, own: Object.getOwnPropertyNames(headers) }).toEqual({ name, own: [name.toLowerCase()] });
      expect(Object.entries(headers)).toEqual([[name.toLowerCase(), 'v']]);
    }
  });

  it('as query parameter names without a style of their own, at run time: the form style (stringifyQuery)', () => {
    const styles = { tags: { style: 'pipeDelimited' as const, explode: false } };
    // A style table that is not a plain object literal: what it inherits is no style.
    const inherited = Object.assign(Object.create({ toString: { style: 'pipeDelimited', explode: false } }), styles);
    for (const name of PROTOTYPE_NAMES) {
      const query = Object.fromEntries([[name, ['a', 'b']]]);
      const form = `${encodeURIComponent(name)}=a&${encodeURIComponent(name)}=b`;
      expect(stringifyQuery(query, styles)).toBe(form);
      expect(stringifyQuery(query, inherited)).toBe(form);
    }
  });
});

describe('the syntax of a spec file', () => {
  const FLOW =
    "{openapi: 3.1.0, info: {title: Flow, version: '1'}, paths: {/a: {get: {responses: {'200': {description: ok}}}}}}";

  it('a .yaml or .yml file is YAML, flow style included', () => {
    for (const file of ['spec.yaml', 'spec.yml', 'dir/spec.YAML']) {
      expect(parseDocumentText(FLOW, file)).toMatchObject({ openapi: '3.1.0', info: { title: 'Flow' } });
      // JSON is YAML too, and reads the same.
      expect(parseDocumentText('{"openapi": "3.1.0"}', file)).toEqual({ openapi: '3.1.0' });
    }
  });

  it('a .json file is JSON only', async () => {
    const d = await specError(() => parseDocumentText(FLOW, 'spec.json'));
    expect(d).toMatchObject({ code: 'malformed-json', file: 'spec.json', line: 1, column: 2 });
  });

  it('standard input, a URL or another name: JSON, else YAML; neither gives the JSON error', async () => {
    for (const file of ['<stdin>', 'https://example.com/openapi', 'https://example.com/spec.json', 'spec.txt']) {
      expect(parseDocumentText(FLOW, file)).toMatchObject({ openapi: '3.1.0' });
      expect(parseDocumentText('{"a": [1]}', file)).toEqual({ a: [1] });
      const d = await specError(() => parseDocumentText('{"a": [1}', file));
      expect(d).toMatchObject({ code: 'malformed-json', file });
    }
  });

  it('a flow-style .yaml spec loads', async () => {
    const spec = await load(FLOW, 'openapi.yaml');
    expect(spec.declaredVersion).toBe('3.1.0');
  });
});

describe('values nested deeper than the later stages can walk', () => {
  const nest = (depth: number, leaf: unknown = 1) => {
    let value = leaf;
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { k: value };
    return value;
  };
  const places = {
    extension: (value: unknown) => ({ ...minimal({ openapi: '3.1.0' }), 'x-deep': value }),
    example: (value: unknown) => ({
      ...minimal({ openapi: '3.1.0' }),
      components: { schemas: { S: { type: 'object', example: value } } },
    }),
    default: (value: unknown) => ({
      ...minimal({ openapi: '3.0.3' }),
      components: { parameters: { P: { name: 'p', in: 'query', schema: { default: value } } } },
    }),
    'Swagger 2.0 schema': (value: unknown) => ({ ...minimal({ swagger: '2.0' }), definitions: { S: value } }),
  };

  it.for(Object.entries(places))(
    'in %s: an error at the first value too deep, not a stack overflow',
    async ([, place]) => {
      // Thousands deep: past what a recursive walk of the value survives.
      const d = await specError(() => load(place(nest(20_000))));
      expect(d).toMatchObject({ code: 'value-too-deep', file: 'openapi.yaml' });
      expect(d.pointer.split('/').length - 1).toBe(MAX_VALUE_DEPTH);
      expect(d.hint).toContain('$ref');
    },
  );

  it.for(Object.entries(places))('in %s: read when it stays within the limit', async ([, place]) => {
    await expect(load(place(nest(MAX_VALUE_DEPTH - 8)))).resolves.toBeDefined();
  });
});

describe('the wrong type for an object of the top level', () => {
  const WRONG = ['paths', [['x']], 7, null, true];

  it.for(VERSIONS)(
    'OpenAPI $version: info, paths, a path item, $components: an error at each, all at once',
    async ({ top, components }) => {
      for (const wrong of WRONG) {
        const error = await load({ ...top, info: wrong, paths: { '/a': wrong, '/b': {} }, [components]: wrong }).then(
          () => null,
          (e: unknown) => e as SpecError,
        );
        expect(error).toBeInstanceOf(SpecError);
        const d = error!.diagnostic;
        expect([d, ...error!.more].map((e) => e.pointer)).toEqual(['#/info', '#/paths/~1a', `#/${components}`]);
        expect(d).toMatchObject({
          severity: 'error',
          file: 'openapi.yaml',
          message: expect.stringMatching(/^`info` is not an object/),
        });
        expect(await specError(() => load({ ...minimal(top), paths: wrong }))).toMatchObject({
          code: 'invalid-paths',
          pointer: '#/paths',
        });
      }
    },
  );

  it('a section of components (3.x) or its 2.0 counterpart', async () => {
    for (const section of ['schemas', 'parameters', 'responses', 'requestBodies', 'securitySchemes', 'pathItems'])
      expect(
        await specError(() => load({ ...minimal({ openapi: '3.1.0' }), components: { [section]: [] } })),
      ).toMatchObject({
        pointer: `#/components/${section}`,
      });
    for (const section of ['definitions', 'parameters', 'responses', 'securityDefinitions'])
      expect(await specError(() => load({ ...minimal({ swagger: '2.0' }), [section]: 'x' }))).toMatchObject({
        pointer: `#/${section}`,
      });
  });

  it('a dangling $ref in a Swagger 2.0 document is said as written, at its own pointer', async () => {
    const d = await specError(() =>
      load({ ...minimal({ swagger: '2.0' }), definitions: { A: { $ref: '#/definitions/Nowhere' } } }),
    );
    expect(d).toMatchObject({
      code: 'dangling-ref',
      pointer: '#/definitions/A/$ref',
      message: '$ref "#/definitions/Nowhere" does not resolve: nothing at #/definitions/Nowhere in openapi.yaml',
    });
  });
});

describe('schema keywords in the form of the other OpenAPI version', () => {
  const warnings = async (version: '3.0.3' | '3.1.0', schema: Record<string, unknown>) => {
    const diags = new Diagnostics();
    const spec = await load(
      { ...minimal({ openapi: version }), components: { schemas: { S: schema } } },
      undefined,
      diags,
    );
    buildIr(normalize(spec, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags);
    return diags.list
      .filter((d) => d.code === 'other-version-keyword')
      .map((d) => ({ pointer: d.pointer, severity: d.severity }));
  };

  it('3.0: a list of examples, a number as an exclusive bound: read, with a warning at the keyword', async () => {
    expect(
      await warnings('3.0.3', {
        type: 'object',
        properties: {
          s: { type: 'string', examples: ['a'] },
          n: { type: 'number', exclusiveMinimum: 1, exclusiveMaximum: 9 },
        },
      }),
    ).toEqual([
      { pointer: '#/components/schemas/S/properties/s/examples', severity: 'warning' },
      { pointer: '#/components/schemas/S/properties/n/exclusiveMinimum', severity: 'warning' },
      { pointer: '#/components/schemas/S/properties/n/exclusiveMaximum', severity: 'warning' },
    ]);
    expect(await warnings('3.0.3', { type: 'number', example: 2, minimum: 1, exclusiveMinimum: true })).toEqual([]);
  });

  it('3.1: a list as items, a boolean exclusive bound: read, with a warning at the keyword', async () => {
    expect(
      await warnings('3.1.0', {
        type: 'object',
        properties: {
          t: { type: 'array', items: [{ type: 'string' }] },
          n: { type: 'number', maximum: 9, exclusiveMaximum: true },
        },
      }),
    ).toEqual([
      { pointer: '#/components/schemas/S/properties/t/items', severity: 'warning' },
      { pointer: '#/components/schemas/S/properties/n/exclusiveMaximum', severity: 'warning' },
    ]);
    expect(await warnings('3.1.0', { type: 'array', prefixItems: [{ type: 'string' }], examples: [['a']] })).toEqual(
      [],
    );
  });
});
