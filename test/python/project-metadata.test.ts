/**
 * What a Python package built from a Stainless config that also has a TypeScript target says of itself: its repository
 * and README heading are the Python target's `production_repo` and `readme_title` (not the TypeScript one's), its
 * `_version.py` carries the marker release-please's `extra-files` bumps, and its `__init__.py` turns logging on from
 * `<PREFIX>_LOG`.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/pydist-forms.test.ts samples Python packaging (docs/contributing.md, "What `npm test` samples").
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { generatePython, PYTHON_FULL, tomlTable } from '../helpers/python';
import { runSdkgen } from '../helpers/sdkgen-cli';
import { tempDir } from '../helpers/sdk';

const SPEC = path.join(ROOT, 'test/python/fixtures/petstore.yaml');
const CONFIG = `organization: { name: acme, security_contact: security@acme.test }
targets:
  typescript:
    package_name: acme-ts
    production_repo: acme-inc/acme-node
    readme_title: Acme TypeScript Library
  python:
    package_name: acme
    production_repo: acme-inc/acme-python
    readme_title: Acme for Python
    edition: python.2025-11-20
resources:
  pets:
    methods:
      list: get /pets
      create: post /pets
  stores:
    subresources:
      pets:
        methods:
          delete: delete /stores/{storeId}/pets/{petId}
`;

describe.runIf(PYTHON_FULL)('the Python package of a config with both targets', () => {
  const dir = tempDir('python-metadata');
  const out = path.join(dir, 'sdk');
  const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

  beforeAll(() => {
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    generatePython(SPEC, out, path.join(dir, 'stainless.yml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names the Python target's repository", () => {
    const urls = tomlTable(read('pyproject.toml'), 'project.urls');
    expect(urls).toEqual({
      Homepage: 'https://github.com/acme-inc/acme-python',
      Repository: 'https://github.com/acme-inc/acme-python',
    });
    expect(read('README.md')).not.toContain('acme-node');
  });

  it("is headed by the Python target's readme_title, not the TypeScript one's", () => {
    // (Stainless's heading says "API library" after it: isaacus-python's `Isaacus Python API library`.)
    expect(read('README.md').split('\n')[0]).toBe('# Acme for Python API library');
  });

  it("asks for vulnerability reports at the organization's security contact", () => {
    const security = read('SECURITY.md');
    expect(security).toContain('`acme`');
    expect(security).toContain('security@acme.test');
    expect(security).not.toMatch(/\{\{|\}\}/);
  });

  it("marks _version.py's version for release-please, which the config lists it for", () => {
    expect(read('src/acme/_version.py')).toMatch(/^__version__ = "[^"]+" {2}# x-release-please-version$/m);
    expect(JSON.parse(read('release-please-config.json'))['extra-files']).toContain('src/acme/_version.py');
  });

  it('says, when it writes the TypeScript package for the first time, how the Python one is written', () => {
    const typescript = path.join(dir, 'sdk-ts');
    const notice = /targets\.python is set too: `--target typescript,python -o <dir>` writes both packages/;
    const first = runSdkgen(['generate', SPEC, '--config', path.join(dir, 'stainless.yml'), '-o', typescript]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(notice);
    // (Not again on each regeneration.)
    const again = runSdkgen(['generate', SPEC, '--config', path.join(dir, 'stainless.yml'), '-o', typescript]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toMatch(notice);
  });

  it('turns logging on from ACME_LOG', () => {
    const init = read('src/acme/__init__.py');
    expect(init).toContain('from ._utils._logs import setup_logging as _setup_logging');
    // Called with no argument, as Stainless's: the runtime's `_logs.py` names the variable.
    expect(init).toMatch(/^_setup_logging\(\)$/m);
    expect(read('src/acme/_utils/_logs.py')).toContain('def setup_logging() -> None:');
    expect(read('src/acme/_utils/_logs.py')).toMatch(/^_LOG_ENV = "ACME_LOG"$/m);
  });
});
