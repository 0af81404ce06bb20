/**
 * A field's union whose classes are only an array's items (`content: string | Array<{…}>`) is written in place, as
 * Stainless's Python SDKs write it (llama-stack's `content: Required[Union[str, Iterable[...ContentUnionMember1]]]`,
 * 37 such fields in its 2025-10 SDK, none an alias); a union with a class as a member of its own is still named
 * after where it stands (`Target: TypeAlias = Union[str, TargetText]`). In-process: cheap.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { jsonContent as json } from '../helpers/openapi';
import { tempDir } from '../helpers/sdk';

const text = { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] };

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Chat', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/messages': {
      post: {
        operationId: 'sendMessage',
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            properties: {
              content: { anyOf: [{ type: 'string' }, { type: 'array', items: text }] },
              target: { anyOf: [{ type: 'string' }, text] },
            },
            required: ['content'],
          }),
        },
        responses: {
          '200': { description: 'ok', ...json({ type: 'object', properties: { id: { type: 'string' } } }) },
        },
      },
    },
  },
});

const CONFIG = [
  'organization: { name: chat }',
  'targets:',
  '  python: { package_name: chat }',
  'resources:',
  '  messages:',
  '    methods:',
  '      send: post /messages',
  '',
].join('\n');

const dir = tempDir('sdkgen-py-array-class-union');
let params = '';

beforeAll(async () => {
  const [specFile, configFile] = ['openapi.json', 'stainless.yml'].map((file) => path.join(dir, file));
  writeFileSync(specFile, SPEC);
  writeFileSync(configFile, CONFIG);
  const result = await generate({ spec: specFile, config: configFile, target: 'python' });
  params = result.files.find((file) => file.path === 'src/chat/types/message_send_params.py')?.contents ?? '';
}, 120_000);

describe("a field's union of classes", () => {
  it("is written in place where its classes are an array's items", () => {
    expect(params).toContain('content: Required[Union[str, Iterable[ContentUnionMember1]]]');
    expect(params).not.toMatch(/^Content: TypeAlias/m);
  });

  it('is named after where it stands where a class is a member of its own', () => {
    expect(params).toMatch(/^Target: TypeAlias = Union\[str, Target\w+\]$/m);
    expect(params).toContain('target: Target\n');
  });
});
