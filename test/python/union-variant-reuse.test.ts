/**
 * Two forms of Stainless's Python unions (llama-stack-client-python, parsecular-python):
 * - a component schema the config names no model of, written out twice in one module under the same name (a union
 *   reaching it directly and through a nested union; a field and a list of it) is one class, named at each place —
 *   the union lists it twice — not a second class `…2`;
 * - a union whose spec mapping names one variant under several values (`web_search`, `web_search_preview` → one
 *   tool), or a variant whose tag takes several values, is written without `PropertyInfo(discriminator=…)`; one whose
 *   mapping names each variant by its one value keeps it.
 * - a union member naming a union of its own (a model) gives that union's members in its place; an array of it, or
 *   it or null, keeps the name.
 * The text in-process (cheap); pyright on its types behind SDKGEN_PYTHON_TESTS=full.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { jsonContent as json, schemaRef as ref } from '../helpers/openapi';
import { tempDir } from '../helpers/sdk';

const tagged = (tag: string, extra: Record<string, object> = {}) => ({
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string', enum: [tag] }, ...extra },
});

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Replies', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/replies': {
      get: {
        operationId: 'getReply',
        responses: { '200': { description: 'ok', ...json(ref('Reply')) } },
      },
    },
  },
  components: {
    schemas: {
      Message: tagged('message', { text: { type: 'string' } }),
      Call: tagged('call', { name: { type: 'string' } }),
      Approval: tagged('approval', { approve: { type: 'boolean' } }),
      Usage: { type: 'object', properties: { tokens: { type: 'integer' } } },
      Search: {
        type: 'object',
        properties: {
          type: {
            anyOf: [
              { type: 'string', enum: ['search'] },
              { type: 'string', enum: ['search_v2'] },
            ],
          },
        },
      },
      ImagePart: tagged('image', { url: { type: 'string' } }),
      TextPart: tagged('text', { text: { type: 'string' } }),
      Part: {
        oneOf: [ref('ImagePart'), ref('TextPart')],
        discriminator: {
          propertyName: 'type',
          mapping: { image: '#/components/schemas/ImagePart', text: '#/components/schemas/TextPart' },
        },
      },
      Content: { anyOf: [{ type: 'string' }, ref('Part'), { type: 'array', items: ref('Part') }] },
      Reply: {
        type: 'object',
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              anyOf: [
                {
                  oneOf: [ref('Message'), ref('Call')],
                  discriminator: {
                    propertyName: 'type',
                    mapping: { message: '#/components/schemas/Message', call: '#/components/schemas/Call' },
                  },
                },
                ref('Approval'),
                ref('Message'),
              ],
            },
          },
          usage: ref('Usage'),
          content: ref('Content'),
          part: { anyOf: [ref('Part'), { type: 'null' }] },
          usages: { type: 'array', items: ref('Usage') },
          tools: {
            type: 'array',
            items: {
              oneOf: [ref('Search'), ref('Call')],
              discriminator: {
                propertyName: 'type',
                mapping: {
                  search: '#/components/schemas/Search',
                  search_v2: '#/components/schemas/Search',
                  call: '#/components/schemas/Call',
                },
              },
            },
          },
          modes: {
            type: 'array',
            items: {
              oneOf: [ref('Search'), ref('Call')],
              discriminator: {
                propertyName: 'type',
                mapping: { search: '#/components/schemas/Search', call: '#/components/schemas/Call' },
              },
            },
          },
          calls: {
            type: 'array',
            items: {
              oneOf: [ref('Message'), ref('Approval')],
              discriminator: {
                propertyName: 'type',
                mapping: { message: '#/components/schemas/Message', approval: '#/components/schemas/Approval' },
              },
            },
          },
        },
      },
    },
  },
});

// Only `Reply` is a model: the other schemas are written out where they are used.
const CONFIG = `organization:
  name: replies
targets:
  python:
    package_name: replies
resources:
  replies:
    models:
      reply: Reply
      part: Part
      content: Content
    methods:
      get: get /replies
`;

const dir = tempDir('sdkgen-union-reuse');
let reply = '';
let files: Map<string, string>;
beforeAll(async () => {
  const [specFile, configFile] = ['openapi.json', 'stainless.yml'].map((file) => path.join(dir, file));
  writeFileSync(specFile, SPEC);
  writeFileSync(configFile, CONFIG);
  const result = await generate({ spec: specFile, config: configFile, target: 'python' });
  files = new Map(result.files.map((file) => [file.path, file.contents]));
  reply = files.get('src/replies/types/reply.py') ?? '';
}, 120_000);

describe('a component schema written out twice under one name', () => {
  if (!PYTHON_FULL) console.log(`python union variant reuse: pyright on the types ${FULL_ONLY_NOTICE}`);
  it('is one class, listed at each place the union reaches it', () => {
    expect(reply).toMatch(/^class ItemMessage\(BaseModel\):/m);
    expect(reply).not.toMatch(/ItemMessage2\b/);
    expect(reply).toMatch(/^Item: TypeAlias = Union\[ItemMessage, ItemCall, ItemApproval, ItemMessage\]$/m);
  });

  it('is one class for a field and a list of it', () => {
    expect(reply).toMatch(/^class Usage\(BaseModel\):/m);
    expect(reply).not.toMatch(/Usage2\b/);
    expect(reply).toContain('usages: Optional[List[Usage]] = None');
  });
});

describe('a spec mapping', () => {
  it('naming one variant under two values: no discriminator', () => {
    expect(reply).toMatch(/^Tool: TypeAlias = Union\[ToolSearch, ToolCall\]$/m);
  });

  it('naming one value of a variant that takes two: no discriminator', () => {
    expect(reply).toMatch(/^Mode: TypeAlias = Union\[ModeSearch, ModeCall\]$/m);
  });

  it('naming each variant once: the discriminator stays', () => {
    expect(reply).toMatch(
      /^Call: TypeAlias = Annotated\[Union\[CallMessage, CallApproval\], PropertyInfo\(discriminator="type"\)\]$/m,
    );
  });
});

describe('a member naming a union of its own', () => {
  it("gives that union's members in its place; an array of it, or it or null, keeps its name", () => {
    const content = files.get('src/replies/types/content.py') ?? '';
    expect(content).toMatch(/^Content: TypeAlias = Union\[str, \w+, \w+, List\[Part\]\]$/m);
    expect(content).not.toMatch(/^Content: TypeAlias = Union\[str, Part,/m);
    expect(content).toMatch(/^class \w*ImagePart\(BaseModel\):/m);
    expect(reply).toContain('part: Optional[Part] = None');
  });
});

describe('the types', () => {
  it.skipIf(!PYTHON_FULL)(
    'type-checks',
    async () => {
      const sdk = path.join(dir, 'sdk');
      for (const [name, contents] of files) {
        mkdirSync(path.dirname(path.join(sdk, name)), { recursive: true });
        writeFileSync(path.join(sdk, name), contents);
      }
      const checked = [...files.keys()].filter((name) => name.startsWith('src/replies/types/') && name.endsWith('.py'));
      expect(await pyrightErrorsUnderOwnSettings(sdk, checked)).toEqual([]);
    },
    300_000,
  );
});
