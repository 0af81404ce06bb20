/**
 * Unions Stainless declared that the derived config found no schema of (cartesia, groq).
 *
 * A union Stainless declared over objects the spec writes out in place (no `$ref`, no `discriminator`) is found by its
 * shape: cartesia's `WebsocketResponse = WebsocketResponse.Chunk | WebsocketResponse.FlushDone | …`, the spec's
 * `TTSWebSocketResponse` a `oneOf` of objects each with its own `type` literal. Stainless names each after that
 * literal; without the model, the owners' WebSocket client that reads `TTSAPI.WebsocketResponse` did not compile.
 *
 * A union of models Stainless named otherwise than their schemas is the union schema of those schemas: groq's
 * `ChatCompletionMessageParam = ChatCompletionSystemMessageParam | …` is the spec's `ChatCompletionRequestMessage`
 * (a `oneOf` of `ChatCompletionRequestSystemMessage`, …), and a variant two schemas share the shape of is the one left
 * over (`ChatCompletionContentPartText`).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-derived-config-referred-models.test.ts samples the config migrate derives from a repository
// (docs/contributing.md, "What `npm test` samples").
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadApi } from '../generator/diff/diff';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';
import { SLOW_FULL } from './helpers/slow-tests';
import { tempDir } from './helpers/sdk';

const MODULE = './src/resources/tts.ts';
const API_MD =
  '# TTS\n\nTypes:\n\n' +
  `- <code><a href="${MODULE}">WebsocketResponse</a></code>\n` +
  `\nMethods:\n\n- <code title="post /tts/bytes">client.tts.<a href="${MODULE}">generate</a>({ ...params }) -> Response</code>\n`;

const SOURCE = `export type WebsocketResponse =
  | WebsocketResponse.Chunk
  | WebsocketResponse.FlushDone
  | WebsocketResponse.PhonemeTimestamps;

export namespace WebsocketResponse {
  export interface Chunk {
    data: string;

    type: 'chunk';
  }

  export interface FlushDone {
    flush_id: number;

    type: 'flush_done';
  }

  export interface PhonemeTimestamps {
    type: 'phoneme_timestamps';
  }
}
`;

const variant = (type: string, properties: Record<string, unknown>) => ({
  type: 'object',
  properties: { type: { type: 'string', enum: [type] }, context_id: { type: 'string' }, ...properties },
  required: ['type', 'context_id'],
});

const spec = (variants: unknown[]) => ({
  openapi: '3.0.3',
  info: { title: 'TTS', version: '1' },
  paths: {
    '/tts/bytes': {
      post: {
        operationId: 'generate',
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      TTSWebSocketResponse: { oneOf: variants },
      Other: { type: 'object', properties: { id: { type: 'string' } } },
    },
  },
});

const files: RepoFile[] = [
  { path: 'api.md', blob: null, text: API_MD },
  { path: 'src/resources/tts.ts', blob: null, text: SOURCE },
  { path: 'src/client.ts', blob: null, text: 'export class Cartesia {}\n' },
];

const dir = tempDir('sdkgen-r28-ts-known');

async function derivedModels(document: unknown): Promise<{ models: Record<string, string>; notes: string }> {
  const specPath = path.join(dir, `spec-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(specPath, JSON.stringify(document));
  const api = await loadApi(specPath, null);
  const derived = deriveStainlessConfig(derivedConfigInput(files, api, document)!);
  const config = yaml.load(derived.text) as { resources: { tts: { models?: Record<string, string> } } };
  return { models: config.resources.tts.models ?? {}, notes: derived.notes.join('\n') };
}

describe.runIf(SLOW_FULL)(
  'migrate: the config written from the repository, a union of objects written out in place',
  () => {
    it('is the schema whose variants the literals of one property name as Stainless named them', async () => {
      const { models, notes } = await derivedModels(
        spec([
          variant('chunk', { data: { type: 'string' } }),
          variant('flush_done', { flush_id: { type: 'integer' } }),
          variant('phoneme_timestamps', {}),
        ]),
      );
      expect(models).toEqual({ websocket_response: '#/components/schemas/TTSWebSocketResponse' });
      expect(notes).not.toContain('match no schema');
    });

    it('is none where the variants are others', async () => {
      const { models, notes } = await derivedModels(
        spec([variant('chunk', { data: { type: 'string' } }), variant('done', {}), variant('error', {})]),
      );
      expect(models).toEqual({});
      expect(notes).toContain('WebsocketResponse');
    });
  },
);

const CHAT = './src/resources/chat.ts';
const CHAT_TYPES = [
  'MessageParam',
  'SystemMessageParam',
  'UserMessageParam',
  'ContentPart',
  'ContentPartText',
  'ContentPartImage',
];
const CHAT_API_MD =
  '# Chat\n\nTypes:\n\n' +
  CHAT_TYPES.map((t) => `- <code><a href="${CHAT}">${t}</a></code>\n`).join('') +
  `\nMethods:\n\n- <code title="post /chat">client.chat.<a href="${CHAT}">create</a>({ ...params }) -> unknown</code>\n`;

const CHAT_SOURCE = `export type MessageParam = SystemMessageParam | UserMessageParam;

export interface SystemMessageParam {
  content: string;

  role: 'system';
}

export interface UserMessageParam {
  content: string;

  role: 'user';
}

export type ContentPart = ContentPartText | ContentPartImage | ContentPart.ChatRequestPartDocument;

export namespace ContentPart {
  export interface ChatRequestPartDocument {
    document: string;

    type: 'document';
  }
}

export interface ContentPartText {
  text: string;

  type: 'text';
}

export interface ContentPartImage {
  image_url: string;

  type: 'image_url';
}
`;

const literalObject = (key: string, value: string, other: string) => ({
  type: 'object',
  properties: { [key]: { type: 'string', enum: [value] }, [other]: { type: 'string' } },
  required: [key, other],
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function chatSpec(messageVariants: string[]) {
  return {
    openapi: '3.0.3',
    info: { title: 'Chat', version: '1' },
    paths: {
      '/chat': {
        post: {
          operationId: 'create',
          requestBody: { content: { 'application/json': { schema: ref('ChatRequest') } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: {
      schemas: {
        ChatRequest: {
          type: 'object',
          properties: {
            messages: { type: 'array', items: ref('ChatRequestMessage') },
            parts: { type: 'array', items: ref('ChatRequestPart') },
          },
        },
        ChatRequestMessage: { oneOf: messageVariants.map(ref) },
        ChatRequestSystemMessage: literalObject('role', 'system', 'content'),
        ChatRequestUserMessage: literalObject('role', 'user', 'content'),
        ChatRequestDeveloperMessage: literalObject('role', 'developer', 'content'),
        ChatRequestPart: {
          oneOf: [ref('ChatRequestPartText'), ref('ChatRequestPartImage'), ref('ChatRequestPartDocument')],
        },
        ChatRequestPartText: literalObject('type', 'text', 'text'),
        // Of the text part's shape too: its shape alone does not tell which one Stainless's type is.
        ChatResponsePartText: literalObject('type', 'text', 'text'),
        ChatRequestPartImage: literalObject('type', 'image_url', 'image_url'),
        ChatRequestPartDocument: literalObject('type', 'document', 'document'),
      },
    },
  };
}

async function chatModels(document: unknown): Promise<{ models: Record<string, string>; notes: string }> {
  const specPath = path.join(dir, `chat-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(specPath, JSON.stringify(document));
  const api = await loadApi(specPath, null);
  const chatFiles: RepoFile[] = [
    { path: 'api.md', blob: null, text: CHAT_API_MD },
    { path: 'src/resources/chat.ts', blob: null, text: CHAT_SOURCE },
    { path: 'src/client.ts', blob: null, text: 'export class Groq {}\n' },
  ];
  const derived = deriveStainlessConfig(derivedConfigInput(chatFiles, api, document)!);
  const config = yaml.load(derived.text) as { resources: { chat: { models?: Record<string, string> } } };
  return { models: config.resources.chat.models ?? {}, notes: derived.notes.join('\n') };
}

describe.runIf(SLOW_FULL)('migrate: the config written from the repository, a union of models named otherwise', () => {
  it('is the union schema of its variants’ schemas, the one variant left over found with it', async () => {
    const { models, notes } = await chatModels(chatSpec(['ChatRequestSystemMessage', 'ChatRequestUserMessage']));
    expect(models).toEqual({
      message_param: '#/components/schemas/ChatRequestMessage',
      system_message_param: '#/components/schemas/ChatRequestSystemMessage',
      user_message_param: '#/components/schemas/ChatRequestUserMessage',
      content_part: '#/components/schemas/ChatRequestPart',
      content_part_text: '#/components/schemas/ChatRequestPartText',
      content_part_image: '#/components/schemas/ChatRequestPartImage',
    });
    expect(notes).not.toContain('match no schema');
  });

  it('is none where the union schema has other variants', async () => {
    const { models } = await chatModels(
      chatSpec(['ChatRequestSystemMessage', 'ChatRequestUserMessage', 'ChatRequestDeveloperMessage']),
    );
    expect(models.message_param).toBeUndefined();
    expect(models.system_message_param).toBe('#/components/schemas/ChatRequestSystemMessage');
  });
});

/**
 * A body sent whole under a name of its own is the config's `body_param_name`: writer's `files.upload` destructures
 * `content` from its params and sends `body: content` (a file's bytes, with header params beside it). Without it,
 * sdkgen named the field `body`, and the owners' example calling `upload({ content, … })` did not compile.
 */
