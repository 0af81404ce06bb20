/**
 * Stainless declares a Python model whose schema is an `allOf` starting from a named model as a subclass of that
 * model's class, its own fields alone in its body (openint-python's `class ListConnectorsResponse(Connector):
 * integrations: …`, the spec's `allOf: [$ref core.connector]` with `integrations` beside it). The config `migrate`
 * writes from a Python repository reads such a model's shape with its base's fields, and the spec's `allOf` schema's
 * with its named parts', so a model named otherwise than its schema is still found by its shape.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonSpecSchemas } from '../generator/api/migrate-config-from-repo';
import { pythonModels } from '../generator/migrate/python/derived-config/python-models';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';
import { tempDir } from './helpers/sdk';

const API_MD = [
  '# Connections',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types import Connection, ConnectionDetail',
  '```',
  '',
  'Methods:',
  '',
  '- <code title="get /connections/{id}">client.connections.<a href="./src/acme/resources/connections.py">retrieve</a>(id) -> <a href="./src/acme/types/connection_detail.py">ConnectionDetail</a></code>',
  '- <code title="get /connections/{id}/detail">client.connections.<a href="./src/acme/resources/connections.py">detail</a>(id) -> <a href="./src/acme/types/connection_detail.py">ConnectionDetail</a></code>',
  '',
].join('\n');

const FILES: RepoFile[] = [
  { path: 'api.md', blob: null, text: API_MD },
  {
    path: 'src/acme/types/connection.py',
    blob: null,
    text: 'from .._models import BaseModel\n\n\nclass Connection(BaseModel):\n    id: str\n\n    name: str\n',
  },
  {
    path: 'src/acme/types/connection_detail.py',
    blob: null,
    text:
      'from typing import Dict, Optional\n\nfrom .connection import Connection\n\n__all__ = ["ConnectionDetail"]\n\n\n' +
      'class ConnectionDetail(Connection):\n    metadata: Optional[Dict[str, object]] = None\n',
  },
];

// The spec's schema of ConnectionDetail has another name, and one other schema has its own field alone.
const SPEC = `openapi: 3.0.3
info: { title: Acme, version: '1' }
paths:
  /connections/{id}:
    get:
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/ConnectionWithMeta' } } } }
  /connections/{id}/detail:
    get:
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/ConnectionWithMeta' } } } }
components:
  schemas:
    Connection:
      type: object
      required: [id, name]
      properties: { id: { type: string }, name: { type: string } }
    Meta:
      type: object
      properties: { metadata: { type: object, additionalProperties: true } }
    ConnectionWithMeta:
      allOf:
        - $ref: '#/components/schemas/Connection'
        - type: object
          properties: { metadata: { type: object, additionalProperties: true } }
`;

const dir = tempDir('sdkgen-allof-base');

describe('Python migration: a model that inherits from another', () => {
  it("is matched by its fields and its base's to the spec's allOf schema", async () => {
    const spec = path.join(dir, 'openapi.yml');
    writeFileSync(spec, SPEC);
    const schemas = await pythonSpecSchemas(FILES, spec);
    expect(schemas).not.toBeNull();
    const notes: string[] = [];
    const text = (file: string) => FILES.find((f) => f.path === file)?.text ?? null;
    const models = pythonModels(API_MD, text, 'acme', schemas!, notes);
    expect(models.find((m) => m.key === 'connection_detail')?.schema).toBe('ConnectionWithMeta');
    expect(models.find((m) => m.key === 'connection')?.schema).toBe('Connection');
    expect(notes.join('\n')).not.toContain('match no schema');
  });
});
