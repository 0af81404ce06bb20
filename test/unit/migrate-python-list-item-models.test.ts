/**
 * A model Stainless's Python SDK declares only as the items of its methods' responses (`OrganizationModelsResponse:
 * TypeAlias = List[OrgItem]`), where several schemas of the spec are of its shape (`id`, `name`): the one the spec's
 * operations answer as their array's items, of its shape, is it. Profound's `OrgItem` (the spec's `NamedResource`,
 * beside `Tag`, `Organization` and four more of those two fields) was left unmodelled, so users' imports of it broke.
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../../generator/migrate/python/derived-config/python-models';
import type { UnmodelledType } from '../../generator/migrate/derived-config/unmodelled-types';

const link = (path: string, name: string) => `<a href="./src/acme/${path}">${name}</a>`;

const API_MD = [
  '# Organizations',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types import OrganizationModelsResponse, OrganizationRegionsResponse',
  '```',
  '',
  'Methods:',
  '',
  `- <code title="get /org/models">client.organizations.${link('resources/organizations/organizations.py', 'models')}() -> ${link('types/organization_models_response.py', 'OrganizationModelsResponse')}</code>`,
  `- <code title="get /org/regions">client.organizations.${link('resources/organizations/organizations.py', 'regions')}() -> ${link('types/organization_regions_response.py', 'OrganizationRegionsResponse')}</code>`,
  '',
  '## Categories',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types.organizations import OrgItem, CategoryListResponse',
  '```',
  '',
  'Methods:',
  '',
  `- <code title="get /org/categories">client.organizations.categories.${link('resources/organizations/categories.py', 'list')}() -> ${link('types/organizations/category_list_response.py', 'CategoryListResponse')}</code>`,
  '',
].join('\n');

const alias = (name: string, items: string) =>
  `from typing import List\nfrom typing_extensions import TypeAlias\n\n__all__ = ["${name}"]\n\n${name}: TypeAlias = List[${items}]\n`;

const FILES: Record<string, string> = {
  'src/acme/types/organization_models_response.py': alias('OrganizationModelsResponse', 'OrgItem'),
  'src/acme/types/organization_regions_response.py': alias('OrganizationRegionsResponse', 'OrgItem'),
  'src/acme/types/organizations/category_list_response.py': alias('CategoryListResponse', 'OrgItem'),
  'src/acme/types/organizations/org_item.py': 'class OrgItem(BaseModel):\n    id: str\n\n    name: str\n',
};

const object = (...members: string[]) => ({ kind: 'object' as const, members: members.sort() });
const SCHEMAS = [
  { key: 'Tag', name: 'Tag', shape: object('id', 'name') },
  { key: 'Organization', name: 'Organization', shape: object('id', 'name') },
  { key: 'NamedResource', name: 'NamedResource', shape: object('id', 'name') },
  // (The categories' items gained a field since Stainless's generation: not of OrgItem's shape.)
  { key: 'CategoryWithOrganization', name: 'CategoryWithOrganization', shape: object('id', 'name', 'organization') },
];

function run(items: ReadonlyMap<string, string>) {
  const notes: string[] = [];
  const unmodelled: UnmodelledType[] = [];
  const models = pythonModels(
    API_MD,
    (file) => FILES[file] ?? null,
    'acme',
    { schemas: SCHEMAS, responseSchemas: new Map(), responseItemSchemas: items },
    notes,
    new Map(),
    unmodelled,
  );
  return { models, unmodelled };
}

describe('Python migration: a model declared only as the items of its methods’ responses', () => {
  it('is the schema the operations answer as items, of its shape', () => {
    const { models, unmodelled } = run(
      new Map([
        ['get /org/models', 'NamedResource'],
        ['get /org/regions', 'NamedResource'],
        ['get /org/categories', 'CategoryWithOrganization'],
      ]),
    );
    expect(models.map((m) => [m.key, m.schema, m.resource.join('.')])).toEqual([
      ['org_item', 'NamedResource', 'organizations.categories'],
    ]);
    expect(unmodelled.map((u) => u.name)).toEqual([]);
  });

  it('is the schema of its shape most of them answer, where they answer two', () => {
    const { models } = run(
      new Map([
        ['get /org/models', 'NamedResource'],
        ['get /org/regions', 'NamedResource'],
        ['get /org/categories', 'Tag'],
      ]),
    );
    expect(models.map((m) => [m.key, m.schema])).toEqual([['org_item', 'NamedResource']]);
  });

  it('stays unmodelled where the operations answer two schemas of its shape as often', () => {
    const { models, unmodelled } = run(
      new Map([
        ['get /org/models', 'NamedResource'],
        ['get /org/regions', 'Tag'],
      ]),
    );
    expect(models).toEqual([]);
    expect(unmodelled.map((u) => [u.name, u.kind])).toEqual([['OrgItem', 'several']]);
  });
});