describe.runIf(SLOW_FULL)('migrate: the config written from the repository, a body sent whole', () => {
  const FILES = './src/resources/files.ts';
  const filesApiMd =
    '# Files\n\nTypes:\n\n' +
    `- <code><a href="${FILES}">File</a></code>\n` +
    '\nMethods:\n\n' +
    `- <code title="post /v1/files">client.files.<a href="${FILES}">upload</a>({ ...params }) -> File</code>\n` +
    `- <code title="post /v1/files/{file_id}/retry">client.files.<a href="${FILES}">retry</a>(fileID, { ...params }) -> File</code>\n`;
  const filesSource = `export class Files extends APIResource {
  upload(params: FileUploadParams, options?: RequestOptions): APIPromise<File> {
    const { content, 'Content-Disposition': contentDisposition, graphId } = params;
    return this._client.post('/v1/files', {
      query: { graphId },
      body: content,
      ...options,
      headers: buildHeaders([{ 'Content-Type': 'text/plain', 'Content-Disposition': contentDisposition }, options?.headers]),
    });
  }

  retry(fileID: string, params: FileRetryParams, options?: RequestOptions): APIPromise<File> {
    const { graphId, ...body } = params;
    return this._client.post(path\`/v1/files/\${fileID}/retry\`, { query: { graphId }, body, ...options });
  }
}

export interface File {
  id: string;
}
`;

  it('is the params’ field the method sends as its body', () => {
    const derived = deriveStainlessConfig(
      derivedConfigInput(
        [
          { path: 'api.md', blob: null, text: filesApiMd },
          { path: 'src/resources/files.ts', blob: null, text: filesSource },
          { path: 'src/client.ts', blob: null, text: 'export class Writer {}\n' },
        ],
        null,
      )!,
    );
    const config = yaml.load(derived.text) as { resources: { files: { methods: Record<string, unknown> } } };
    expect(config.resources.files.methods).toEqual({
      upload: { endpoint: 'post /v1/files', body_param_name: 'content' },
      retry: 'post /v1/files/{file_id}/retry',
    });
  });
});
