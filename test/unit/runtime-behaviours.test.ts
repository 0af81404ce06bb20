/**
 * A patch the owners made to Stainless's runtime so that it does what sdkgen's runtime does already (a relative base
 * URL resolved against the page's location; a path's query read without iterating URLSearchParams) has nothing to
 * carry: migrate lists it with the test that shows sdkgen's runtime doing it, instead of asking a person to carry it.
 */
import { describe, expect, it } from 'vitest';
import type { MigrateResult } from '../../generator/api/migrate';
import { migrationReport } from '../../generator/cli/commands/migrate';
import { planMigration } from '../../generator/migrate/plan';

const STAINLESS_CLIENT = [
  "import { isAbsoluteURL } from './internal/utils/values';",
  '',
  'export class Acme {',
  "  baseURL = 'https://api.acme.test';",
  '',
  '  buildURL(path: string, query: Record<string, unknown> | null | undefined): string {',
  '    const baseURL = this.baseURL;',
  '    const url = isAbsoluteURL(path)',
  '      ? new URL(path)',
  "      : new URL(baseURL + (baseURL.endsWith('/') && path.startsWith('/') ? path.slice(1) : path));",
  '    const pathQuery = Object.fromEntries(url.searchParams);',
  '    void pathQuery;',
  '    return url.toString();',
  '  }',
  '',
  '  /** The API key. */',
  '  apiKey = 1;',
  '}',
  '',
].join('\n');

// As owners of a browser app served from the API's origin patched it: a relative base URL (`/api`).
const RELATIVE = STAINLESS_CLIENT.replace(
  "      : new URL(baseURL + (baseURL.endsWith('/') && path.startsWith('/') ? path.slice(1) : path));",
  "      : new URL(baseURL + (baseURL.endsWith('/') && path.startsWith('/') ? path.slice(1) : path), window.location.origin);",
);

const SDKGEN_CLIENT = "import { AcmeCore } from './client-core.js';\n\nexport class Acme extends AcmeCore {}\n";

const migrate = (edited: string) =>
  planMigration({
    current: [{ path: 'src/client.ts', text: edited, blob: 'c2' }],
    base: { blobs: new Map([['src/client.ts', 'c1']]), texts: new Map([['src/client.ts', STAINLESS_CLIENT]]) },
    rendered: [{ path: 'src/client.ts', contents: SDKGEN_CLIENT }],
  });

describe("owners' patches to Stainless's runtime that sdkgen's runtime does", () => {
  it('a relative base URL resolved against the page: listed with the test showing it, not to carry by hand', () => {
    const plan = migrate(RELATIVE);
    expect(plan.rejected).toEqual([]);
    expect(plan.doneBySdkgen).toEqual([
      {
        path: 'src/client.ts',
        does: expect.stringContaining('a relative base URL (`/api`'),
        test: expect.stringMatching(/^test\/runtime\/requests\.test\.ts › a relative base URL/),
      },
    ]);
    const report = migrationReport(
      {
        repo: '/work/acme-node',
        spec: '/work/acme-node/openapi.yml',
        config: null,
        derivedConfig: null,
        base: null,
        dryRun: true,
        diagnostics: [],
        copiedInputs: [],
        lockfileUpdates: [],
        stlc: null,
        ...plan,
      } as MigrateResult,
      true,
    );
    expect(report).toMatch(
      /Hand edits to Stainless's runtime that make it do what sdkgen's runtime does \(the test that shows it\) \(1\):\n {2}src\/client\.ts: a relative base URL .*\(test\/runtime\/requests\.test\.ts › /,
    );
  });

  it("the path's own query read without Object.fromEntries over URLSearchParams: listed with the test showing it", () => {
    const plan = migrate(
      STAINLESS_CLIENT.replace(
        '    const pathQuery = Object.fromEntries(url.searchParams);',
        [
          '    const pathQuery: Record<string, string> = {};',
          '    url.searchParams.forEach((value, key) => {',
          '      pathQuery[key] = value;',
          '    });',
        ].join('\n'),
      ),
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.doneBySdkgen).toEqual([
      {
        path: 'src/client.ts',
        does: expect.stringContaining("a path's own query string is kept"),
        test: expect.stringMatching(/^test\/runtime\/requests\.test\.ts › a path's own query string is kept/),
      },
    ]);
  });

  it('a relative base URL kept relative (no page): every hunk of the edit listed with the test showing it', () => {
    // As lobehub-sit's owners patched it: a relative request URL when the base URL (`/api/v1`) is relative.
    const plan = migrate(
      STAINLESS_CLIENT.replace(
        '    const baseURL = this.baseURL;',
        [
          '    const baseURL = this.baseURL;',
          '    if (!isAbsoluteURL(baseURL)) {',
          '      // Relative (`/api/v1`): a relative URL, for the platform to resolve.',
          '      return baseURL + path;',
          '    }',
        ].join('\n'),
      ).replace('    return url.toString();', "    const built = url.toString();\n    return built + '';"),
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.doneBySdkgen.length).toBeGreaterThan(0);
    for (const done of plan.doneBySdkgen)
      expect(done).toEqual({
        path: 'src/client.ts',
        does: expect.stringContaining('outside a page, a relative base URL (`/api/v1`) builds relative request URLs'),
        test: 'test/runtime/relative-base-url.test.ts › a relative base URL outside a page',
      });
  });

  it('a relative base URL told apart in any of the ways code tells it: each such patch listed with the same test', () => {
    const tells = [
      "    if (!baseURL.includes('://')) return baseURL + path;",
      "    if (baseURL.indexOf('://') < 0) return baseURL + path;",
      "    if (baseURL.charAt(0) === '/') return baseURL + path;",
      "    if (baseURL[0] === '/') return baseURL + path;",
      '    if (!baseURL.match(/^[a-z]+:/i)) return baseURL + path;',
      '    if (!/^https?:/i.test(this.baseURL)) return this.baseURL + path;',
    ];
    for (const line of tells) {
      const plan = migrate(
        STAINLESS_CLIENT.replace('    const baseURL = this.baseURL;', `    const baseURL = this.baseURL;\n${line}`),
      );
      expect({ line, rejected: plan.rejected }).toEqual({ line, rejected: [] });
      expect(plan.doneBySdkgen.map((done) => done.test)).toEqual([
        'test/runtime/relative-base-url.test.ts › a relative base URL outside a page',
      ]);
    }
  });

  it('another patch to the same code is still theirs to carry', () => {
    const plan = migrate(
      STAINLESS_CLIENT.replace('return url.toString();', "return url.toString().replace('v1', 'v2');"),
    );
    expect(plan.doneBySdkgen).toEqual([]);
    expect(plan.rejected.map((r) => r.path)).toEqual(['src/client.ts']);
  });
});
