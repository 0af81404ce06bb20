/**
 * A top-level resource named like a credential option (`access_token`) stays `client.access_token` /
 * `client.accessToken` where the config's `client_settings.opts` name the client's credentials and none of them is
 * so named: the client has no such member, and Stainless's SDKs keep the name (cartesia's `client.access_token.create`,
 * beside its `api_key` and `token` options). A resource named like an option the config does declare is still
 * `<name>Resource`. Before, every resource named `apiKey`, `bearerToken` or `accessToken` was renamed whatever the
 * options: a migrated SDK's `client.access_token` was gone for its users (cartesia-python, cartesia-ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFile } from '../helpers/files';
import { sdkgen } from '../helpers/git-repo';
import { tempDir } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';
import { PETSTORE_SPEC } from '../helpers/python-migrate';

const config = (option: string) => `organization: { name: acme }
targets:
  python: { package_name: acme }
  typescript: { package_name: acme }
client_settings:
  opts:
    ${option}:
      type: string
      nullable: true
      auth: { security_scheme: bearer }
resources:
  access_token:
    methods:
      list: get /pets
`;

function apiOf(option: string, target: 'python' | 'typescript'): string {
  const work = tempDir('client-member-names');
  writeFile(work, 'stainless.yml', config(option));
  const out = path.join(work, target);
  const run = sdkgen(work, 'generate', PETSTORE_SPEC, '--target', target, '--config', 'stainless.yml', '-o', out);
  expect(run.code, run.stderr).toBe(0);
  return readFileSync(path.join(out, 'api.md'), 'utf8');
}

describe('a top-level resource named like a credential option', () => {
  it("keeps its name where no option of the config's has it", () => {
    expect(apiOf('api_key', 'python')).toMatch(/client\.access_token\.<a /);
  });

  // (The same rule names TypeScript's resource: one more generation, SDKGEN_SLOW_TESTS=full's.)
  it.runIf(SLOW_FULL)('keeps its TypeScript name too', () => {
    expect(apiOf('api_key', 'typescript')).toMatch(/client\.accessToken\.<a /);
  });

  it("is <name>Resource where the config's option has the name", () => {
    expect(apiOf('access_token', 'python')).toMatch(/client\.access_token_resource\.<a /);
  });
});
