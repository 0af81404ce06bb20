/**
 * How an array in a request is annotated, as Stainless's Python SDKs do it (issue 91): a list of choices is
 * `List[Literal[...]]`, a list of plain strings (a uuid's too) `SequenceNotStr[str]`, any other item `Iterable[...]`;
 * in the method's signature and in its params TypedDict alike. A caller's list of choices must type-check.
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
  /things:
    post:
      operationId: createThing
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [kinds]
              properties:
                kinds: { type: array, items: { type: string, enum: [small, large] } }
                only: { type: array, items: { type: string, enum: [one] } }
                ids: { type: array, items: { type: string, format: uuid } }
                counts: { type: array, items: { type: integer } }
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
  things:
    methods:
      create: post /things
`;

describe('array params', () => {
  const { out } = pythonSdk('py-array-params', {
    spec: { name: 'acme.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });
  const pkg = path.join(out, 'src/acme_sdk');

  it('annotate a list of choices as List[Literal[...]] in the signature', () => {
    const resource = readFileSync(path.join(pkg, 'resources/things.py'), 'utf8');
    expect(resource).toMatch(/kinds: List\[Literal\["small", "large"\]\],/);
    expect(resource).toMatch(/only: List\[Literal\["one"\]\] \| Omit = omit,/);
    expect(resource).toMatch(/ids: SequenceNotStr\[str\] \| Omit = omit,/);
    expect(resource).toMatch(/counts: Iterable\[int\] \| Omit = omit,/);
  });

  it('and in the params TypedDict', () => {
    const params = readFileSync(path.join(pkg, 'types/thing_create_params.py'), 'utf8');
    expect(params).toMatch(/kinds: Required\[List\[Literal\["small", "large"\]\]\]/);
    expect(params).toMatch(/ids: SequenceNotStr\[str\]/);
    expect(params).toMatch(/counts: Iterable\[int\]/);
  });

  // pyright over the generated package: seconds of CPU, `npm run test:python`'s (SDKGEN_PYTHON_TESTS=full, CI's).
  if (!PYTHON_FULL) console.log(`array-param-annotations: pyright is ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    "type-check, with a caller's list of choices",
    async () => {
      writeFileSync(
        path.join(out, 'call_things.py'),
        [
          'from acme_sdk import Acme',
          '',
          'client = Acme(base_url="http://127.0.0.1:4010")',
          'client.things.create(kinds=["small", "large"], only=["one"], ids=["a"], counts=[1])',
          '',
        ].join('\n'),
      );
      const errors = await pyrightErrorsUnderOwnSettings(out, [
        'src/acme_sdk/resources/things.py',
        'src/acme_sdk/types/thing_create_params.py',
        'call_things.py',
      ]);
      expect(errors).toEqual([]);
    },
    300_000,
  );
});
