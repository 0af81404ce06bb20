/**
 * `src/resources/shared.ts` of an SDK made from a Stainless config, where a shared model's nested interface refers to
 * another shared model: Stainless's SDKs with the runtime's `core/` folder name it bare where the module imports
 * nothing else (no `import * as Shared from './shared'`), through that import of itself where the module imports
 * another module too, and the older generators always through it (generator/emit/typescript/shared-self-refs.ts).
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';

const root = tempDir('ts-shared-self-refs');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const object = (properties: Record<string, object>, required: string[] = []) => ({
  type: 'object',
  required,
  properties,
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/chat': {
      get: {
        operationId: 'chat',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: ref('Holder') } } } },
      },
    },
  },
  components: {
    schemas: {
      Holder: object({
        sub: object({ token: ref('Token'), tokens: { type: 'array', items: ref('Token') }, note: ref('Note') }),
      }),
      Token: object({ token: { type: 'string' } }, ['token']),
      Note: object({ text: { type: 'string' } }),
    },
  },
};

/** `Note` a model of the chat resource (`withResourceModel`) or a shared one. */
const config = (withResourceModel: boolean) => `organization:
  name: acme
targets:
  typescript:
    package_name: acme
resources:
  $shared:
    models:
      holder: '#/components/schemas/Holder'
      token: '#/components/schemas/Token'${withResourceModel ? '' : "\n      note: '#/components/schemas/Note'"}
  chat:
${withResourceModel ? "    models:\n      note: '#/components/schemas/Note'\n" : ''}    methods:
      create: get /chat
`;

async function shared(name: string, withResourceModel: boolean, stainlessEra?: string) {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  const result = await generateFrom(dir, SPEC, config(withResourceModel), stainlessEra ? { stainlessEra } : {});
  const file = result.files.find((f) => f.path === 'src/resources/shared.ts');
  if (!file) throw new Error('no src/resources/shared.ts');
  return { files: result.files, text: file.contents, dir };
}

describe("shared.ts's references to its own models in a nested interface", () => {
  it('are bare, without the import of itself, where it imports nothing else (core/ era)', async () => {
    const { files, text, dir } = await shared('bare', false);
    expect(text).not.toMatch(/^import /m);
    expect(text).toContain('    token?: Token;\n');
    expect(text).toContain('    tokens?: Array<Token>;\n');
    expect(text).toContain('    note?: Note;\n');
    expect(text).not.toContain('Shared.');

    const out = path.join(dir, 'sdk');
    writeFiles(
      out,
      files.filter((f) => f.path.startsWith('src/') || f.path === 'tsconfig.json'),
    );
    const { status, output } = typeCheckStrict(out, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('go through `Shared` where it imports another module too', async () => {
    const { text } = await shared('other-module', true, '2026-01-18');
    expect(text).toMatch(/^import \* as Shared from '\.\/shared';$/m);
    expect(text).toMatch(/^import \* as ChatAPI from '\.\/chat';$/m);
    expect(text).toContain('    token?: Shared.Token;\n');
    expect(text).toContain('    note?: ChatAPI.Note;\n');
  });

  it('go through `Shared` in an SDK of the era before core/', async () => {
    const { text } = await shared('before-core', false, '2025-02-25');
    expect(text).toMatch(/^import \* as Shared from '\.\/shared';$/m);
    expect(text).toContain('    tokens?: Array<Shared.Token>;\n');
  });
});
