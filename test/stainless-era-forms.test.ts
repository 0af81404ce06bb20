/**
 * The forms of a Stainless SDK that its generator's date or layout decides (stainless/era.ts), beyond maps and
 * examples (stainless-era.test.ts): an undescribed params field's label kept its colon (`Body param:`) before
 * 2026-01-14; a resource's class and client property show its tag's description from 2026-02-27 on; the older
 * layout (`targets.node`) declares each page type as a class of its own and destructures its defaulted params as is;
 * the newer one imported its runtime from `src/`'s root before 2025-03-27;
 * an open enum's plain string is `(string & {})` in either.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-era.test.ts samples a Stainless SDK's era (docs/contributing.md, "What `npm test` samples").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formsOfEra, inferStainlessEra } from '../generator/stainless/era';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const USER = {
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    size: { anyOf: [{ type: 'string', enum: ['s', 'm'] }, { type: 'string' }] },
    radius: { anyOf: [{ type: 'number' }, { type: 'string', enum: ['max'] }, { type: 'string' }] },
  },
};

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  tags: [{ name: 'users', description: 'People who use Acme.' }],
  paths: {
    '/users/{id}': {
      post: {
        operationId: 'updateUser',
        tags: ['users'],
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'notify', in: 'query', schema: { type: 'boolean' } },
        ],
        requestBody: {
          content: { 'application/json': { schema: { type: 'object', properties: { nickname: { type: 'string' } } } } },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } },
          },
        },
      },
    },
    '/users/list': {
      post: {
        operationId: 'listUsers',
        tags: ['users'],
        parameters: [
          { name: 'page', in: 'query', schema: { type: 'integer' } },
          { name: 'size', in: 'query', schema: { type: 'integer' } },
        ],
        requestBody: {
          content: { 'application/json': { schema: { type: 'object', properties: { filter: { type: 'string' } } } } },
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    items: { type: 'array', items: { $ref: '#/components/schemas/User' } },
                    page: { type: 'integer' },
                    size: { type: 'integer' },
                    total: { type: 'integer' },
                    pages: { type: 'integer' },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  components: { schemas: { User: USER } },
};

const config = (target: 'typescript' | 'node') => `organization: { name: acme }
targets:
  ${target}:
    package_name: acme
resources:
  users:
    models:
      user: User
    methods:
      update: post /users/{id}
      list: post /users/list
pagination:
  - name: page
    type: page_number
    request:
      page:
        type: integer
        x-stainless-pagination-property: { purpose: page_number_param }
      size:
        type: integer
    response:
      items:
        type: array
        items: {}
        x-stainless-pagination-property: { purpose: items }
      page:
        type: integer
        x-stainless-pagination-property: { purpose: current_page_number_field }
      pages:
        type: integer
        x-stainless-pagination-property: { purpose: total_page_count_field }
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

interface Sdk {
  dir: string;
  file: (name: string) => string;
}

async function sdk(target: 'typescript' | 'node', era: string | null): Promise<Sdk> {
  const root = tempDir('stainless-era-forms');
  roots.push(root);
  const result = await generateFrom(root, SPEC, config(target), {
    funcs: false,
    referenceDocs: false,
    stainlessEra: era,
  });
  const dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  const files = new Map(result.files.map((f) => [f.path, f.contents]));
  return { dir, file: (name) => files.get(name) ?? '' };
}

let newest: Sdk;
let beforeBareLabels: Sdk;
let legacy: Sdk;
let beforeCoreFolder: Sdk;

beforeAll(async () => {
  newest = await sdk('typescript', null);
  beforeBareLabels = await sdk('typescript', '2026-01-13');
  legacy = await sdk('node', '2025-05-15');
  beforeCoreFolder = await sdk('typescript', '2025-03-20');
});

describe.runIf(SLOW_FULL)("a Stainless SDK's era: labels and resource docs", () => {
  it('the newest: bare labels; the resource and its client property carry the tag’s description', () => {
    const users = newest.file('src/resources/users.ts');
    expect(users).toContain('   * Body param\n');
    expect(users).toContain('   * Query param\n');
    expect(users).toMatch(/\/\*\*\n \* People who use Acme\.\n \*\/\nexport class Users /);
    expect(newest.file('src/client.ts')).toMatch(/\/\*\*\n {3}\* People who use Acme\.\n {3}\*\/\n {2}users: /);
  });

  it('before 2026-01-14: an undescribed field’s label keeps its colon; no resource docs (before 2026-02-27)', () => {
    const users = beforeBareLabels.file('src/resources/users.ts');
    expect(users).not.toContain('People who use Acme.');
    expect(beforeBareLabels.file('src/client.ts')).not.toContain('People who use Acme.');
    expect(users).toContain('   * Body param:\n');
    expect(users).toContain('   * Query param:\n');
    expect(users).not.toMatch(/ param\n/);
  });

  it('reads the forms of each era', () => {
    expect(formsOfEra(null)).toMatchObject({ paramLabelColon: false, resourceDocs: true });
    expect(formsOfEra('2026-02-27')).toMatchObject({ paramLabelColon: false, resourceDocs: true });
    expect(formsOfEra('2026-02-26')).toMatchObject({ paramLabelColon: false, resourceDocs: false });
    expect(formsOfEra('2026-01-13')).toMatchObject({ paramLabelColon: true, resourceDocs: false });
    expect(formsOfEra('2025-03-27')).toMatchObject({ coreFolder: true });
    expect(formsOfEra('2025-03-26')).toMatchObject({ coreFolder: false });
  });

  it('is inferred from a generation’s date up to the last change, else from the labels’ colons', () => {
    expect(inferStainlessEra([], '2025-11-25T10:00:00Z')).toBe('2025-11-25');
    expect(inferStainlessEra([], '2026-02-27')).toBe('2026-02-27');
    expect(inferStainlessEra([], '2026-07-10')).toBeNull();
    const module = (label: string) => [
      { path: 'src/resources/users.ts', text: `export interface P {\n  /**\n   * ${label}\n   */\n  a?: string;\n}\n` },
    ];
    expect(inferStainlessEra(module('Body param:'), null)).toBe('2026-01-13');
    expect(inferStainlessEra(module('Body param'), null)).toBeNull();
    expect(inferStainlessEra([...module('Body param:'), ...module('Path param')], null)).toBeNull();
    const root = "import { APIResource } from '../resource';\nimport { APIPromise } from '../api-promise';\n";
    expect(inferStainlessEra([{ path: 'src/resources/users.ts', text: root }], null)).toBe('2025-03-26');
    const older = `${root}import * as Core from '../core';\n`;
    expect(inferStainlessEra([{ path: 'src/resources/users.ts', text: older }], null)).toBeNull();
  });
});

describe.runIf(SLOW_FULL)('the newer layout before 2025-03-27: the runtime from src/’s root', () => {
  it('imports resource, api-promise and pagination from src/, not src/core/', () => {
    const users = beforeCoreFolder.file('src/resources/users.ts');
    const imports = users.split('\n').filter((l) => l.startsWith('import '));
    expect(imports).toEqual([
      "import { APIResource } from '../resource';",
      "import { APIPromise } from '../api-promise';",
      "import { Page, type PageParams, PagePromise } from '../pagination';",
      "import { RequestOptions } from '../internal/request-options';",
      "import { path } from '../internal/utils/path';",
    ]);
    expect(newest.file('src/resources/users.ts')).toContain("import { APIResource } from '../core/resource';");
  });

  it('type-checks under tsc --strict', () => {
    const { status, output } = typeCheckStrict(beforeCoreFolder.dir, ['src/resources/users.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});

describe.runIf(SLOW_FULL)('the older layout (targets.node): page classes', () => {
  it('declares the page type as a class, pages with it and exports it as a value', () => {
    const users = legacy.file('src/resources/users.ts');
    expect(users).toContain('export class UsersPage extends Page<User> {}');
    expect(users).toContain("import { Page, type PageParams } from '../pagination';");
    expect(users).toMatch(/getAPIList\('\/users\/list', UsersPage, \{/);
    expect(users).toContain('Users.UsersPage = UsersPage;');
    expect(users).toMatch(/ {4}UsersPage as UsersPage,/);
    expect(legacy.file('src/resources/index.ts')).toMatch(/export \{\s+UsersPage,\s+Users,\s+type User,/);
  });

  it('destructures its params, defaulted to {} by the legacy call shape, as they are', () => {
    const users = legacy.file('src/resources/users.ts');
    expect(users).toContain('params: UserListParams | Core.RequestOptions = {},');
    expect(users).toContain('const { page, size, ...body } = params;');
  });

  it('the newer layout keeps a type alias', () => {
    const users = newest.file('src/resources/users.ts');
    expect(users).toContain('export type UsersPage = Page<User>;');
    expect(users).not.toMatch(/ {4}UsersPage as UsersPage,/);
  });

  it('an open enum (string literals and any string) keeps its literals: `(string & {})`', () => {
    for (const sdk of [legacy, newest]) {
      const users = sdk.file('src/resources/users.ts');
      expect(users).toContain("size?: 's' | 'm' | (string & {});");
      expect(users).toContain("radius?: number | 'max' | string;");
    }
  });

  it('type-checks under tsc --strict', () => {
    const { status, output } = typeCheckStrict(legacy.dir, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});

describe.runIf(SLOW_FULL)('the comment over a test the config turns off (settings.disable_mock_tests)', () => {
  const offConfig = `${config('typescript')}settings:\n  disable_mock_tests: true\n`;
  const testsOf = async (era: string | null) => {
    const root = tempDir('stainless-era-mock-off');
    roots.push(root);
    const result = await generateFrom(root, SPEC, offConfig, { funcs: false, referenceDocs: false, stainlessEra: era });
    return result.files.find((f) => f.path === 'tests/api-resources/users.test.ts')?.contents ?? '';
  };

  it('says what Stainless said in its era: skipped, then Prism, then the mock server', async () => {
    const [oldest, prism, newest] = await Promise.all([testsOf('2025-06-01'), testsOf('2025-10-01'), testsOf(null)]);
    expect(oldest).toContain("  // skipped: tests are disabled for the time being\n  test.skip('update");
    expect(prism).toContain("  // Prism tests are disabled\n  test.skip('update");
    expect(newest).toContain("  // Mock server tests are disabled\n  test.skip('update");
    expect(formsOfEra('2026-02-18').mockTestsOffWording).toBe('Prism tests are disabled');
    expect(formsOfEra('2026-02-19').mockTestsOffWording).toBe('Mock server tests are disabled');
  });
});
