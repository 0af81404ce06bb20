/**
 * An owners' edit to Stainless's `buildHeaders` (turbopuffer's `Accept-Encoding`) is carried into sdkgen's client
 * class as an override of the method of that name and arguments, which sdkgen's BaseClient takes each call's headers
 * from when overridden (test/runtime/stainless-request-hooks-r32t), with the helpers of their class it calls and the
 * imports it needs; its `getPlatformHeaders()` comes from sdkgen's internal/detect-platform (the run of such an
 * override is test/runtime/stainless-carried-build-headers-r32u). fetchWithTimeout's case: migrate-request-hooks-r32t.
 */
import { describe, expect, it } from 'vitest';
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
