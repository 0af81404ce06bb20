/**
 * A Python class named from words where one ends with a digit and the next starts with one keeps the numbers apart
 * with an underscore, as Stainless's Python SDKs name them (runwayml's `class Veo3_1(TypedDict)`, `Gen4_5`,
 * `GeminiImage3_1Flash`, `Veo3_1PromptImagePromptImage`), and as the TypeScript names already were (`Veo3_1`): joined,
 * `Veo31` reads as another number. Names without such a place are as before. pyright strict and mypy accept the
 * package under SDKGEN_PYTHON_TESTS=full.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pyClassName } from '../../generator/naming/python';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import { generatePythonInto, pythonTempDir } from '../helpers/python-sdk';

describe('pyClassName of words holding numbers', () => {
  it('writes an underscore between a digit ending a word and one starting the next', () => {
    expect(pyClassName('veo3.1')).toBe('Veo3_1');
    expect(pyClassName('Veo3_1')).toBe('Veo3_1');
    expect(pyClassName('veo3.1_fast')).toBe('Veo3_1Fast');
    expect(pyClassName('gemini_image3.1_flash')).toBe('GeminiImage3_1Flash');
    expect(pyClassName('gemini_2.5_flash')).toBe('Gemini2_5Flash');
    expect(pyClassName('happyhorse1.0')).toBe('Happyhorse1_0');
  });

  it('leaves other names as they were', () => {
    expect(pyClassName('Veo31')).toBe('Veo31');
    expect(pyClassName('gpt4o_mini')).toBe('Gpt4oMini');
    expect(pyClassName('v2_beta')).toBe('V2Beta');
    expect(pyClassName('OpenAIResponseMCPCall')).toBe('OpenAIResponseMcpCall');
    expect(pyClassName('message_sms_content')).toBe('MessageSMSContent');
    expect(pyClassName('20100401CreateAccounts')).toBe('_20100401CreateAccounts');
  });
});

const SPEC = `
openapi: 3.0.3
info: { title: Vids, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /videos:
    post:
      operationId: createVideo
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - title: veo3.1
                  type: object
                  required: [model]
                  properties:
                    model: { type: string, enum: [veo3.1] }
                    prompt_image:
                      type: object
                      properties: { uri: { type: string } }
                - title: gen4.5
                  type: object
                  required: [model]
                  properties: { model: { type: string, enum: [gen4.5] } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
`;

const CONFIG = `
organization: { name: vids }
targets:
  python: { package_name: vids }
resources:
  videos:
    methods:
      create: post /videos
`;

describe('a body variant titled with a dotted version', () => {
  const dir = pythonTempDir('py-digit-words');
  let out = '';
  beforeAll(() => {
    out = generatePythonInto(dir, path.join(dir, 'sdk'), {
      spec: { name: 'openapi.yaml', text: SPEC },
      config: { name: 'stainless.yml', text: CONFIG },
    });
  }, 180_000);

  it('is a TypedDict named with the underscore, its nested classes after it', () => {
    const params = readFileSync(path.join(out, 'src/vids/types/video_create_params.py'), 'utf8');
    const classes = [...params.matchAll(/^class (\w+)\(/gm)].map((match) => match[1]);
    expect(classes).toEqual(expect.arrayContaining(['Veo3_1', 'Veo3_1PromptImage', 'Gen4_5']));
    expect(params).toContain('VideoCreateParams: TypeAlias = Union[Veo3_1, Gen4_5]');
    expect(params).not.toMatch(/\bVeo31|\bGen45/);
  });

  if (!PYTHON_FULL) console.log(`digit-word-class-names: pyright and mypy are ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict and mypy, with a caller naming the classes',
    async () => {
      writeFileSync(
        path.join(out, 'call_create.py'),
        [
          'from vids import Vids',
          'from vids.types import video_create_params',
          '',
          'client = Vids(base_url="http://127.0.0.1:4010")',
          'image: video_create_params.Veo3_1PromptImage = {"uri": "u"}',
          'client.videos.create(model="veo3.1", prompt_image=image)',
          'client.videos.create(model="gen4.5")',
          '',
        ].join('\n'),
      );
      const files = ['src/vids/types/video_create_params.py', 'src/vids/resources/videos.py', 'call_create.py'];
      expect(await pyrightErrorsUnderOwnSettings(out, files)).toEqual([]);
      const mypy = await runMypy(out, ['--cache-dir', path.join(dir, 'mypy-cache'), ...files], { timeout: 600_000 });
      expect(mypy.errors).toEqual([]);
    },
    900_000,
  );
});
