/**
 * A Stainless Python SDK moves to sdkgen, whose `.github/workflows/release.yml` makes each release and publishes it to
 * PyPI: Stainless's `publish-pypi.yml` (run on a published release) with the `bin/publish-pypi` it runs, and its release
 * doctor (`release-doctor.yml`, `bin/check-release-environment`), were a second way to publish the same version. They
 * go (git keeps them), each pair together and listed with why, as the TypeScript move treats `publish-npm.yml`; sdkgen's
 * release workflow reads the token Stainless's workflow read. Edited by the owners (beyond spacing), run by another
 * workflow of theirs, or beside a release workflow of their own, they stay. Before, both ways stayed side by side.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';

const blob = (text: string) => createHash('sha1').update(text).digest('hex');
const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';

const PUBLISH_PYPI = `name: Publish PyPI
on:
  workflow_dispatch:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
      - name: Publish to PyPI
        run: |
          bash ./bin/publish-pypi
        env:
          PYPI_TOKEN: \${{ secrets.ACME_PYPI_TOKEN || secrets.PYPI_TOKEN }}
`;
const PUBLISH_SCRIPT =
  '#!/usr/bin/env bash\n\nset -eux\nmkdir -p dist\nrye build --clean\nrye publish --yes --token=$PYPI_TOKEN\n';
const DOCTOR = `name: Release Doctor
on:
  pull_request:
jobs:
  release_doctor:
    steps:
      - name: Check release environment
        run: |
          bash ./bin/check-release-environment
        env:
          PYPI_TOKEN: \${{ secrets.ACME_PYPI_TOKEN || secrets.PYPI_TOKEN }}
`;
const CHECK = '#!/usr/bin/env bash\n\nif [ -z "${PYPI_TOKEN}" ]; then\n  exit 1\nfi\n';
const RELEASE = `name: Release
jobs:
  publish:
    steps:
      - name: Publish
        uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: \${{ secrets.ACME_SDK_PYPI_TOKEN || secrets.PYPI_TOKEN }}
`;

const STAINLESS: Record<string, string> = {
  'pyproject.toml': '[project]\nname = "acme"\nversion = "0.1.0"\n',
  'src/acme/_client.py': `${HEADER}class Acme:\n    pass\n`,
  '.github/workflows/publish-pypi.yml': PUBLISH_PYPI,
  'bin/publish-pypi': PUBLISH_SCRIPT,
  '.github/workflows/release-doctor.yml': DOCTOR,
  'bin/check-release-environment': CHECK,
};

function plan(owners: Record<string, string | null>, options: { release?: boolean } = {}) {
  const current = Object.entries({ ...STAINLESS, ...owners }).filter(
    (entry): entry is [string, string] => entry[1] !== null,
  );
  return planPythonMigration({
    current: current.map(([path, text]) => ({ path, blob: blob(text), text })),
    base: {
      blobs: new Map(Object.entries(STAINLESS).map(([p, t]) => [p, blob(t)])),
      texts: new Map(Object.entries(STAINLESS)),
    },
    rendered: [
      { path: 'pyproject.toml', contents: '[project]\nname = "acme"\nversion = "0.1.0"\n' },
      { path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' },
      ...(options.release === false ? [] : [{ path: '.github/workflows/release.yml', contents: RELEASE }]),
    ],
    importName: 'acme',
  });
}

const PAIRS = [
  '.github/workflows/publish-pypi.yml',
  '.github/workflows/release-doctor.yml',
  'bin/check-release-environment',
  'bin/publish-pypi',
];

describe("Stainless's PyPI publishing after the move to sdkgen", () => {
  it("goes, with its release doctor, where sdkgen's release workflow publishes; listed with why", () => {
    const migrated = plan({});
    expect(migrated.removed).toEqual(expect.arrayContaining(PAIRS));
    for (const path of PAIRS) {
      expect(migrated.keptRepositoryFiles).not.toContain(path);
      expect(migrated.keptCalledScripts).not.toContain(path);
    }
    const extras = migrated.removedExtras.map((e) => [...e.paths].sort());
    expect(extras).toEqual(
      expect.arrayContaining([
        ['.github/workflows/publish-pypi.yml', 'bin/publish-pypi'],
        ['.github/workflows/release-doctor.yml', 'bin/check-release-environment'],
      ]),
    );
    // Nothing calls Rye's publishing any more: no removed call to report.
    expect(migrated.removedCalls).toEqual([]);
  });

  it('has sdkgen publish with the token Stainless read', () => {
    const release = plan({}).writes.find((f) => f.path === '.github/workflows/release.yml')?.contents ?? '';
    expect(release).toContain('password: ${{ secrets.ACME_PYPI_TOKEN || secrets.PYPI_TOKEN }}');
    expect(release).not.toContain('ACME_SDK_PYPI_TOKEN');
  });

  it('stays, the pair together, where the owners edited either beyond spacing', () => {
    const edited = plan({
      'bin/publish-pypi': PUBLISH_SCRIPT.replace('rye build --clean', 'rye build --clean --wheel'),
    });
    expect(edited.removed).not.toContain('.github/workflows/publish-pypi.yml');
    expect(edited.removed).not.toContain('bin/publish-pypi');
    // The doctor is a pair of its own: it goes.
    expect(edited.removed).toContain('.github/workflows/release-doctor.yml');
    // sdkgen's token stays its own: Stainless's workflow still publishes with its.
    const release = edited.writes.find((f) => f.path === '.github/workflows/release.yml')?.contents ?? '';
    expect(release).toContain('ACME_SDK_PYPI_TOKEN');
    const spaced = plan({ '.github/workflows/publish-pypi.yml': `${PUBLISH_PYPI}\n\n` });
    expect(spaced.removed).toContain('.github/workflows/publish-pypi.yml');
  });

  it('stays where a workflow of theirs runs it, or beside a release workflow of their own', () => {
    const called = plan({
      '.github/workflows/nightly.yml': 'jobs:\n  a:\n    steps:\n      - run: bash ./bin/publish-pypi\n',
    });
    expect(called.removed).not.toContain('bin/publish-pypi');
    expect(called.removed).not.toContain('.github/workflows/publish-pypi.yml');
    const theirs = plan({ '.github/workflows/release.yml': 'name: Their release\n' });
    for (const path of PAIRS) expect(theirs.removed).not.toContain(path);
    const none = plan({}, { release: false });
    for (const path of PAIRS) expect(none.removed).not.toContain(path);
  });
});
