/**
 * A body that is one of several objects told apart by a literal (`type: S3` / `type: WEB_FOLDER`): each `@overload`
 * takes its own variant's literal and the implementation their union, as Stainless's Python SDKs write them (before,
 * every overload took the last variant's, and a call with the first one's failed pyright). And a Stainless config's
 * `only` / `skip` naming targets: the Python SDK keeps what names `python` and leaves out what skips it, whatever
 * they say of TypeScript. With SDKGEN_PYTHON_TESTS=full pyright strict checks calls with each variant.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pyrightErrorsUnderOwnSettings, FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const CALLS = `from origins_sdk import Origins

client = Origins(base_url="http://127.0.0.1:4010")
s3 = client.origins.create(type="S3", bucket="images")
web = client.origins.create(type="WEB_FOLDER", base_url="https://example.com")
print(s3.id, web.id)
`;

describe('overloads of a body told apart by a literal, and targets named by only/skip', () => {
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  const { out } = pythonSdk('py-variant-literals', {
    spec: fixture('variant-literals.yaml'),
    config: fixture('variant-literals.stainless.yml'),
  });

  it("gives each overload its variant's literal and the implementation their union", () => {
    const resource = readFileSync(path.join(out, 'src/origins_sdk/resources/origins.py'), 'utf8');
    const sync = resource.slice(0, resource.indexOf('class AsyncOriginsResource'));
    const types = [...sync.matchAll(/^ {8}type: (.*),$/gm)].map((m) => m[1]);
    expect(types).toEqual(['Literal["S3"]', 'Literal["WEB_FOLDER"]', 'Literal["S3"] | Literal["WEB_FOLDER"]']);
  });

  it('keeps a resource `only` for python and leaves out a method that skips python', () => {
    const apiMd = readFileSync(path.join(out, 'api.md'), 'utf8');
    expect(apiMd).toContain('<code title="post /internal/test">client.internal.');
    expect(apiMd).not.toContain('/legacy');
  });

  it.runIf(PYTHON_FULL)(
    'type-checks a call with each variant under pyright strict',
    async () => {
      writeFileSync(path.join(out, 'tests/check_variants.py'), CALLS);
      expect(
        await pyrightErrorsUnderOwnSettings(
          out,
          ['src/origins_sdk/resources', 'tests/check_variants.py', 'tests/api_resources'],
          ['src', '.'],
        ),
      ).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
