/**
 * A string of a fixed length and a pattern in the endpoint tests (increase-ts's `routing_number`: `minLength: 9`,
 * `maxLength: 9`, `pattern: ^[0-9]*$`): the short value the pattern accepts (`1`) is too short, and the fallback,
 * `string` padded with x's to the length (`stringxxx`), is refused by the pattern: the mock server answered 422 and
 * the test failed. The value is one the pattern accepts, of the length allowed (`111111111`); a pattern with no value
 * of which no short run of one character is of an allowed length keeps the fallback, and a string without a pattern is as
 * before. Python's endpoint tests take the same values (a Prism mock refuses the others just as well).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateWithStainlessConfig } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Banks', version: '1' },
  servers: [{ url: 'https://api.banks.test' }],
  paths: {
    '/routing_numbers': {
      get: {
        operationId: 'listRoutingNumbers',
        parameters: [
          {
            in: 'query',
            name: 'routing_number',
            required: true,
            schema: { type: 'string', minLength: 9, maxLength: 9, pattern: '^[0-9]*$' },
          },
          {
            in: 'query',
            name: 'code',
            required: false,
            schema: { type: 'string', minLength: 4, maxLength: 4, pattern: '^[A-Z]+$' },
          },
          { in: 'query', name: 'label', required: false, schema: { type: 'string', minLength: 3 } },
          {
            in: 'query',
            name: 'postal_code',
            required: false,
            schema: { type: 'string', minLength: 1, maxLength: 10, pattern: '^[0-9]{5}(?:-?[0-9]{4})?$' },
          },
        ],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};
const CONFIG = `organization: { name: banks }
targets:
  typescript:
    package_name: banks
  python:
    package_name: banks
resources:
  routing_numbers:
    methods:
      list: get /routing_numbers
`;

let test: string;
let pythonTest: string;
beforeAll(async () => {
  const { files } = await generateWithStainlessConfig('pattern-exact-length', SPEC, CONFIG);
  test = files.get('tests/api-resources/routing-numbers.test.ts') ?? '';
  const python = await generateWithStainlessConfig('pattern-exact-length-py', SPEC, CONFIG, { target: 'python' });
  pythonTest = python.files.get('tests/api_resources/test_routing_numbers.py') ?? '';
}, 60_000);

describe('a string of a fixed length and a pattern in the endpoint tests', () => {
  it('is a value the pattern accepts, of the length allowed', () => {
    expect(test).toContain("routing_number: '111111111'");
    expect(test).toContain("code: 'AAAA'");
    expect(test).toContain("postal_code: '11111'");
  });

  it('without a pattern, is as before', () => {
    expect(test).toContain("label: 'xxx'");
  });
});

describe("Python's endpoint tests, likewise (the same values as TypeScript's)", () => {
  it('is a value the pattern accepts, of the length allowed', () => {
    expect(pythonTest).toContain('routing_number="111111111"');
    expect(pythonTest).toContain('code="AAAA"');
    expect(pythonTest).toContain('postal_code="11111"');
  });

  it('without a pattern, is as before', () => {
    expect(pythonTest).toContain('label="xxx"');
  });
});
