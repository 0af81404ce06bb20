/**
 * A Stainless config may name one schema as a model more than once: in a resource and again in its subresource
 * (lobehub-sit's `kb_file: '#/components/schemas/File'` in `knowledge_bases` and `knowledge_bases.files`), or under
 * another name. Stainless's SDKs declare each in its own module, under its own name, so users import it from every
 * module it was declared in; references to the schema name the first. Type-checked under tsc --strict.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-declaration-forms.test.ts samples Stainless's model declarations (docs/contributing.md, "What
// `npm test` samples").
import path from 'node:path';
import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { cleanupSpecs, openapi, writeSpec } from './unit/helpers/spec';
import { SLOW_FULL } from './helpers/slow-tests';

afterAll(cleanupSpecs);

const returns = (ref: string) => ({
  responses: {
    '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } },
  },
});

describe.runIf(SLOW_FULL)('a schema named as a model more than once', () => {
  it('is declared in each module that names it, under each name; references name the first', async () => {
    const spec = writeSpec(
      openapi({
        paths: {
          '/files/{id}': {
            get: {
              ...returns('File'),
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            },
          },
          '/bases': { get: returns('FileList') },
          '/bases/files': { get: returns('FileList') },
        },
        schemas: {
          File: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              error: { type: 'object', properties: { detail: { type: 'string' } } },
            },
          },
          FileList: {
            type: 'object',
            properties: { files: { type: 'array', items: { $ref: '#/components/schemas/File' } } },
          },
        },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(
      config,
      [
        'organization: { name: acme }',
        'resources:',
        '  files:',
        "    models: { file: '#/components/schemas/File' }",
        "    methods: { retrieve: 'get /files/{id}' }",
        '  knowledge_bases:',
        "    models: { kb_file: '#/components/schemas/File', kb_file_list: '#/components/schemas/FileList' }",
        '    methods: { list: get /bases }',
        '    subresources:',
        '      files:',
        "        models: { kb_file: '#/components/schemas/File', kb_file_list: '#/components/schemas/FileList' }",
        '        methods: { list: get /bases/files }',
        '',
      ].join('\n'),
    );
    const { files } = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const file = (name: string) => files.find((f) => f.path === name)!.contents;
    const parent = file('src/resources/knowledge-bases/knowledge-bases.ts');
    const child = file('src/resources/knowledge-bases/files.ts');
    for (const module of [parent, child]) {
      // A copy with its nested types under its own name, exported from the resource's namespace too.
      expect(module).toContain('export interface KBFile {');
      expect(module).toContain('error?: KBFile.Error;');
      expect(module).toContain('export namespace KBFile {');
      expect(module).toContain('export interface KBFileList {');
      expect(module).toContain('type KBFile as KBFile,');
    }
    // References name the first model (`files`' File), as Stainless's do.
    expect(child).toContain('files?: Array<FilesAPI.File>;');
    expect(file('src/resources/files.ts')).toContain('export interface File {');
    const api = file('api.md');
    for (const module of ['knowledge-bases/knowledge-bases.ts', 'knowledge-bases/files.ts'])
      expect(api).toContain(`- <code><a href="./src/resources/${module}">KBFile</a></code>`);
    // The flat exports keep the parent's (one name, one module).
    expect(file('src/resources/knowledge-bases/index.ts')).not.toMatch(/type KBFile,[^}]*\} from '\.\/files'/);
    const root = tempDir('stainless-model-copies');
    writeFiles(root, files);
    const { status, output } = typeCheckStrict(root, ['src/**/*.ts', 'tests/**/*.ts']);
    rmSync(root, { recursive: true, force: true });
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
