/**
 * An owners' edit to Stainless's `fetchWithTimeout` (turbopuffer's: a fetch made on first use, awaited before each
 * attempt) is carried into sdkgen's client class as an override of the method of that name and arguments, which
 * sdkgen's BaseClient sends each attempt through when overridden (test/runtime/stainless-request-hooks-r32t), with
 * the helpers of their class it calls and the imports it needs. So is an edit to `buildHeaders` (turbopuffer's
 * `Accept-Encoding`), whose `getPlatformHeaders()` comes from sdkgen's internal/detect-platform (the run of such an
 * override: test/runtime/stainless-carried-build-headers-r32u).
 */
import { describe, expect, it } from 'vitest';
import { identifiers } from '../generator/migrate/owners/client-hooks';
import { planMigration } from '../generator/migrate/plan';

/** Stainless's `fetchWithTimeout` and the helper it calls, as its client.ts has them (2025). */
const stainlessClient = [
  "import type { RequestInit, RequestInfo } from './internal/builtin-types';",
  "import type { FinalRequestOptions } from './internal/request-options';",
  "import type { HTTPMethod } from './internal/types';",
  "import { buildHeaders, type HeadersLike, type NullableHeaders } from './internal/headers';",
  "import { getPlatformHeaders } from './internal/detect-platform';",
  "import { VERSION } from './version';",
  "import type { Fetch } from './internal/builtin-types';",
  '',
  '/**',
  ' * API Client for interfacing with the Acme API.',
  ' */',
  'export class Acme {',
  '  private fetch: Fetch;',
  '',
  '  async fetchWithTimeout(',
  '    url: RequestInfo,',
  '    init: RequestInit | undefined,',
  '    ms: number,',
  '    controller: AbortController,',
  '  ): Promise<Response> {',
  '    const { signal, method, ...options } = init || {};',
  '    const abort = this._makeAbort(controller);',
  "    if (signal) signal.addEventListener('abort', abort, { once: true });",
  '',
  '    const timeout = setTimeout(abort, ms);',
  '',
  '    const fetchOptions: RequestInit = {',
  '      signal: controller.signal as any,',
  "      method: 'GET',",
  '      ...options,',
  '    };',
  '    if (method) {',
  "      // Custom methods like 'patch' need to be uppercased",
  '      fetchOptions.method = method.toUpperCase();',
  '    }',
  '',
  '    try {',
  '      // use undefined this binding; fetch errors if bound to something else in browser/cloudflare',
  '      return await this.fetch.call(undefined, url, fetchOptions);',
  '    } finally {',
  '      clearTimeout(timeout);',
  '    }',
  '  }',
  '',
  '  private async buildHeaders({',
  '    options,',
  '    method,',
  '    bodyHeaders,',
  '    retryCount,',
  '  }: {',
  '    options: FinalRequestOptions;',
  '    method: HTTPMethod;',
  '    bodyHeaders: HeadersLike;',
  '    retryCount: number;',
  '  }): Promise<Headers> {',
  '    let idempotencyHeaders: HeadersLike = {};',
  "    if (this.idempotencyHeader && method !== 'get') {",
  '      if (!options.idempotencyKey) options.idempotencyKey = this.defaultIdempotencyKey();',
  '      idempotencyHeaders[this.idempotencyHeader] = options.idempotencyKey;',
  '    }',
  '',
  '    const headers = buildHeaders([',
  '      idempotencyHeaders,',
  '      {',
  "        Accept: 'application/json',",
  "        'User-Agent': this.getUserAgent(),",
  "        'X-Stainless-Retry-Count': String(retryCount),",
  '        ...getPlatformHeaders(),',
  '      },',
  '      await this.authHeaders(options),',
  '      this._options.defaultHeaders,',
  '      bodyHeaders,',
  '      options.headers,',
  '    ]);',
  '',
  '    this.validateHeaders(headers);',
  '',
  '    return headers.values;',
  '  }',
  '',
  '  protected validateHeaders({ values, nulls }: NullableHeaders) {',
  '    return;',
  '  }',
  '',
  '  protected getUserAgent(): string {',
  '    return `${this.constructor.name}/JS ${VERSION}`;',
  '  }',
  '',
  '  private _makeAbort(controller: AbortController) {',
  "    // note: we can't just inline this method inside `fetchWithTimeout()` because then the closure",
  '    //       would capture all request options, and cause a memory leak.',
  '    return () => controller.abort();',
  '  }',
  '}',
  '',
].join('\n');

