/**
 * The specs of the pages whose items sit at a nested path (page-nested-items-python.test.ts, and the TypeScript side in
 * test/pagination-nested-items.test.ts): a Stainless config's scheme whose items are in an object field's
 * `properties` (`result.items`, the next cursor beside them), and a spec with no config whose one array of items is
 * inside an object field (`data.items`, a page number asked for).
 */
export const CONFIG_SPEC = `
openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /events:
    get:
      operationId: listEvents
      parameters: [{ name: cursor, in: query, schema: { type: string } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  result:
                    type: object
                    properties:
                      items: { type: array, items: { $ref: '#/components/schemas/Event' } }
                      next_cursor: { type: [string, 'null'] }
                  success: { type: boolean }
components:
  schemas:
    Event: { type: object, required: [id], properties: { id: { type: string } } }
`;

export const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme }
pagination:
  - name: result_page
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
    response:
      result:
        type: object
        properties:
          items: { type: array }
          next_cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
resources:
  events:
    models:
      event: Event
    methods:
      list: get /events
`;

export const PLAIN_SPEC = `
openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /events:
    get:
      operationId: listEvents
      tags: [events]
      parameters: [{ name: page, in: query, schema: { type: integer } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data:
                    type: object
                    properties:
                      items: { type: array, items: { $ref: '#/components/schemas/Event' } }
                      total_pages: { type: integer }
components:
  schemas:
    Event: { type: object, required: [id], properties: { id: { type: string } } }
`;
