/**
 * Stainless's pascal and camel names keep an underscore between a word that ends in a digit and the next word when it
 * starts with one, so two numbers stay apart: runway's `veo3.1` variant is `ImageToVideoCreateParams.Veo3_1` and
 * `veo3.1_fast` is `Veo3_1Fast` (runwayml/sdk-node). Other words join as before (`v2_model` → `V2Model`).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { StainlessNames } from '../../generator/naming/stainless';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

describe('names whose words meet digit to digit', () => {
  const names = new StainlessNames();

  it.each([
    ['veo3.1', 'Veo3_1'],
    ['veo3.1_fast', 'Veo3_1Fast'],
    ['gemini_2.5_flash', 'Gemini2_5Flash'],
    ['gen4_turbo', 'Gen4Turbo'],
    ['v2_model', 'V2Model'],
    ['eleven_text_to_sound_v2', 'ElevenTextToSoundV2'],
  ])('%s → %s', (key, name) => {
    expect(names.pascal(key)).toBe(name);
  });

  it('camel names keep the numbers apart the same way', () => {
    expect(names.camel('veo3.1_fast')).toBe('veo3_1Fast');
    expect(names.camel('model_3_5')).toBe('model3_5');
    expect(names.camel('gen4_turbo')).toBe('gen4Turbo');
  });
});

describe('params variants named from such titles', () => {
  it('are Veo3_1 and Veo3_1Fast in the TypeScript SDK, as Stainless names them (runwayml/sdk-node)', async () => {
    const variant = (model: string) => ({
      title: model,
      type: 'object',
      required: ['model', 'promptText'],
      properties: { model: { type: 'string', enum: [model] }, promptText: { type: 'string' } },
    });
    const spec = writeSpec(
      openapi({
        paths: {
          '/v1/text_to_video': {
            post: {
              operationId: 'createTextToVideo',
              requestBody: {
                required: true,
                content: {
                  'application/json': {
                    schema: {
                      oneOf: [variant('veo3.1'), variant('veo3.1_fast')],
                      discriminator: { propertyName: 'model' },
                    },
                  },
                },
              },
              responses: { '200': { description: 'ok' } },
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
        '  text_to_video:',
        "    methods: { create: 'post /v1/text_to_video' }",
        '',
      ].join('\n'),
    );
    const ts = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const resource = ts.files.find((f) => f.path === 'src/resources/text-to-video.ts')!.contents;
    expect(resource).toMatch(/TextToVideoCreateParams\.Veo3_1\b/);
    expect(resource).toMatch(/TextToVideoCreateParams\.Veo3_1Fast\b/);
  });

  it('name a response union member Veo3_1 too (nested names keep the case Stainless gave them)', async () => {
    const member = (title: string) => ({
      title,
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'string' }, [title.replace(/\W/g, '')]: { type: 'boolean' } },
    });
    const spec = writeSpec(
      openapi({
        paths: {
          '/v1/models': {
            get: {
              operationId: 'getModel',
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { anyOf: [member('veo3.1'), member('gen4_turbo')] } } },
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
        '  models:',
        "    methods: { retrieve: 'get /v1/models' }",
        '',
      ].join('\n'),
    );
    const ts = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const resource = ts.files.find((f) => f.path === 'src/resources/models.ts')!.contents;
    expect(resource).toMatch(/export interface Veo3_1 \{/);
    expect(resource).toMatch(/export interface Gen4Turbo \{/);
    const py = await generate({ spec, config, target: 'python', format: false });
    const model = py.files.find((f) => f.path === 'src/acme/types/model_retrieve_response.py')!.contents;
    expect(model).toMatch(/^class Veo3_1\(BaseModel\):/m);
    expect(model).toMatch(/^ModelRetrieveResponse: TypeAlias = Union\[Veo3_1, Gen4Turbo\]/m);
  });
});
