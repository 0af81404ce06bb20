/**
 * The partials that hold the client's auth code (partials/client-auth.hbs) and the README's programs
 * (partials/readme-*.hbs): what they are given, and that a user layer overriding one changes every place it writes
 * and nothing else. (What the built-in ones write is locked by the fixture snapshots and generated/smithery.)
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../generator/generate';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/sdk';
import { writeTree } from './helpers';

const SPEC = path.join(ROOT, 'test/fixtures/auth-schemes.yaml');
let dir: string;
let plain: GenerateResult;

const file = (result: GenerateResult, p: string) => result.files.find((f) => f.path === p)?.contents ?? '';
const unchangedBut = (result: GenerateResult, changed: string[]) =>
  result.files.filter((f) => !changed.includes(f.path) && f.contents !== file(plain, f.path)).map((f) => f.path);

beforeAll(async () => {
  dir = tempDir('partials');
  plain = await generate({ spec: SPEC, format: false });
});

describe('partials/client-auth.hbs', () => {
  it('writes authHeaders(_options?) and authQuery() from one entry per credential, in the order of the security schemes', () => {
    const core = file(plain, 'src/client-core.ts');
    const headers = core.slice(core.indexOf('authHeaders(_options?'), core.indexOf('return headers;'));
    expect(
      headers
        .split('\n')
        .filter((l) => l.includes(' if ('))
        .map((l) => l.trim()),
    ).toEqual([
      "if (this.bearerAuth != null) headers['Authorization'] = `Bearer ${this.bearerAuth}`;",
      "if (this.apiKeyHeader != null) headers['X-API-Key'] = this.apiKeyHeader;",
      "if ((this.basicAuthUsername != null || this.basicAuthPassword != null) && headers['Authorization'] === undefined) headers['Authorization'] = `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${this.basicAuthUsername ?? ''}:${this.basicAuthPassword ?? ''}`)))}`;",
    ]);
    expect(core).toContain("if (this.apiKeyQuery != null) query['api_key'] = this.apiKeyQuery;");
  });

  it('a user layer overriding it changes the credentials code and nothing else', async () => {
    const user = writeTree(path.join(dir, 'auth'), {
      'partials/client-auth.hbs':
        '{{#each authHeaders}}\n  // header: {{option}}{{#if unlessAuthorizationSet}} (unless set){{/if}}{{#if basic}} and {{passwordOption}}{{/if}}\n{{/each}}' +
        '{{#each authQuery}}\n  // query: {{option}} as {{name}}\n{{/each}}',
    });
    const result = await generate({ spec: SPEC, templates: user, format: false });
    const core = file(result, 'src/client-core.ts');
    expect(core).not.toContain('authHeaders(_options?');
    expect(core).toContain('  // header: bearerAuth\n');
    expect(core).toContain('  // header: apiKeyHeader\n');
    expect(core).toContain('  // header: basicAuthUsername (unless set) and basicAuthPassword\n');
    expect(core).toContain("  // query: apiKeyQuery as 'api_key'\n");
    expect(unchangedBut(result, ['src/client-core.ts'])).toEqual([]);
  });
});

describe('partials/readme-*.hbs', () => {
  it('a user partials/readme-call.hbs writes every program call of the README and the reference pages, and nothing else changes', async () => {
    const user = writeTree(path.join(dir, 'readme'), {
      'partials/readme-call.hbs': '// call {{call}} into {{#if variable}}{{variable}}{{else}}nothing{{/if}}\n',
    });
    const result = await generate({ spec: SPEC, templates: user, format: false });
    const readme = file(result, 'README.md');
    expect(readme).toContain('// call client.me.retrieve() into meRetrieveResponse\n');
    expect(readme).not.toContain('console.log(meRetrieveResponse)');
    // The sections that write calls themselves (errors, retries) keep theirs.
    expect(readme).toContain('await client.me.retrieve({ maxRetries: 5 });');
    const pages = result.files.map((f) => f.path).filter((p) => p.startsWith('docs/sdks/'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(file(result, page)).toMatch(/^\/\/ call client\.\S+ into /m);
    expect(unchangedBut(result, ['README.md', ...pages])).toEqual([]);
  });

  it('a user partials/readme-client.hbs writes the first program client', async () => {
    const user = writeTree(path.join(dir, 'client'), {
      'partials/readme-client.hbs': 'const client = new {{clientName}}(); // reads {{clientEnvVar}}\n',
    });
    const result = await generate({ spec: SPEC, templates: user, format: false });
    expect(file(result, 'README.md')).toContain('const client = new Auth(); // reads AUTH_BEARER_AUTH\n');
    expect(unchangedBut(result, ['README.md'])).toEqual([]);
  });
});
