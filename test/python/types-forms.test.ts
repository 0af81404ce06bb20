/**
 * The forms of `types/` modules as Stainless's Python SDKs write them, whatever the SDK's era: fields set apart by a
 * blank line, `from __future__ import annotations` in a model module only where an annotation needs it, a nullable
 * union's `None` among its members, a union of classes named by an alias of its own, a params module that opens
 * with its params class and holds the path params taken by keyword (which a legacy `node` target's call shape
 * leaves out of the IR's params: every path param is positional there). The generated package is type-checked (pyright
 * strict, its own settings) and its models and params used by Python. Pyright checks in full the modules made from
 * the spec (the client, resources, types); the runtime modules, the same in every SDK, are read for the types they
 * give, and checked in full too with SDKGEN_PYTHON_TESTS=full (`npm run test:python`, CI's).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Shapes, version: '1' }
paths:
  /apps/{app_id}/users/{user_id}:
    patch:
      operationId: updateUser
      parameters:
        - { name: app_id, in: path, required: true, description: ID of the app, schema: { type: string } }
        - { name: user_id, in: path, required: true, schema: { type: string } }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [audience]
              properties:
                name: { type: string }
                since: { type: string, format: date-time, nullable: true }
                audience:
                  oneOf:
                    - { type: object, title: Static, properties: { members: { type: array, items: { type: string } } } }
                    - { type: object, title: Dynamic, properties: { segment: { type: string } } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/User' }
  /nodes/{id}:
    get:
      operationId: getNode
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Node' }
components:
  schemas:
    User:
      type: object
      required: [id]
      properties:
        id: { type: string }
        name: { type: string }
        size:
          oneOf:
            - { type: number }
            - { type: string }
        shape:
          oneOf:
            - { type: object, title: Circle, required: [radius], properties: { radius: { type: number } } }
            - { type: object, title: Square, required: [side], properties: { side: { type: number } } }
    Node:
      type: object
      properties:
        label: { type: string }
        children: { type: array, items: { $ref: '#/components/schemas/Node' } }
`;

const CONFIG = `
organization: { name: shapes }
targets:
  node: { package_name: shapes }
  python: { package_name: shapes_sdk }
resources:
  users:
    models:
      user: '#/components/schemas/User'
    methods:
      update: patch /apps/{app_id}/users/{user_id}
  nodes:
    models:
      node: '#/components/schemas/Node'
    methods:
      retrieve: get /nodes/{id}
`;

const CHECK = `
from shapes_sdk.types.user import User, Shape, ShapeCircle
from shapes_sdk.types.node import Node
u = User.model_validate({"id": "u1", "size": "L", "shape": {"radius": 2}})
assert isinstance(u.shape, ShapeCircle) and u.size == "L"
n = Node.model_validate({"label": "a", "children": [{"label": "b", "children": []}]})
assert n.children is not None and n.children[0].label == "b"
from shapes_sdk.types.user_update_params import UserUpdateParams, Audience
from shapes_sdk._utils import maybe_transform
from datetime import datetime, timezone
print(maybe_transform({"app_id": "a", "audience": {"segment": "s"}, "since": None}, UserUpdateParams))
print(maybe_transform({"audience": {}, "since": datetime(2026, 1, 2, tzinfo=timezone.utc)}, UserUpdateParams))
`;

const sdk = pythonSdk(
  'py-types-forms',
  { spec: { name: 'openapi.yml', text: SPEC }, config: { name: 'stainless.yml', text: CONFIG } },
  { timeout: 120_000 },
);
const types = path.join(sdk.out, 'src/shapes_sdk/types');
const read = (module: string) => readFileSync(path.join(types, `${module}.py`), 'utf8');

describe('a model module', () => {
  it('sets every field apart by a blank line, documented or not', () => {
    expect(read('user')).toMatch(/^ {4}id: str\n\n {4}name: Optional\[str\] = None\n\n/m);
  });

  it('annotates lazily only where an annotation names a class not yet defined', () => {
    expect(read('user')).not.toContain('from __future__ import annotations');
    expect(read('node')).toMatch(/^from __future__ import annotations\n/);
  });

  it("writes a union's None among its members", () => {
    expect(read('user')).toContain('    size: Union[float, str, None] = None\n');
  });

  it('names a union of classes by an alias, listed before its members', () => {
    const user = read('user');
    expect(user).toContain('Shape: TypeAlias = Union[ShapeCircle, ShapeSquare]\n');
    expect(user).toContain('    shape: Optional[Shape] = None\n');
    expect(user).toContain('__all__ = ["User", "Shape", "ShapeCircle", "ShapeSquare"]');
  });
});

describe('a params module', () => {
  it('opens with its params class, path params taken by keyword first', () => {
    const params = read('user_update_params');
    expect(params).toMatch(/^from __future__ import annotations\n/);
    const declared = [...params.matchAll(/^(?:class (\w+)|(\w+): TypeAlias)/gm)].map((m) => m[1] ?? m[2]);
    expect(declared).toEqual(['UserUpdateParams', 'AudienceStatic', 'AudienceDynamic', 'Audience']);
    expect(params).toContain(
      // The path param's own description is not its schema's: a Stainless config's params class leaves it out.
      'class UserUpdateParams(TypedDict, total=False):\n    app_id: Required[str]\n\n    audience: Required[Audience]\n',
    );
    expect(params).toContain('    since: Annotated[Union[str, datetime, None], PropertyInfo(format="iso8601")]\n');
  });

  it('is still the keyword-only argument of the method, and no key of the body', () => {
    const resource = readFileSync(path.join(sdk.out, 'src/shapes_sdk/resources/users.py'), 'utf8');
    expect(resource).toMatch(/def update\(\n\s+self,\n\s+user_id: str,\n\s+\*,\n\s+app_id: str,/);
    expect(resource).toContain('audience: user_update_params.Audience,');
  });
});

describe('the package', () => {
  if (!PYTHON_FULL) console.log(`types-forms: pyright is ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    'type-checks under its own pyright settings',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src'])).toEqual([]);
    },
    300_000,
  );

  it('parses its models and transforms its params in Python', async () => {
    const result = await sdk.run(CHECK, { pythonArgs: ['-W', 'error'] });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      "{'app_id': 'a', 'audience': {'segment': 's'}, 'since': None}",
      "{'audience': {}, 'since': '2026-01-02T00:00:00+00:00'}",
    ]);
  }, 60_000);
});
