/**
 * `sdkgen migrate` without a config, in a small Stainless repository made here as spotify-typescript's is: a client
 * that exchanges its client ID and secret for an access token (OAuth2 client credentials), and the owners' edits to
 * Stainless's client tests: the credentials taken out, and a group of tests of theirs written with Jest's `test(…)`.
 * The move leaves nothing for a person: the config names the pair as the client ID and secret of an oauth2 scheme with
 * the token URL Stainless's client posted to (sdkgen's client exchanges them there too), the taken-out lines stay out
 * (sdkgen's client tests leave out a pair that may be null), and the owners' `test(…)` stays as they wrote it
 * (imported from sdkgen's harness). Spawns the CLI:
 * SDKGEN_SLOW_TESTS=full.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, sdkgen } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import type { SdkgenRun } from './helpers/sdkgen-cli';
import { SLOW_FULL } from './helpers/slow-tests';
import { BOT, commit, HEADER, PERSON, write } from './helpers/stainless-history';

const SPEC = `openapi: 3.0.3
info: { title: Acme, version: 1.0.0 }
servers: [{ url: 'https://api.acme.test/v1' }]
security: [{ oauth: [] }]
components:
  securitySchemes:
    oauth:
      type: oauth2
      flows:
        authorizationCode:
          authorizationUrl: https://accounts.acme.test/authorize
          tokenUrl: https://accounts.acme.test/api/token
          scopes: {}
  schemas:
    Album:
      type: object
      properties: { id: { type: string }, name: { type: string } }
paths:
  /albums/{id}:
    get:
      operationId: getAlbum
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Album' } } } }
`;

const API_MD = `# Albums

Types:

- <code><a href="./src/resources/albums.ts">Album</a></code>

Methods:

- <code title="get /albums/{id}">client.albums.<a href="./src/resources/albums.ts">retrieve</a>(id) -> Album</code>
`;

const CLIENT = `${HEADER}import { readEnv } from './internal/utils/env';
import { Albums } from './resources/albums';

export interface ClientOptions {
  /**
   * Defaults to process.env['ACME_CLIENT_ID'].
   */
  clientID?: string | null | undefined;

  /**
   * Defaults to process.env['ACME_CLIENT_SECRET'].
   */
  clientSecret?: string | null | undefined;

  baseURL?: string | null | undefined;
}

export class Acme {
  clientID: string | null;
  clientSecret: string | null;

  constructor({
    baseURL = readEnv('ACME_BASE_URL'),
    clientID = readEnv('ACME_CLIENT_ID') ?? null,
    clientSecret = readEnv('ACME_CLIENT_SECRET') ?? null,
  }: ClientOptions = {}) {
    this.clientID = clientID;
    this.clientSecret = clientSecret;
  }

  private tokenState: { promise: Promise<{ access_token: string }>; clientID: string } | undefined;

