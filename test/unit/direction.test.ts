/**
 * Which schemas differ by direction (generator/ir/direction.ts): a schema differs when it has a readOnly or
 * writeOnly property itself or reaches, through any subschema or `$ref`, a schema that does. Given a set of
 * component schemas, want the names of those that differ. Specs are built in memory.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Diagnostics, pointerJoin } from '../../generator/diagnostics';
import { DirectionalShapes } from '../../generator/ir/direction';
import { getAtPointer } from '../../generator/load/load';
import { SchemaReader, type SchemaNode } from '../../generator/normalize/schema';
import { cleanupSpecs, loadObject, openapi } from './helpers/spec';
import { schemaRef as ref } from '../helpers/openapi';

type Obj = Record<string, unknown>;

afterAll(cleanupSpecs);

/** The analysis over a spec with these component schemas, a function reading one by name, and the deref count. */
async function analysisFor(schemas: Obj, removed: string[] = []) {
  const { spec } = await loadObject(openapi({ schemas }));
  // Removed after loading, as a Stainless `remove` transform may: the loader checked every $ref before.
  const components = (spec.root.root as { components: { schemas: Obj } }).components.schemas;
  for (const name of removed) delete components[name];
  const reader = new SchemaReader(spec, new Diagnostics());
  const get = (name: string): SchemaNode => {
    const pointer = pointerJoin('#/components/schemas', name);
    return reader.read(getAtPointer(spec.root.root, pointer), { doc: spec.root, pointer });
  };
  const calls = { deref: 0 };
  const shapes = new DirectionalShapes((node) => {
    calls.deref++;
    try {
      return reader.deref(node);
    } catch {
      return null;
    }
  });
  return { shapes, get, calls };
}

/** Names of the component schemas that differ by direction, asked one by one in the given order. */
async function differing(schemas: Obj, order = Object.keys(schemas), removed: string[] = []): Promise<string[]> {
  const { shapes, get } = await analysisFor(schemas, removed);
  return order.filter((name) => shapes.differs(get(name))).sort();
}

const pet = { type: 'object', properties: { id: { type: 'integer', readOnly: true }, name: { type: 'string' } } };

