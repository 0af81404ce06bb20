/**
 * A model Stainless's TypeScript SDK declares only as the items of its methods' responses (`type
 * OrganizationModelsResponse = Array<OrgItem>`), where several schemas of the spec are of its shape: the one the
 * spec's operations answer as their array's items, of its shape, is it (as the Python move reads `List[OrgItem]`:
 * migrate-python-list-item-models.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../../generator/migrate/derived-config/input';

const API_MD = `# Organizations

Types:

- <code><a href="./src/resources/organizations.ts">OrgItem</a></code>
- <code><a href="./src/resources/organizations.ts">OrganizationModelsResponse</a></code>
- <code><a href="./src/resources/organizations.ts">OrganizationListResponse</a></code>

Methods:

- <code title="get /org/models">client.organizations.<a href="./src/resources/organizations.ts">models</a>() -> OrganizationModelsResponse</code>
- <code title="get /org">client.organizations.<a href="./src/resources/organizations.ts">list</a>() -> OrganizationListResponse</code>
`;

const MODULE = `export class Organizations {}

export interface OrgItem {
  id: string;
  name: string;
}

export type OrganizationModelsResponse = Array<OrgItem>;

export type OrganizationListResponse = Array<OrgItem>;
`;

const files = [
  { path: 'api.md', blob: null, text: API_MD },
  { path: 'src/resources/organizations.ts', blob: null, text: MODULE },
  { path: 'src/client.ts', blob: null, text: 'export class Acme {}\n' },
];

const object = (...members: string[]) => ({ kind: 'object' as const, members: [...members].sort() });

function derived(items: Map<string, string>) {
  const input = derivedConfigInput(files, null)!;
  return deriveStainlessConfig({
    ...input,
    packageName: 'acme',
    schemas: [
      { key: 'Tag', name: 'Tag', shape: object('id', 'name') },
      { key: 'NamedResource', name: 'NamedResource', shape: object('id', 'name') },
      { key: 'OrganizationWithPlan', name: 'OrganizationWithPlan', shape: object('id', 'name', 'plan') },
    ],
    responseItemSchemas: items,
  });
}

describe('migrate: a model declared only as the items of its methods’ responses', () => {
  it('is the schema the operations answer as items, of its shape', () => {
    const { text, unmodelled } = derived(
      new Map([
        ['get /org/models', 'NamedResource'],
        ['get /org', 'OrganizationWithPlan'],
      ]),
    );
    expect(unmodelled?.map((t) => t.name)).toEqual([]);
    expect(text).toMatch(/org_item: '#\/components\/schemas\/NamedResource'/);
  });

  it('stays unmodelled where they answer two schemas of its shape', () => {
    const { unmodelled } = derived(
      new Map([
        ['get /org/models', 'NamedResource'],
        ['get /org', 'Tag'],
      ]),
    );
    expect(unmodelled?.map((t) => [t.name, t.kind])).toEqual([['OrgItem', 'several']]);
  });
});

describe('the derived config input: the items each endpoint answers', () => {
  it('reads them through the response schema the pipeline names (a titled array)', async () => {
    const { generate } = await import('../../generator/generate');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const named = { $ref: '#/components/schemas/NamedResource' };
    const spec = {
      openapi: '3.1.0',
      info: { title: 'Acme', version: '1' },
      paths: {
        '/org/models': {
          get: {
            operationId: 'models',
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: { type: 'array', items: named, title: 'Response Get Models Org Models Get' },
                  },
                },
              },
            },
          },
        },
        '/org/regions': {
          get: {
            operationId: 'regions',
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { type: 'array', items: named } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          NamedResource: {
            type: 'object',
            required: ['id', 'name'],
            properties: { id: { type: 'string' }, name: { type: 'string' } },
          },
        },
      },
    };
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sdkgen-items-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(spec));
    const generated = await generate({
      spec: file,
      config: null,
      format: false,
      funcs: false,
      referenceDocs: false,
      namedComponents: true,
    });
    const input = derivedConfigInput(files, generated.api)!;
    expect([...(input.responseItemSchemas ?? new Map())].sort()).toEqual([
      ['get /org/models', 'NamedResource'],
      ['get /org/regions', 'NamedResource'],
    ]);
  });
});
