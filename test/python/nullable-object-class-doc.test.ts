/**
 * The class of an object inside a nullable `anyOf` (`anyOf: [{ type: object, … }, { type: 'null' }]`, the description
 * on the `anyOf`): Stainless documents it by that description, which the field has too (llama-stack's
 * `ChoiceLogprobs`), on a model and on a params TypedDict; an object with a description of its own keeps it, and a
 * union of two objects lends its description to neither. In-process (cheap).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const object = (key: string, description?: string) => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties: { [key]: { type: 'string' } },
});

const CHOICE = {
  type: 'object',
  properties: {
    logprobs: { anyOf: [object('content'), { type: 'null' }], description: 'The log probabilities.' },
    usage: { anyOf: [object('tokens', 'Its own words.'), { type: 'null' }], description: 'The usage.' },
    either: { anyOf: [object('a'), object('b'), { type: 'null' }], description: 'One of two.' },
  },
};

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Chat', version: '1' },
  servers: [{ url: 'http://127.0.0.1:4010' }],
  paths: {
    '/choices': {
      post: {
        requestBody: { content: { 'application/json': { schema: CHOICE } } },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: CHOICE } } } },
      },
    },
  },
});

const CONFIG = `organization: { name: chat }
targets:
  python:
    package_name: chat
resources:
  choices:
    methods:
      create: post /choices
`;

/** The docstring opening class `name` in `module`, or null where it has none. */
function classDoc(module: string, name: string): string | null {
  const match = new RegExp(`class ${name}\\([^)]*\\):\\n    (?:"""([^"]*)""")?`).exec(module);
  if (!match) throw new Error(`no class ${name} in:\n${module}`);
  return match[1] ?? null;
}

describe('the class of an object in a nullable anyOf', () => {
  const dir = tempDir('sdkgen-py-nullable-object-doc');
  let files: Map<string, string>;
  beforeAll(async () => {
    files = await generatePythonFiles(dir, SPEC, CONFIG);
  }, 120_000);

  it('is documented by the anyOf’s description, on the model and the params', () => {
    const model = files.get('src/chat/types/choice_create_response.py')!;
    const params = files.get('src/chat/types/choice_create_params.py')!;
    for (const module of [model, params]) {
      expect(classDoc(module, 'Logprobs')).toBe('The log probabilities.');
      expect(classDoc(module, 'Usage')).toBe('Its own words.');
    }
    for (const member of ['EitherA', 'EitherB']) expect(classDoc(model, member)).toBeNull();
  });
});
