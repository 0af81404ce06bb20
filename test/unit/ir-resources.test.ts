import { describe, expect, it } from 'vitest';
import { flattenResources, methodCount, resourcesWithTopLevel } from '../../generator/ir/resources';
import type { Api, Resource } from '../../generator/ir/types';

/** Only the fields the helpers read. */
const resource = (name: string, methods: number, subresources: Resource[] = []): Resource =>
  ({
    property: name,
    methods: Array.from({ length: methods }, (_, i) => ({ name: `m${i}` })),
    subresources,
  }) as unknown as Resource;

const tree = [
  resource('servers', 2, [resource('releases', 1, [resource('logs', 1)]), resource('secrets', 3)]),
  resource('health', 1),
];

describe('ir/resources', () => {
  it('flattens depth first, each resource before its subresources', () => {
    expect(flattenResources(tree).map((r) => r.property)).toEqual(['servers', 'releases', 'logs', 'secrets', 'health']);
  });

  it("puts the client's own methods first and counts them", () => {
    const api = { resources: tree, topLevel: resource('client', 4) } as unknown as Api;
    expect(resourcesWithTopLevel(api).map((r) => r.property)).toEqual([
      'client',
      'servers',
      'releases',
      'logs',
      'secrets',
      'health',
    ]);
    expect(methodCount(api)).toBe(12);
    expect(methodCount({ resources: tree } as unknown as Api)).toBe(8);
  });
});
