/**
 * The alias a named map or array type is declared as (knock's, imagekit's and structify's Stainless SDKs): a map's
 * unnamed values are named after the type (`InlineChannelDataParam: TypeAlias = Dict[str,
 * InlineChannelDataParamItem]`, not a bare `Item`), an array's items after it in the singular, and the params form of
 * an array of objects is a `List` (`Extensions: TypeAlias = List[ExtensionItem]`), not the `Iterable` a field takes.
 * In-process: cheap.
 */
import { describe, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';
import { pythonTempDir } from '../helpers/python-sdk';

const objectOf = (key: string) => ({ type: 'object', required: [key], properties: { [key]: { type: 'string' } } });
const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Aliases', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/channels': {
      put: {
        operationId: 'setChannels',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['data', 'extensions'],
                properties: {
                  data: { $ref: '#/components/schemas/InlineChannelData' },
                  extensions: { $ref: '#/components/schemas/Extensions' },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/InlineChannelData' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      InlineChannelData: { type: 'object', additionalProperties: { anyOf: [objectOf('token'), objectOf('url')] } },
      Extensions: { type: 'array', items: { anyOf: [objectOf('name'), objectOf('mode')] } },
    },
  },
});
const CONFIG = `
organization:
  name: aliases
targets:
  python:
    package_name: aliases
resources:
  channels:
    models:
      inline_channel_data: InlineChannelData
      extensions: Extensions
    methods:
      set: put /channels
`;

describe('named map and array aliases', () => {
  it('names a map value after the type, an array item after it singular, and lists a params array', async () => {
    const files = await generatePythonFiles(pythonTempDir('py-alias-items'), SPEC, CONFIG);
    const read = (file: string) => {
      const text = files.get(`src/aliases/types/${file}`);
      if (text === undefined) throw new Error(`no ${file} among ${[...files.keys()].join(', ')}`);
      return text;
    };
    expect(read('inline_channel_data.py')).toMatch(
      /^InlineChannelData: TypeAlias = Dict\[str, InlineChannelDataItem\]$/m,
    );
    expect(read('inline_channel_data.py')).toMatch(/^InlineChannelDataItem: TypeAlias = Union\[/m);
    expect(read('inline_channel_data_param.py')).toMatch(
      /^InlineChannelDataParam: TypeAlias = Dict\[str, InlineChannelDataParamItem\]$/m,
    );
    expect(read('extensions_param.py')).toMatch(/^ExtensionsParam: TypeAlias = List\[ExtensionsParamItem\]$/m);
  });
});
