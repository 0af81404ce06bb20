/**
 * Forms of Stainless's 2024 SDKs (issue 89 item 9), each seen in several SDKs' histories (stainless/era.ts):
 * - the older runtime's modules import the SDK's own through the package's name (`'@embedhq/node/core'`): every SDK
 *   before 2024-05-13 (openai-node, groq-typescript), one of a scoped package until 2024-07-23 (anthropic, finch,
 *   val-town, embed-node); an SDK whose modules do so is read as of that era;
 * - the endpoint tests' client is named after its class (`const embed = new Embed(…)`) before 2024-07-26;
 * - a string no example gives is `'string'` in the endpoint tests before 2024-07-11, its property's name from then on;
 * - an array the endpoint tests build holds three items before 2024-11-18, one from then on.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formsOfEra, inferStainlessEra } from '../generator/stainless/era';
import { generateFrom, tempDir } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/things': {
      post: {
        operationId: 'createThing',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['label'],
                properties: { label: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: { Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
  },
};

const config = (packageName: string) => `organization: { name: acme }
targets:
  node:
    package_name: '${packageName}'
resources:
  things:
    models:
      thing: Thing
    methods:
      create: post /things
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

async function files(packageName: string, era: string): Promise<(name: string) => string> {
  const root = tempDir('stainless-2024-forms');
  roots.push(root);
  const result = await generateFrom(root, SPEC, config(packageName), { referenceDocs: false, stainlessEra: era });
  const byPath = new Map(result.files.map((f) => [f.path, f.contents]));
  return (name) => byPath.get(name) ?? '';
}

const MODULE = 'src/resources/things.ts';
const TESTS = 'tests/api-resources/things.test.ts';

describe("Stainless's 2024 forms", () => {
  it('reads the forms of each era', () => {
    expect(formsOfEra('2024-05-12')).toMatchObject({ packageNameImports: 'all', classNamedClient: true });
    expect(formsOfEra('2024-05-13')).toMatchObject({ packageNameImports: 'scoped', namedStrings: false });
    expect(formsOfEra('2024-07-11')).toMatchObject({ namedStrings: true, arrayItems: 3 });
    expect(formsOfEra('2024-07-23')).toMatchObject({ packageNameImports: 'none', classNamedClient: true });
    expect(formsOfEra('2024-07-26')).toMatchObject({ classNamedClient: false, arrayItems: 3 });
    expect(formsOfEra('2024-11-18')).toMatchObject({ arrayItems: 1 });
    expect(formsOfEra(null)).toMatchObject({ packageNameImports: 'none', classNamedClient: false, arrayItems: 1 });
  });

  it("imports through a scoped package's name until 2024-07-23, through any package's before 2024-05-13", async () => {
    const [scoped, scopedAfter, plain, plainAfter] = await Promise.all([
      files('@acme/sdk', '2024-06-28'),
      files('@acme/sdk', '2024-07-23'),
      files('acme-sdk', '2024-05-12'),
      files('acme-sdk', '2024-06-28'),
    ]);
    expect(scoped(MODULE)).toContain(
      "import { APIResource } from '@acme/sdk/resource';\nimport * as Core from '@acme/sdk/core';\n" +
        "import * as ThingsAPI from '@acme/sdk/resources/things';",
    );
    expect(scopedAfter(MODULE)).toContain(
      "import { APIResource } from '../resource';\nimport * as Core from '../core';",
    );
    expect(plain(MODULE)).toContain(
      "import * as Core from 'acme-sdk/core';\nimport { APIResource } from 'acme-sdk/resource';",
    );
    expect(plainAfter(MODULE)).toContain("import { APIResource } from '../resource';");
    // And an SDK whose modules import so is read as of the era before the change.
    const era = (text: string) => inferStainlessEra([{ path: MODULE, text }], null);
    expect(era(scoped(MODULE))).toBe('2024-07-22');
    expect(era(plain(MODULE))).toBe('2024-05-12');
  }, 60_000);

  it("names the tests' client after its class, and writes 'string' and three-item arrays, as each era did", async () => {
    const [june, july, august, newest] = await Promise.all([
      files('@acme/sdk', '2024-06-28'),
      files('@acme/sdk', '2024-07-11'),
      files('@acme/sdk', '2024-07-26'),
      files('@acme/sdk', '2024-11-18'),
    ]);
    expect(june(TESTS)).toContain('const acme = new Acme({');
    expect(june(TESTS)).toContain("acme.things.create({ label: 'string' })");
    expect(june(TESTS)).toContain("tags: ['string', 'string', 'string']");
    expect(july(TESTS)).toContain("acme.things.create({ label: 'label' })");
    expect(august(TESTS)).toContain('const client = new Acme({');
    expect(august(TESTS)).toContain("client.things.create({ label: 'label' })");
    expect(august(TESTS)).toContain("tags: ['string', 'string', 'string']");
    expect(newest(TESTS)).toContain("tags: ['string']");
  }, 60_000);
});
