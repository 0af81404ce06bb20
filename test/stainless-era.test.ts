/**
 * The era of a Stainless SDK (stainless/era.ts): an SDK Stainless wrote before a change of its generator keeps the
 * older form, so that a migration shows only what truly changed. Before 2025-05-07 no method's docs show its call
 * (`@example`); before 2025-06-24 a map is `Record<string, V>`, from then on `{ [key: string]: V }`. The era is inferred
 * from the repository: the date of its last Stainless generation, else its resource modules' forms.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, generate } from '../generator/api';
import { formsOfEra, inferStainlessEra } from '../generator/stainless/era';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/users/{id}': {
      post: {
        operationId: 'updateUser',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: 'u_1' }],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  properties: { type: 'object', additionalProperties: true },
                  counts: { type: 'object', additionalProperties: { type: 'integer' } },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      User: {
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'string', example: 'u_1' }, data: { $ref: '#/components/schemas/Data' } },
        // (Its own example: the newest SDKs show a call for a response's example, not for its fields'.)
        example: { id: 'u_1' },
      },
      Data: { type: 'object', additionalProperties: true },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  users:
    models:
      user: User
      data: Data
    methods:
      update: post /users/{id}
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** src/resources/users.ts of the SDK made for `era`, and its folder. */
async function usersModule(era: string | null): Promise<{ text: string; dir: string }> {
  const root = tempDir('stainless-era');
  roots.push(root);
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, stainlessEra: era });
  const dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  return { text: result.files.find((f) => f.path === 'src/resources/users.ts')!.contents, dir };
}

let newest = '';
let beforeExamples = { text: '', dir: '' };
let beforeMapped = '';

beforeAll(async () => {
  newest = (await usersModule(null)).text;
  beforeExamples = await usersModule('2025-03-10');
  beforeMapped = (await usersModule('2025-06-13')).text;
});

describe("a Stainless SDK's era", () => {
  it('the newest: maps are mapped types, a method with an example shows its call', () => {
    expect(newest).toContain('export type Data = { [key: string]: unknown };');
    expect(newest).toContain('properties?: { [key: string]: unknown };');
    expect(newest).toContain('counts?: { [key: string]: number };');
    expect(newest).toContain('@example');
    expect(newest).not.toContain('Record<string,');
  });

  it('before 2025-06-24: maps are Records; from 2025-05-07 on, the call is shown', () => {
    expect(beforeMapped).toContain('export type Data = Record<string, unknown>;');
    expect(beforeMapped).toContain('properties?: Record<string, unknown>;');
    expect(beforeMapped).toContain('counts?: Record<string, number>;');
    expect(beforeMapped).toContain('@example');
    expect(beforeMapped).not.toContain('[key: string]');
  });

  it('before 2025-05-07: Records and no @example; the SDK type-checks under tsc --strict', () => {
    expect(beforeExamples.text).toContain('export type Data = Record<string, unknown>;');
    expect(beforeExamples.text).not.toContain('@example');
    const { status, output } = typeCheckStrict(beforeExamples.dir, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('reads the forms of an era; none or an unreadable one is the newest', () => {
    expect(formsOfEra(null)).toMatchObject({ examples: true, recordMaps: false });
    expect(formsOfEra('soon')).toEqual(formsOfEra(null));
    expect(formsOfEra('2025-05-07')).toMatchObject({ examples: true, recordMaps: true });
    expect(formsOfEra('2025-05-06')).toMatchObject({ examples: false, recordMaps: true });
    expect(formsOfEra('2025-06-24')).toMatchObject({ examples: true, recordMaps: false });
  });

  it('is inferred from the date of the last Stainless generation, else from the modules’ forms', () => {
    const module = (text: string) => [{ path: 'src/resources/users.ts', text }];
    expect(inferStainlessEra([], '2025-04-01T10:00:00Z')).toBe('2025-04-01');
    expect(inferStainlessEra([], '2025-07-01')).toBe('2025-07-01');
    expect(inferStainlessEra([], '2026-03-01')).toBe('2026-03-01');
    expect(inferStainlessEra([], '2026-07-10')).toBeNull();
    const records = 'export interface User {\n  data?: Record<string, unknown>;\n}\n';
    expect(inferStainlessEra(module(records), null)).toBe('2025-05-06');
    const withExample = `  /**\n   * @example\n   * \`\`\`ts\n   * x\n   * \`\`\`\n   */\n${records}`;
    expect(inferStainlessEra(module(withExample), null)).toBe('2025-06-23');
    expect(inferStainlessEra(module('data?: { [key: string]: unknown };'), null)).toBeNull();
    expect(inferStainlessEra(module('export interface User {}'), null)).toBeNull();
  });

  it('is recorded in the manifest: a regeneration and `sdkgen check` keep its forms', async () => {
    const root = tempDir('stainless-era-manifest');
    roots.push(root);
    writeFileSync(path.join(root, 'spec.json'), JSON.stringify(SPEC));
    writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
    const options = { cwd: root, spec: 'spec.json', config: 'stainless.yml', output: 'out', funcs: false };
    await generate({ ...options, stainlessEra: '2025-03-10' });
    const manifest = JSON.parse(readFileSync(path.join(root, 'out/.sdkgen/manifest.json'), 'utf8'));
    expect(manifest.inputs.stainlessEra).toBe('2025-03-10');
    const users = () => readFileSync(path.join(root, 'out/src/resources/users.ts'), 'utf8');
    expect(users()).toContain('export type Data = Record<string, unknown>;');
    await generate(options);
    expect(users()).toContain('export type Data = Record<string, unknown>;');
    expect(users()).not.toContain('@example');
    // The config with a comment (the same settings): check regenerates rather than trusting its inputs key.
    writeFileSync(path.join(root, 'stainless.yml'), `# the same settings\n${CONFIG}`);
    const checked = await check({ cwd: root, output: 'out' });
    expect(checked.directories.map((d) => d.inputsUnchanged)).toEqual([false]);
    // (Only the manifest's record of the config's digest differs.)
    const differences = checked.directories.flatMap((d) => d.files.map((f) => `${f.status} ${f.path}`));
    expect(differences.filter((d) => d !== 'changed .sdkgen/manifest.json')).toEqual([]);
  });
});
