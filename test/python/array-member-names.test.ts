/**
 * A union member that is an array is named by its title where it has one, as Stainless's Python SDKs name it
 * (llama-stack's `content: string | list[TextPart | ImagePart]` → `ContentListTextPartImagePart…`): the classes of its
 * items are named after it (`…ListTextPartImagePartTextPart`). Without a title, `UnionMember{n}` as before.
 * In-process: cheap.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const part = (kind: string) => ({
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string', enum: [kind] }, [kind]: { type: 'string' } },
});
const content = (title: string | null) => ({
  anyOf: [
    { type: 'string' },
    {
      type: 'array',
      ...(title ? { title } : {}),
      items: {
        oneOf: [
          { $ref: '#/components/schemas/TextPart', title: 'TextPart' },
          { $ref: '#/components/schemas/ImagePart', title: 'ImagePart' },
        ],
      },
    },
  ],
});
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
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['content'],
                properties: { content: content('list[TextPart | ImagePart]'), note: content(null) },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { content: content('list[TextPart | ImagePart]') } },
              },
            },
          },
        },
      },
    },
  },
  components: { schemas: { TextPart: part('text'), ImagePart: part('image') } },
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

const dir = tempDir('sdkgen-py-array-member-names');
let files: Map<string, string>;

beforeAll(async () => {
  files = await generatePythonFiles(dir, SPEC, CONFIG);
}, 120_000);

describe('a union member that is an array', () => {
  it("is named by its title in params, its items' classes after it", () => {
    const params = files.get('src/chat/types/message_send_params.py') ?? '';
    expect(params).toMatch(/^class ContentListTextPartImagePartTextPart\(TypedDict, total=False\):$/m);
    expect(params).toMatch(/^class ContentListTextPartImagePartImagePart\(TypedDict, total=False\):$/m);
    expect(params).toContain(
      'ContentListTextPartImagePart: TypeAlias = Union[\n    ContentListTextPartImagePartTextPart, ContentListTextPartImagePartImagePart\n]',
    );
    expect(params).toContain('content: Required[Union[str, Iterable[ContentListTextPartImagePart]]]');
    // (No title: its place in the union.)
    expect(params).toMatch(/^class NoteUnionMember1TextPart\(TypedDict, total=False\):$/m);
  });

  it('is named by its title in a model', () => {
    const model = files.get('src/chat/types/message_send_response.py') ?? '';
    expect(model).toMatch(/^class ContentListTextPartImagePartTextPart\(BaseModel\):$/m);
    expect(model).toContain('content: Union[str, List[ContentListTextPartImagePart], None] = None');
  });
});