const sdkgenClient =
  "import { AcmeCore } from './client-core.js';\n\n/** The Acme client. */\nexport class Acme extends AcmeCore {\n  pets = 1;\n}\n";

function migrate(edited: string) {
  return planMigration({
    current: [{ path: 'src/client.ts', blob: 'c2', text: edited }],
    base: { blobs: new Map([['src/client.ts', 'c1']]), texts: new Map([['src/client.ts', stainlessClient]]) },
    rendered: [{ path: 'src/client.ts', contents: sdkgenClient }],
  });
}

describe("an owners' edit to Stainless's fetchWithTimeout", () => {
  it('is carried as the fetchWithTimeout override, with the helper it calls and its types import', () => {
    const edited = stainlessClient.replace(
      '      return await this.fetch.call(undefined, url, fetchOptions);',
      '      const fetch = await this.fetch;\n      return await fetch.call(undefined, url, fetchOptions);',
    );
    expect(edited).not.toBe(stainlessClient);
    const plan = migrate(edited);
    expect(plan.carriedHooks).toEqual(['src/client.ts: fetchWithTimeout', 'src/client.ts: _makeAbort']);
    expect(plan.rejected).toEqual([]);
    expect(plan.needsHand).toEqual([]);
    const written = plan.writes.find((f) => f.path === 'src/client.ts')!.contents;
    expect(written).toContain('  override async fetchWithTimeout(\n    url: RequestInfo,\n');
    expect(written).toContain(
      '      const fetch = await this.fetch;\n      return await fetch.call(undefined, url, fetchOptions);',
    );
    expect(written).toContain('  private _makeAbort(controller: AbortController) {');
    expect(written).toContain("import type { RequestInit, RequestInfo } from './internal/builtin-types';");
    // Their field declaration is Stainless's, not carried: sdkgen's BaseClient has the client's `fetch`.
    expect(written).not.toContain('private fetch: Fetch');
  });

  it('reads the names a carried method spreads or interpolates as code (their imports go with it)', () => {
    expect(identifiers('const h = { ...getPlatformHeaders(), a: x?.y };')).toEqual(
      expect.arrayContaining(['getPlatformHeaders', 'x']),
    );
    expect(identifiers('const h = { a: x?.y, b: z.w };')).not.toEqual(expect.arrayContaining(['y']));
    expect(identifiers('const h = { a: x?.y, b: z.w };')).not.toContain('w');
    expect(identifiers('return `${this.constructor.name}/JS ${VERSION}`;')).toContain('VERSION');
    expect(identifiers("return 'VERSION' + `JS`;")).not.toContain('VERSION');
  });

  it('is not carried where they left it as Stainless wrote it', () => {
    expect(migrate(stainlessClient).carriedHooks).toEqual([]);
  });
});

describe("an owners' edit to Stainless's buildHeaders", () => {
  it("an edit to buildHeaders (a header of theirs) is carried as its override, with Stainless's helper it calls", () => {
    const edited = stainlessClient.replace(
      "        Accept: 'application/json',\n",
      "        Accept: 'application/json',\n        'Accept-Encoding': this.compression ? 'gzip' : 'identity',\n",
    );
    const plan = migrate(edited);
    expect(plan.carriedHooks).toEqual(['src/client.ts: buildHeaders', 'src/client.ts: getUserAgent']);
    expect(plan.rejected).toEqual([]);
    const written = plan.writes.find((f) => f.path === 'src/client.ts')!.contents;
    expect(written).toContain('  protected override async buildHeaders({\n');
    expect(written).toContain("        'Accept-Encoding': this.compression ? 'gzip' : 'identity',\n");
    expect(written).toContain('      this.options.defaultHeaders,\n');
    expect(written).toContain('  protected getUserAgent(): string {');
    for (const line of [
      "import type { FinalRequestOptions } from './internal/request-options';",
      "import type { HTTPMethod } from './internal/types';",
      "import { buildHeaders, type HeadersLike } from './internal/headers';",
      "import { getPlatformHeaders } from './internal/detect-platform';",
      "import { VERSION } from './version';",
    ])
      expect(written).toContain(line);
    expect(written).not.toContain('fetchWithTimeout');
    // sdkgen's BaseClient has Stainless's validateHeaders, which they left as it was: not carried as a helper.
    expect(written).not.toContain('validateHeaders({ values, nulls }');
  });

  it('is not carried where they left it as Stainless wrote it', () => {
    expect(migrate(stainlessClient).carriedHooks).toEqual([]);
  });
});
