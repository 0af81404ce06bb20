/**
 * Forms of a resource method that Stainless's Python SDKs write and sdkgen now writes too (h-py-params):
 *
 * - a `type[T]` argument given through `cast(Any, …)` (`cast_to=`, a page's `model=`) has a comment after it, which
 *   splits the request one argument a line and is counted in the line's width, as Ruff lays it out (checked against
 *   Ruff's WebAssembly build, in the module's own layout and when the module is left to Ruff);
 * - an Args entry whose description's first line ends in a colon (one introducing a list) starts on a line of its own;
 * - an overloaded method's implementation takes its params in the overloads' order (each overload's required ones,
 *   then its optional ones, then those of the next not yet taken), and sends its body in that order.
 *
 * In-process; the generated package's types are checked by the suites that run pyright (this changes no type).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { formatPython } from '../../generator/format/ruff';
import { CAST_ANY_NOTE } from '../../generator/emit/python/resources/print-request';
import { callExpr, ResourceLayout, type Bracketed } from '../../generator/emit/python/resources/print-resource-layout';
import { writeFileSync } from 'node:fs';
import { pythonTempDir } from '../helpers/python-sdk';

const INDENT = '        ';
const HEAD = 'class A:\n    def f(self):\n';

/** The statement as Ruff formats it, in a method body. */
function ruff(lines: string[]): string {
  return formatPython(`${HEAD}${lines.join('\n')}\n`, 'a.py');
}

const options = callExpr('options=make_request_options', [
  'extra_headers=extra_headers',
  'extra_query=extra_query',
  'extra_body=extra_body',
  'timeout=timeout',
]);

/** `return cast(name, self._post("/x", options=…, cast_to=cast(Any, name)))`, the request written magic. */
function castRequest(name: string): { expr: Bracketed; item: string } {
  const item = `cast_to=cast(Any, ${name})`;
  const request: Bracketed = { ...callExpr('self._post', ['"/x"', options, item]), magic: true };
  return { expr: callExpr('cast', [name, request]), item };
}

