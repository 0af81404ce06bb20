/**
 * Stainless's `standalone_api: true` on a resource, in the Python SDK (issue 91, isaacus-python): the resource is a
 * package of its own (`resources/classifications/universal/universal.py` with an `__init__.py`), its types live in
 * `types/classifications/universal/`, and its api.md section moves to that folder's api.md, which the root api.md
 * links. The package is imported and the method called against a server on 127.0.0.1.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** Imports the type from its standalone package, then calls the method against a local server. */
const CHECK = `${LOCAL_SERVER}
from standalone_sdk import Standalone
from standalone_sdk.types.classifications.universal import UniversalClassification

client = Standalone(base_url=serve(lambda request: {"score": 0.5}))
result = client.classifications.universal.create(query="q")
print(isinstance(result, UniversalClassification), result.score)
`;

describe('a subresource with standalone_api', () => {
  const sdk = pythonSdk('py-standalone', {
    spec: path.join(FIXTURES, 'standalone-api.yaml'),
    config: path.join(FIXTURES, 'standalone-api.stainless.yml'),
  });
  const pkg = path.join(sdk.out, 'src', 'standalone_sdk');

  it('is a package of its own, its types in a folder named as it', () => {
    expect(existsSync(path.join(pkg, 'resources', 'classifications', 'universal', 'universal.py'))).toBe(true);
    expect(readFileSync(path.join(pkg, 'resources', 'classifications', 'universal', '__init__.py'), 'utf8')).toContain(
      'from .universal import',
    );
    const types = path.join(pkg, 'types', 'classifications', 'universal');
    expect(readFileSync(path.join(types, '__init__.py'), 'utf8')).toContain('UniversalClassification');
    expect(existsSync(path.join(types, 'universal_create_params.py'))).toBe(true);
    const tests = path.join(sdk.out, 'tests', 'api_resources', 'classifications');
    expect(existsSync(path.join(tests, 'test_universal.py'))).toBe(true);
    expect(existsSync(path.join(tests, 'universal', '__init__.py'))).toBe(true);
  });

  it('has its api.md section in its own folder, linked from the root api.md', () => {
    const root = sdk.read('api.md');
    expect(root).toContain('## [Universal](src/standalone_sdk/resources/classifications/api.md)');
    expect(root).not.toContain('client.classifications.universal.');
    const own = readFileSync(path.join(pkg, 'resources', 'classifications', 'universal', 'api.md'), 'utf8');
    expect(own.startsWith('# Universal\n')).toBe(true);
    expect(own).toContain('from standalone_sdk.types.classifications.universal import UniversalClassification\n');
    expect(own).toContain(
      'client.classifications.universal.<a href="./src/standalone_sdk/resources/classifications/universal/universal.py">create</a>',
    );
  });

  it('imports, and calls the method against a server', async () => {
    const result = await sdk.run(CHECK);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('True 0.5');
  });
});
