/**
 * A model's required field named like a builtin (`object: Literal["connection"]`, no value, so it binds nothing at
 * runtime) shadows it only in the annotations from it on, as Stainless's SDKs write them (embed's `configuration:
 * Optional[Dict[str, object]]` before it, openai's `data: Optional[builtins.object]` after it). A field with a value
 * (optional: `= None`) is qualified everywhere (shadowed-builtins.test.ts). Parsed for real by pydantic.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProcess, venvPython } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Shelf, version: 1.0.0 }
servers: [{ url: http://localhost:4010 }]
paths:
  /connections:
    get:
      operationId: getConnection
      tags: [connections]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Connection' }
components:
  schemas:
    Connection:
      type: object
      required: [object]
      properties:
        configuration: { type: object, additionalProperties: true }
        object: { type: string, enum: [connection] }
        data: { type: object, additionalProperties: true }
`;

const CHECK = `
from shelf_sdk.types.connection import Connection
c = Connection.model_validate({"configuration": {"a": 1}, "object": "connection", "data": {"b": 2}})
print(c.configuration, c.object, c.data)
`;

describe('a required field named like a builtin', () => {
  const { out } = pythonSdk('py-shadow-order', { spec: { name: 'openapi.yaml', text: SPEC } }, { timeout: 120_000 });

  it('shadows the builtin from its place on', async () => {
    const model = readFileSync(path.join(out, 'src/shelf_sdk/types/connection.py'), 'utf8');
    expect(model).toContain('    configuration: Optional[Dict[str, object]] = None\n');
    expect(model).toContain('    data: Optional[Dict[str, builtins.object]] = None\n');
    const result = await runProcess(venvPython(), ['-c', CHECK], {
      env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe("{'a': 1} connection {'b': 2}");
  }, 120_000);
});
