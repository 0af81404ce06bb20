/**
 * Config resources with no method on or below them (only models, or only such children), as Stainless writes them in
 * Python (knock `recipients`/`shared`, isaacus `ilgs`): no resource module, class, client attribute or test folder;
 * their models still in types/ and their sections in api.md. A `standalone_api` child of one keeps its (empty)
 * package and api.md. A resource called `shared` is such a resource, not the config's `$shared`. A resource with methods
 * whose subresources have none is still a package, with an empty test folder (isaacus's `enrichments` and its
 * models-only `ilgsv1`, in the generation of 2026-02-03).
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/client-method-resource-r30c.test.ts samples the Python client (docs/contributing.md, "What `npm
// test` samples").
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** Imports every model, checks the client has no attribute for a methodless resource, calls the one method. */
const CHECK = `${LOCAL_SERVER}
from methodless_sdk import Methodless
from methodless_sdk.types import PageInfo, Recipient, User
from methodless_sdk.types.recipients import PreferenceSet
from methodless_sdk.types.ilgs.v1 import Person
from methodless_sdk.types.users import Template
import methodless_sdk.resources.ilgs.v1

client = Methodless(base_url=serve(lambda request: {"id": "u1", "page": {"after": "a"}, "recipient": {"id": "r1"}}))
user = client.users.retrieve("u1")
print([hasattr(client, name) for name in ("shared", "recipients", "ilgs")])
print(type(user.page).__name__, type(user.recipient).__name__)
`;

describe.runIf(PYTHON_FULL)('resources without methods', () => {
  const sdk = pythonSdk('py-methodless', {
    spec: path.join(FIXTURES, 'methodless.yaml'),
    config: path.join(FIXTURES, 'methodless.stainless.yml'),
  });
  const pkg = path.join(sdk.out, 'src', 'methodless_sdk');

  it('get no module, and a resource with only methodless children is a package', () => {
    expect(listFiles(path.join(pkg, 'resources'), /./)).toEqual([
      '__init__.py',
      'ilgs/v1/__init__.py',
      'ilgs/v1/api.md',
      'users/__init__.py',
      'users/users.py',
    ]);
    expect(readFileSync(path.join(pkg, 'resources', '__init__.py'), 'utf8')).not.toMatch(/Shared|Recipients|Ilgs/);
    expect(listFiles(path.join(sdk.out, 'tests', 'api_resources'), /./)).toEqual([
      '__init__.py',
      'ilgs/v1/__init__.py',
      'test_users.py',
      'users/__init__.py',
    ]);
  });

  it('keep their models in types/, a resource named `shared` at the root as any other', () => {
    expect(existsSync(path.join(pkg, 'types', 'page_info.py'))).toBe(true);
    expect(existsSync(path.join(pkg, 'types', 'shared'))).toBe(false);
    expect(existsSync(path.join(pkg, 'types', 'recipients', 'preference_set.py'))).toBe(true);
    expect(existsSync(path.join(pkg, 'types', 'ilgs', 'v1', 'person.py'))).toBe(true);
  });

  it('keep their api.md sections; a standalone child links the folder above the methodless parent', () => {
    const root = sdk.read('api.md');
    expect(root).not.toContain('# Shared Types');
    expect(root.startsWith('# Shared\n\nTypes:\n\n```python\nfrom methodless_sdk.types import PageInfo\n```')).toBe(
      true,
    );
    expect(root).toContain('## Preferences\n\nTypes:\n\n```python\nfrom methodless_sdk.types.recipients import');
    expect(root).toContain('## [V1](src/methodless_sdk/resources/api.md)');
    expect(root).toContain('client.users.<a href="./src/methodless_sdk/resources/users/users.py">retrieve</a>');
    expect(readFileSync(path.join(pkg, 'resources', 'ilgs', 'v1', 'api.md'), 'utf8')).toContain(
      'from methodless_sdk.types.ilgs.v1 import Person',
    );
  });

  it('imports, and the client calls its one method against a server', async () => {
    const result = await sdk.run(CHECK);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('[False, False, False]\nPageInfo Recipient');
  });
});
