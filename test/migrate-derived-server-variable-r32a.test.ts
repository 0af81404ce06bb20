/**
 * A client option Stainless's constructor builds the default base URL from (turbopuffer's
 * `baseURL: baseURL || \`https://${region}.turbopuffer.com\``: the option fills the spec server's `{region}`) is derived
 * with `server_variable`, so sdkgen's client builds its base URL from it too instead of requesting the literal
 * `{region}` host. The variable is the one at the option's place in the URL the constructor's doc gives.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';

const API_MD = `# Namespaces

Methods:

- <code title="get /v1/namespaces">client.namespaces.<a href="./src/resources/namespaces.ts">list</a>() -> void</code>
`;

const client = (template: string, documented: string) => `import { readEnv } from './internal/utils/env';

export interface ClientOptions {
  /**
   * The region to use.
   */
  region?: string | null | undefined;

  /**
   * Override the default base URL for the API, e.g., "https://api.example.com/v2/"
   *
   * Defaults to process.env['ACME_BASE_URL'].
   */
  baseURL?: string | null | undefined;
}

export class Acme {
  region: string | null;

  /**
   * API Client for interfacing with the Acme API.
   *
   * @param {string | null | undefined} [opts.region=process.env['ACME_REGION'] ?? null]
   * @param {string} [opts.baseURL=process.env['ACME_BASE_URL'] ?? ${documented}] - Override the default base URL for the API.
   */
  constructor({
    baseURL = readEnv('ACME_BASE_URL'),
    region = readEnv('ACME_REGION') ?? null,
    ...opts
  }: ClientOptions = {}) {
    const options: ClientOptions = {
      region,
      ...opts,
      baseURL: baseURL || \`${template}\`,
    };
    this.region = region;
  }
}
`;

function opts(template: string, documented: string) {
  const files: RepoFile[] = [
    { path: 'api.md', blob: null, text: API_MD },
    { path: 'src/client.ts', blob: null, text: client(template, documented) },
  ];
  const config = yaml.load(deriveStainlessConfig(derivedConfigInput(files, null)!).text) as {
    client_settings?: { opts?: Record<string, Record<string, unknown>> };
  };
  return config.client_settings?.opts ?? {};
}

describe('a client option the default base URL is built from', () => {
  it("fills in the spec server's variable of its name", () => {
    expect(opts('https://${region}.acme.com', 'https://{region}.acme.com').region).toMatchObject({
      read_env: 'ACME_REGION',
      nullable: true,
      server_variable: 'region',
    });
  });

  it('fills in the variable at its place in the documented URL, whatever that is named', () => {
    expect(opts('https://${region}.acme.com/v1', 'https://{shard}.acme.com/v1').region.server_variable).toBe('shard');
  });

  it('an option not in the URL fills in nothing', () => {
    expect(opts('https://api.acme.com', 'https://api.acme.com').region.server_variable).toBeUndefined();
  });
});
