/**
 * Names the Python printers choose themselves must not be the spec's: a test's result variable named after a resource
 * (`classes` → `class`, a keyword Ruff refuses to parse) and the locals of a multipart request (`body`, `files`) beside
 * params of those names, which would rebind a param to a value of another type.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';

const FIXTURE = path.join(import.meta.dirname, '..', 'python', 'fixtures', 'local-names.yaml');

describe('local names of the Python printers (test/python/fixtures/local-names.yaml)', async () => {
  const result = await generate({ spec: FIXTURE, config: null, target: 'python', pythonPackage: 'local_names' });
  const file = (name: string) => {
    const found = result.files.find((f) => f.path === name);
    if (!found) throw new Error(`not generated: ${name}`);
    return found.contents;
  };

  it('escapes a keyword the resource name singularizes to in the generated tests', () => {
    const text = file('tests/api_resources/test_classes.py');
    expect(text).toContain('class_ = client.classes.');
    expect(text).not.toMatch(/^\s+class = /m);
  });

  it('keeps the multipart locals apart from params named body and files', () => {
    const text = file('src/local_names/resources/uploads.py');
    expect(text).toMatch(/^\s+body_ = deepcopy_with_paths\(/m);
    expect(text).toMatch(/^\s+files_ = extract_files\(cast\(Mapping\[str, object\], body_\)/m);
    expect(text).toContain('files=files_,');
    expect(text).not.toMatch(/^\s+files = /m);
  });
});
