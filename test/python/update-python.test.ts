/**
 * `sdkgen update` right after `sdkgen generate --target python`, nothing changed in between: no file changes, the
 * manifest (its inputs key and its units' keys) as generate wrote it, and no commit. The spec is given to generate by
 * its bare file name, as a user in the spec's folder types it; update gives it absolute (from the manifest): the keys
 * must not depend on how the spec's path was spelt.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/update.test.ts samples sdkgen update (docs/contributing.md, "What `npm test` samples").
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, GIT_IDENTITY } from '../helpers/git-repo';
import { runSdkgen } from '../helpers/sdkgen-cli';
import { tempDir } from '../helpers/sdk';
import { PYTHON_FULL } from '../helpers/python';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'petstore.yaml');
const MANIFEST = 'sdk/.sdkgen/manifest.json';

let repo = '';
let manifest = '';

beforeAll(() => {
  repo = path.join(tempDir('update-python'), 'repo');
  mkdirSync(repo, { recursive: true });
  copyFileSync(FIXTURE, path.join(repo, 'petstore.yaml'));
  git(repo, 'init', '-q', '-b', 'main');
  const generated = runSdkgen(['generate', 'petstore.yaml', '-o', 'sdk', '--target', 'python'], { cwd: repo });
  expect(generated.code, generated.stderr).toBe(0);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'generated');
  manifest = readFileSync(path.join(repo, MANIFEST), 'utf8');
});

describe.runIf(PYTHON_FULL)('sdkgen update of a Python SDK just generated', () => {
  it('changes nothing: no file, the manifest as generate wrote it, no commit', () => {
    const result = runSdkgen(['update', '-o', 'sdk'], { cwd: repo, env: { ...process.env, ...GIT_IDENTITY } });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toMatch(/no changes/i);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expect(readFileSync(path.join(repo, MANIFEST), 'utf8')).toBe(manifest);
    expect(git(repo, 'branch', '--format=%(refname:short)').split('\n').filter(Boolean)).toEqual(['main']);
  });

  it('and `sdkgen generate` from another folder, the spec named by another path, keys it the same', () => {
    const result = runSdkgen(['generate', path.join('repo', 'petstore.yaml'), '-o', 'repo/sdk', '--target', 'python'], {
      cwd: path.dirname(repo),
    });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(path.join(repo, MANIFEST), 'utf8')).toBe(manifest);
  });
});
