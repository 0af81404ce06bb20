/**
 * The pipeline of a Python package: like the TypeScript package, it ships the spec it was made from under mock/, and
 * `scripts/test` (which CI runs) mocks that spec when nothing else is named, so CI passes with no repository
 * variable to set; `release.yml` runs release-please and publishes to PyPI when a release is tagged; and
 * `sdkgen-update.yml` regenerates it when the spec changes.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { generatePython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

describe("a Python package's pipeline", () => {
  const dir = tempDir('python-pipeline');
  const out = path.join(dir, 'sdk');
  const specName = 'pet-shop.v1.yaml';
  const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

  beforeAll(() => {
    copyFileSync(path.join(ROOT, 'test/python/fixtures/petstore.yaml'), path.join(dir, specName));
    generatePython(path.join(dir, specName), out);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ships the spec, and scripts/test mocks it when no other is named', () => {
    expect(existsSync(path.join(out, 'mock', specName))).toBe(true);
    // scripts/mock and the venv's python stand-ins: they say what they were given.
    writeFileSync(
      path.join(out, 'scripts/mock'),
      '#!/usr/bin/env bash\necho "mock: $2"\nsleep 30 &\necho $! > .prism.pid\n',
    );
    mkdirSync(path.join(out, '.venv/bin'), { recursive: true });
    writeFileSync(path.join(out, '.venv/bin/python'), '#!/usr/bin/env bash\necho "python $* at $TEST_API_BASE_URL"\n');
    chmodSync(path.join(out, '.venv/bin/python'), 0o755);
    const env = { ...process.env, TEST_API_BASE_URL: '', OPENAPI_SPEC: '' };
    const run = spawnSync('bash', ['scripts/test', '-q'], { cwd: out, env, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`mock: mock/${specName}\npython -m pytest -q at http://127.0.0.1:4010\n`);
    const named = spawnSync('bash', ['scripts/test'], {
      cwd: out,
      env: { ...env, OPENAPI_SPEC: 'https://example.com/openapi.yml' },
      encoding: 'utf8',
    });
    expect(named.stdout).toContain('mock: https://example.com/openapi.yml\n');
  });

  it('releases with release-please and publishes to PyPI', () => {
    const release = read('.github/workflows/release.yml');
    const parsed = yaml.load(release) as { jobs: Record<string, { steps: Array<{ with?: Record<string, string> }> }> };
    expect(parsed.jobs.publish.steps.at(-1)?.with?.password).toMatch(
      /^\$\{\{ secrets\.\w+ \|\| secrets\.PYPI_TOKEN \}\}$/,
    );
    expect(release).toContain('googleapis/release-please-action@v4');
    expect(release).toMatch(/needs: release-please\n\s+if: needs\.release-please\.outputs\.released == 'true'/);
    expect(release).toContain('python -m build');
    expect(release).toContain('uses: pypa/gh-action-pypi-publish@release/v1');
    expect(release).toContain('id-token: write');
    // The secret a Stainless repository already has, else the plain one.
    const prefix = /os\.environ\.get\("([A-Z_]+)_API_KEY"\)|([A-Z_]+)_LOG/.exec(read('README.md'));
    expect(prefix).not.toBeNull();
    expect(release).toContain(`password: \${{ secrets.${prefix![1] ?? prefix![2]}_PYPI_TOKEN || secrets.PYPI_TOKEN }}`);
    // The files release-please bumps are the package's.
    expect(JSON.parse(read('release-please-config.json'))['release-type']).toBe('python');
  });

  it('regenerates with sdkgen update, GitHub expressions intact', () => {
    const update = read('.github/workflows/sdkgen-update.yml');
    expect(update).toContain('sdkgen update --branch "$BRANCH"');
    expect(update).toContain('GH_TOKEN: ${{ secrets.SDKGEN_TOKEN || github.token }}');
    expect(update).not.toContain('\\{{');
  });
});
