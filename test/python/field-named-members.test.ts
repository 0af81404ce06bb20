/**
 * Names Stainless's Python SDKs give to what a field holds (issue 91, knock's and llama-stack's pairs):
 * - the object values of a map a field holds are named after the field (`categories: Dict[str, Categories]`), not
 *   `…Item` as the values of a named map type's own;
 * - the items of a query array whose wire key ends in `[]` (`objects[]`) are named after the field in the singular
 *   (`Iterable[Object]`), as those of any array field;
 * - a union member that is an unnamed union gives its members in its place: `anyOf: [mode, oneOf: [A, B], null]` is
 *   one union, named after the field (`ToolChoice: TypeAlias = Union[Literal[...], ToolChoiceA, ToolChoiceB]`).
 * In-process: cheap.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const setting = {
  type: 'object',
  properties: { channel: { type: 'string' }, enabled: { type: 'boolean' } },
};
const choice = (kind: string, title: string) => ({
  type: 'object',
  title,
  required: ['type'],
  properties: { type: { type: 'string', enum: [kind] }, name: { type: 'string' } },
});
const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Notes', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/things/{id}/subscriptions': {
      get: {
        operationId: 'listSubscriptions',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          {
            name: 'objects[]',
            in: 'query',
            schema: {
              type: 'array',
              items: { type: 'object', properties: { id: { type: 'string' }, collection: { type: 'string' } } },
            },
          },
        ],
        responses: { '204': { description: 'none' } },
      },
    },
    '/things/{id}/preferences': {
      put: {
        operationId: 'setPreferences',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  categories: {
                    type: ['object', 'null'],
                    additionalProperties: { anyOf: [{ type: 'boolean' }, setting] },
                  },
                  workflows: { type: 'object', additionalProperties: setting },
                  tool_choice: {
                    anyOf: [
                      { type: 'string', enum: ['auto', 'none'] },
                      {
                        oneOf: [choice('function', 'FunctionChoice'), choice('search', 'SearchChoice')],
                        discriminator: { propertyName: 'type' },
                      },
                      { type: 'null' },
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { workflows: { type: 'object', additionalProperties: setting } },
                },
              },
            },
          },
        },
      },
    },
  },
});

const CONFIG = [
  'organization: { name: notes }',
  'targets:',
  '  python: { package_name: notes }',
  'resources:',
  '  things:',
  '    methods:',
  '      list_subscriptions: get /things/{id}/subscriptions',
  '      set_preferences: put /things/{id}/preferences',
  '',
].join('\n');

const dir = tempDir('sdkgen-py-field-named-members');
let files: Map<string, string>;

beforeAll(async () => {
  files = await generatePythonFiles(dir, SPEC, CONFIG);
}, 120_000);

describe('what a field holds', () => {
  it("names a map's values after the field, in params and in a model", () => {
    const params = files.get('src/notes/types/thing_set_preferences_params.py') ?? '';
    expect(params).toContain('categories: Optional[Dict[str, Categories]]');
    expect(params).toMatch(/^Categories: TypeAlias = Union\[bool, CategoriesUnionMember1\]$/m);
    expect(params).toContain('workflows: Dict[str, Workflows]');
    expect(params).toMatch(/^class Workflows\(TypedDict, total=False\):$/m);
    expect(params).not.toMatch(/Item\b/);
    const model = files.get('src/notes/types/thing_set_preferences_response.py') ?? '';
    expect(model).toContain('workflows: Optional[Dict[str, Workflows]] = None');
    expect(model).toMatch(/^class Workflows\(BaseModel\):$/m);
  });

  it("names a `[]` query array's items after the field in the singular", () => {
    const params = files.get('src/notes/types/thing_list_subscriptions_params.py') ?? '';
    expect(params).toMatch(/^class Object\(TypedDict, total=False\):$/m);
    expect(params).toContain('Iterable[Object]');
    const resource = files.get('src/notes/resources/things.py') ?? '';
    expect(resource).toContain('objects: Iterable[thing_list_subscriptions_params.Object] | Omit = omit');
  });

  it("writes an unnamed union member's members in its place, the union named after the field", () => {
    const params = files.get('src/notes/types/thing_set_preferences_params.py') ?? '';
    expect(params).toContain('tool_choice: Optional[ToolChoice]');
    expect(params).toMatch(
      /^ToolChoice: TypeAlias = Union\[Literal\["auto", "none"\], ToolChoiceFunction, ToolChoiceSearch\]$/m,
    );
    expect(params).not.toContain('ToolChoiceUnionMember');
    const resource = files.get('src/notes/resources/things.py') ?? '';
    expect(resource).toContain('tool_choice: Optional[thing_set_preferences_params.ToolChoice] | Omit = omit');
  });
});
