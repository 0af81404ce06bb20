/**
 * Resource docstrings on the Python client's resource properties by era (stainless/python-era.ts): none before
 * Stainless's SDKs documented resources, and from then on laid out as a class's docstring (a summary sentence split
 * off onto the line of the opening quotes).
 */
import { describe, expect, test } from 'vitest';
import type { PyPackage, PyResource } from '../../generator/emit/python/types/model';
import { clientResourceProperties, clientWrappers } from '../../generator/emit/python/client/print-client-resources';
import { resourceDoc } from '../../generator/emit/python/resources/resource-docs';
import { ResourceLayout } from '../../generator/emit/python/resources/print-resource-layout';
import { RESOURCE_DOCSTRINGS_SINCE, pythonFormsOfEra } from '../../generator/stainless/python-era';

/** A resource with one method (Stainless's describe only those) and `description`; only what the printers read. */
function resource(attribute: string, description: string, methods = 1): PyResource {
  const className = `${attribute[0]!.toUpperCase()}${attribute.slice(1)}Resource`;
  return {
    attribute,
    module: `resources/${attribute}`,
    className,
    asyncClassName: `Async${className}`,
    methods: Array.from({ length: methods }, () => ({})),
    subresources: [],
    ir: { docs: { description } },
  } as unknown as PyResource;
}

const described = { resourceDocstrings: true };

function doc(description: string, methods = 1): string[] {
  return resourceDoc(resource('users', description, methods), '        ', new ResourceLayout(true), described);
}

describe('a resource docstring', () => {
  test('a short single line stays on the line of the quotes', () => {
    expect(doc('A message sent to a single recipient on a channel.')).toEqual([
      '        """A message sent to a single recipient on a channel."""',
    ]);
  });

  test('a first sentence that fits is split off from the rest', () => {
    expect(
      doc(
        'A user is an individual from your system, represented in the service. They are most commonly a recipient of a notification.',
      ),
    ).toEqual([
      [
        '        """A user is an individual from your system, represented in the service.',
        '',
        '        They are most commonly a recipient of a notification.',
        '        """',
      ].join('\n'),
    ]);
  });

  test('one long sentence opens on its own line, unwrapped', () => {
    const sentence =
      'A tenant represents a top-level entity from your system, like a company, organization, account, or workspace.';
    expect(doc(sentence)).toEqual([`        """\n        ${sentence}\n        """`]);
  });

  test('a short first paragraph stays on the line of the quotes, the rest as written', () => {
    const rest =
      'This API provides the raw interface to the underlying models, of three kinds that are supported here:';
    expect(doc(`Inference for completions and embeddings.\n\n${rest}`)).toEqual([
      `        """Inference for completions and embeddings.\n\n        ${rest}\n        """`,
    ]);
  });

  test('a resource that only groups others has none', () => {
    expect(doc('Groups the others.', 0)).toEqual([]);
  });
});

describe("the client's resource properties by era", () => {
  const pkg = {
    clientName: 'Acme',
    asyncClientName: 'AsyncAcme',
    resources: [resource('messages', 'A message sent to a single recipient on a channel.')],
  } as unknown as PyPackage;
  const docLine = '        """A message sent to a single recipient on a channel."""';

  test('documented from the day Stainless began to, in the client and its wrappers', () => {
    const forms = pythonFormsOfEra(RESOURCE_DOCSTRINGS_SINCE);
    const properties = clientResourceProperties(pkg, false, new ResourceLayout(true), forms);
    expect(properties).toContain(docLine);
    const wrappers = clientWrappers(pkg, null, new ResourceLayout(true), forms, false);
    expect(wrappers).toHaveLength(4);
    for (const wrapper of wrappers) expect(wrapper).toContain(docLine);
  });

  test('undocumented the day before, the property otherwise the same', () => {
    const before = pythonFormsOfEra('2026-02-26');
    expect(before.lazyResources).toBe(true);
    const properties = clientResourceProperties(pkg, false, new ResourceLayout(true), before);
    expect(properties).not.toContain(docLine);
    expect(properties.filter((line) => line.includes('"""'))).toEqual([]);
    const documented = clientResourceProperties(pkg, false, new ResourceLayout(true), pythonFormsOfEra(null));
    expect(documented.filter((line) => line !== docLine)).toEqual(properties);
    for (const wrapper of clientWrappers(pkg, null, new ResourceLayout(true), before, false))
      expect(wrapper.filter((line) => line.includes('"""'))).toEqual([]);
  });
});
