/**
 * A model that may be null (`type: object, nullable: true`, or `anyOf: [{ type: object, … }, { type: 'null' }]`) is
 * declared as its object under the model's name, the null written where it is used, as Stainless's SDKs have it:
 * writer's `logprobs` component is `class Logprobs(BaseModel)` with `logprobs: Optional[Logprobs] = None`
 * (writer-python types/shared/logprobs.py, chat_completion_choice.py), and `interface Logprobs` with
 * `logprobs?: Shared.Logprobs | null` in TypeScript (writer-node resources/shared.ts, chat.ts). sdkgen wrote a
 * `Logprobs: TypeAlias = Optional[Item]` and `type Logprobs = Logprobs.Item | null` before, which an owner's
 * `construct(Logprobs, …)` cannot take.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import { pythonPackageByEra, pythonSdk, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Chat, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /chat:
    post:
      operationId: chat
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                model: { type: string }
                previous: { $ref: '#/components/schemas/Logprobs' }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/ChatResponse' }
components:
  schemas:
    ChatResponse:
      type: object
      required: [id, logprobs]
      properties:
        id: { type: string }
        logprobs: { $ref: '#/components/schemas/Logprobs' }
        other: { $ref: '#/components/schemas/Other' }
        history: { type: array, items: { $ref: '#/components/schemas/Other' } }
    Logprobs:
      type: object
      nullable: true
      description: Log probabilities.
      properties:
        content: { type: array, items: { type: number } }
    Other:
      anyOf:
        - type: object
          properties:
            a: { type: string }
        - type: 'null'
`;

const CONFIG = `
organization: { name: chat }
targets:
  python: { package_name: chat }
resources:
  chat:
    models:
      logprobs: Logprobs
      other: Other
    methods:
      create: post /chat
`;

describe('a nullable model', () => {
  const generated = pythonPackageByEra('py-nullable-model', SPEC, CONFIG, 'chat');

  it('is its class in Python, Optional where it is used', async () => {
    const read = await generated(null);
    const logprobs = read('types/logprobs.py');
    expect(logprobs).toMatch(/^class Logprobs\(BaseModel\):\n {4}"""Log probabilities\."""/m);
    expect(logprobs).not.toMatch(/TypeAlias|Item/);
    expect(read('types/other.py')).toMatch(/^class Other\(BaseModel\):\n {4}a: Optional\[str\] = None$/m);
    const response = read('types/chat_create_response.py');
    expect(response).toMatch(/^ {4}logprobs: Optional\[Logprobs\]( = None)?$/m);
    expect(response).toMatch(/^ {4}other: Optional\[Other\] = None$/m);
    expect(response).toMatch(/^ {4}history: Optional\[List\[Optional\[Other\]\]\] = None$/m);
    const params = read('types/chat_create_params.py');
    expect(params).toMatch(/^ {4}previous: Optional\[LogprobsParam\]$/m);
    expect(read('types/logprobs_param.py')).toMatch(/^class LogprobsParam\(TypedDict, total=False\):/m);
  }, 120_000);

  it('is an interface in TypeScript, `| null` where it is used', async () => {
    const root = pythonTempDir('ts-nullable-model');
    writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
    writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
    const result = await generate({
      spec: path.join(root, 'openapi.yaml'),
      config: path.join(root, 'stainless.yml'),
    });
    const chat = result.files.find((f) => f.path === 'src/resources/chat.ts')!.contents;
    expect(chat).toMatch(/^export interface Logprobs \{$/m);
    expect(chat).toMatch(/^export interface Other \{$/m);
    expect(chat).toMatch(/^ {2}logprobs: Logprobs \| null;$/m);
    expect(chat).toMatch(/^ {2}other\?: Other \| null;$/m);
    expect(chat).not.toMatch(/Logprobs\.Item|Other\.Item/);
  }, 120_000);

  // pyright and mypy over the generated package: `npm run test:python`'s (SDKGEN_PYTHON_TESTS=full, CI's).
  if (!PYTHON_FULL) console.log(`types-nullable-model-r30e: pyright and mypy are ${FULL_ONLY_NOTICE}`);
  describe.runIf(PYTHON_FULL)('type-checks', () => {
    const { out } = pythonSdk('py-nullable-model-check', {
      spec: { name: 'chat.yaml', text: SPEC },
      config: { name: 'stainless.yml', text: CONFIG },
    });

    it('under pyright strict and mypy, with a caller constructing the model', async () => {
      writeFileSync(
        path.join(out, 'use_models.py'),
        [
          'from chat.types import Other, Logprobs, ChatCreateResponse',
          '',
          'logprobs = Logprobs.construct(content=[0.5])',
          'response = ChatCreateResponse(id="1", logprobs=None, other=Other(a="a"), history=[None])',
          'print(logprobs.content, response.logprobs, response.other)',
          '',
        ].join('\n'),
      );
      expect(await pyrightErrorsUnderOwnSettings(out, ['src', 'use_models.py'])).toEqual([]);
      const mypy = await runMypy(out, ['src/chat', 'use_models.py']);
      expect(mypy.errors).toEqual([]);
    }, 600_000);
  });
});
