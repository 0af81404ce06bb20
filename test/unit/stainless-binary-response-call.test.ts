/**
 * With a Stainless config, a method whose response is a file (`application/octet-stream`, `format: binary`) is written
 * as Stainless's SDKs write it: the client's verb method, its query passed on as is, the body's media type asked for
 * and the raw response kept (`__binaryResponse: true`): xquik's `draws.export(id, query)`
 * (`{ query, ...options, headers: buildHeaders([{ Accept: 'application/octet-stream' }, options?.headers]),
 * __binaryResponse: true }`), openai-node's older `files.content` (`headers: { Accept: 'application/binary',
 * ...options?.headers }`). sdkgen's own SDKs keep their request description.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { tempDir } from '../helpers/sdk';

const binary = {
  '200': {
    description: 'the file',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  },
};
const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Draws', version: '1.0.0' },
  paths: {
    '/draws/{id}/export': {
      get: {
        operationId: 'exportDraw',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          {
            name: 'format',
            in: 'query',
            schema: { type: 'string', enum: ['csv', 'pdf'], default: 'csv' },
          },
        ],
        responses: binary,
      },
    },
    '/draws/{id}/content': {
      get: {
        operationId: 'drawContent',
        // (An example on a path parameter: Stainless's SDKs show the resource's calls.)
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: 'id' }],
        responses: binary,
      },
    },
  },
});

const CONFIG = `organization:
  name: draws
resources:
  draws:
    methods:
      export: get /draws/{id}/export
      content: get /draws/{id}/content
`;

const dir = tempDir('sdkgen-stainless-binary-call');
const spec = path.join(dir, 'openapi.json');
writeFileSync(spec, SPEC);
const config = path.join(dir, 'stainless.yml');
writeFileSync(config, CONFIG);
// (`targets.node`: the older runtime's layout, `src/_shims`.)
const nodeConfig = path.join(dir, 'node.stainless.yml');
writeFileSync(nodeConfig, `${CONFIG}targets:\n  node:\n    package_name: draws\n`);

async function draws(options: { node?: boolean; stainless?: boolean } = {}): Promise<string> {
  const { files } = await generate({
    spec,
    ...(options.stainless === false ? {} : { config: options.node ? nodeConfig : config }),
    format: true,
    funcs: false,
    referenceDocs: false,
  });
  return files.find((f) => f.path === 'src/resources/draws.ts')!.contents;
}

describe('a binary response in a Stainless SDK', () => {
  it('is asked for with the verb method, its media type and __binaryResponse', async () => {
    const source = await draws();
    expect(source).toContain(
      [
        '    return this._client.get(path`/draws/${id}/export`, {',
        '      query,',
        '      ...options,',
        "      headers: buildHeaders([{ Accept: 'application/octet-stream' }, options?.headers]),",
        '      __binaryResponse: true,',
        '    });',
      ].join('\n'),
    );
    expect(source).toContain(
      [
        '    return this._client.get(path`/draws/${id}/content`, {',
        '      ...options,',
        "      headers: buildHeaders([{ Accept: 'application/octet-stream' }, options?.headers]),",
        '      __binaryResponse: true,',
        '    });',
      ].join('\n'),
    );
    expect(source).not.toContain("responseKind: 'binary'");
  });

  it('reads the file in its @example, as Stainless’s do', async () => {
    const source = await draws();
    expect(source).toContain(
      [
        "   * const response = await client.draws.content('id');",
        '   *',
        '   * const content = await response.blob();',
        '   * console.log(content);',
        '   * ```',
      ].join('\n'),
    );
  });

  it('spreads the headers in the older runtime', async () => {
    const source = await draws({ node: true });
    expect(source).toMatch(
      /\{\s*query,\s*\.\.\.options,\s*headers: \{ Accept: 'application\/octet-stream', \.\.\.options\?\.headers \},\s*__binaryResponse: true,\s*\}/,
    );
  });

  it('keeps sdkgen’s request description without a config', async () => {
    expect(await draws({ stainless: false })).toContain("responseKind: 'binary'");
  });
});