describe('the comment after a type given through Any', () => {
  it.each([
    ['a short name: on the line of the argument', 'Pet'],
    ['a name too long for both: the cast split, its arguments on a line', 'TokenCreateResponseOfSomeLength'],
    ['a name too long for its line even without it: the cast split', `Response${'X'.repeat(80)}`],
    ['a name too long for a line with Any: one argument a line', `Response${'X'.repeat(89)}`],
  ])('%s, as Ruff lays it out', (_name, name) => {
    const { expr, item } = castRequest(name);
    const layout = new ResourceLayout(true);
    const lines = layout.statementWithComment(INDENT, 'return ', expr, item, CAST_ANY_NOTE);
    const module = `${HEAD}${lines.join('\n')}\n`;
    expect(layout.inLayout).toBe(true);
    expect(formatPython(module, 'a.py')).toBe(module);
    expect(lines.join('\n')).toContain(name === 'Pet' ? `${item},${CAST_ANY_NOTE}` : `),${CAST_ANY_NOTE}`);
    // Out of layout, the statement as written is Ruff's to lay out: it comes to the same.
    const flat = new ResourceLayout(false).statementWithComment(INDENT, 'return ', expr, item, CAST_ANY_NOTE);
    expect(flat).toHaveLength(2);
    expect(ruff(flat)).toBe(module);
  });

  it("a page's model: the list call one argument a line", () => {
    const item = 'model=cast(Any, Audience)';
    const list: Bracketed = {
      ...callExpr('self._get_api_list', ['"/audiences"', 'page=SyncEntriesCursor[Audience]', options, item]),
      magic: true,
    };
    const layout = new ResourceLayout(true);
    const lines = layout.statementWithComment(INDENT, 'return ', list, item, CAST_ANY_NOTE);
    expect(lines).toContain(`${INDENT}    ${item},${CAST_ANY_NOTE}`);
    expect(ruff(lines)).toBe(`${HEAD}${lines.join('\n')}\n`);
  });

  it('the comment is ours, as wide as the one it stands for', () => {
    expect(CAST_ANY_NOTE).toMatch(/^ {2}# /);
    expect(CAST_ANY_NOTE.length - 4).toBe(63);
  });
});

const SPEC = `
openapi: 3.1.0
info: { title: Store, version: '1' }
servers: [{ url: 'https://api.store.test' }]
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - name: kind
          in: query
          description: |
            The kinds of pet to include:

            - \`cat\`: cats only
            - \`dog\`: dogs only
          schema: { type: string }
        - { name: limit, in: query, description: 'The number of pets: at most 10.', schema: { type: integer } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } }
  /origins:
    post:
      operationId: createOrigin
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - type: object
                  required: [access_key, bucket, name, type]
                  properties:
                    type: { type: string, const: S3 }
                    name: { type: string }
                    bucket: { type: string }
                    access_key: { type: string }
                    prefix: { type: string }
                - type: object
                  required: [bucket, client_email, name, type]
                  properties:
                    type: { type: string, const: GCS }
                    name: { type: string }
                    bucket: { type: string }
                    client_email: { type: string }
                    prefix: { type: string }
                    region: { type: string }
      responses:
        '204': { description: created }
components:
  schemas:
    Cat:
      type: object
      required: [meows]
      properties: { meows: { type: boolean } }
    Dog:
      type: object
      required: [barks]
      properties: { barks: { type: boolean } }
    Pet:
      oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }]
`;

const CONFIG = `organization: { name: store }
targets:
  python:
    package_name: store
resources:
  pets:
    models:
      pet: '#/components/schemas/Pet'
    methods:
      retrieve: get /pets/{id}
  origins:
    methods:
      create: post /origins
`;

describe('a generated package', async () => {
  const dir = pythonTempDir('py-request-forms');
  writeFileSync(path.join(dir, 'openapi.yaml'), SPEC);
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(dir, 'openapi.yaml'),
    config: path.join(dir, 'stainless.yml'),
    target: 'python',
  });
  const file = (name: string) => result.files.find((f) => f.path === `src/store/resources/${name}`)!;

  it('writes the comment after a union cast_to, in the layout Ruff leaves', () => {
    const pets = file('pets.py');
    expect(pets.contents).toContain(`cast_to=cast(Any, Pet),${CAST_ANY_NOTE}\n`);
    expect(pets.inFormatterLayout).toBe(true);
    expect(formatPython(pets.contents, pets.path)).toBe(pets.contents);
  });

  it('starts an Args description ending its first line in a colon on a line of its own', () => {
    const pets = file('pets.py').contents;
    expect(pets).toContain(
      ['          kind:', '              The kinds of pet to include:', '', '              - `cat`: cats only'].join(
        '\n',
      ),
    );
    // A colon inside the line is no introduction.
    expect(pets).toContain('          limit: The number of pets: at most 10.\n');
  });

  it("takes an overloaded method's params in the overloads' order, and sends them so", () => {
    const origins = file('origins.py').contents;
    const implementation =
      /@required_args\([\s\S]*?\)\n {4}def create\(\n {8}self,\n {8}\*,\n([\s\S]*?)\n {8}extra_headers/.exec(origins);
    expect(implementation).not.toBeNull();
    const names = implementation![1]
      .split('\n')
      .filter((line) => !line.trim().startsWith('#'))
      .map((line) => line.trim().split(':')[0]);
    expect(names).toEqual(['access_key', 'bucket', 'name', 'type', 'prefix', 'client_email', 'region']);
    expect(implementation![1]).toContain('        access_key: str | Omit = omit,\n        bucket: str,\n');
    const body = /body=maybe_transform\(\n +\{\n([\s\S]*?)\n +\},/.exec(origins);
    expect(body![1].split('\n').map((line) => line.trim().split(':')[0])).toEqual(
      ['access_key', 'bucket', 'name', 'type', 'prefix', 'client_email', 'region'].map((n) => `"${n}"`),
    );
    expect(formatPython(origins, 'origins.py')).toBe(origins);
  });
});
