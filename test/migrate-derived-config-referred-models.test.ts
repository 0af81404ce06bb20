/**
 * A model Stainless's config named otherwise than its schema, of a shape other schemas share, is found where a model
 * refers to it: together-typescript's ChatCompletion declares `prompt: ChatCompletionPrompt` and
 * `warnings?: Array<ChatCompletionWarning>`, and the spec's ChatCompletionResponse has `prompt` (a `$ref` to
 * PromptPart) and `warnings` (an array of InferenceWarning). Without a model, sdkgen declared them inside ChatCompletion,
 * and the owners' edits around Stainless's declarations had nowhere to go.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';

const MODULE = './src/resources/chat/completions.ts';
const API_MD =
  '# Chat\n\n## Completions\n\nTypes:\n\n' +
  ['ChatCompletion', 'ChatCompletionPrompt', 'ChatCompletionWarning', 'ChatCompletionNotice']
    .map((t) => `- <code><a href="${MODULE}">${t}</a></code>\n`)
    .join('') +
  `\nMethods:\n\n- <code title="post /chat/completions">client.chat.completions.<a href="${MODULE}">create</a>({ ...params }) -> ChatCompletion</code>\n`;

const SOURCE = `export interface ChatCompletion {
  id: string;

  prompt: ChatCompletionPrompt;

  warnings?: Array<ChatCompletionWarning>;

  notice?: ChatCompletionNotice | null;
}

export type ChatCompletionPrompt = Array<ChatCompletionPrompt.Item>;

export interface ChatCompletionWarning {
  message: string;
}

export interface ChatCompletionNotice {
  message: string;
}
`;

// Two schemas of the warning's shape: neither its name nor its shape tells which one it is.
const SPEC = {
  components: {
    schemas: {
      ChatCompletionResponse: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          prompt: { description: 'The prompt.', $ref: '#/components/schemas/PromptPart' },
          warnings: { type: 'array', items: { $ref: '#/components/schemas/InferenceWarning' } },
          notice: { anyOf: [{ $ref: '#/components/schemas/Notice' }, { type: 'null' }] },
        },
      },
      PromptPart: { type: 'array', items: { type: 'object', properties: { text: { type: 'string' } } } },
      InferenceWarning: { type: 'object', properties: { message: { type: 'string' } } },
      ErrorData: { type: 'object', properties: { message: { type: 'string' } } },
      Notice: { type: 'object', properties: { message: { type: 'string' } } },
    },
  },
};

const files: RepoFile[] = [
  { path: 'api.md', blob: null, text: API_MD },
  { path: 'src/resources/chat/completions.ts', blob: null, text: SOURCE },
  { path: 'src/client.ts', blob: null, text: 'export class Together {}\n' },
];

const object = (...members: string[]) => ({ kind: 'object' as const, members: [...members].sort() });

describe('migrate: the config written from the repository, a model named otherwise than its schema', () => {
  it('is the schema the spec’s property refers to, where a model’s declaration refers to it', () => {
    const input = derivedConfigInput(files, null, SPEC)!;
    const schemas = [
      {
        key: 'ChatCompletionResponse',
        name: 'ChatCompletionResponse',
        shape: object('id', 'prompt', 'warnings', 'notice'),
      },
      { key: 'PromptPart', name: 'PromptPart', shape: null },
      { key: 'InferenceWarning', name: 'InferenceWarning', shape: object('message') },
      { key: 'ErrorData', name: 'ErrorData', shape: object('message') },
      { key: 'Notice', name: 'Notice', shape: object('message') },
    ];
    const derived = deriveStainlessConfig({ ...input, schemas });
    const config = yaml.load(derived.text) as {
      resources: { chat: { subresources: { completions: { models: Record<string, string> } } } };
    };
    expect(config.resources.chat.subresources.completions.models).toEqual({
      chat_completion: '#/components/schemas/ChatCompletionResponse',
      chat_completion_prompt: '#/components/schemas/PromptPart',
      chat_completion_warning: '#/components/schemas/InferenceWarning',
      chat_completion_notice: '#/components/schemas/Notice',
    });
    expect(derived.notes.join('\n')).not.toContain('match no schema');
  });

  // (Until session 40 no model named it; the schema written out at the very place the model refers to it from is the
  // one Stainless declared it from, and its pointer names it now: nested-schemas.ts.)
  it('is no component schema where the model refers to none there, but the schema written out there', () => {
    const spec = structuredClone(SPEC);
    spec.components.schemas.ChatCompletionResponse.properties.warnings = {
      type: 'array',
      items: { type: 'object', properties: { message: { type: 'string' } } },
    } as never;
    const input = derivedConfigInput(files, null, spec)!;
    const derived = deriveStainlessConfig({
      ...input,
      schemas: [
        {
          key: 'ChatCompletionResponse',
          name: 'ChatCompletionResponse',
          shape: object('id', 'prompt', 'warnings', 'notice'),
        },
        { key: 'InferenceWarning', name: 'InferenceWarning', shape: object('message') },
        { key: 'ErrorData', name: 'ErrorData', shape: object('message') },
      ],
    });
    const config = yaml.load(derived.text) as {
      resources: { chat: { subresources: { completions: { models: Record<string, string> } } } };
    };
    expect(config.resources.chat.subresources.completions.models.chat_completion_warning).toBe(
      '#/components/schemas/ChatCompletionResponse/properties/warnings/items',
    );
    expect(derived.notes.join('\n')).not.toContain('ChatCompletionWarning');
  });
});
