/**
 * The package's mock spec (generator/emit/mock-spec.ts): each loaded document printed as JSON, pretty while small;
 * a large one compact and in parts, which must join to exactly what JSON.stringify prints.
 */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../generator/diagnostics';
import { mockSpecFiles } from '../../generator/emit/mock-spec';
import { loadSpecFromMemory } from '../../generator/load/load';

/** An OpenAPI document of `count` operations, with what JSON.stringify prints in its own ways. */
function documentOf(count: number): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    paths[`/items/${i}`] = {
      get: {
        operationId: `get${i}`,
        // Beyond Latin-1 in some operations only; control characters, quotes and a lone surrogate to escape.
        description: i % 97 === 0 ? `Ünïcödé “${i}” ☃ 😀 \u0007 "q" \\ \ud800` : `Returns item ${i}.`,
        responses: { '404': { description: 'no' }, default: { description: 'e' }, '200': { description: 'ok' } },
        'x-numbers': [1e21, 0.1, -0, 5e-7, 12],
      },
    };
  }
  return { openapi: '3.1.0', info: { title: 'Big', version: '1' }, paths, ['__proto__']: { own: true } };
}

async function mockOf(spec: Record<string, unknown>) {
  const loaded = await loadSpecFromMemory({ spec, file: 'openapi.json' }, new Diagnostics());
  const mock = mockSpecFiles(loaded);
  expect(mock?.files).toHaveLength(1);
  return { file: mock!.files[0], root: loaded.root.root };
}

describe('mockSpecFiles', () => {
  it('a small document is printed pretty, in one piece', async () => {
    const { file, root } = await mockOf(documentOf(3));
    expect(file.path).toBe('mock/openapi.json');
    expect(file.contentsParts).toBeUndefined();
    expect(file.contents).toBe(`${JSON.stringify(root, null, 2)}\n`);
  });

  it('a large document is printed compact, in parts that join to what JSON.stringify prints', async () => {
    const { file, root } = await mockOf(documentOf(12_000));
    const compact = JSON.stringify(root);
    expect(compact.length).toBeGreaterThan(2_000_000);
    expect(file.contentsParts!.length).toBeGreaterThan(12_000);
    expect(file.contentsParts!.join('')).toBe(`${compact}\n`);
    expect(file.contents).toBe(`${compact}\n`);
  });
});
