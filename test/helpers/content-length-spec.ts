/**
 * An upload operation declaring a `Content-Length` header param beside another header (hedra's spec, a FastAPI
 * spec's `content-length`): the spec both targets' Content-Length suites generate from.
 */
export const CONTENT_LENGTH_SPEC = `
openapi: 3.0.3
info: { title: Uploads, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /v1/audio:
    post:
      operationId: uploadAudio
      parameters:
        - { name: content-length, in: header, required: false, schema: { type: integer, title: Content-Length } }
        - { name: X-Trace, in: header, required: false, schema: { type: string } }
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties:
                file: { type: string, format: binary }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { url: { type: string } } }
`;
