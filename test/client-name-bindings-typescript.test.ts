/**
 * A TypeScript SDK whose client is named after the API (its title, or a Stainless config's organization) beside the
 * globals its modules use: the client must not be declared over one (`export class URL` in client.ts, `import URL
 * from '…'` in tests/index.test.ts, whose fetch stand-ins type `string | URL | Request` and build `new Response`), or
 * the package fails tsc --strict. The naming rules (generator/naming/client-scope.ts) pick `URLClient`. `npm test`
 * checks `URL`; SDKGEN_SLOW_TESTS=full every title.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_ONLY_NOTICE, sweep } from './helpers/slow-tests';

const root = tempDir('client-name-bindings-ts');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function spec(title: string): object {
  return {
    openapi: '3.0.3',
    info: { title, version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }],
    paths: {
      '/items': {
        get: {
          operationId: 'listItems',
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
            },
          },
        },
      },
    },
  };
}

/** A Stainless config naming the client after `name` (its tests/index.test.ts is Stainless's client tests). */
function stainlessConfig(name: string): string {
  return `organization:
  name: ${name}
targets:
  typescript:
    package_name: ${name.toLowerCase()}-sdk
resources:
  items:
    methods:
      list: get /items
`;
}

const TITLES = sweep('titles', ['URL', 'Response', 'Promise', 'Headers', 'Blob', 'Error'], (t) => t, ['URL']);
if (TITLES.length === 1) console.log(`client-name-bindings-typescript, the other titles: ${SLOW_ONLY_NOTICE}`);

describe('a TypeScript client named after the API, beside the globals its modules use', () => {
  it.each(
    TITLES.flatMap((title) => [
      { title, stainless: false },
      { title, stainless: true },
    ]),
  )(
    'type-checks strictly for $title (Stainless config: $stainless)',
    async ({ title, stainless }) => {
      const dir = path.join(root, `${title}-${stainless ? 'stainless' : 'spec'}`);
      mkdirSync(dir, { recursive: true });
      const result = await generateFrom(dir, spec(title), stainless ? stainlessConfig(title) : null);
      writeFiles(dir, result.files);
      const client = result.files.find((f) => f.path === 'src/client.ts')!.contents;
      // The case this guards: the title names the client, under another name than the global's.
      expect(client).toMatch(new RegExp(`^export class ${title}\\w+ extends`, 'm'));
      const check = typeCheckStrict(dir, ['src', 'tests']);
      expect(check.output).toBe('');
    },
    120_000,
  );
});
