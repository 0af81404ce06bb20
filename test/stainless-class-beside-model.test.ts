/**
 * A nested resource class keeps its name beside a model of that name, as Stainless's SDKs keep it (ir/names.ts,
 * ModelBeside): a model its parent's module declares (imagekit's `files.metadata`, the class `Metadata` beside
 * `files.ts`'s interface `Metadata`: the parent reaches the class through `MetadataAPI` alone), and an interface its own
 * module declares when the class has no methods (knock's `recipients.channel_data`: `class ChannelData` merged with
 * `interface ChannelData`, listed once in the parent's namespace, as a type). The SDK type-checks under tsc --strict
 * with SDKGEN_SLOW_TESTS=full.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generateWithStainlessConfig,
  removeWhenAllPass,
  runTsc,
  sdkModuleSyntax,
  STRICT_OPTIONS,
  writeFiles,
} from './helpers/sdk';

const object = (properties: Record<string, object>) => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
});
const ok = (ref: string) => ({
  '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Store', version: '1' },
  servers: [{ url: 'https://api.store.test' }],
  paths: {
    '/files/{file_id}': {
      get: {
        operationId: 'getFile',
        parameters: [{ name: 'file_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok('File'),
      },
    },
    '/files/{file_id}/metadata': {
      get: {
        operationId: 'getFileMetadata',
        parameters: [
          { name: 'file_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'fields', in: 'query', schema: { type: 'string' } },
        ],
        responses: ok('Metadata'),
      },
    },
    '/recipients/{id}': {
      get: {
        operationId: 'getRecipient',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok('Recipient'),
      },
    },
  },
  components: {
    schemas: {
      File: object({ id: { type: 'string' }, metadata: { $ref: '#/components/schemas/Metadata' } }),
      Metadata: object({ height: { type: 'integer' }, width: { type: 'integer' } }),
      Recipient: object({ id: { type: 'string' }, channel_data: { $ref: '#/components/schemas/ChannelData' } }),
      ChannelData: object({ channel_id: { type: 'string' }, tokens: { type: 'array', items: { type: 'string' } } }),
    },
  },
};

const CONFIG = `organization:
  name: store
targets:
  typescript:
    package_name: store-sdk
resources:
  files:
    models:
      file: '#/components/schemas/File'
      metadata: '#/components/schemas/Metadata'
    methods:
      get: get /files/{file_id}
    subresources:
      metadata:
        methods:
          get: get /files/{file_id}/metadata
  recipients:
    models:
      recipient: '#/components/schemas/Recipient'
    methods:
      get: get /recipients/{id}
    subresources:
      channel_data:
        models:
          channel_data: '#/components/schemas/ChannelData'
`;

let dir = '';
removeWhenAllPass(() => dir);

describe('a nested resource class beside a model of its name', () => {
  it("keeps the name beside the parent's model and beside its own module's interface", async () => {
    const generated = await generateWithStainlessConfig('class-beside-model', SPEC, CONFIG, {
      funcs: false,
      referenceDocs: false,
    });
    dir = generated.dir;
    const file = (p: string) => generated.files.get(`src/resources/${p}`)!.replace(/\s+/g, ' ');

    // Beside the parent's model: reached through the module's namespace, not imported, assigned or listed by name.
    expect(file('files/metadata.ts')).toContain('export class Metadata extends APIResource');
    expect(file('files/metadata.ts')).toContain('APIPromise<FilesAPI.Metadata>');
    const files = file('files/files.ts');
    expect(files).toContain('metadata: MetadataAPI.Metadata = new MetadataAPI.Metadata(this._client);');
    expect(files).toContain('export interface Metadata {');
    expect(files).not.toContain('Files.Metadata = Metadata;');
    expect(files).not.toMatch(/import \{[^}]*\bMetadata\b[^}]*\} from '\.\/metadata'/);
    expect(files.match(/type Metadata as Metadata/g)).toHaveLength(1);
    // The folder's index exports the model, and the class's module (its class left out) last.
    const index = generated.files.get('src/resources/files/index.ts')!.trim().split('\n');
    expect(index.at(-1)).toBe("export { type MetadataGetParams } from './metadata';");

    // Beside its own module's interface: one declaration merged with the other, the name listed once, as a type.
    const channelData = file('recipients/channel-data.ts');
    expect(channelData).toContain('export class ChannelData extends APIResource {}');
    expect(channelData).toContain('export interface ChannelData {');
    const recipients = file('recipients/recipients.ts');
    expect(recipients).toContain(
      'channelData: ChannelDataAPI.ChannelData = new ChannelDataAPI.ChannelData(this._client);',
    );
    expect(recipients).not.toContain('Recipients.ChannelData = ChannelData;');
    expect(recipients.match(/ChannelData as ChannelData/g)).toEqual(['ChannelData as ChannelData']);
    expect(recipients).toContain('export { type ChannelData as ChannelData }');
    expect(file('recipients/index.ts')).toContain("export { ChannelData } from './channel-data';");
  });

  it.runIf(process.env.SDKGEN_SLOW_TESTS === 'full')(
    'type-checks under tsc --strict',
    async () => {
      const generated = await generateWithStainlessConfig('class-beside-model-tsc', SPEC, CONFIG, {
        funcs: false,
        referenceDocs: false,
      });
      dir = generated.dir;
      const out = path.join(generated.dir, 'sdk');
      writeFiles(out, generated.result.files);
      const project = path.join(out, 'tsconfig.check.json');
      writeFileSync(
        project,
        JSON.stringify({
          compilerOptions: { ...STRICT_OPTIONS, ...sdkModuleSyntax(out), types: [] },
          include: ['src'],
        }),
      );
      const tsc = runTsc(project);
      expect(tsc.output).toBe('');
      expect(tsc.status).toBe(0);
    },
    300_000,
  );
});
