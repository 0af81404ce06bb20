/**
 * A long `@example` in an SDK made from a Stainless config (issue 89): past 30 lines, Stainless's examples print the
 * objects three deep (the call's object argument is one deep; arrays add none) as `{ ... }`, laid out as the whole
 * value would be. A shorter example keeps every object.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { printCallStatement, type ExampleValue } from '../generator/emit/typescript/example-value';
import { generateFrom, tempDir } from './helpers/sdk';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };

/** A request body whose example nests objects three deep, with `rows` rows (each three lines when broken). */
function bodyWith(rows: number) {
  const example = {
    plots: Array.from({ length: rows }, (_, i) => ({
      crop: `crop-${i}`,
      soil: { kind: 'loam', ph: 6 },
      rotations: [{ season: 'spring', crop: 'beans', notes: 'first after winter' }],
    })),
  };
  const object = (properties: Record<string, unknown>) => ({ type: 'object', properties });
  const text = { type: 'string' };
  const plot = object({
    crop: text,
    soil: object({ kind: text, ph: { type: 'number' } }),
    rotations: { type: 'array', items: object({ season: text, crop: text, notes: text }) },
  });
  const schema = object({ plots: { type: 'array', items: plot } });
  return { required: true, content: { 'application/json': { schema, example } } };
}

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Farm', version: '1' },
  servers: [{ url: 'https://farm.test' }],
  paths: {
    '/fields': { post: { requestBody: bodyWith(3), responses: ok } },
    '/gardens': { post: { requestBody: bodyWith(1), responses: ok } },
  },
};

const CONFIG = `organization: { name: farm }
targets:
  typescript:
    package_name: farm
resources:
  fields:
    methods:
      create: post /fields
  gardens:
    methods:
      create: post /gardens
`;

let root = '';
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The `@example` code of the one method of a module. */
function exampleOf(module: string): string {
  const match = /```ts\n([\s\S]*?)\n\s*\* ```/.exec(module);
  return (match?.[1] ?? '').replace(/^\s*\* ?/gm, '');
}

describe("a Stainless config's long @example", () => {
  it('prints objects three deep as { ... }, laid out as the whole value', async () => {
    root = tempDir('stainless-example-elision');
    const { files } = await generateFrom(root, SPEC, CONFIG, { referenceDocs: false });
    const out = new Map(files.map((f) => [f.path, f.contents]));

    const long = exampleOf(out.get('src/resources/fields.ts')!);
    expect(long).toContain("crop: 'crop-0',\n      soil: { ... },\n      rotations: [\n        { ... },\n      ],");
    expect(long).not.toContain('loam');
    expect(long.split('\n').length).toBeLessThanOrEqual(30);

    const short = exampleOf(out.get('src/resources/gardens.ts')!);
    expect(short).toContain("soil: { kind: 'loam', ph: 6 }");
    expect(short).not.toContain('{ ... }');
  });

  it('elides nothing unless asked, and only non-empty objects', () => {
    const leaf = (text: string, json: string | number): ExampleValue => ({ kind: 'code', text, json });
    const deep: ExampleValue = {
      kind: 'object',
      entries: [
        {
          key: 'a',
          name: 'a',
          value: {
            kind: 'object',
            entries: [
              {
                key: 'b',
                name: 'b',
                value: { kind: 'object', entries: [{ key: 'c', name: 'c', value: leaf('1', 1) }] },
              },
              { key: 'e', name: 'e', value: { kind: 'object', entries: [] } },
            ],
          },
        },
      ],
    };
    expect(printCallStatement('', 'f', [deep], ';', 80)).toBe('f({ a: { b: { c: 1 }, e: {} } });');
    expect(printCallStatement('', 'f', [deep], ';', 80, 3)).toBe('f({ a: { b: { ... }, e: {} } });');
  });
});
