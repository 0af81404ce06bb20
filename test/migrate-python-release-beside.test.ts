/**
 * sdkgen's Python release workflow beside the owners' own workflows, as the TypeScript move sets its release.yml beside
 * theirs: where their workflow runs release-please, sdkgen's leaves the releases to it and publishes each published
 * release to PyPI (by hand only, where theirs publish too); where theirs only publish (`twine upload`, PyPA's action,
 * Rye's), a person keeps one; a publishing step of another folder's package (an alias package) is no second publisher;
 * and where the owners pin every action to a commit, sdkgen's workflow takes their pins. Before, sdkgen's release.yml ran
 * release-please beside theirs (two release pull requests), twine and PyPA's action were not seen as publishing, and
 * its actions stayed on tags in a repository that pins them all.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import {
  pinnedLikeTheirs,
  publishesToPyPI,
  pythonReleaseBeside,
} from '../generator/migrate/python/project/release-beside';

const blob = (text: string) => createHash('sha1').update(text).digest('hex');
const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const OURS = fs
  .readFileSync(path.join(__dirname, '../templates/python/project/github/workflows/release.yml'), 'utf8')
  .replaceAll('{{envPrefix}}', 'ACME');
const RELEASE = '.github/workflows/release.yml';

const RELEASE_PLEASE = `name: Release Please
on:
  push:
    branches: [main]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: googleapis/release-please-action@v4
        with:
          token: \${{ secrets.RELEASE_TOKEN }}
`;
const TWINE = `name: Upload
on:
  release:
    types: [published]
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python -m build
      - name: Upload
        run: python -m twine upload dist/*
`;

const STAINLESS: Record<string, string> = {
  'pyproject.toml': '[project]\nname = "acme"\nversion = "0.1.0"\n',
  'src/acme/_client.py': `${HEADER}class Acme:\n    pass\n`,
};

function plan(owners: Record<string, string>) {
  const current = Object.entries({ ...STAINLESS, ...owners });
  return planPythonMigration({
    current: current.map(([p, text]) => ({ path: p, blob: blob(text), text })),
    base: {
      blobs: new Map(Object.entries(STAINLESS).map(([p, t]) => [p, blob(t)])),
      texts: new Map(Object.entries(STAINLESS)),
    },
    rendered: [
      { path: 'pyproject.toml', contents: STAINLESS['pyproject.toml'] },
      { path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' },
      { path: RELEASE, contents: OURS },
    ],
    importName: 'acme',
  });
}

const written = (migrated: ReturnType<typeof plan>) => migrated.writes.find((f) => f.path === RELEASE)?.contents ?? '';

describe("sdkgen's Python release workflow beside the owners' own", () => {
  it('leaves the releases to their release-please and publishes each published release', () => {
    const migrated = plan({ '.github/workflows/release-please.yml': RELEASE_PLEASE });
    expect(migrated.releaseBeside).toEqual({ theirs: ['.github/workflows/release-please.yml'], publishes: false });
    expect(migrated.needsHand).toEqual([]);
    const release = written(migrated);
    expect(release).not.toContain('release-please-action');
    expect(release).not.toContain('needs: release-please');
    expect(release).toMatch(/^on:\n {2}release:\n {4}types: \[published\]\n {2}workflow_dispatch: \{\}$/m);
    expect(release).toContain('pypa/gh-action-pypi-publish');
    expect(release).toContain('PyPI');
    expect(release).not.toContain('npm');
    // Their workflow stays as it is.
    expect(migrated.writes.find((f) => f.path === '.github/workflows/release-please.yml')).toBeUndefined();
    expect(migrated.removed).not.toContain('.github/workflows/release-please.yml');
  });

  it('runs only by hand where theirs publish to PyPI too', () => {
    const migrated = plan({
      '.github/workflows/release-please.yml': RELEASE_PLEASE,
      '.github/workflows/upload.yml': TWINE,
    });
    expect(migrated.releaseBeside).toEqual({ theirs: ['.github/workflows/release-please.yml'], publishes: true });
    expect(migrated.needsHand).toEqual([]);
    expect(written(migrated)).toMatch(/^on:\n {2}workflow_dispatch: \{\}$/m);
  });

  it("leaves a second publisher to a person where theirs publish without release-please; sdkgen's stays whole", () => {
    const migrated = plan({ '.github/workflows/upload.yml': TWINE });
    expect(migrated.releaseBeside).toBeNull();
    expect(migrated.needsHand.map((n) => n.path)).toEqual(['.github/workflows/upload.yml']);
    expect(migrated.needsHand[0].reason).toMatch(/publishes the package to PyPI/);
    expect(written(migrated)).toBe(OURS);
  });

  it("counts twine's upload and PyPA's action as publishing, of the root's package alone", () => {
    expect(publishesToPyPI(TWINE)).toBe(true);
    expect(publishesToPyPI('steps:\n  - uses: pypa/gh-action-pypi-publish@release/v1\n')).toBe(true);
    expect(publishesToPyPI('steps:\n  - run: rye publish --yes\n')).toBe(true);
    // Another folder's package: an alias package of theirs.
    const alias =
      'steps:\n  - name: Publish shim\n    working-directory: shim\n    run: python3 -m twine upload dist/*\n';
    expect(publishesToPyPI(alias)).toBe(false);
    expect(publishesToPyPI('steps:\n  - run: twine upload shim/dist/*\n')).toBe(false);
    const packagesDir =
      'steps:\n  - uses: pypa/gh-action-pypi-publish@release/v1\n    with:\n      packages-dir: shim/dist\n';
    expect(publishesToPyPI(packagesDir)).toBe(false);
    expect(publishesToPyPI('steps:\n  - run: uv publish --directory shim\n')).toBe(false);
    // A later step in another folder leaves the root's publishing a publisher.
    expect(publishesToPyPI(`${TWINE}      - working-directory: docs\n        run: make\n`)).toBe(true);
    expect(publishesToPyPI('steps:\n  - run: twine check dist/*\n')).toBe(false);
  });
});

const CHECKOUT = 'de0fac2e4500dabe0009e67214ff5f5447ce83dd';
const SETUP = 'a309ff8b426b58ec0e2a45f0f869d46889d02405';
const PINNED = `name: CI
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${CHECKOUT} # v6.0.2
      - uses: actions/setup-python@${SETUP} # v6.2.0
      - run: ./scripts/test
`;

describe("sdkgen's Python release workflow pinned as theirs are", () => {
  it('takes their pins of the actions it uses, and the known commits of the others (action-pins.ts)', () => {
    const migrated = plan({ '.github/workflows/ci.yml': PINNED });
    const release = written(migrated);
    expect(release).toContain(`- uses: actions/checkout@${CHECKOUT} # v6.0.2\n`);
    expect(release).toContain(`- uses: actions/setup-python@${SETUP} # v6.2.0\n`);
    expect(release).not.toContain('actions/checkout@v4');
    expect(release).toContain('googleapis/release-please-action@5c625bfb5d1ff62eadeeb3772007f7f66fdcf071 # v4.4.1');
    expect(release).toContain('pypa/gh-action-pypi-publish@cef221092ed1bacb1cc03d23a2d87d1d172e277b # v1.14.0');
    expect(migrated.needsHand).toEqual([]);
  });

  it('leaves the others to Renovate where it pins action digests', () => {
    const renovate = '{ "extends": ["config:recommended", "helpers:pinGitHubActionDigestsToSemver"] }\n';
    const migrated = plan({ '.github/workflows/ci.yml': PINNED, 'renovate.json': renovate });
    expect(migrated.needsHand).toEqual([]);
    expect(written(migrated)).toContain(`actions/checkout@${CHECKOUT}`);
  });

  it('stays on tags where not every action of theirs is pinned', () => {
    const mixed = `${PINNED}      - uses: actions/cache@v4\n`;
    expect(pinnedLikeTheirs(OURS, [{ path: '.github/workflows/ci.yml', text: mixed }])).toEqual({
      workflow: OURS,
      unpinned: [],
    });
    const migrated = plan({ '.github/workflows/ci.yml': mixed });
    expect(written(migrated)).toBe(OURS);
    expect(migrated.needsHand).toEqual([]);
  });

  it('pins a workflow set beside theirs too', () => {
    const pinnedReleasePlease = RELEASE_PLEASE.replace('@v4', `@${'1'.repeat(40)} # v4.1.0`);
    const out = pythonReleaseBeside(OURS, [{ path: '.github/workflows/rp.yml', text: pinnedReleasePlease }], RELEASE);
    expect(out.workflow).not.toContain('release-please-action');
    const pinned = pinnedLikeTheirs(out.workflow!, [{ path: '.github/workflows/rp.yml', text: pinnedReleasePlease }]);
    expect(pinned.unpinned).toEqual([
      'actions/checkout@v4',
      'actions/setup-python@v5',
      'pypa/gh-action-pypi-publish@release/v1',
    ]);
  });
});
