/**
 * A one-operation spec split over two files (`GET /pets/{petId}` returning a `$ref` to a pet schema file), for
 * tests of how sdkgen is run: config discovery, watching, check, the API. Tests edit the text with `replace`.
 */

/** The root document, titled `title`, its response a `$ref` to `petRef` (a path relative to the root document). */
export function splitPetSpec(title: string, petRef: string): string {
  return `openapi: 3.1.0
info: { title: ${title}, version: 1.0.0 }
servers: [{ url: https://api.example.com }]
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '${petRef}' } } } }
`;
}

/** The pet schema file `splitPetSpec` refers to. */
export const PET_SCHEMA = 'type: object\nproperties: { name: { type: string } }\nrequired: [name]\n';

/** The same operation in one file: its response a `$ref` to the `Pet` of its components, the schema of PET_SCHEMA. */
export function petSpec(title: string): string {
  return `${splitPetSpec(title, '#/components/schemas/Pet')}components:
  schemas:
    Pet: { type: object, properties: { name: { type: string } }, required: [name] }
`;
}
