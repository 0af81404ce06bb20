/**
 * A component that is a `$ref` alone to a schema that is no model, and that the config names as a model of its own
 * (stagehand's `ModelConfig: $ref ModelConfigObject`): a `$ref` to it names it, `ModelConfigParam` in params, where
 * the schema it refers to used to be written out in place (`OptionsModelModelConfigObject`). A component that is a
 * `$ref` alone to another model is still that model. The text in-process (cheap).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { jsonContent as json, schemaRef as ref } from '../helpers/openapi';
import { tempDir } from '../helpers/sdk';

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Agents', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/runs': {
      post: {
        operationId: 'startRun',
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            properties: {
              model: { anyOf: [ref('ModelConfig'), { type: 'string' }] },
              fallback: ref('Fallback'),
            },
            required: ['model'],
          }),
        },
        responses: { '200': { description: 'ok', ...json(ref('Run')) } },
      },
    },
  },
  components: {
    schemas: {
      ModelConfigObject: {
        type: 'object',
        properties: { name: { type: 'string' }, api_key: { type: 'string' } },
        required: ['name'],
      },
      ModelConfig: ref('ModelConfigObject'),
      Fallback: ref('Run'),
      Run: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
    },
  },
});

const CONFIG = [
  'organization: { name: agents }',
  'targets:',
  '  python: { package_name: agents }',
  'resources:',
  '  runs:',
  '    models:',
  '      run: "#/components/schemas/Run"',
  '      fallback: "#/components/schemas/Fallback"',
  '      model_config: "#/components/schemas/ModelConfig"',
  '    methods:',
  '      start: post /runs',
  '',
].join('\n');

const dir = tempDir('sdkgen-py-ref-alias');
let files: Map<string, string>;

beforeAll(async () => {
  const [specFile, configFile] = ['openapi.json', 'stainless.yml'].map((file) => path.join(dir, file));
  writeFileSync(specFile, SPEC);
  writeFileSync(configFile, CONFIG);
  const result = await generate({ spec: specFile, config: configFile, target: 'python' });
  files = new Map(result.files.map((file) => [file.path, file.contents]));
}, 120_000);

const file = (name: string) => files.get(name) ?? '';

describe('a model that is a $ref alone', () => {
  it('to a schema that is no model is named where it is used', () => {
    const params = file('src/agents/types/run_start_params.py');
    expect(params).toContain('from .model_config_param import ModelConfigParam\n');
    expect(params).toMatch(/^Model: TypeAlias = Union\[ModelConfigParam, str\]$/m);
    expect(params).not.toContain('ModelConfigObject');
    expect(file('src/agents/types/model_config_param.py')).toMatch(
      /^class ModelConfigParam\(TypedDict, total=False\):/m,
    );
  });

  it('to another model is that model', () => {
    expect(file('src/agents/types/run_start_params.py')).toMatch(/^ {4}fallback: RunParam$/m);
  });
});
