/**
 * A test module's `from <pkg>.types import …` is one name a line where Stainless's is (test-imports.ts). Besides the
 * names its resource module imports from `types`, Stainless's generator imported there:
 * - the named response type of a method that returns a primitive, whose test asserts the primitive (knock-python's
 *   test_audiences.py: `AudienceAddMembersResponse` and `AudienceRemoveMembersResponse`, both `str`);
 * - the shared models the test imports from `types.shared` (imagekit-python's test_saved_extensions.py:
 *   `SavedExtension`, re-exported by `types`).
 * Ruff dropped them, and the statement stayed one name a line where all of them passed 120 columns. Across the Stainless
 * SDKs of python-pairs.json, 626 of 630 such statements follow this rule (624 without these two kinds; none is lost).
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { testImportStatement } from '../../generator/emit/python/tests/test-imports';
import { pythonTempDir } from '../helpers/python-sdk';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const key = { name: 'key', in: 'path', required: true, schema: { type: 'string' } };
const members = json({
  type: 'object',
  required: ['members'],
  properties: { members: { type: 'array', items: { type: 'string' } } },
});
const extension = json({ $ref: '#/components/schemas/SavedExtension' });

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Audiences', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/audiences/{key}/members': {
      post: {
        operationId: 'addMembers',
        parameters: [key],
        requestBody: members,
        responses: { '200': json({ type: 'string' }) },
      },
      get: {
        operationId: 'listMembers',
        parameters: [key],
        responses: {
          '200': json({ type: 'object', properties: { entries: { type: 'array', items: { type: 'string' } } } }),
        },
      },
      delete: {
        operationId: 'removeMembers',
        parameters: [key],
        requestBody: members,
        responses: { '200': json({ type: 'string' }) },
      },
    },
    '/saved-extensions': {
      post: {
        operationId: 'createSavedExtension',
        requestBody: json({ type: 'object', properties: { name: { type: 'string' } } }),
        responses: { '200': extension },
      },
      get: {
        operationId: 'listSavedExtensions',
        responses: { '200': json({ type: 'array', items: { $ref: '#/components/schemas/SavedExtension' } }) },
      },
    },
    '/saved-extensions/{id}': {
      patch: {
        operationId: 'updateSavedExtension',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: json({ type: 'object', properties: { name: { type: 'string' } } }),
        responses: { '200': extension },
      },
    },
  },
  components: {
    schemas: {
      SavedExtension: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
    },
  },
});

const CONFIG = `
organization: { name: kw }
targets:
  python: { package_name: kw }
resources:
  $shared:
    models:
      saved_extension: SavedExtension
  audiences:
    methods:
      add_members: post /audiences/{key}/members
      list_members: get /audiences/{key}/members
      remove_members: delete /audiences/{key}/members
  saved_extensions:
    methods:
      create: post /saved-extensions
      update: patch /saved-extensions/{id}
      list: get /saved-extensions
`;

describe("a test module's types import, with the names Stainless's generator also imported", () => {
  it('counts the primitive responses and the shared models the test imports', async () => {
    const root = pythonTempDir('py-test-imports-also');
    writeFileSync(path.join(root, 'openapi.json'), SPEC);
    writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
    const { files } = await generate({
      spec: path.join(root, 'openapi.json'),
      config: path.join(root, 'stainless.yml'),
      target: 'python',
    });
    const text = (name: string) => files.find((f) => f.path === `tests/api_resources/test_${name}.py`)!.contents;
    // `AudienceListMembersResponse, audience_add_members_params, audience_remove_members_params`: 113 columns; with
    // `AudienceAddMembersResponse, AudienceRemoveMembersResponse`: 172.
    expect(text('audiences')).toContain('from kw.types import (\n    AudienceListMembersResponse,\n)\n');
    // `SavedExtensionListResponse, saved_extension_create_params, saved_extension_update_params`: 116; with
    // `SavedExtension`: 132.
    expect(text('saved_extensions')).toContain('from kw.types import (\n    SavedExtensionListResponse,\n)\n');
    expect(text('saved_extensions')).toContain('from kw.types.shared import SavedExtension\n');
  }, 120_000);

  it('leaves a statement one line when the names with it fit', () => {
    expect(testImportStatement('kw.types', ['Member'], ['member_list_params', 'MemberDeleteResponse'])).toBe(
      'from kw.types import Member',
    );
  });
});
