/**
 * A request body of no known shape (`type: object` and nothing else) is one `body: object` param, required in
 * Stainless's Python SDKs even when the spec's requestBody isn't (openplugin); an array body keeps the spec's say
 * (nptakudo). The IR is untouched: TypeScript's output stays as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
paths:
  /manifests/check:
    post:
      operationId: checkManifest
      requestBody:
        content:
          application/json:
            schema: { type: object, title: Manifest }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { ok: { type: boolean } } }
  /manifests/batch:
    post:
      operationId: batchManifests
      requestBody:
        content:
          application/json:
            schema: { type: array, items: { type: integer } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { ok: { type: boolean } } }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
resources:
  manifests:
    methods:
      check: post /manifests/check
      batch: post /manifests/batch
`;

describe('a whole body of no known shape', () => {
  const { out } = pythonSdk('py-untyped-body', {
    spec: { name: 'acme.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });
  const pkg = path.join(out, 'src/acme_sdk');

  it('is a required `body: object`, in the signature and the params TypedDict', () => {
    const resource = readFileSync(path.join(pkg, 'resources/manifests.py'), 'utf8');
    expect(resource).toMatch(/def check\(\n\s+self,\n\s+\*,\n\s+body: object,\n/);
    const params = readFileSync(path.join(pkg, 'types/manifest_check_params.py'), 'utf8');
    expect(params).toMatch(/body: Required\[object\]/);
  });

  it('while an array body the spec leaves optional stays optional', () => {
    const resource = readFileSync(path.join(pkg, 'resources/manifests.py'), 'utf8');
    expect(resource).toMatch(/def batch\(\n\s+self,\n\s+\*,\n\s+\w+: Iterable\[int\] \| Omit = omit,\n/);
  });

  // pyright over the generated package: seconds of CPU, `npm run test:python`'s (SDKGEN_PYTHON_TESTS=full, CI's).
  if (!PYTHON_FULL) console.log(`untyped-whole-body: pyright is ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    'type-checks, and a call without it does not',
    async () => {
      const call = (args: string) =>
        [
          'from acme_sdk import Acme',
          '',
          'client = Acme(base_url="http://127.0.0.1:4010")',
          `client.manifests.check(${args})`,
          '',
        ].join('\n');
      writeFileSync(path.join(out, 'call_with_body.py'), call('body={"name": "x"}'));
      writeFileSync(path.join(out, 'call_without_body.py'), call(''));
      const errors = await pyrightErrorsUnderOwnSettings(out, [
        'src/acme_sdk/resources/manifests.py',
        'call_with_body.py',
        'call_without_body.py',
      ]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^call_without_body\.py:4: Argument missing for parameter "body"/);
    },
    300_000,
  );
});
