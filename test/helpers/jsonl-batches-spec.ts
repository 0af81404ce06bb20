/**
 * The one JSON Lines endpoint the JSON Lines tests share: `GET /batches/{batch_id}/results` (operation
 * `batchResults`), answering a `BatchResult` a line. Each test varies only what it is about.
 */
export interface BatchesSpecOptions {
  /** `info.title`, which names the client and package when no config does. */
  title?: string;
  /** The 200 response's media type. */
  media?: string;
  /** The line schema, as YAML flow: a `$ref` to `BatchResult` unless given. */
  lines?: string;
  /** `BatchResult`'s `required` list; none when empty. */
  required?: string[];
  /** `BatchResult`'s properties beside `custom_id`, as YAML flow entries (`score: { type: number }`). */
  moreProperties?: string[];
}

export const BATCH_RESULT_REF = "{ $ref: '#/components/schemas/BatchResult' }";

export function jsonlBatchesSpec(options: BatchesSpecOptions = {}): string {
  const {
    title = 'Batches',
    media = 'application/x-jsonl',
    lines = BATCH_RESULT_REF,
    required = ['custom_id'],
    moreProperties = [],
  } = options;
  const requiredLine = required.length > 0 ? `\n      required: [${required.join(', ')}]` : '';
  const properties = ['custom_id: { type: string }', ...moreProperties].map((p) => `\n        ${p}`).join('');
  return `
openapi: 3.0.3
info: { title: ${title}, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /batches/{batch_id}/results:
    get:
      operationId: batchResults
      parameters:
        - { name: batch_id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: one result a line
          content:
            ${media}:
              schema: ${lines}
components:
  schemas:
    BatchResult:
      type: object${requiredLine}
      properties:${properties}
`;
}
