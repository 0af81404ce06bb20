/**
 * Two forms of a body of variants (a `oneOf` of titled objects), as Stainless's Python SDKs write them (runwayml's
 * `image_to_video_create_params.py`):
 * - a titled array member of a union whose items are an object of a name of its own (`PromptImages` of
 *   `PromptImage`, its `title` and `x-stainless-variantName`) names the items' class after the items
 *   (`Veo3_1PromptImagePromptImage`), not after the array (`…PromptImagePromptImages`);
 * - each variant's TypedDict comes before its nested classes (`Veo3_1`, then `Veo3_1PromptImagePromptImage`), the
 *   union of them last.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const image = (model: string) => `
                - title: ${model}
                  type: object
                  required: [model, promptImage]
                  properties:
                    model: { type: string, enum: [${model}] }
                    promptImage:
                      anyOf:
                        - { type: string }
                        - title: PromptImages
                          type: array
                          items:
                            title: PromptImage
                            x-stainless-variantName: PromptImage
                            type: object
                            required: [uri]
                            properties: { uri: { type: string } }
                    contentModeration:
                      type: object
                      properties: { publicFigureThreshold: { type: string } }`;

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
              oneOf:${image('gen4_turbo')}${image('veo3.1')}
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

describe('a body of variants', () => {
  const generated = pythonPackageByEra('py-union-array-items', SPEC, CONFIG, 'vids');

  it('names an array member’s items after their own name, each variant before its nested classes', async () => {
    const read = await generated(null);
    const params = read('types/video_create_params.py');
    expect([...params.matchAll(/^class (\w+)\(/gm)].map((match) => match[1])).toEqual([
      'Gen4Turbo',
      'Gen4TurboPromptImagePromptImage',
      'Gen4TurboContentModeration',
      'Veo3_1',
      'Veo3_1PromptImagePromptImage',
      'Veo3_1ContentModeration',
    ]);
    expect(params).toMatch(/Union\[str, Iterable\[Veo3_1PromptImagePromptImage\]\]/);
    expect(params.trimEnd()).toMatch(/\nVideoCreateParams: TypeAlias = Union\[Gen4Turbo, Veo3_1\]$/);
  }, 120_000);
});
