/** A one-operation spec that a mock server (Prism, Steady) answers `GET /pets` from with `["rex"]`: the trial harness's script tests. */
export const PETS_MOCK_SPEC = `openapi: 3.0.0
info: { title: acme, version: '1' }
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: array, items: { type: string } }
              example: [rex]
`;
