/**
 * The README of a Python package made from a Stainless config: titled after the client, as Stainless's are
 * (`# Pet Shop Python API library`), its usage program calling the config's `readme.example_requests.headline`
 * request with the params given and printing the result's first field, its error handling showing the `default`
 * request, its pagination section the `pagination` one; its headings are those of Stainless's READMEs (nested params,
 * `None` as null or missing, undocumented endpoints, params and properties, the installed version). With SDKGEN_PYTHON_TESTS=full every program of the README
 * type-checks under pyright against the package.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, generatePython, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const SPEC = `openapi: 3.1.0
info: { title: Pet Shop, version: 1.0.0 }
servers: [{ url: https://api.petshop.test/v1 }]
components:
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: { type: string }
        name: { type: string }
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - { name: cursor, in: query, schema: { type: string } }
        - { name: limit, in: query, schema: { type: integer } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Pet' } }
                  next_cursor: { type: string }
    post:
      operationId: createPet
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: { type: string }
                ownerInfo:
                  type: object
                  properties:
                    fullName: { type: string }
                tags: { type: array, items: { type: string } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } }
  /stores/{storeId}/pets/{petId}:
    delete:
      operationId: deleteStorePet
      parameters:
        - { name: storeId, in: path, required: true, schema: { type: string } }
        - { name: petId, in: path, required: true, schema: { type: string } }
      responses:
        '204': { description: gone }
`;
const CONFIG = `organization: { name: pet shop }
targets:
  python:
    package_name: pet_shop
pagination:
  - name: cursor_page
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
      limit: { type: integer }
    response:
      data: { type: array }
      next_cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
readme:
  example_requests:
    default:
      type: request
      endpoint: delete /stores/{storeId}/pets/{petId}
      params:
        storeId: store_1
        petId: pet_7
    headline:
      type: request
      endpoint: post /pets
      params:
        tags: [calm]
        name: Rex
        ownerInfo: { fullName: Ann Lee }
    pagination:
      type: request
      endpoint: get /pets
      params:
        limit: 10
resources:
  pets:
    models:
      pet: Pet
    methods:
      list: get /pets
      create: post /pets
  stores:
    subresources:
      pets:
        methods:
          delete: delete /stores/{storeId}/pets/{petId}
`;

/** The ```python blocks of a Markdown text. */
function pythonBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/**
 * A README program as a module: a fragment that uses a client it does not make gets one (an async one, inside a
 * coroutine, where it awaits); a last argument `...` (the ones a reader fills in) is left out.
 */
function runnable(program: string): string {
  const text = program.replace(/,\n\s+\.\.\.\n(\s*\))/g, ',\n$1');
  if (/^client = |as client:/m.test(text) || !/\bclient\./.test(text)) return text;
  if (/^(async for|async with|await |\w+ = await )/m.test(text))
    return `from pet_shop import AsyncPetShop\n\nclient = AsyncPetShop()\n\n\nasync def program() -> None:\n${text.replace(/^(?=.)/gm, '    ')}`;
  return `from pet_shop import PetShop\n\nclient = PetShop()\n${text}`;
}

describe("the README of a Python package from a Stainless config's example requests", () => {
  const dir = tempDir('python-readme-examples');
  const out = path.join(dir, 'sdk');
  let readme = '';

  beforeAll(() => {
    writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    generatePython(path.join(dir, 'openapi.yml'), out, path.join(dir, 'stainless.yml'));
    readme = readFileSync(path.join(out, 'README.md'), 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is titled after the client, with Stainless's headings", () => {
    expect(readme.split('\n')[0]).toBe('# Pet Shop Python API library');
    const headings = readme.split('\n').filter((line) => /^#{2,4} /.test(line));
    expect(headings).toEqual(
      expect.arrayContaining([
        '## Nested params',
        '### How to tell whether `None` means `null` or missing',
        '#### Undocumented endpoints',
        '#### Undocumented request params',
        '#### Undocumented response properties',
        '### Determining the installed version',
      ]),
    );
  });

  it('calls the headline request with its params and prints the first field of the result', () => {
    const usage = readme.slice(readme.indexOf('## Usage'), readme.indexOf('## Async usage'));
    expect(usage).toContain(
      'pet = client.pets.create(\n    name="Rex",\n    tags=["calm"],\n    owner_info={"full_name": "Ann Lee"},\n)\nprint(pet.id)\n',
    );
    const asyncUsage = readme.slice(readme.indexOf('## Async usage'));
    expect(asyncUsage).toContain('pet = await client.pets.create(');
  });

  it('shows a nested param as a dict, on the headline request that takes one', () => {
    const nested = readme.slice(readme.indexOf('## Nested params'), readme.indexOf('## Handling errors'));
    expect(nested).toContain(
      'pet = client.pets.create(\n    name="name",\n    owner_info={"full_name": "fullName"},\n)\nprint(pet)\n',
    );
  });

  it('handles errors around the default request, and pages through the pagination one', () => {
    const errors = readme.slice(readme.indexOf('## Handling errors'));
    expect(errors).toContain('client.stores.pets.delete(\n        pet_id="pet_7",\n        store_id="store_1",\n    )');
    const pages = readme.slice(readme.indexOf('## Pagination'), readme.indexOf('## Handling errors'));
    expect(pages).toContain('client.pets.list(\n    limit=10,\n)');
  });

  it.runIf(PYTHON_FULL)(
    'has programs that type-check against the package',
    async () => {
      // (`DefaultHttpxClient(...)` stands for the reader's own client: no program to run.)
      const programs = pythonBlocks(readme).filter((program) => !program.includes('(...)'));
      expect(programs.length).toBeGreaterThan(5);
      mkdirSync(path.join(out, 'readme_programs'), { recursive: true });
      programs.forEach((program, i) =>
        writeFileSync(path.join(out, 'readme_programs', `program_${i}.py`), runnable(program)),
      );
      // Strict but for what a list collected from empty leaves unknown: Stainless's programs collect a page's items
      // into a bare `all_<items> = []` (the README advises its readers pyright's `basic` mode, where it is no error).
      const bareLists = { reportUnknownMemberType: false, reportUnknownArgumentType: false };
      expect(await pyrightErrorsUnderOwnSettings(out, ['readme_programs'], ['src'], bareLists)).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`README programs under pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
