/**
 * A Stainless Python SDK whose package is nested in namespace packages (`package_name: cerebras.cloud.sdk`, its
 * client at `src/cerebras/cloud/sdk/_client.py`) has that dotted import name, and migrate moves it: sdkgen's Python
 * target writes such a package (emit/python/package-root.ts). It was refused, first as "not a TypeScript or Python
 * one", then as nested in namespace packages.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../generator/api/migrate';
import { nestedPythonPackage, pythonImportName } from '../../generator/migrate/python/import-name';
import { baseImportName } from '../../generator/migrate/python/owners/renamed-package';
import { modulesImportedBy } from '../../generator/migrate/python/source/imports';
import { resolveImport } from '../../generator/migrate/python/source/import-resolution';
import { writeFile as write } from '../helpers/files';
import { tempDir } from '../helpers/sdk';

const BANNER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n';
const file = (p: string, text: string | null = BANNER) => ({ path: p, blob: null, text });

describe("a Stainless Python SDK's package", () => {
  it('is found at the top of src/, or nested below it under a dotted name', () => {
    expect(pythonImportName([file('src/acme/_client.py')])).toBe('acme');
    expect(nestedPythonPackage([file('src/acme/_client.py')])).toBeNull();
    const nested = [file('src/cerebras/cloud/__init__.py', ''), file('src/cerebras/cloud/sdk/_client.py')];
    expect(pythonImportName(nested)).toBe('cerebras.cloud.sdk');
    expect(nestedPythonPackage(nested)).toBe('cerebras.cloud.sdk');
    // Without Stainless's header it is not Stainless's client.
    expect(nestedPythonPackage([file('src/cerebras/cloud/sdk/_client.py', 'class Client: ...\n')])).toBeNull();
  });

  it("nested: the owners' imports of it are read, and the base's package is found", () => {
    const test = 'from cerebras.cloud.sdk._utils import LazyProxy\nfrom cerebras.cloudy import x\n';
    const imported = modulesImportedBy('tests/test_proxy.py', test, 'cerebras.cloud.sdk');
    expect(imported).toContain('src/cerebras/cloud/sdk/_utils.py');
    expect(imported).toContain('src/cerebras/cloud/sdk/_utils/__init__.py');
    expect(imported.filter((m) => !m.startsWith('src/cerebras/cloud/sdk/'))).toEqual([]);
    const modules = new Map([['src/cerebras/cloud/sdk/_utils/__init__.py', 'LazyProxy = 1\n']]);
    const from = 'from cerebras.cloud.sdk._utils import LazyProxy';
    expect(
      resolveImport('tests/test_proxy.py', from, 'LazyProxy', 'cerebras.cloud.sdk', (p) => modules.get(p) ?? null),
    ).toEqual({ resolved: 'src/cerebras/cloud/sdk/_utils/__init__.py' });
    const blobs = new Map([
      ['src/cerebras/cloud/__init__.py', 'a'],
      ['src/cerebras/cloud/sdk/_client.py', 'b'],
    ]);
    expect(baseImportName({ blobs, texts: new Map() } as Parameters<typeof baseImportName>[0])).toBe(
      'cerebras.cloud.sdk',
    );
  });

  it('nested in namespace packages: migrate does not refuse it', async () => {
    const repo = path.join(tempDir('migrate-nested-python'), 'repo');
    mkdirSync(repo, { recursive: true });
    write(repo, '.stats.yml', 'configured_endpoints: 1\n');
    write(repo, 'pyproject.toml', '[project]\nname = "cerebras_cloud_sdk"\n');
    write(repo, 'src/cerebras/cloud/__init__.py', '');
    write(repo, 'src/cerebras/cloud/sdk/_client.py', BANNER);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
    // (It goes on to look for a spec, which this repository has none of.)
    await expect(migrate({ repo, spec: null, config: null })).rejects.toThrow(/no spec given/);
  });
});
