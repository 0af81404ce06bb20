/**
 * A generated test module whose methods return a `List[…]` or an `Optional[…]` names them on the standard library's
 * `from typing import …` line, beside `Any` and `cast`, as Stainless's tests do (`from typing import Any, List,
 * Optional, cast`: classes by length, then the function, Ruff's isort with order-by-type and length-sort), not on a
 * second `from typing` line among the first-party imports. In-process: cheap.
 */
import { beforeAll, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';
import { okJson as ok } from '../helpers/openapi';
import { tempDir } from '../helpers/sdk';

const item = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } };
const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Shelf', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/books': { get: { operationId: 'listBooks', responses: ok({ type: 'array', items: item }) } },
    '/books/{id}': {
      get: {
        operationId: 'getBook',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok({ anyOf: [item, { type: 'null' }] }),
      },
    },
  },
});
const CONFIG = [
  'organization: { name: shelf }',
  'targets:',
  '  python: { package_name: shelf }',
  'resources:',
  '  books:',
  '    methods:',
  '      list: get /books',
  '      retrieve: get /books/{id}',
  '',
].join('\n');

const dir = tempDir('sdkgen-py-tests-typing');
let tests = '';

beforeAll(async () => {
  tests = (await generatePythonFiles(dir, SPEC, CONFIG)).get('tests/api_resources/test_books.py') ?? '';
}, 120_000);

it('names the return types on the one typing line', () => {
  // The list's response is a model of its own (BookListResponse); the nullable one is Optional[…].
  expect(tests).toContain('\nfrom typing import Any, Optional, cast\n');
  expect(tests).toContain('assert_matches_type(Optional[BookRetrieveResponse], book, path=["response"])');
  expect(tests.match(/^from typing import/gm)).toHaveLength(1);
});
