/**
 * Specs of list operations for the page-class tests (a JSON object answering a GET, its items `$ref`s to one model),
 * and the Stainless config's `cursor_page` scheme for a cursor list: the start of the page-class tests' fixtures.
 */

type Schema = Record<string, unknown>;

export const STRING = { type: 'string' };
export const INTEGER = { type: 'integer' };

/** A `$ref` to the component schema `model`. */
export const refTo = (model: string) => ({ $ref: `#/components/schemas/${model}` });

/** A query parameter (with `required` only where given). */
export interface QueryParam {
  name: string;
  schema: Schema;
  required?: boolean;
}

/** `get` of a list: its query parameters, and a 200 JSON object of `properties` (with `required` where given). */
export function listOperation(o: {
  operationId?: string;
  query: QueryParam[];
  properties: Schema;
  required?: string[];
}) {
  return {
    get: {
      ...(o.operationId ? { operationId: o.operationId } : {}),
      parameters: o.query.map(({ name, required, schema }) => ({
        name,
        in: 'query',
        ...(required === undefined ? {} : { required }),
        schema,
      })),
      responses: {
        '200': {
          description: 'ok',
          content: {
            'application/json': {
              schema: { type: 'object', ...(o.required ? { required: o.required } : {}), properties: o.properties },
            },
          },
        },
      },
    },
  };
}

/** The API `Acme` of `paths` (at `server` where given), `model` an object with a required string `id`. */
export function acmeSpec(paths: Record<string, unknown>, model: string, server?: string) {
  return {
    openapi: '3.1.0',
    info: { title: 'Acme', version: '1' },
    ...(server ? { servers: [{ url: server }] } : {}),
    paths,
    components: {
      schemas: { [model]: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
    },
  };
}

/** `GET route` (`operationId`) listing `model`s by cursor (`after`, `limit`; a `data` array and `has_more`). */
export function cursorListSpec(route: string, operationId: string, model: string) {
  const properties = { data: { type: 'array', items: refTo(model) }, has_more: { type: 'boolean' } };
  const query = [
    { name: 'after', schema: STRING },
    { name: 'limit', schema: INTEGER },
  ];
  return acmeSpec(
    { [route]: listOperation({ operationId, query, properties, required: ['data', 'has_more'] }) },
    model,
  );
}

/** A Stainless config's head for package `acme`, through the `cursor_page` scheme (the first of its `pagination:`). */
export const CURSOR_PAGE_CONFIG_HEAD = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
pagination:
  - name: cursor_page
    type: cursor_id
    request:
      after:
        type: string
        x-stainless-pagination-property:
          purpose: next_cursor_id_param
      limit:
        type: integer
    response:
      data:
        type: array
        items:
          type: object
      has_more:
        type: boolean
`;
