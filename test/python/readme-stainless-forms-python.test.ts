/**
 * The README of a Python package made from a Stainless config, in the forms of Stainless's READMEs (issue 91):
 * its nested-params program is the config's `readme.example_requests.nested_params` request, with the values the
 * config gives the nested param, printing the result's field of the param's name or, where it has none, its first
 * field; the fragments that are no whole program (`None` as null or missing, a per-request HTTP client, closing the
 * client) are ```py blocks of the shape Stainless's have; a raw response parses into a variable named after the
 * resource in the singular. With SDKGEN_PYTHON_TESTS=full the ```python programs
 * type-check under pyright against the package.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, generatePython, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const SPEC = `openapi: 3.1.0
info: { title: Reading Room, version: 1.0.0 }
servers: [{ url: https://api.reading.test }]
components:
  schemas:
    Shelf:
      type: object
      required: [id]
      properties:
        id: { type: string }
        label: { type: string }
    Verdict:
      type: object
      required: [scores]
      properties:
        scores: { type: array, items: { type: number } }
        model: { type: string }
paths:
  /shelves:
    post:
      operationId: createShelf
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [label]
              properties:
                label: { type: string }
                placement:
                  type: object
                  properties:
                    room: { type: string }
                    row: { type: integer }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Shelf' } } }
  /tallies:
    post:
      operationId: countShelves
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, required: [count], properties: { count: { type: integer } } }
  /verdicts:
    post:
      operationId: judge
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [query]
              properties:
                query: { type: string }
                chunking:
                  type: object
                  properties:
                    size: { type: [integer, 'null'] }
                    overlap: { type: [number, 'null'] }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Verdict' } } }
`;

const CONFIG = `organization: { name: reading room }
targets:
  python:
    package_name: reading_room
readme:
  example_requests:
    default:
      type: request
      endpoint: post /tallies
    headline:
      type: request
      endpoint: post /shelves
      params:
        label: Poetry
        placement: { room: east }
    nested_params:
      type: request
      endpoint: post /verdicts
      params:
        query: Is this clause enforceable?
        chunking:
          overlap: 0.25
          size: null
      response_property: chunking
resources:
  shelves:
    models:
      shelf: Shelf
    methods:
      create: post /shelves
  tallies:
    methods:
      count: post /tallies
  verdicts:
    models:
      verdict: Verdict
    methods:
      create: post /verdicts
`;

/** The blocks of a Markdown text fenced with `fence` (`python`, `py`), each with the text after its fence. */
function blocks(markdown: string, fence: string): string[] {
  return [...markdown.matchAll(new RegExp('```' + fence + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

describe("the README of a Python package in the forms of Stainless's", () => {
  const dir = tempDir('python-readme-stainless-forms');
  const out = path.join(dir, 'sdk');
  let readme = '';

  beforeAll(() => {
    writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    generatePython(path.join(dir, 'openapi.yml'), out, path.join(dir, 'stainless.yml'));
    readme = readFileSync(path.join(out, 'README.md'), 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("shows nested params on the config's nested_params request, its values as given", () => {
    const nested = readme.slice(readme.indexOf('## Nested params'), readme.indexOf('## Handling errors'));
    // (The headline request takes a nested param too: the config's nested_params request comes first.)
    expect(nested).toContain(
      'verdict = client.verdicts.create(\n    query="Is this clause enforceable?",\n    chunking={\n',
    );
    expect(nested).toMatch(/chunking=\{\n\s+"overlap": 0\.25,\n\s+"size": None,\n\s+\},\n\)\n/);
    // The result has no `chunking` field: its first field is printed.
    expect(nested).toContain('\nprint(verdict.scores)\n');
  });

  it('writes the fragments that are no whole program as ```py blocks', () => {
    const fragments = blocks(readme, 'py');
    expect(fragments).toContainEqual(
      expect.stringMatching(/^if response\.my_field is None:\n {2}if 'my_field' not in response\.model_fields_set:\n/),
    );
    expect(fragments).toContainEqual(
      expect.stringMatching(/^from reading_room import ReadingRoom\n\nwith ReadingRoom\(\) as client:\n( {2}.*\n)+\n/),
    );
    expect(fragments).toContainEqual(expect.stringMatching(/^import httpx\n\nresponse = client\.post\(/));
    // None of them is among the blocks read as whole programs; the client given to some requests alone is, as in
    // Stainless's READMEs of every era, a `python` block.
    expect(blocks(readme, 'python').join('\n')).not.toMatch(/my_field/);
    expect(blocks(readme, 'python')).toContain('client.with_options(http_client=DefaultHttpxClient(...))\n');
  });

  it("holds the raw response's parsed result in the resource's name in the singular", () => {
    const raw = readme.slice(
      readme.indexOf('### Accessing raw response data'),
      readme.indexOf('#### `.with_streaming'),
    );
    expect(raw).toContain('response = client.tallies.with_raw_response.count()\n');
    expect(raw).toContain('\ntally = response.parse()\nprint(tally.count)\n');
  });

  it.runIf(PYTHON_FULL)(
    'has ```python programs that type-check against the package',
    async () => {
      const programs = blocks(readme, 'python').filter((p) => /^client = |as client:/m.test(p));
      expect(programs.length).toBeGreaterThan(4);
      mkdirSync(path.join(out, 'readme_programs'), { recursive: true });
      programs.forEach((program, i) => writeFileSync(path.join(out, 'readme_programs', `program_${i}.py`), program));
      expect(await pyrightErrorsUnderOwnSettings(out, ['readme_programs'], ['src'])).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`README programs under pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
