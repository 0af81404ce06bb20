/**
 * The pieces of an OpenAPI document that tests building their spec as an object write again and again: a JSON
 * answer, a JSON content, a reference to a component schema. A test imports them under the name it reads best
 * (`import { okJson as ok }`).
 */

/** A `responses` map: 200 with `schema` as `application/json`. */
export const okJson = (schema: unknown) => ({
  '200': { description: 'ok', content: { 'application/json': { schema } } },
});

/** A request body's or a response's `content`: `schema` as `application/json` (no description, no `required`). */
export const jsonContent = (schema: unknown) => ({ content: { 'application/json': { schema } } });

/** A `$ref` to the component schema `name`. */
export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
