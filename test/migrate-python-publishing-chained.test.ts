/**
 * Stainless's PyPI publishing beside sdkgen's release workflow, the cases a real repository showed (an alias package
 * published by a workflow of the owners' once Stainless's "Publish PyPI" has run; Stainless's publish workflow kept
 * because the owners pinned its actions):
 * - a workflow that stays and starts when Stainless's publish workflow has run (`workflow_run: workflows: [...]`)
 *   keeps the pair, as one that runs its script does: removing it would leave theirs never started;
 * - a workflow that stays and publishes the package to PyPI (Stainless's, edited; or the owners' own) is a second
 *   publisher beside sdkgen's `release.yml`: it is listed for a person, who keeps one.
 * Before, the pair went under a workflow that waited on it, and a kept publisher beside sdkgen's went unreported.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';

const blob = (text: string) => createHash('sha1').update(text).digest('hex');
const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';

const PUBLISH_PYPI = `# workflow for re-running publishing to PyPI in case it fails for some reason
name: Publish PyPI
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
          RYE_VERSION: '0.44.0'
`;
const PUBLISH_SCRIPT = '#!/usr/bin/env bash\n\nset -eux\nrye build --clean\nrye publish --yes --token=$PYPI_TOKEN\n';
const RELEASE = `name: Release
jobs:
  publish:
    steps:
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: \${{ secrets.ACME_SDK_PYPI_TOKEN || secrets.PYPI_TOKEN }}
`;
const STAINLESS: Record<string, string> = {
  'pyproject.toml': '[project]\nname = "acme"\nversion = "0.1.0"\n',
  'src/acme/_client.py': `${HEADER}class Acme:\n    pass\n`,
  '.github/workflows/publish-pypi.yml': PUBLISH_PYPI,
  'bin/publish-pypi': PUBLISH_SCRIPT,
};
/** The owners' alias package, published once Stainless's workflow has published the SDK. */
const alias = (workflows: string) => `name: Publish PyPI (alias)
on:
  workflow_dispatch:
  workflow_run:
${workflows}
    types: [completed]
jobs:
  publish-alias:
    runs-on: ubuntu-latest
    steps:
      - name: Publish the alias
        working-directory: acme-alias
        run: python3 -m build && python3 -m twine upload dist/*
`;

function plan(owners: Record<string, string>) {
  const files = { ...STAINLESS, ...owners };
  return planPythonMigration({
    current: Object.entries(files).map(([path, text]) => ({ path, blob: blob(text), text })),
    base: {
      blobs: new Map(Object.entries(STAINLESS).map(([p, t]) => [p, blob(t)])),
      texts: new Map(Object.entries(STAINLESS)),
    },
    rendered: [
      { path: 'pyproject.toml', contents: '[project]\nname = "acme"\nversion = "0.1.0"\n' },
      { path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' },
      { path: '.github/workflows/release.yml', contents: RELEASE },
    ],
    importName: 'acme',
  });
}

const PAIR = ['.github/workflows/publish-pypi.yml', 'bin/publish-pypi'];
const second = (p: ReturnType<typeof plan>) =>
  p.needsHand.filter((n) => /second|publishes the package to PyPI/.test(n.reason)).map((n) => n.path);

describe("Stainless's PyPI publishing that another workflow waits on, or that stays beside sdkgen's", () => {
  it('stays where a workflow of theirs starts when it has run (inline list, block list, quoted or not)', () => {
    for (const workflows of [
      '    workflows: ["Publish PyPI"]',
      "    workflows: ['Other', 'Publish PyPI']",
      '    workflows:\n      - Publish PyPI # the SDK',
      '    workflows:\n      - "Publish PyPI"',
    ]) {
      const migrated = plan({ '.github/workflows/publish-alias.yml': alias(workflows) });
      for (const path of PAIR) expect(migrated.removed, workflows).not.toContain(path);
      // It still publishes beside sdkgen's release.yml: a person keeps one.
      expect(second(migrated), workflows).toEqual(['.github/workflows/publish-pypi.yml']);
    }
  });

  it('goes where their workflow waits on another one, and nothing is left for a person', () => {
    const migrated = plan({ '.github/workflows/publish-alias.yml': alias('    workflows: ["Publish PyPI (test)"]') });
    expect(migrated.removed).toEqual(expect.arrayContaining(PAIR));
    // The alias workflow publishes another package (in its own folder), not the SDK: no second publisher.
    expect(second(migrated)).toEqual([]);
  });

  it("is listed as a second publisher where it stays edited (an action pinned), as is the owners' own", () => {
    const pinned = plan({
      '.github/workflows/publish-pypi.yml': PUBLISH_PYPI.replace(
        'actions/checkout@v6',
        'actions/checkout@0123abc # v6.0.2',
      ),
    });
    for (const path of PAIR) expect(pinned.removed).not.toContain(path);
    expect(second(pinned)).toEqual(['.github/workflows/publish-pypi.yml']);
    // A formatter's quotes (`'x'` as `"x"`) are no edit: the pair goes, and nothing is left for a person.
    const quoted = plan({
      '.github/workflows/publish-pypi.yml': PUBLISH_PYPI.replace("'0.44.0'", '"0.44.0"'),
    });
    expect(quoted.removed).toEqual(expect.arrayContaining(PAIR));
    expect(second(quoted)).toEqual([]);
    const theirs = plan({
      '.github/workflows/pypi.yml':
        'name: PyPI\non:\n  workflow_dispatch:\njobs:\n  p:\n    steps:\n      - run: uv build && uv publish\n',
    });
    expect(theirs.removed).toEqual(expect.arrayContaining(PAIR));
    expect(second(theirs)).toEqual(['.github/workflows/pypi.yml']);
  });
});
