/**
 * A property a Stainless config's `extractToRefs` points at a component keeps the description it had: agentex's
 * `SendMessageRequest.content` (`$ref: TaskMessageContent` with "The message that was sent to the agent" beside it,
 * moved to `AnishsCoolSchema`) is documented so in Stainless's Python SDK. Before, the moved description left the
 * property, which then read the union's first variant's ("Text content of a message"): the wrong model's. In-process.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const SPEC = `openapi: 3.1.0
info: { title: Acme, version: 1.0.0 }
paths:
  /messages:
    post:
      operationId: sendMessage
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: '#/components/schemas/SendMessageRequest' } } }
      responses: { '200': { description: ok, content: { application/json: { schema: { type: object } } } } }
components:
  schemas:
    SendMessageRequest:
      type: object
      required: [content]
      properties:
        content:
          $ref: '#/components/schemas/Content'
          description: The message that was sent
    Content:
      oneOf:
        - $ref: '#/components/schemas/TextContent'
        - $ref: '#/components/schemas/DataContent'
    TextContent:
      type: object
      description: Text content of a message
      properties: { type: { const: text }, text: { type: string } }
    DataContent:
      type: object
      description: Data content of a message
      properties: { type: { const: data }, data: { type: object } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python:
    package_name: acme
resources:
  messages:
    models:
      content: Content
    methods:
      send: post /messages
openapi:
  transforms:
    - command: extractToRefs
      args:
        ref:
          target: $.components.schemas.SendMessageRequest.properties.content
          name: '#/components/schemas/CoolSchema'
`;

const dir = tempDir('sdkgen-py-extract-to-refs-docs');
let files: Map<string, string>;

beforeAll(async () => {
  files = await generatePythonFiles(dir, SPEC, CONFIG, { spec: 'openapi.yaml' });
}, 120_000);

describe('a property extractToRefs points at a component', () => {
  it('keeps its own description, not the first variant’s of the union it refers to', () => {
    const params = files.get('src/acme/types/message_send_params.py') ?? '';
    expect(params).toContain('    content: Required[ContentParam]\n    """The message that was sent"""\n');
    expect(params).not.toContain('Text content of a message');
  });
});
