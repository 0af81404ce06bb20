/**
 * A string param or property with a `pattern` gets a test value the pattern accepts (a mock server such as Prism
 * checks it: twilio's `^AC[0-9a-fA-F]{32}$` SIDs were `xxx…` and every request was refused), within its length
 * bounds (a name longer than the maximum is cut to it); a value that already matches (a name) stays as Stainless's tests write it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { sampleOfPattern } from '../../generator/emit/pattern-sample';

const FIXTURE = path.join(import.meta.dirname, '..', 'python', 'fixtures', 'patterned-examples.yaml');

describe('sampleOfPattern', () => {
  const sample = (pattern: string) => sampleOfPattern(pattern, { timedOut: 0 });

  it('builds a string of literals, classes, escapes, groups and counted repeats that the pattern accepts', () => {
    expect(sample('^AC[0-9a-fA-F]{32}$')).toBe(`AC${'0'.repeat(32)}`);
    expect(sample('^\\+[1-9]\\d{1,14}$')).toBe('+10');
    expect(sample('^(?:foo|bar)\\.baz$')).toBe('foo.baz');
    expect(sample('^[^/]+$')).toBe('a');
    expect(sample('^[a-z]+(-[a-z]+)*$')).toBe('a');
  });

  it('gives null for forms it does not read, and for a result the pattern refuses', () => {
    expect(sample('^(?=x)y$')).toBeNull();
    expect(sample('^(a)\\1$')).toBeNull();
    expect(sample('^a{99999}$')).toBeNull();
    expect(sample('[')).toBeNull();
  });
});

describe('test values meeting patterns (test/python/fixtures/patterned-examples.yaml)', async () => {
  const result = await generate({ spec: FIXTURE, config: null, target: 'python', pythonPackage: 'patterned' });
  const test = result.files.find((f) => f.path === 'tests/api_resources/accounts/test_calls.py')?.contents ?? '';

  it('writes values the patterns accept, of the lengths allowed', () => {
    // (A run of one character after the literal prefix, of the length allowed, as TypeScript's tests write it.)
    expect(test).toContain(`account_sid="AC${'1'.repeat(32)}",`);
    expect(test).toContain(`application_sid="AP${'0'.repeat(32)}",`);
    expect(test).toContain('region="aa-0",');
  });

  it('keeps the plain value where the pattern accepts it or there is none', () => {
    expect(test).toContain('slug="slug",');
    expect(test).toContain('plain="xxx",');
  });

  it('cuts a name longer than the maximum length to it', () => {
    const regions = result.files.find((f) => f.path === 'tests/api_resources/test_regions.py')?.contents ?? '';
    expect(regions).toContain('function_region="func",');
  });
});

describe('a test module under a base path (test/python/fixtures/base-path-tests.yaml)', async () => {
  const fixture = path.join(import.meta.dirname, '..', 'python', 'fixtures', 'base-path-tests.yaml');
  const result = await generate({ spec: fixture, config: null, target: 'python', pythonPackage: 'prefixed' });
  const file = (name: string) => result.files.find((f) => f.path === name)?.contents ?? '';

  it("mocks a route (respx) under the client's base URL, which carries the prefix cut from the paths", () => {
    const base = 'base_url = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010") + "/v1"';
    expect(file('tests/conftest.py')).toContain(base);
    expect(file('tests/api_resources/test_openapi.py')).toContain('respx_mock.get("/openapi")');
    expect(file('tests/api_resources/test_openapi.py')).toContain(base);
  });
});

describe('an optional raw body (test/python/fixtures/patterned-examples.yaml)', async () => {
  const result = await generate({ spec: FIXTURE, config: null, target: 'python', pythonPackage: 'patterned' });
  const resource = result.files.find((f) => f.path === 'src/patterned/resources/uploads.py')?.contents ?? '';

  // Required and positional, as Stainless's call takes a spec's optional raw body (its Petstore example's
  // `upload_image(self, pet_id, body: FileContent, *, …)`; test/python/raw-body-call-shape-r62a.test.ts).
  it("passes it as Stainless's content, a path read first, required and positional", () => {
    // (Typed as Stainless's `content=` era types it: test/python/binary-body-era-r59d.test.ts.)
    expect(resource).toMatch(/^ {8}hash: str,\n {8}body: FileContent \| BinaryTypes,\n {8}\*,$/m);
    expect(resource).toMatch(/^ {8}hash: str,\n {8}body: FileContent \| AsyncBinaryTypes,\n {8}\*,$/m);
    expect(resource).toContain('content=read_file_content(body) if isinstance(body, os.PathLike) else body,');
    expect(resource).not.toMatch(/body: FileContent[^\n]*Omit/);
  });
});

describe('credentials an operation requires as parameters (test/python/fixtures/required-credentials.yaml)', async () => {
  const fixture = path.join(import.meta.dirname, '..', 'python', 'fixtures', 'required-credentials.yaml');
  const result = await generate({ spec: fixture, config: null, target: 'python', pythonPackage: 'keyed' });
  const resource = (name: string) =>
    result.files.find((f) => f.path === `src/keyed/resources/${name}.py`)?.contents ?? '';

  it('sends the credential of a required parameter with every alternative of the security', () => {
    // `key` and `token` both required: both sent (the client's configured credentials), whichever alternative.
    expect(resource('cards')).not.toContain('security=');
    expect(resource('boards')).toContain('security=[["api_key", "api_token"], ["api_token"]]');
  });

  it('keeps the alternatives where no credential is a required parameter', () => {
    expect(resource('lists')).toContain('security=[["api_key"], ["api_token"]]');
  });
});
