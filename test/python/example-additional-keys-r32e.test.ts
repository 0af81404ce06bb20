/**
 * The test of a method's required arguments writes an object of declared properties that also takes any others
 * (`additionalProperties: true`) with its required properties alone: the keys of the spec's example that are no
 * property are left out, as Stainless's knock tests write `objects=[{"id": "project_1"}]` from the example
 * `{id: project_1, name: My project}`. A map (no declared properties) keeps the example's keys.
 *
 * The test with every argument writes the declared properties alone too: the TypedDict takes no other key for a type
 * checker (pyright 1.1.399 refuses one even of a class of `extra_items=object`), and Stainless's sam-python tests write
 * `"input_schema": {"type": "object", "properties": {…}}` from the example `{type, properties, required}` of an
 * `InputSchema` of `additionalProperties: true` and properties `type`, `properties`.
 *
 * An object that says nothing of its members (`{type: object}`, Stainless's `object`) is given the example whole, its
 * values as given, as sam's `"properties": {"location": {"description": …, "type": "string"}}`; a map
 * (`additionalProperties: true`) writes the example's keys valued `"bar"`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Objects, version: '1' }
paths:
  /objects/bulk/set:
    post:
      operationId: bulkSetObjects
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/BulkSetObjectsRequest' }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
components:
  schemas:
    BulkSetObjectsRequest:
      type: object
      required: [objects, tags]
      properties:
        objects: { type: array, items: { $ref: '#/components/schemas/BulkSetObjectRequest' } }
        tags:
          type: object
          additionalProperties: true
          example: { color: blue }
        mode: { type: string }
    BulkSetObjectRequest:
      type: object
      additionalProperties: true
      example: { id: project_1, name: My project, settings: { theme: { color: blue, shades: [1, 2] }, on: true }, options: { a: { b: x } } }
      required: [id]
      properties:
        id: { type: string }
        created_at: { type: string, format: date-time, nullable: true }
        settings: { type: object, nullable: true }
        options: { description: Any value. }
`;

describe('the example of an object taking other properties, in a required-arguments test', () => {
  const { out } = pythonSdk('py-additional-keys', { spec: { name: 'objects.yaml', text: SPEC } });
  let tests = '';
  beforeAll(() => {
    tests = readFileSync(path.join(out, 'tests/api_resources/objects/bulk/test_set.py'), 'utf8');
  });

  it("writes the object's required properties alone, and a map's example keys", () => {
    const required = /def test_method_create\(self, client: \w+\) -> None:\n([\s\S]*?)\n\n/.exec(tests)?.[1] ?? '';
    expect(required).toContain('objects=[{"id": "project_1"}],');
    expect(required).toContain('tags={"color": "bar"}');
  });

  it("writes the object's declared properties alone with every argument, and a map's example keys", () => {
    const all = /def test_method_create_with_all_params\(self, client: \w+\) -> None:\n([\s\S]*?)\n\n/.exec(tests)?.[1];
    expect(all).toBeDefined();
    expect(all).toMatch(/"id": "project_1",\s*"created_at": parse_datetime/);
    expect(all).not.toContain('"name"');
    expect(all).toContain('tags={"color": "bar"}');
  });

  it('writes the example of a free-form object property whole (not a map: its values stay as given)', () => {
    const all = /def test_method_create_with_all_params\(self, client: \w+\) -> None:\n([\s\S]*?)\n\n/.exec(tests)?.[1];
    expect(all).toMatch(
      /"settings": \{\s*"theme": \{\s*"color": "blue",\s*"shades": \[1, 2\],?\s*\},\s*"on": True,\s*\}/,
    );
    // (A schema of no type at all, as the `{type: object}` a Stainless config reads as its `object`.)
    expect(all).toMatch(/"options": \{"a": \{"b": "x"\}\}/);
  });
});
