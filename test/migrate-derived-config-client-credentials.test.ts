/**
 * A Stainless client authenticating with OAuth2 client credentials (spotify-typescript): its `authHeaders` posts
 * `grant_type=client_credentials` to the token URL with the client ID and secret as `Authorization: Basic …`, and
 * sends the token it gets as a bearer token. The config migrate writes from the repository gives the two the roles
 * `client_id` and `client_secret` of an `oauth2` scheme whose `flows.clientCredentials.tokenUrl` is that token URL
 * (sdkgen's client exchanges them there too), with no note. A client that sends Basic credentials on its requests
 * keeps them as basic auth.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';

const API_MD =
  '# Albums\n\nMethods:\n\n' +
  '- <code title="get /albums/{id}">client.albums.<a href="./src/resources/albums.ts">retrieve</a>(id) -> unknown</code>\n';

const options = `export interface ClientOptions {
  /**
   * Defaults to process.env['ACME_CLIENT_ID'].
   */
  clientID?: string | null | undefined;

  /**
   * Defaults to process.env['ACME_CLIENT_SECRET'].
   */
  clientSecret?: string | null | undefined;
}
`;

const constructorLines = `export class Acme {
  constructor({
    clientID = readEnv('ACME_CLIENT_ID') ?? null,
    clientSecret = readEnv('ACME_CLIENT_SECRET') ?? null,
  }: ClientOptions = {}) {}
`;

const exchanging = `${options}
${constructorLines}
  protected async authHeaders(opts: FinalRequestOptions): Promise<NullableHeaders | undefined> {
    if (!this.clientID || !this.clientSecret) {
      return undefined;
    }
    if (!this.authState) {
      this.authState = {
        promise: this.fetch(this.buildURL('https://accounts.acme.test/api/token', {}), {
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            Authorization: \`Basic \${toBase64(\`\${this.clientID}:\${this.clientSecret}\`)}\`,
          },
          body: 'grant_type=client_credentials',
        }).then((res) => res.json()),
      };
    }
    // (The state keeps the credentials it was fetched with.)
    this.authState.clientID = this.clientID;
    this.authState = { ...this.authState, clientID: this.clientID, clientSecret: this.clientSecret };
    const token = await this.authState.promise;
    return buildHeaders([{ Authorization: \`Bearer \${token.access_token}\` }]);
  }
}
`;

const basicOnRequests = `${options}
${constructorLines}
  protected async authHeaders(opts: FinalRequestOptions): Promise<NullableHeaders | undefined> {
    return buildHeaders([{ Authorization: \`Basic \${toBase64(\`\${this.clientID}:\${this.clientSecret}\`)}\` }]);
  }
}
`;

function derive(client: string) {
  const files: RepoFile[] = [
    { path: 'api.md', blob: null, text: API_MD },
    { path: 'src/client.ts', blob: null, text: client },
  ];
  const derived = deriveStainlessConfig(derivedConfigInput(files, null)!);
  const config = yaml.load(derived.text) as {
    client_settings: { opts: Record<string, Record<string, unknown>> };
    security_schemes?: Record<string, unknown>;
  };
  return { config, notes: derived.notes };
}

describe('migrate: a client with OAuth2 client credentials, in the config written from the repository', () => {
  it('writes the client ID and secret as the roles of an oauth2 scheme with the token URL, and no note', () => {
    const { config, notes } = derive(exchanging);
    expect(config.client_settings.opts.client_id).toEqual({
      type: 'string',
      read_env: 'ACME_CLIENT_ID',
      nullable: true,
      auth: { security_scheme: 'oauth2', role: 'client_id' },
    });
    expect(config.client_settings.opts.client_secret).toEqual({
      type: 'string',
      read_env: 'ACME_CLIENT_SECRET',
      nullable: true,
      auth: { security_scheme: 'oauth2', role: 'client_secret' },
    });
    expect(config.security_schemes).toEqual({
      oauth2: {
        type: 'oauth2',
        flows: { clientCredentials: { tokenUrl: 'https://accounts.acme.test/api/token', scopes: {} } },
      },
    });
    expect(notes.some((n) => n.includes('client credentials'))).toBe(false);
  });

  it('reads a client that sends them as Basic credentials on its requests as basic auth', () => {
    const { config, notes } = derive(basicOnRequests);
    expect(config.client_settings.opts.client_id.auth).toEqual({ security_scheme: 'basicAuth', role: 'username' });
    expect(config.client_settings.opts.client_secret.auth).toEqual({ security_scheme: 'basicAuth', role: 'password' });
    expect(notes.some((n) => n.includes('client credentials'))).toBe(false);
  });
});
