/**
 * The raw and streaming wrappers of a deprecated method (the spec's `deprecated: true`), as Stainless's Python SDKs
 * write them in every era we hold one (writer-python from 2025-10, llama-stack-client-python, browserbase's
 * sdk-python to 2026-08): the wrapper in parentheses, the pragma on the assignment and after the method's reference
 * (its trailing comma inside the comment), a binary response's class after it; a method not deprecated keeps one
 * argument a line. Ruff leaves the module as it is; with SDKGEN_PYTHON_TESTS=full, pyright strict and mypy pass it.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/model-rebuild.test.ts samples Python models and names (docs/contributing.md, "What `npm test`
// samples").
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPython } from '../../generator/format/ruff';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import { pythonPackageByEra, pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Dep, version: '1' }
servers: [{ url: 'http://localhost' }]
paths:
  /things/{id}:
    post:
      operationId: registerThing
      deprecated: true
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } }
    get:
      operationId: getThing
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } }
  /things/{id}/content:
    get:
      operationId: thingContent
      deprecated: true
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/octet-stream: { schema: { type: string, format: binary } } } }
`;

const CONFIG = `
organization: { name: dep }
targets:
  python:
    package_name: dep_sdk
resources:
  things:
    methods:
      register: post /things/{id}
      retrieve: get /things/{id}
      content: get /things/{id}/content
`;

describe.runIf(PYTHON_FULL)('a deprecated method’s response wrappers', () => {
  const byEra = pythonPackageByEra('py-deprecated-wrappers', SPEC, CONFIG, 'dep_sdk');

  it('are parenthesized with the pragma twice, in every era, and Ruff keeps them', async () => {
    for (const era of ['2025-10-01', '2026-02-19', null]) {
      const things = (await byEra(era))('resources/things.py');
      for (const [fn, owner] of [
        ['to_raw_response_wrapper', 'things'],
        ['async_to_raw_response_wrapper', 'things'],
        ['to_streamed_response_wrapper', 'things'],
        ['async_to_streamed_response_wrapper', 'things'],
      ])
        expect(things, `${era} ${fn}`).toContain(
          [
            '        self.register = (  # pyright: ignore[reportDeprecated]',
            `            ${fn}(`,
            `                ${owner}.register,  # pyright: ignore[reportDeprecated],`,
            '            )',
            '        )',
          ].join('\n'),
        );
      expect(things, String(era)).toContain(
        [
          '        self.content = (  # pyright: ignore[reportDeprecated]',
          '            to_custom_raw_response_wrapper(',
          '                things.content,  # pyright: ignore[reportDeprecated],',
          '                BinaryAPIResponse,',
          '            )',
          '        )',
        ].join('\n'),
      );
      expect(things).toContain(
        '        self.retrieve = to_raw_response_wrapper(\n            things.retrieve,\n        )',
      );
      expect(formatPython(things, 'things.py')).toBe(things);
    }
  });

  const sdk = pythonSdk('py-deprecated-wrappers-full', {
    spec: { name: 'openapi.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });
  it.runIf(PYTHON_FULL)(
    'pass pyright strict and mypy',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/dep_sdk'], ['src', '.'])).toEqual([]);
      const mypy = await runMypy(sdk.out, ['--cache-dir', path.join(sdk.dir, 'mypy-cache'), 'src/dep_sdk']);
      expect(mypy.errors).toEqual([]);
    },
    600_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright and mypy: ${FULL_ONLY_NOTICE}`, () => {});
});