describe('DirectionalShapes: which schemas differ by direction', () => {
  it.each<{ name: string; given: Obj; want: string[]; removed?: string[] }>([
    {
      name: 'no readOnly/writeOnly anywhere',
      given: { A: { type: 'object', properties: { b: ref('B') } }, B: { type: 'string' } },
      want: [],
    },
    { name: 'a readOnly property', given: { Pet: pet }, want: ['Pet'] },
    {
      name: 'a writeOnly property',
      given: { User: { type: 'object', properties: { password: { type: 'string', writeOnly: true } } } },
      want: ['User'],
    },
    {
      name: 'a property that refers to a readOnly schema (GitHub: `url: $ref alert-url`)',
      given: {
        Alert: { type: 'object', properties: { url: ref('AlertUrl') } },
        AlertUrl: { type: 'string', readOnly: true },
      },
      // The readOnly string itself is the same in both directions: only the object that has it as a property differs.
      want: ['Alert'],
    },
    {
      name: 'a property both readOnly and writeOnly is in neither shape',
      given: { X: { type: 'object', properties: { a: { type: 'string', readOnly: true, writeOnly: true } } } },
      want: [],
    },
    {
      name: 'a skipped property does not count',
      given: { X: { type: 'object', properties: { a: { type: 'string', readOnly: true, 'x-stainless-skip': true } } } },
      want: [],
    },
    {
      name: 'x-stainless-any replaces the type: nothing inside counts',
      given: { X: { 'x-stainless-any': true, type: 'object', properties: { a: { type: 'string', readOnly: true } } } },
      want: [],
    },
    {
      name: 'through items, additionalProperties, allOf, oneOf, anyOf, prefixItems',
      given: {
        Pet: pet,
        List: { type: 'array', items: ref('Pet') },
        Map: { type: 'object', additionalProperties: ref('Pet') },
        All: { allOf: [ref('Pet'), { type: 'object', properties: { tag: { type: 'string' } } }] },
        One: { oneOf: [ref('Pet'), { type: 'string' }] },
        Any: { anyOf: [{ type: 'string' }, ref('Pet')] },
        Tuple: { type: 'array', prefixItems: [{ type: 'string' }, ref('Pet')] },
        Plain: { type: 'object', properties: { name: { type: 'string' } } },
      },
      want: ['All', 'Any', 'List', 'Map', 'One', 'Pet', 'Tuple'],
    },
    {
      name: 'an allOf part of its own with a readOnly property',
      given: {
        Dog: {
          allOf: [
            { type: 'object', properties: { bornAt: { type: 'string', readOnly: true } } },
            { type: 'object', properties: { name: { type: 'string' } } },
          ],
        },
      },
      want: ['Dog'],
    },
    {
      name: 'through several named schemas',
      given: {
        A: { type: 'object', properties: { b: ref('B') } },
        B: { type: 'array', items: ref('C') },
        C: pet,
        D: { type: 'object', properties: { a: ref('A') } },
      },
      want: ['A', 'B', 'C', 'D'],
    },
    {
      name: 'a recursive schema with a readOnly property',
      given: {
        Node: {
          type: 'object',
          properties: { id: { type: 'string', readOnly: true }, children: { type: 'array', items: ref('Node') } },
        },
      },
      want: ['Node'],
    },
    {
      name: 'a recursive schema without one',
      given: { Node: { type: 'object', properties: { children: { type: 'array', items: ref('Node') } } } },
      want: [],
    },
    {
      name: 'a cycle that reaches a schema that differs: every member differs, what only reaches the cycle too',
      given: {
        A: { type: 'object', properties: { b: ref('B') } },
        B: { type: 'object', properties: { a: ref('A'), pet: ref('Pet') } },
        Pet: pet,
        Root: { type: 'object', properties: { a: ref('A') } },
        Other: { type: 'object', properties: { c: ref('C') } },
        C: { type: 'object', properties: { other: ref('Other') } },
      },
      want: ['A', 'B', 'Pet', 'Root'],
    },
    {
      name: 'a dangling $ref is no edge (it is reported where the type is built)',
      given: {
        A: { type: 'object', properties: { b: { $ref: '#/components/schemas/Missing' } } },
        Missing: { type: 'object', properties: { id: { type: 'string', readOnly: true } } },
      },
      removed: ['Missing'],
      want: [],
    },
  ])('$name', async ({ given, want, removed = [] }) => {
    expect(
      await differing(
        given,
        Object.keys(given).filter((name) => !removed.includes(name)),
        removed,
      ),
    ).toEqual(want);
  });

  // The answer does not depend on which schema is asked first (a cycle entered from different members).
  it.each([[['A', 'B', 'C', 'Root']], [['Root', 'C', 'B', 'A']], [['C', 'Root', 'A', 'B']]])(
    'asked in the order %j',
    async (order) => {
      const given = {
        A: { type: 'object', properties: { b: ref('B') } },
        B: { type: 'object', properties: { c: ref('C') } },
        C: { type: 'object', properties: { a: ref('A'), w: { type: 'string', writeOnly: true } } },
        Root: { type: 'array', items: ref('B') },
      };
      expect(await differing(given, order)).toEqual(['A', 'B', 'C', 'Root']);
    },
  );

  it('terminates on a long chain without exhausting the stack, and visits each node once for all questions', async () => {
    const schemas: Obj = {};
    const length = 20_000;
    for (let i = 0; i < length; i++)
      schemas[`S${i}`] = { type: 'object', properties: { next: ref(`S${(i + 1) % length}`) } };
    schemas.S0 = { type: 'object', properties: { next: ref('S1'), id: { type: 'string', readOnly: true } } };
    const { shapes, get, calls } = await analysisFor(schemas);
    expect(shapes.differs(get('S5000'))).toBe(true);
    const afterFirst = calls.deref;
    // One $ref per schema, looked at once: followed for its target's readOnly and writeOnly flags and as an edge.
    expect(afterFirst).toBe(3 * length);
    for (let i = 0; i < length; i += 97) expect(shapes.differs(get(`S${i}`))).toBe(true);
    expect(calls.deref).toBe(afterFirst);
  });
});
