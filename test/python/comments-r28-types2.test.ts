/**
 * The one-line comments Stainless's generator writes into a types package, written word for word where it writes them:
 * a model's extra-keys block (the `__getattr__` stub's three lines in every era, the Pydantic <2.8.0 note before the
 * typed `__pydantic_extra__` from 2025-09-25: browserbase, steel, knock, braintrust's 2024 stub), and the four lines
 * before `types/__init__.py`'s rebuild of cyclical models in both branch orders (imagekit, mixedbread, knock-mgmt).
 * Before 2025-07-22 each module rebuilds its own models with no comment (mixedbread's `search_filter.py`).
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Trees, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
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
  /tags:
    get:
      operationId: getTag
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Tag' }
components:
  schemas:
    Node:
      type: object
      required: [id]
      properties:
        id: { type: string }
        children: { type: array, items: { $ref: '#/components/schemas/Node' } }
    Tag:
      type: object
      required: [name]
      properties: { name: { type: string } }
      additionalProperties: true
`;

const CONFIG = `
organization: { name: trees }
targets:
  python: { package_name: trees }
resources:
  nodes:
    models:
      node: '#/components/schemas/Node'
    methods:
      retrieve: get /nodes/{id}
  tags:
    models:
      tag: '#/components/schemas/Tag'
    methods:
      retrieve: get /tags
`;

const STUB = [
  '        # Stub to indicate that arbitrary properties are accepted.',
  '        # To access properties that are not valid identifiers you can use `getattr`, e.g.',
  "        # `getattr(obj, '$type')`",
  '        def __getattr__(self, attr: str) -> object: ...',
].join('\n');
const PYDANTIC_28 = [
  '        # Some versions of Pydantic <2.8.0 have a bug and don\u2019t allow assigning a',
  '        # value to this field, so for compatibility we avoid doing it at runtime.',
  '        __pydantic_extra__: Dict[str, object] = FieldInfo(init=False)',
].join('\n');
const REBUILD = [
  '# Rebuild cyclical models only after all modules are imported.',
  '# This ensures that, when building the deferred (due to cyclical references) model schema,',
  '# Pydantic can resolve the necessary references.',
  '# See: https://github.com/pydantic/pydantic/issues/11250 for more context.',
].join('\n');

describe('the comments Stainless writes in a types package', () => {
  const generated = pythonPackageByEra('py-comments-types2', SPEC, CONFIG, 'trees');

  it('the extra-keys stub and the Pydantic <2.8.0 note, in each era’s form', async () => {
    const stubOnly = (await generated('2025-06-01'))('types/tag.py');
    expect(stubOnly).toContain(`    if TYPE_CHECKING:\n${STUB}\n`);
    const declared = (await generated('2025-08-01'))('types/tag.py');
    expect(declared).toContain(
      `  # pyright: ignore[reportIncompatibleVariableOverride]\n    if TYPE_CHECKING:\n${STUB}\n`,
    );
    const checked = (await generated(null))('types/tag.py');
    expect(checked).toContain(`    if TYPE_CHECKING:\n${PYDANTIC_28}`);
    expect(checked).toContain(`\n\n${STUB}\n    else:\n`);
  }, 300_000);

  it('the rebuild comment before either branch order, none in a module’s own rebuild', async () => {
    expect((await generated('2025-08-01'))('types/__init__.py')).toContain(`\n\n${REBUILD}\nif _compat.PYDANTIC_V2:\n`);
    expect((await generated(null))('types/__init__.py')).toContain(`\n\n${REBUILD}\nif _compat.PYDANTIC_V1:\n`);
    const inModule = (await generated('2025-06-01'))('types/node.py');
    expect(inModule).toMatch(/\n\n\nif PYDANTIC_V2:\n {4}Node\.model_rebuild\(\)\n/);
    expect(inModule).not.toContain('# Rebuild');
  }, 300_000);
});
