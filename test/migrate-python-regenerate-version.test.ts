/**
 * After `sdkgen migrate` of a Stainless Python SDK that has released (release-please's version 1.4.2, not the spec's),
 * the owners' next `sdkgen generate` changes nothing and `sdkgen check` is green: the released version is recorded in
 * the manifest, so the regeneration writes it as the migration did rather than the spec's, which would have put the
 * version back and made release-please's manifest a conflict. Spawns the CLI: SDKGEN_SLOW_TESTS=full.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, sdkgen } from './helpers/git-repo';
import { commitAll, commitGeneration, commitGenerationThenMain } from './helpers/git-history';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { read, write } from './helpers/stainless-repository';
import { PETSTORE_SPEC as SPEC, stainlessPythonGeneration } from './helpers/python-migrate';

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  pets:
    methods:
      list: get /pets
`;

describe.skipIf(!SLOW_FULL)('sdkgen migrate of a released Python package, then sdkgen generate', () => {
  let repo: string;
  let run: ReturnType<typeof sdkgen>;

  beforeAll(() => {
    const work = tempDir('migrate-python-regenerate-version');
    ({ repo } = stainlessPythonGeneration(work, CONFIG));
    write(repo, '.stats.yml', 'configured_endpoints: 1\n');
    commitGenerationThenMain(repo);
    // release-please's release: its manifest, pyproject.toml's version and `_version.py`'s.
    const version = /^version = "([^"]+)"/m.exec(read(repo, 'pyproject.toml'))![1];
    write(repo, '.release-please-manifest.json', '{\n  ".": "1.4.2"\n}\n');
    write(repo, 'pyproject.toml', read(repo, 'pyproject.toml').replace(`version = "${version}"`, 'version = "1.4.2"'));
    const versionModule = 'src/acme/_version.py';
    write(repo, versionModule, read(repo, versionModule).replace(`"${version}"`, '"1.4.2"'));
    commitGeneration(repo, 'release: 1.4.2');
    run = sdkgen(repo, 'migrate', '--spec', SPEC, '--config', path.join(work, 'stainless.yml'));
  });

  it('keeps the released version, and a regeneration changes nothing', () => {
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(read(repo, 'pyproject.toml')).toMatch(/^version = "1\.4\.2"$/m);
    const manifest = JSON.parse(read(repo, '.sdkgen/manifest.json')) as { inputs: Record<string, unknown> };
    expect(manifest.inputs).toMatchObject({ target: 'python', packageVersion: '1.4.2' });
    commitAll(repo, 'sdkgen migrate');
    const again = sdkgen(repo, 'generate');
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(git(repo, 'status', '--short')).toBe('');
    const check = sdkgen(repo, 'check');
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});
