/**
 * A model whose objects take keys it does not declare, their values typed (`additionalProperties: {$ref}`), built by
 * `construct` (and by `construct_type`, as the client builds responses): the extra keys are read as attributes, each
 * value built as its model. In the forms of 2025-07-23 to 2025-09-24 the model declares
 * `__pydantic_extra__: Dict[str, T] = FieldInfo(init=False)` at runtime, which shadows pydantic's slot: pydantic then
 * keeps the extra keys in the instance's `__dict__`, and `construct` must keep them there (Stainless's own
 * test_models.py `test_extra_properties` declares a model so).
 */
import { describe, expect, it } from 'vitest';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Shelves, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /shelves/{id}:
    get:
      operationId: getShelf
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Shelf' }
components:
  schemas:
    Book:
      type: object
      required: [title]
      properties:
        title: { type: string }
    Shelf:
      type: object
      required: [label]
      properties:
        label: { type: string }
      additionalProperties: { $ref: '#/components/schemas/Book' }
`;

const CONFIG = `
organization: { name: shelves }
targets:
  python: { package_name: shelves }
resources:
  shelves:
    models:
      book: '#/components/schemas/Book'
      shelf: '#/components/schemas/Shelf'
    methods:
      retrieve: get /shelves/{id}
`;

const PROGRAM = `
from shelves._models import construct_type
from shelves.types import Book, Shelf

print("__pydantic_extra__" in vars(Shelf))
for shelf in (
    Shelf.construct(label="a", first={"title": "x"}),
    construct_type(type_=Shelf, value={"label": "a", "first": {"title": "x"}}),
):
    print(type(shelf).__name__, shelf.label, type(shelf.first).__name__, shelf.first.title, sorted(shelf.to_dict()))
`;

describe('construct on a model with typed extra keys, in the forms that declare __pydantic_extra__ at runtime', () => {
  const sdk = pythonSdk(
    'py-construct-typed-extra',
    {
      spec: { name: 'openapi.yaml', text: SPEC },
      config: { name: 'stainless.yml', text: CONFIG },
      args: ['--stainless-era', '2025-08-01'],
    },
    { timeout: 180_000 },
  );

  it('keeps the extra keys, each built as its model', async () => {
    const result = await sdk.run(PROGRAM, { pythonArgs: ['-W', 'error'] });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'True',
      "Shelf a Book x ['first', 'label']",
      "Shelf a Book x ['first', 'label']",
    ]);
  }, 60_000);
});
