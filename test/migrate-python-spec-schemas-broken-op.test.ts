/**
 * The config `migrate` writes from a Python repository names api.md's types by the spec's schemas, read from the SDK
 * of the spec alone. Where the spec alone does not generate (it is not the spec Stainless generated from: an
 * operation uses a path parameter it does not declare), the schemas are read from the SDK of the resources and
 * methods api.md lists, as the TypeScript path does (migrate-config-from-repo.ts), not left out: without them no model
 * is named, and every method's response gets a type of its own instead of the shared model the owners' code uses.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonSpecSchemas } from '../generator/api/migrate-config-from-repo';
import { pythonModels } from '../generator/migrate/python/derived-config/python-models';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';
import { tempDir } from './helpers/sdk';

const API_MD = [
  '# Shared Types',
  '',
  '```python',
  'from acme.types import Thing',
  '```',
  '',
  '# Things',
  '',
  'Methods:',
  '',
  '- <code title="get /things/{id}">client.things.<a href="./src/acme/resources/things.py">get</a>(id) -> <a href="./src/acme/types/shared/thing.py">Thing</a></code>',
  '- <code title="patch /things/{id}">client.things.<a href="./src/acme/resources/things.py">patch</a>(id) -> <a href="./src/acme/types/shared/thing.py">Thing</a></code>',
  '',
].join('\n');

const FILES: RepoFile[] = [
  { path: 'api.md', blob: null, text: API_MD },
  {
    path: 'src/acme/_client.py',
    blob: null,
    text: '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\nclass Acme:\n    pass\n',
  },
  {
    path: 'src/acme/types/shared/thing.py',
    blob: null,
    text: 'from ..._models import BaseModel\n\n__all__ = ["Thing"]\n\n\nclass Thing(BaseModel):\n    id: str\n\n    status: str\n',
  },
];

// `patch /things/{id}` declares no path parameter `id`: the spec alone does not generate.
const SPEC = `openapi: 3.0.3
info: { title: Acme, version: '1' }
paths:
  /things/{id}:
    get:
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/thing.Thing' } } } }
    patch:
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/thing.Thing' } } } }
components:
  schemas:
    thing.Thing:
      type: object
      required: [id, status]
      properties: { id: { type: string }, status: { type: string } }
`;

const dir = tempDir('sdkgen-spec-schemas-broken-op');

describe("Python migration: the spec's schemas where the spec alone does not generate", () => {
  it("reads them from the SDK of api.md's resources, and names api.md's shared model", async () => {
    const spec = path.join(dir, 'openapi.yml');
    writeFileSync(spec, SPEC);
    const schemas = await pythonSpecSchemas(FILES, spec);
    expect(schemas).not.toBeNull();
    const text = (file: string) => FILES.find((f) => f.path === file)?.text ?? null;
    const models = pythonModels(API_MD, text, 'acme', schemas!, []);
    expect(models.map((m) => [m.resource.join('.'), m.schema])).toEqual([['$shared', 'thing.Thing']]);
  }, 60_000);
});
