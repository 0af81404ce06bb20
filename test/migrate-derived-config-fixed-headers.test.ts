/**
 * A Stainless client that sends a header of its own with every request at a fixed value (an API version:
 * `'acme-version': '2025-11-04'` among the headers `buildHeaders` builds; the older layout's `defaultHeaders()`
 * override), not from an option. The config migrate writes from the repository records it as a client option with
 * that `default` and `send_in_header`, so the SDK generated from a spec that declares the header as a required
 * parameter of every operation sends it from the client and its methods do not ask for it. Stainless's own headers
 * (`Accept`, `User-Agent`, `X-Stainless-*`) and a header an option already sends are not the config's to say.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';
import { generateWithStainlessConfig } from './helpers/sdk';

const API_MD =
  '# Agents\n\nMethods:\n\n' +
  '- <code title="get /agents">client.agents.<a href="./src/resources/agents.ts">list</a>() -> unknown</code>\n';

const OPTIONS = `export interface ClientOptions {
  /**
   * Defaults to process.env['ACME_API_KEY'].
   */
  apiKey?: string | null | undefined;

  branch?: string | null | undefined;
}
`;

const CURRENT_LAYOUT = `${OPTIONS}
export class Acme {
  constructor({ apiKey = readEnv('ACME_API_KEY') ?? null, branch = null }: ClientOptions = {}) {}

  protected async authHeaders(opts: FinalRequestOptions): Promise<NullableHeaders | undefined> {
    return buildHeaders([{ Authorization: \`Bearer \${this.apiKey}\` }]);
  }

  private async buildHeaders({ options, method, bodyHeaders, retryCount }: {
    options: FinalRequestOptions;
    method: HTTPMethod;
    bodyHeaders: HeadersLike;
    retryCount: number;
  }): Promise<Headers> {
    const headers = buildHeaders([
      idempotencyHeaders,
      {
        Accept: 'application/json',
        'User-Agent': this.getUserAgent(),
        'X-Stainless-Retry-Count': String(retryCount),
        ...getPlatformHeaders(),
        'acme-version': '2025-11-04',
        'X-Acme-Branch': this.branch,
        ...(this._options.dangerouslyAllowBrowser
          ? {
              'acme-browser-access': 'true',
            }
          : undefined),
      },
      await this.authHeaders(options),
      this._options.defaultHeaders,
      bodyHeaders,
      options.headers,
    ]);
    return headers.values;
  }
}
`;

const OLDER_LAYOUT = `${OPTIONS}
export class Acme extends Core.APIClient {
  protected override defaultHeaders(opts: Core.FinalRequestOptions): Core.Headers {
    return {
      ...super.defaultHeaders(opts),
      'Acme-Version': '2023-06-01',
      'X-Acme-Branch': this.branch,
      ...this._options.defaultHeaders,
    };
  }
}
`;

function derive(client: string) {
  const files: RepoFile[] = [
    { path: 'api.md', blob: null, text: API_MD },
    { path: 'src/client.ts', blob: null, text: client },
  ];
  const derived = deriveStainlessConfig(derivedConfigInput(files, null)!);
  const config = yaml.load(derived.text) as { client_settings: { opts: Record<string, Record<string, unknown>> } };
  return { text: derived.text, opts: config.client_settings.opts };
}

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  components: {
    parameters: {
      Version: {
        name: 'Acme-Version',
        in: 'header',
        required: true,
        schema: { type: 'string', enum: ['2025-11-04'] },
      },
    },
  },
  paths: {
    '/agents': {
      get: {
        operationId: 'listAgents',
        parameters: [{ $ref: '#/components/parameters/Version' }],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

describe("migrate: a header Stainless's client sends at a fixed value, in the config written from the repository", () => {
  it('records it as a client option with that default, sent in that header (buildHeaders)', () => {
    const { opts } = derive(CURRENT_LAYOUT);
    expect(opts.acme_version).toEqual({
      type: 'string',
      default: '2025-11-04',
      description: 'Sent as the `acme-version` header with every request.',
      send_in_header: 'acme-version',
    });
    // The option that sends X-Acme-Branch stays the one that sends it; Stainless's own headers are not options, nor is
    // one sent only sometimes (in browsers).
    expect(opts.branch.send_in_header).toBe('X-Acme-Branch');
    expect(Object.keys(opts).sort()).toEqual(['acme_version', 'api_key', 'branch']);
  });

  it("reads the older layout's defaultHeaders() override too", () => {
    const { opts } = derive(OLDER_LAYOUT);
    expect(opts.acme_version).toMatchObject({ default: '2023-06-01', send_in_header: 'Acme-Version' });
    expect(Object.keys(opts).sort()).toEqual(['acme_version', 'api_key', 'branch']);
  });

  it('generates an SDK whose methods no longer take the header and whose client sends it', async () => {
    const { text } = derive(CURRENT_LAYOUT);
    const { files } = await generateWithStainlessConfig('fixed-header', SPEC, text);
    const resource = [...files].find(([p]) => /^src\/resources\/agents(\/index)?\.ts$/.test(p))?.[1] ?? '';
    // The client's module (src/client.ts, or the core it builds on).
    const client = [...files]
      .filter(([p]) => /^src\/client(-core)?\.ts$/.test(p))
      .map(([, t]) => t)
      .join('\n');
    expect(resource).toContain('list(');
    expect(resource).not.toMatch(/Acme-Version/i);
    expect(client).toMatch(/acmeVersion = '2025-11-04'/);
    expect(client).toMatch(/'acme-version': acmeVersion/);
  });
});
