/**
 * sdkgen's Python release workflow where the repository keeps a workflow that publishes to PyPI and none that releases:
 * Stainless's `publish-pypi.yml` kept because a workflow of theirs runs after it (`workflow_run`, an alias package
 * published once the SDK is). sdkgen's workflow makes the releases and starts theirs, by a dispatch for the release's
 * tag, to publish each one: a release made with the workflow's own token fires no `release: published` workflow, and
 * two publishers would publish each release twice. Before, migrate left that to a person (exit 1).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../../generator/migrate/python/plan';
import { dispatchingTheirs } from '../../generator/migrate/python/project/release-beside';

const blob = (text: string) => createHash('sha1').update(text).digest('hex');
const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const OURS = fs
  .readFileSync(path.join(__dirname, '../../templates/python/project/github/workflows/release.yml'), 'utf8')
  .replaceAll('{{envPrefix}}', 'ACME');
const RELEASE = '.github/workflows/release.yml';
const PUBLISH = '.github/workflows/publish-pypi.yml';

// Stainless's publishing as its Python repositories have it: run on a published release, or by hand.
const STAINLESS_PUBLISH = `name: Publish PyPI
on:
  workflow_dispatch:

  release:
    types: [published]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Publish to PyPI
        run: |
          bash ./bin/publish-pypi
        env:
          PYPI_TOKEN: \${{ secrets.ACME_PYPI_TOKEN || secrets.PYPI_TOKEN }}
`;
const ALIAS = `name: Publish alias
on:
  workflow_run:
    workflows: ["Publish PyPI"]
    types: [completed]
jobs:
  alias:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Publish the alias
        working-directory: alias
        run: python3 -m build && python3 -m twine upload dist/*
`;

const STAINLESS: Record<string, string> = {
  'pyproject.toml': '[project]\nname = "acme"\nversion = "0.1.0"\n',
  'src/acme/_client.py': `${HEADER}class Acme:\n    pass\n`,
  [PUBLISH]: STAINLESS_PUBLISH,
  'bin/publish-pypi': '#!/usr/bin/env bash\nrye build --clean\nrye publish --yes --token=$PYPI_TOKEN\n',
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

describe("sdkgen's Python release workflow beside a publishing workflow that stays", () => {
  it('makes the releases and starts theirs for each release tag; nothing is left to a person', () => {
    const migrated = plan({ '.github/workflows/publish-alias.yml': ALIAS });
    // Stainless's publishing stays: the owners' alias workflow runs after it.
    expect(migrated.removed).not.toContain(PUBLISH);
    expect(migrated.needsHand).toEqual([]);
    const release = written(migrated);
    expect(release).toContain('googleapis/release-please-action@v4');
    expect(release).toContain('      tag: ${{ steps.release.outputs.tag_name }}\n');
    expect(release).toContain('        run: gh workflow run publish-pypi.yml --repo "$GITHUB_REPOSITORY" --ref "$TAG"');
    expect(release).toContain('          TAG: ${{ needs.release-please.outputs.tag }}\n');
    expect(release).toContain('      actions: write');
    // Ours no longer publishes: one publisher a release.
    expect(release).not.toContain('pypa/gh-action-pypi-publish');
    expect(release).not.toContain('python -m build');
  });

  it('leaves it to a person where their publishing cannot be started by hand, or two of theirs publish', () => {
    const noDispatch = STAINLESS_PUBLISH.replace('  workflow_dispatch:\n\n', '');
    expect(dispatchingTheirs(OURS, { path: PUBLISH, text: noDispatch })).toBeNull();
    const migrated = plan({ [PUBLISH]: noDispatch, '.github/workflows/publish-alias.yml': ALIAS });
    expect(migrated.needsHand.map((n) => n.path)).toEqual([PUBLISH]);
    expect(written(migrated)).toContain('pypa/gh-action-pypi-publish');
    const twine = ALIAS.replace('        working-directory: alias\n', '').replace('workflow_run', 'release');
    const both = plan({ '.github/workflows/publish-alias.yml': ALIAS, '.github/workflows/upload.yml': twine });
    expect(both.needsHand.map((n) => n.path).sort()).toEqual([PUBLISH, '.github/workflows/upload.yml']);
  });

  it('dispatches a workflow whose triggers are listed inline', () => {
    const inline = STAINLESS_PUBLISH.replace(/^on:\n[\s\S]*?\n\njobs:/m, 'on: [release, workflow_dispatch]\n\njobs:');
    expect(dispatchingTheirs(OURS, { path: '.github/workflows/pypi.yml', text: inline })).toContain(
      'gh workflow run pypi.yml',
    );
  });
});
