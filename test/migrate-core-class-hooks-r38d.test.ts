/**
 * Stainless's client module of an SDK whose other packages extend its client declares the base class there
 * (`export class BaseAcme`, `Acme extends BaseAcme`: anthropic-sdk-typescript's `BaseAnthropic`); sdkgen's declares
 * it in client-core.ts and re-exports it under Stainless's name. The client methods the owners made theirs go into
 * that core class, in place of its own of the same name, rather than being left for a person.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';

const stainlessClient = [
  "import type { FinalRequestOptions } from './internal/request-options';",
  "import { buildHeaders, type NullableHeaders } from './internal/headers';",
  '',
  'export class BaseAcme {',
  '  apiKey: string | null;',
  '',
  '  protected async authHeaders(opts: FinalRequestOptions): Promise<NullableHeaders | undefined> {',
  '    return buildHeaders([await this.apiKeyAuth(opts)]);',
  '  }',
  '',
  '  protected async apiKeyAuth(opts: FinalRequestOptions): Promise<NullableHeaders | undefined> {',
  '    if (this.apiKey == null) {',
  '      return undefined;',
  '    }',
  "    return buildHeaders([{ 'X-Api-Key': this.apiKey }]);",
  '  }',
  '}',
  '',
  '/**',
  ' * API Client for interfacing with the Acme API.',
  ' */',
  'export class Acme extends BaseAcme {',
  '  pets = 1;',
  '}',
  '',
].join('\n');

// The owners send their key under a second header too.
const edited = stainlessClient.replace(
  "    return buildHeaders([{ 'X-Api-Key': this.apiKey }]);",
  "    return buildHeaders([{ 'X-Api-Key': this.apiKey, 'X-Acme-Key': this.apiKey }]);",
);

const sdkgenClient = [
  "import { AcmeCore } from './client-core.js';",
  '',
  "// As Stainless's client module had it: the client without its resources, which other packages' clients extend.",
  'export { AcmeCore as BaseAcme };',
  '',
  '/** API client for Acme API. */',
  'export class Acme extends AcmeCore {',
  '  pets = 1;',
  '}',
  '',
].join('\n');

const sdkgenCore = [
  "import { BaseClient, type FinalRequestOptions } from './core/base-client.js';",
  "import { type NullableHeaders, buildHeaders } from './internal/headers.js';",
  '',
  'export class AcmeCore extends BaseClient {',
  '  apiKey: string | null = null;',
  '',
  '  protected override async authHeaders(_options: FinalRequestOptions): Promise<NullableHeaders | undefined> {',
  "    return buildHeaders([{ 'X-Api-Key': this.apiKey }]);",
  '  }',
  '}',
  '',
].join('\n');

function migrate(text: string) {
  return planMigration({
    current: [{ path: 'src/client.ts', blob: 'c2', text }],
    base: { blobs: new Map([['src/client.ts', 'c1']]), texts: new Map([['src/client.ts', stainlessClient]]) },
    rendered: [
      { path: 'src/client.ts', contents: sdkgenClient },
      { path: 'src/client-core.ts', contents: sdkgenCore },
    ],
  });
}

// They also added a method to the base class, which their resources call on the client.
const withAdded = edited
  .replace(
    "import { buildHeaders, type NullableHeaders } from './internal/headers';",
    "import { buildHeaders, type NullableHeaders } from './internal/headers';\nimport * as Errors from './core/error';",
  )
  .replace(
    '  protected async apiKeyAuth(',
    [
      '  public calculateTimeout(maxTokens: number): number {',
      '    if (maxTokens > 100_000) {',
      "      throw new Errors.AcmeError('Streaming is required');",
      '    }',
      '    return 600_000;',
      '  }',
      '',
      '  protected async apiKeyAuth(',
    ].join('\n'),
  );

describe("the owners' client methods of Stainless's base client class, which sdkgen declares in client-core.ts", () => {
  it('go into the core class sdkgen re-exports under its name, in place of its own', () => {
    const plan = migrate(edited);
    expect(plan.needsHand).toEqual([]);
    expect(plan.rejected).toEqual([]);
    expect(plan.carriedHooks).toEqual([
      'src/client-core.ts: authHeaders (from src/client.ts)',
      'src/client-core.ts: apiKeyAuth (from src/client.ts)',
    ]);
    const core = plan.writes.find((f) => f.path === 'src/client-core.ts')!.contents;
    expect(core).toContain("'X-Acme-Key': this.apiKey");
    expect(core.match(/async authHeaders\(/g)).toHaveLength(1);
    expect(core).toContain('  protected override async authHeaders(opts: FinalRequestOptions)');
    expect(core).toContain('  protected async apiKeyAuth(opts: FinalRequestOptions)');
    // The client module stays sdkgen's.
    expect(plan.writes.find((f) => f.path === 'src/client.ts')!.contents).toBe(sdkgenClient);
  });

  it('take along the methods the owners added to that class, with the imports those use', () => {
    const plan = migrate(withAdded);
    expect(plan.needsHand).toEqual([]);
    expect(plan.rejected).toEqual([]);
    expect(plan.carriedHooks).toContain('src/client-core.ts: calculateTimeout (from src/client.ts)');
    const core = plan.writes.find((f) => f.path === 'src/client-core.ts')!.contents;
    expect(core).toContain('  public calculateTimeout(maxTokens: number): number {');
    expect(core).toContain("import * as Errors from './core/error';");
    expect(plan.writes.find((f) => f.path === 'src/client.ts')!.contents).not.toContain('calculateTimeout');
  });
});
