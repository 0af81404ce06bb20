/**
 * Per-request `security` (Stainless config edition 2026-01-30 on) when the API's own security names one of the
 * client's two schemes: a method under the API's security names that scheme explicitly, as one with security of its
 * own names its own, and one asking for none passes `{}`. This is the form of Stainless's SDKs for such an API: the
 * OpenAI Python SDK (openai-python at 2026-08-21; its spec's top-level security is `ApiKeyAuth` alone, its 119
 * admin operations name `AdminApiKeyAuth`) writes `security={"bearer_auth": True}` on each of the 169 others and
 * `security={"admin_api_key_auth": True}` on the admin ones. (A client of two schemes whose methods pass nothing but
 * the `{}` of operations asking for none, fastvm's of 2026-04-22, is the API's security listing both: the
 * request-security test.) One generation, no Python.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const fixtures = path.join(import.meta.dirname, 'fixtures');

describe("per-request security under an API security naming one of the client's schemes", () => {
  const dir = tempDir('sdkgen-py-request-security-one');
  const out = path.join(dir, 'sdk');
  beforeAll(() => {
    // The request-security fixture, its API security narrowed to the bearer scheme.
    const spec = readFileSync(path.join(fixtures, 'request-security.yaml'), 'utf8');
    const narrowed = spec.replace(
      /^security:\n {2}- BearerAuth: \[\]\n {2}- KeyAuth: \[\]\n/m,
      'security:\n  - BearerAuth: []\n',
    );
    expect(narrowed).not.toBe(spec);
    writeFileSync(path.join(dir, 'spec.yaml'), narrowed);
    generatePython(path.join(dir, 'spec.yaml'), out, path.join(fixtures, 'request-security.stainless.yml'));
  }, 180_000);

  it("names the API's scheme on the methods under it, each operation's own elsewhere", () => {
    const resource = readFileSync(path.join(out, 'src/keyed_sdk/resources/things.py'), 'utf8');
    const calls = [...resource.matchAll(/^ {4}(?:async )?def (\w+)\(|^ +security=(.*),$/gm)]
      .map((m) => m[1] ?? `security=${m[2]}`)
      .filter((line) => !/^(with_|_)/.test(line));
    expect(calls).toEqual([
      ...['list', 'security={"bearer_auth": True}', 'keyed', 'security={"key_auth": True}', 'open', 'security={}'],
      ...['list', 'security={"bearer_auth": True}', 'keyed', 'security={"key_auth": True}', 'open', 'security={}'],
    ]);
  });
});
