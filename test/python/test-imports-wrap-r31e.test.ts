/**
 * A test module's `from <pkg>.types import …` is one name a line where Stainless's is: its generator imports every
 * name the resource module imports from `types` (the `<x>_params` modules too) and Ruff drops the unused ones, keeping
 * the one-name-a-line form when the statement of them all passed 120 columns. knock-mgmt-python's test_branches.py
 * has `from knock_mapi.types import (\n    Branch,\n)` (its resource imports four `branch_*_params`), its
 * test_members.py `from knock_mapi.types import Member` (one `member_list_params`). Any other module's statement is
 * Ruff's alone: `from knockapi.pagination import SyncItemsCursor, AsyncItemsCursor, SyncEntriesCursor, …` (104
 * columns) stays one line. sdkgen wrapped every statement longer than 85 columns, and no other.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { typesImportsOf, testImportStatement } from '../../generator/emit/python/tests/test-imports';
import { pythonTempDir } from '../helpers/python-sdk';

const branch = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Branch' } } } };
const member = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Member' } } } };
const query = (name: string) => ({ name, in: 'query', schema: { type: 'string' } });
const slug = { name: 'branch_slug', in: 'path', required: true, schema: { type: 'string' } };

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Branches', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/branches/{branch_slug}': {
      post: {
        operationId: 'createBranch',
        parameters: [slug],
        requestBody: {
          content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } },
        },
        responses: { '200': branch },
      },
      get: { operationId: 'getBranch', parameters: [slug, query('environment')], responses: { '200': branch } },
      delete: { operationId: 'deleteBranch', parameters: [slug, query('environment')], responses: { '204': {} } },
    },
    '/branches': { get: { operationId: 'listBranches', parameters: [query('after')], responses: { '200': branch } } },
    '/members/{id}': {
      get: {
        operationId: 'getMember',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': member },
      },
    },
    '/members': { get: { operationId: 'listMembers', parameters: [query('after')], responses: { '200': member } } },
  },
  components: {
    schemas: {
      Branch: { type: 'object', required: ['slug'], properties: { slug: { type: 'string' } } },
      Member: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
    },
  },
});

const CONFIG = `
organization: { name: knock-widgets }
targets:
  python: { package_name: knock_widgets }
resources:
  branches:
    models:
      branch: Branch
    methods:
      create: post /branches/{branch_slug}
      retrieve: get /branches/{branch_slug}
      list: get /branches
      delete: delete /branches/{branch_slug}
  members:
    models:
      member: Member
    methods:
      retrieve: get /members/{id}
      list: get /members
`;

describe("a test module's types import", () => {
  it("is one name a line when the resource module's types names with it pass 120 columns", async () => {
    const root = pythonTempDir('py-test-imports');
    writeFileSync(path.join(root, 'openapi.json'), SPEC);
    writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
    const { files } = await generate({
      spec: path.join(root, 'openapi.json'),
      config: path.join(root, 'stainless.yml'),
      target: 'python',
    });
    const text = (name: string) => files.find((f) => f.path === `tests/api_resources/test_${name}.py`)!.contents;
    // `Branch, branch_create_params, branch_retrieve_params, branch_list_params, branch_delete_params`: 126 columns.
    expect(text('branches')).toContain('from knock_widgets.types import (\n    Branch,\n)\n');
    // `Member, member_list_params`: 59.
    expect(text('members')).toContain('from knock_widgets.types import Member\n');
  }, 120_000);

  it("reads a resource module's types names by package, and leaves any other module's statement to Ruff", () => {
    const resource = [
      'from ...types import object_set_params, object_list_params',
      'from ..._types import Body, Query',
      'from ...types.object import Object',
      'from ...types.recipients.channel_data import ChannelData',
      'from ...types.recipients.preference_set import (',
      '    PreferenceSet,',
      ')',
      'from ...types.shared.thing import Thing as SharedThing',
    ].join('\n');
    expect(Object.fromEntries(typesImportsOf('resources/objects/objects', resource))).toEqual({
      types: ['object_set_params', 'object_list_params', 'Object'],
      'types.recipients': ['ChannelData', 'PreferenceSet'],
      'types.shared': ['Thing'],
    });
    const cursors = ['SyncItemsCursor', 'AsyncItemsCursor', 'SyncEntriesCursor', 'AsyncEntriesCursor'];
    expect(testImportStatement('knockapi.pagination', cursors)).toBe(
      'from knockapi.pagination import SyncItemsCursor, AsyncItemsCursor, SyncEntriesCursor, AsyncEntriesCursor',
    );
  });
});
