/**
 * A titled array member of a union whose items are a component schema the config declares no model for (llama-stack's
 * `content: anyOf: [string, { title: 'list[OpenAIChatCompletionContentPartTextParam]', items: { $ref } }]`): Stainless's
 * Python SDKs name the items' class after the array's title (`MessageContentListOpenAIChatCompletionContentPartTextParam`),
 * not after the referenced schema's own title (`MessageContentOpenAIChatCompletionContentPartTextParam`). Items written
 * in place keep their own name (union-array-item-names.test.ts, runwayml's `PromptImage`).
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.1.0
info: { title: Chat, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /chat:
    post:
      operationId: createChat
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [message]
              properties:
                message: { $ref: '#/components/schemas/SystemMessage' }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/SystemMessage' }
components:
  schemas:
    TextPart:
      title: TextPart
      type: object
      required: [text]
      properties: { text: { type: string } }
    SystemMessage:
      title: SystemMessage
      type: object
      required: [content]
      properties:
        content:
          anyOf:
            - { type: string }
            - type: array
              title: 'list[TextPart]'
              items: { $ref: '#/components/schemas/TextPart' }
`;

const CONFIG = `
organization: { name: chat }
targets:
  python: { package_name: chat }
resources:
  chat:
    methods:
      create: post /chat
`;

describe('a titled array member of $ref items', () => {
  const generated = pythonPackageByEra('py-union-array-title', SPEC, CONFIG, 'chat');

  it('names the items’ class after the array’s title', async () => {
    const read = await generated(null);
    const params = read('types/chat_create_params.py');
    expect(params).toMatch(/^class MessageContentListTextPart\(TypedDict, total=False\):/m);
    expect(params).toMatch(/content: Required\[Union\[str, Iterable\[MessageContentListTextPart\]\]\]/);
    const response = read('types/chat_create_response.py');
    expect(response).toMatch(/^class ContentListTextPart\(BaseModel\):/m);
    expect(response).toMatch(/content: Union\[str, List\[ContentListTextPart\]\]/);
  }, 120_000);
});
