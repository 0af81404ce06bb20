/**
 * A spec with one list operation paged by cursor (`after`, `limit`; a `data` array and `has_more`), and the Stainless
 * config's `cursor_page` scheme for it: the start of the page-class tests' fixtures.
 */

/** `GET route` (`operationId`) listing `model`s, an object with a required string `id`. */
export function cursorListSpec(route: string, operationId: string, model: string) {
  return {
    openapi: '3.1.0',
    info: { title: 'Acme', version: '1' },
    paths: {
      [route]: {
        get: {
          operationId,
          parameters: [
            { name: 'after', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
          ],
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['data', 'has_more'],
                    properties: {
                      data: { type: 'array', items: { $ref: `#/components/schemas/${model}` } },
                      has_more: { type: 'boolean' },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: { [model]: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
    },
  };
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
