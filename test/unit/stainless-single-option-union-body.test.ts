/**
 * A JSON request body that is a union of one object (`oneOf: [{ title: eleven_text_to_sound_v2, properties: … }]`,
 * with a discriminator, as runway's `POST /v1/sound_effect` was while it had one model) is that object: Stainless's
 * TypeScript SDK declares `export interface SoundEffectCreateParams { model: 'eleven_text_to_sound_v2'; promptText:
 * string; … }` and sends `{ body, ...options }` (runwayml/sdk-node 3.12.0). Before, sdkgen took it for a union and
 * wrote `params: { body?: Body }`. A union of two objects stays a union of params variants.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const option = (model: string) => ({
  title: model,
  type: 'object',
  required: ['model', 'promptText'],
  properties: {
    model: { type: 'string', enum: [model] },
    promptText: { type: 'string', description: 'A text description of the sound effect to generate.' },
    duration: { type: 'number' },
  },
});

function project(models: string[]): { spec: string; config: string } {
  const spec = writeSpec(
    openapi({
      paths: {
        '/v1/sound_effect': {
          post: {
            operationId: 'createSoundEffect',
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: { oneOf: models.map(option), discriminator: { propertyName: 'model' } },
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
    }),
  );
  const config = path.join(path.dirname(spec), 'stainless.yml');
  writeFileSync(
    config,
    [
      'organization: { name: acme }',
      'targets: { typescript: { package_name: acme }, python: { package_name: acme } }',
      'resources:',
      '  sound_effect:',
      "    methods: { create: 'post /v1/sound_effect' }",
      '',
    ].join('\n'),
  );
  return { spec, config };
}

describe('a request body that is a union of one object', () => {
  it('is that object’s params in the TypeScript SDK, sent whole as the body', async () => {
    const { spec, config } = project(['eleven_text_to_sound_v2']);
    const { files } = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const resource = files.find((f) => f.path === 'src/resources/sound-effect.ts')!.contents;
    expect(resource).toMatch(/create\(\s*body: SoundEffectCreateParams,\s*options\?: RequestOptions/);
    expect(resource).toContain('{ body, ...options }');
    const params = resource.slice(resource.indexOf('export interface SoundEffectCreateParams {'));
    expect(params).toMatch(/^export interface SoundEffectCreateParams \{\s+model: 'eleven_text_to_sound_v2';/);
    expect(params).toMatch(/promptText: string;/);
    expect(params).toMatch(/duration\?: number;/);
    expect(resource).not.toMatch(/body\?: /);
  });

  it('is keyword arguments in the Python SDK', async () => {
    const { spec, config } = project(['eleven_text_to_sound_v2']);
    const { files } = await generate({ spec, config, target: 'python', format: false });
    const resource = files.find((f) => f.path.endsWith('resources/sound_effect.py'))!.contents;
    const method = resource.slice(resource.indexOf('    def create('), resource.indexOf('cast_to='));
    expect(method).toMatch(/model: Literal\["eleven_text_to_sound_v2"\]/);
    expect(method).toMatch(/prompt_text: str/);
    expect(method).not.toMatch(/\bbody: /);
  });

  it('of two objects stays a union of params variants', async () => {
    const { spec, config } = project(['eleven_text_to_sound_v2', 'seed_audio']);
    const { files } = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const resource = files.find((f) => f.path === 'src/resources/sound-effect.ts')!.contents;
    expect(resource).toMatch(
      /export type SoundEffectCreateParams =\s*\|?\s*SoundEffectCreateParams\.ElevenTextToSoundV2/,
    );
  });
});
