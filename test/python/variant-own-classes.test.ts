/**
 * A body that is one of several objects (told apart by `model`) whose variants each hold a key of the same shape
 * with an inline object inside (`prompt_image: string | [{uri, position}]`): the params module declares a class per
 * variant (`Gen4TurboPromptImageUnionMember1`, `Veo3PromptImageUnionMember1`; runway's `…PromptImagePromptImage`) and each `@overload` names its own
 * variant's class, the implementation their union, as Stainless's Python SDKs write them. Before, every overload
 * named the class of the variant the merged param came from. With SDKGEN_PYTHON_TESTS=full pyright strict checks
 * the resource and a call with each variant.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePythonFiles, pyrightErrorsUnderOwnSettings, FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { pythonTempDir } from '../helpers/python-sdk';

const promptImage = {
  oneOf: [
    { type: 'string' },
    {
      type: 'array',
      items: {
        type: 'object',
        required: ['uri', 'position'],
        properties: { uri: { type: 'string' }, position: { type: 'string', enum: ['first', 'last'] } },
      },
    },
  ],
};
const variant = (title: string, model: string) => ({
  title,
  type: 'object',
  required: ['model', 'promptImage'],
  properties: { model: { type: 'string', enum: [model] }, promptImage: promptImage, seed: { type: 'integer' } },
});
const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Videos', version: '1' },
  paths: {
    '/v1/image_to_video': {
      post: {
        operationId: 'createImageToVideo',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                oneOf: [variant('gen4_turbo', 'gen4_turbo'), variant('veo3', 'veo3')],
                discriminator: { propertyName: 'model' },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
              },
            },
          },
        },
      },
    },
  },
});
const CONFIG = `
organization: { name: videos }
targets:
  python: { package_name: videos }
resources:
  image_to_video:
    methods:
      create: post /v1/image_to_video
`;

const CALLS = `from videos import Videos

client = Videos(base_url="http://127.0.0.1:4010")
a = client.image_to_video.create(model="gen4_turbo", prompt_image=[{"uri": "https://x/a.png", "position": "first"}])
b = client.image_to_video.create(model="veo3", prompt_image="https://x/b.png", seed=2)
print(a.id, b.id)
`;

describe("overloads of variants with like-shaped keys name each variant's own classes", () => {
  const dir = pythonTempDir('py-variant-own-classes');
  const out = path.join(dir, 'out');
  let files = new Map<string, string>();
  beforeAll(async () => {
    files = await generatePythonFiles(dir, SPEC, CONFIG);
  });
  const read = (file: string) => files.get(file) ?? '';

  it("declares a class per variant and names it in that variant's overload", () => {
    const params = read('src/videos/types/image_to_video_create_params.py');
    expect(params).toContain('class Gen4TurboPromptImageUnionMember1(TypedDict, total=False):');
    expect(params).toContain('class Veo3PromptImageUnionMember1(TypedDict, total=False):');
    const resource = read('src/videos/resources/image_to_video.py');
    const sync = resource.slice(0, resource.indexOf('class AsyncImageToVideoResource'));
    const annotations = [...sync.matchAll(/^ {8}prompt_image: ([^\n]*(?:\n {8}\|[^\n]*)*),$/gm)].map((m) =>
      m[1].replace(/\s+/g, ' '),
    );
    expect(annotations).toEqual([
      'Union[str, Iterable[image_to_video_create_params.Gen4TurboPromptImageUnionMember1]]',
      'Union[str, Iterable[image_to_video_create_params.Veo3PromptImageUnionMember1]]',
      'Union[str, Iterable[image_to_video_create_params.Gen4TurboPromptImageUnionMember1]] | ' +
        'Union[str, Iterable[image_to_video_create_params.Veo3PromptImageUnionMember1]]',
    ]);
  });

  it.runIf(PYTHON_FULL)(
    'type-checks the resource and a call with each variant under pyright strict',
    async () => {
      for (const [file, text] of [...files, ['tests/check_variants.py', CALLS] as const]) {
        mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
        writeFileSync(path.join(out, file), text);
      }
      expect(
        await pyrightErrorsUnderOwnSettings(
          out,
          ['src/videos/resources', 'src/videos/types', 'tests/check_variants.py'],
          ['src', '.'],
        ),
      ).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
