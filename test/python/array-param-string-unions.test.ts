/**
 * An array in a request whose items a plain string may be (a union with a string member, named or in place; a named
 * string; a file) is a `SequenceNotStr[...]` in Stainless's Python SDKs from 2025-09-02 on (knock's
 * `recipients: SequenceNotStr[RecipientRequestParam]`, imagekit's `SequenceNotStr[Union[str, float, bool]]`), a
 * `List[...]` before (knock's of June 2025): never an `Iterable[...]`, which a lone string satisfies. Other items stay
 * `Iterable[...]`. A caller's list type-checks and a lone string does not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { pythonTempDir, generatePythonInto } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /notify:
    post:
      operationId: notify
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [recipients]
              properties:
                recipients: { type: array, items: { $ref: '#/components/schemas/Recipient' } }
                values:
                  type: array
                  items: { anyOf: [{ type: string }, { type: number }, { type: boolean }] }
                objects: { type: array, items: { $ref: '#/components/schemas/Person' } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { ok: { type: boolean } } }
components:
  schemas:
    Person:
      type: object
      required: [id]
      properties:
        id: { type: string }
    Recipient:
      anyOf:
        - { type: string }
        - { $ref: '#/components/schemas/Person' }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
resources:
  notifications:
    models:
      person: '#/components/schemas/Person'
      recipient: '#/components/schemas/Recipient'
    methods:
      notify: post /notify
`;

describe("a params' array whose items a string may be", () => {
  const dir = pythonTempDir('py-array-string-unions');
  const generation = { spec: { name: 'openapi.yaml', text: SPEC }, config: { name: 'stainless.yml', text: CONFIG } };
  const generate = (era: string | null) =>
    generatePythonInto(dir, path.join(dir, era ?? 'newest'), {
      ...generation,
      args: era ? ['--stainless-era', era] : [],
    });
  const read = (out: string, file: string) => readFileSync(path.join(out, 'src/acme_sdk', file), 'utf8');
  let newest = '';
  beforeAll(() => {
    newest = generate(null);
  }, 180_000);

  it('is a SequenceNotStr[...] in the params TypedDict and the signature; other items an Iterable[...]', () => {
    const params = read(newest, 'types/notification_notify_params.py');
    expect(params).toMatch(/recipients: Required\[SequenceNotStr\[RecipientParam\]\]/);
    expect(params).toMatch(/values: SequenceNotStr\[Union\[str, float, bool\]\]/);
    expect(params).toMatch(/objects: Iterable\[PersonParam\]/);
    const resource = read(newest, 'resources/notifications.py');
    expect(resource).toMatch(/recipients: SequenceNotStr\[RecipientParam\],/);
    expect(resource).toMatch(/values: SequenceNotStr\[Union\[str, float, bool\]\] \| Omit = omit,/);
  });

  it('is a List[...] in an SDK of June 2025', () => {
    const june = generate('2025-06-06');
    const params = read(june, 'types/notification_notify_params.py');
    expect(params).toMatch(/recipients: Required\[List\[RecipientParam\]\]/);
    expect(params).toMatch(/values: List\[Union\[str, float, bool\]\]/);
    expect(params).toMatch(/objects: Iterable\[PersonParam\]/);
    expect(params).not.toContain('SequenceNotStr');
    expect(read(june, 'resources/notifications.py')).toMatch(/recipients: List\[RecipientParam\],/);
  }, 180_000);

  // pyright over the generated package: seconds of CPU, `npm run test:python`'s (SDKGEN_PYTHON_TESTS=full, CI's).
  if (!PYTHON_FULL) console.log(`array-param-string-unions: pyright is ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    "takes a caller's list, and not a lone string",
    async () => {
      writeFileSync(
        path.join(newest, 'call_notify.py'),
        [
          'from acme_sdk import Acme',
          'from acme_sdk.types import PersonParam',
          '',
          'client = Acme(base_url="http://127.0.0.1:4010")',
          'person: PersonParam = {"id": "b"}',
          'client.notifications.notify(recipients=["a", person], values=["x", 1.5, True])',
          '# (A dict literal in the list is read as the TypedDict: the protocol names no method taking `Any`.)',
          'client.notifications.notify(recipients=["a", {"id": "c"}], objects=[{"id": "d"}])',
          'client.notifications.notify(recipients="ab")  # pyright: ignore[reportArgumentType]',
          '',
        ].join('\n'),
      );
      const errors = await pyrightErrorsUnderOwnSettings(newest, [
        'src/acme_sdk/resources/notifications.py',
        'src/acme_sdk/types/notification_notify_params.py',
        'call_notify.py',
      ]);
      expect(errors).toEqual([]);
    },
    300_000,
  );
});
