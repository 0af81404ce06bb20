/**
 * An owners' edit to the wait Stainless's client works out in `retryRequest` (privy's `x-ratelimit-reset` fallback,
 * a retry-after limit of their own) is carried into sdkgen's client class as the `retryDelayMillis` override, their
 * lines as they wrote them (generator/migrate/owners/retry-request.ts); one that changes what follows the wait is not.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';
import { asRetryDelayOverride } from '../generator/migrate/owners/retry-request';

/** Stainless's `retryRequest` and the backoff it calls, as its client.ts has them (2025). */
const retryRequest = [
  '  private async retryRequest(',
  '    options: FinalRequestOptions,',
  '    retriesRemaining: number,',
  '    requestLogID: string,',
  '    responseHeaders?: Headers | undefined,',
  '  ): Promise<APIResponseProps> {',
  '    let timeoutMillis: number | undefined;',
  '',
  '    // About the Retry-After header: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Retry-After',
  "    const retryAfterHeader = responseHeaders?.get('retry-after');",
  '    if (retryAfterHeader && !timeoutMillis) {',
  '      const timeoutSeconds = parseFloat(retryAfterHeader);',
  '      if (!Number.isNaN(timeoutSeconds)) {',
  '        timeoutMillis = timeoutSeconds * 1000;',
  '      }',
  '    }',
  '',
  '    // If the API asks us to wait a certain amount of time, just do what it',
  '    // says, but otherwise calculate a default',
  '    if (timeoutMillis === undefined) {',
  '      const maxRetries = options.maxRetries ?? this.maxRetries;',
  '      timeoutMillis = this.calculateDefaultRetryTimeoutMillis(retriesRemaining, maxRetries);',
  '    }',
  '    await sleep(timeoutMillis);',
  '',
  '    return this.makeRequest(options, retriesRemaining - 1, requestLogID);',
  '  }',
].join('\n');

const stainlessClient = [
  "import type { FinalRequestOptions } from './internal/request-options';",
  "import { type APIResponseProps } from './internal/parse';",
  "import { sleep } from './internal/utils/sleep';",
  '',
  'export interface ClientOptions {',
  '  logger?: Logger | undefined;',
  '}',
  '',
  '/**',
  ' * API Client for interfacing with the Acme API.',
  ' */',
  'export class Acme {',
  '  maxRetries: number = 2;',
  '',
  retryRequest,
  '',
  '  private calculateDefaultRetryTimeoutMillis(retriesRemaining: number, maxRetries: number): number {',
  '    return Math.min(0.5 * Math.pow(2, maxRetries - retriesRemaining), 8) * 1000;',
  '  }',
  '}',
  '',
].join('\n');

/** privy's edit: the `x-ratelimit-reset` header read where the standard ones are not set. */
const rateLimitReset = [
  '',
  "    // If the standard retry headers aren't set, fall back to X-RateLimit-Reset",
  "    const rateLimitResetHeader = responseHeaders?.get('x-ratelimit-reset');",
  '    if (rateLimitResetHeader && !timeoutMillis) {',
  '      timeoutMillis = parseFloat(rateLimitResetHeader) * 1000 - Date.now();',
  '    }',
];

const sdkgenClient =
  "import { AcmeCore } from './client-core.js';\n\n/** The Acme client. */\nexport class Acme extends AcmeCore {\n  pets = 1;\n}\n";

function migrate(edited: string) {
  return planMigration({
    current: [{ path: 'src/client.ts', blob: 'c2', text: edited }],
    base: { blobs: new Map([['src/client.ts', 'c1']]), texts: new Map([['src/client.ts', stainlessClient]]) },
    rendered: [{ path: 'src/client.ts', contents: sdkgenClient }],
  });
}

describe("an owners' edit to the wait in Stainless's retryRequest", () => {
  it('is carried as the retryDelayMillis override, their lines verbatim, nothing left for a person', () => {
    const edited = stainlessClient.replace('        timeoutMillis = timeoutSeconds * 1000;\n      }\n    }\n', (kept) =>
      [kept.trimEnd(), ...rateLimitReset, ''].join('\n'),
    );
    expect(edited).not.toBe(stainlessClient);
    const plan = migrate(edited);
    expect(plan.carriedHooks).toEqual(['src/client.ts: retryDelayMillis']);
    expect(plan.rejected).toEqual([]);
    expect(plan.needsHand).toEqual([]);
    const written = plan.writes.find((f) => f.path === 'src/client.ts')!.contents;
    expect(written).toContain(
      [
        '  protected override retryDelayMillis(',
        '    options: FinalRequestOptions,',
        '    retriesRemaining: number,',
        '    _requestLogID: string,',
        '    responseHeaders?: Headers | undefined,',
        '  ): number {',
      ].join('\n'),
    );
    expect(written).toContain(rateLimitReset.slice(1).join('\n'));
    expect(written).toContain(
      '      timeoutMillis = this.calculateDefaultRetryTimeoutMillis(retriesRemaining, maxRetries);\n    }\n    return timeoutMillis;\n  }\n',
    );
    expect(written).not.toMatch(/\bsleep\b|makeRequest|APIResponseProps/);
    expect(written).toContain("import type { FinalRequestOptions } from './internal/request-options';");
  });

  it('with an edit to the backoff too, carries both overrides, and the constant of theirs the wait reads', () => {
    const edited = stainlessClient
      .replace('/**\n * API Client', '// 30 min in ms\nconst retryAfterLimitMs = 60 * 1000 * 30;\n\n/**\n * API Client')
      .replace(
        '    if (timeoutMillis === undefined) {',
        '    if (!(timeoutMillis && timeoutMillis < retryAfterLimitMs)) {',
      )
      .replace('), 8) * 1000;', '), 30) * 1000;');
    const plan = migrate(edited);
    expect(plan.carriedHooks).toEqual([
      'src/client.ts: calculateDefaultRetryTimeoutMillis',
      'src/client.ts: retryDelayMillis',
    ]);
    const written = plan.writes.find((f) => f.path === 'src/client.ts')!.contents;
    expect(written).toContain('  protected override calculateDefaultRetryTimeoutMillis(retriesRemaining: number');
    expect(written).toContain('    if (!(timeoutMillis && timeoutMillis < retryAfterLimitMs)) {');
    // The constant of theirs it reads goes with it, before the class.
    expect(written).toContain(
      '// 30 min in ms\nconst retryAfterLimitMs = 60 * 1000 * 30;\n\n/** The Acme client. */\nexport class Acme extends',
    );
    expect(written.match(/const retryAfterLimitMs/g)).toHaveLength(1);
    expect(plan.rejected).toEqual([]);
  });

  it('is not carried where what follows the wait changed: that stays for a person', () => {
    const edited = stainlessClient.replace(
      '    await sleep(timeoutMillis);\n',
      "    await sleep(timeoutMillis);\n    console.log('retrying');\n",
    );
    expect(asRetryDelayOverride(edited.slice(edited.indexOf('  private async retryRequest')))).toBeNull();
    const plan = migrate(edited);
    expect(plan.carriedHooks).toEqual([]);
  });
});
