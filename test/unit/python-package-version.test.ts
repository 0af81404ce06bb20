/**
 * The package's version given to generate() (`packageVersion`: what `sdkgen migrate` gives, the version the repository
 * released) is the one every file shows: pyproject.toml's, `_version.py`'s, and the README's install line, which says
 * `--pre` for a pre-release.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const CONFIG = `organization:
  name: acme
targets:
  python:
    package_name: acme
resources:
  pings:
    methods:
      list: get /pings
`;

const SPEC = openapi({
  paths: { '/pings': { get: { operationId: 'listPings', responses: { '204': { description: 'none' } } } } },
});

async function files(packageVersion?: string): Promise<(name: string) => string> {
  const file = writeSpec(SPEC);
  const config = path.join(path.dirname(file), 'stainless.yml');
  writeFileSync(config, CONFIG);
  const result = await generate({ spec: file, config, target: 'python', format: false, packageVersion });
  return (name) => result.files.find((f) => f.path === name)?.contents ?? '';
}

describe("the package's version given to generate()", () => {
  it('is written everywhere, a pre-release installed with --pre', async () => {
    const text = await files('0.7.2-alpha.4');
    expect(text('pyproject.toml')).toContain('version = "0.7.2-alpha.4"');
    expect(text('src/acme/_version.py')).toContain('"0.7.2-alpha.4"');
    expect(text('README.md')).toMatch(/^pip install '?--pre acme'?$/m);
  });

  it("is the config's otherwise, a release installed without --pre", async () => {
    const text = await files();
    expect(text('pyproject.toml')).toContain('version = "0.1.0"');
    expect(text('README.md')).toMatch(/^pip install acme$/m);
  });
});