  protected async authHeaders(): Promise<Record<string, string> | undefined> {
    if (!this.clientID || !this.clientSecret) {
      return undefined;
    }
    if (!this.tokenState) {
      this.tokenState = {
        promise: this.fetch(this.buildURL('https://accounts.acme.test/api/token', {}), {
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            Authorization: \`Basic \${toBase64(\`\${this.clientID}:\${this.clientSecret}\`)}\`,
          },
          body: 'grant_type=client_credentials',
        }).then((res) => res.json()),
        clientID: this.clientID,
      };
    }
    const token = await this.tokenState.promise;
    return { Authorization: \`Bearer \${token.access_token}\` };
  }

  albums: Albums = new Albums(this);
}
`;

const ALBUMS = `${HEADER}export class Albums {
  retrieve(id: string) {
    return this._client.get(\`/albums/\${id}\`);
  }
}

export interface Album {
  id?: string;
  name?: string;
}
`;

const CLIENT_TESTS = `${HEADER}import Acme from 'acme';

describe('instantiate client', () => {
  test('custom fetch', async () => {
    const client = new Acme({
      baseURL: 'http://localhost:5000/',
      clientID: 'My Client ID',
      clientSecret: 'My Client Secret',
    });
    expect(client).toBeDefined();
  });
});
`;

const OWNERS_GROUP = `  describe('local', () => {
    test('points at the local server', async () => {
      expect(new Acme({ baseURL: 'http://localhost:8787' }).baseURL).toEqual('http://localhost:8787');
    });
  });

`;

const PACKAGE = `${JSON.stringify(
  {
    name: 'acme',
    version: '0.1.0',
    license: 'Apache-2.0',
    scripts: { test: './scripts/test', build: './scripts/build' },
    devDependencies: { typescript: '5.8.3', jest: '^29.4.0', 'ts-jest': '^29.1.0', '@types/jest': '^29.4.0' },
  },
  null,
  2,
)}\n`;

let root = '';
let repo = '';
let run: SdkgenRun | null = null;

beforeAll(() => {
  if (!SLOW_FULL) return;
  root = tempDir('migrate-client-credentials');
  repo = path.join(root, 'repo');
  mkdirSync(repo, { recursive: true });
  // (Its own repository: commit() must never reach the checkout that holds the temporary folder.)
  git(repo, 'init', '-q', '-b', 'main');
  if (path.resolve(git(repo, 'rev-parse', '--show-toplevel').trim()) !== path.resolve(repo))
    throw new Error(`${repo} is not a repository of its own`);
  write(repo, {
    'openapi.yml': SPEC,
    'api.md': API_MD,
    'src/client.ts': CLIENT,
    'src/resources/albums.ts': ALBUMS,
    'tests/index.test.ts': CLIENT_TESTS,
    'package.json': PACKAGE,
    '.stats.yml': 'configured_endpoints: 1\nopenapi_spec_hash: 0123\nconfig_hash: abcd\n',
  });
  commit(repo, BOT, 'feat(api): albums', '2026-01-01T00:00:00Z');
  write(repo, {
    'tests/index.test.ts': CLIENT_TESTS.replace(
      "      clientID: 'My Client ID',\n      clientSecret: 'My Client Secret',\n",
      '',
    ).replace("describe('instantiate client', () => {\n", (line) => line + OWNERS_GROUP),
  });
  commit(repo, PERSON, 'tests: no credentials needed; local', '2026-01-02T00:00:00Z');
  run = sdkgen(repo, 'migrate', '.', '--spec', 'openapi.yml', '--verbose');
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!SLOW_FULL)('migrate: a client with OAuth2 client credentials, and the owners’ test edits', () => {
  it('exits 0 with nothing for a person', () => {
    expect(run!.stdout).not.toContain('Needs a hand');
    expect(run!.code, `${run!.stderr}\n${run!.stdout}`).toBe(0);
  });

  it('writes the client ID and secret as the roles of an oauth2 scheme with the token URL, which the client posts to', () => {
    const config = yaml.load(readFileSync(path.join(repo, 'stainless.yml'), 'utf8')) as {
      client_settings: { opts: Record<string, Record<string, unknown>> };
      security_schemes?: Record<string, unknown>;
    };
    expect(config.client_settings.opts.client_id).toEqual({
      type: 'string',
      read_env: 'ACME_CLIENT_ID',
      nullable: true,
      auth: { security_scheme: 'oauth', role: 'client_id' },
    });
    expect(config.client_settings.opts.client_secret.auth).toEqual({ security_scheme: 'oauth', role: 'client_secret' });
    expect(config.security_schemes).toEqual({
      oauth: {
        type: 'oauth2',
        flows: { clientCredentials: { tokenUrl: 'https://accounts.acme.test/api/token', scopes: {} } },
      },
    });
    expect(run!.stderr).not.toContain('OAuth2 client credentials');
    const client = readFileSync(path.join(repo, 'src/client-core.ts'), 'utf8');
    expect(client).toContain("'https://accounts.acme.test/api/token'");
    expect(client).toContain('grant_type');
    expect(client).toMatch(/clientID\?: string \| null \| undefined;/);
  });

  it('carries the owners’ test(…) as written, and leaves the credentials they took out', () => {
    const tests = readFileSync(path.join(repo, 'tests/index.test.ts'), 'utf8');
    expect(tests).toContain(OWNERS_GROUP.trimEnd());
    expect(tests).toMatch(/^import \{ describe, expect, it, test \} from '\.\/harness\.js';$/m);
    expect(tests).not.toContain('My Client ID');
  });
});
