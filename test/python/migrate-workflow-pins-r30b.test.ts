/**
 * sdkgen's Python CI and update workflows pinned as its release workflow is: where every action of the owners'
 * workflows that stay is pinned to a commit, sdkgen's ci.yml and sdkgen-update.yml take their pin of each action they
 * use and the known commit of each other one (repository/action-pins.ts), as the TypeScript move does
 * (migrate-workflow-pins-r30s). Before, the Python move pinned only release.yml: ci.yml and sdkgen-update.yml stayed
 * on tags in a repository that pins every action, also where the repository releases with a release.yml of its own.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../../generator/migrate/python/plan';

const blob = (text: string) => createHash('sha1').update(text).digest('hex');
const TEMPLATES = path.join(__dirname, '../../templates');
const RELEASE = '.github/workflows/release.yml';
const CI = '.github/workflows/ci.yml';
const UPDATE = '.github/workflows/sdkgen-update.yml';
const PYTHON_RELEASE = fs
  .readFileSync(path.join(TEMPLATES, 'python/project/github/workflows/release.yml'), 'utf8')
  .replaceAll('{{envPrefix}}', 'ACME');
const PYTHON_CI = fs.readFileSync(path.join(TEMPLATES, 'python/project/github/workflows/ci.yml'), 'utf8');
// The template as rendered, its `{{…}}` blocks and values gone (only its `uses:` lines matter here).
const UPDATE_WORKFLOW = fs
  .readFileSync(path.join(TEMPLATES, 'base/github/workflows/sdkgen-update.yml.hbs'), 'utf8')
  .replaceAll('$\\{{', '${{')
  .replace(/\{\{[^}]*\}\}/g, 'ACME');

// The owners' own workflow, every action pinned (their checkout at another commit than the table's: theirs is taken).
const THEIR_CHECKOUT = 'de0fac2e4500dabe0009e67214ff5f5447ce83dd';
const THEIRS = `name: Docs
on: [push]
jobs:
  docs:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${THEIR_CHECKOUT} # v6.0.2
      - run: ./scripts/docs
`;
// A release workflow of the owners' own (sdkgen then writes none), its one action pinned.
const THEIR_RELEASE = `name: Release
on:
  push:
    branches: [main]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${THEIR_CHECKOUT} # v6.0.2
      - run: ./scripts/release
`;

const STAINLESS: Record<string, string> = {
  'pyproject.toml': '[project]\nname = "acme"\nversion = "0.1.0"\n',
  'src/acme/_client.py': '# File generated from our OpenAPI spec by Stainless.\n\nclass Acme:\n    pass\n',
};

const usesOf = (workflow: string) => [...workflow.matchAll(/^\s*-?\s*uses:\s*(\S+)(.*)$/gm)].map((m) => m[1]! + m[2]!);

/** The Python move of a Stainless repository to which the owners added `theirs` (path → text). */
function migrate(theirs: Record<string, string>) {
  const current = { ...STAINLESS, ...theirs };
  const plan = planPythonMigration({
    current: Object.entries(current).map(([p, text]) => ({ path: p, blob: blob(text), text })),
    base: {
      blobs: new Map(Object.entries(STAINLESS).map(([p, t]) => [p, blob(t)])),
      texts: new Map(Object.entries(STAINLESS)),
    },
    rendered: [
      { path: 'pyproject.toml', contents: STAINLESS['pyproject.toml']! },
      { path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' },
      { path: RELEASE, contents: PYTHON_RELEASE },
      { path: CI, contents: PYTHON_CI },
      { path: UPDATE, contents: UPDATE_WORKFLOW },
    ],
    importName: 'acme',
  });
  return { plan, written: (p: string) => plan.writes.find((f) => f.path === p)?.contents ?? '' };
}

const PINNED = {
  checkout: `actions/checkout@${THEIR_CHECKOUT} # v6.0.2`,
  setupPython: 'actions/setup-python@f677139bbe7f9c59b41e40162b753c062f5d49a3 # v5.2.0',
  setupNode: 'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0',
};

describe("sdkgen's Python CI and update workflows, in a repository that pins every action", () => {
  it('are pinned as its release workflow is: their commit of an action they use, the known commit of the others', () => {
    const { plan, written } = migrate({ '.github/workflows/docs.yml': THEIRS });
    expect(plan.needsHand.filter((item) => item.path.startsWith('.github/'))).toEqual([]);
    expect(new Set(usesOf(written(CI)))).toEqual(new Set([PINNED.checkout, PINNED.setupPython, PINNED.setupNode]));
    expect(new Set(usesOf(written(UPDATE)))).toEqual(new Set([PINNED.checkout, PINNED.setupNode]));
    // Only the `uses:` lines change.
    expect(written(CI).replace(/@[0-9a-f]{40} # v[\d.]+/g, '@TAG')).toBe(PYTHON_CI.replace(/@v[45]\b/g, '@TAG'));
  });

  it('are pinned also where the repository releases with a release.yml of its own', () => {
    const { plan, written } = migrate({ [RELEASE]: THEIR_RELEASE });
    expect(plan.needsHand.filter((item) => item.path === CI || item.path === UPDATE)).toEqual([]);
    expect(new Set(usesOf(written(CI)))).toEqual(new Set([PINNED.checkout, PINNED.setupPython, PINNED.setupNode]));
    expect(new Set(usesOf(written(UPDATE)))).toEqual(new Set([PINNED.checkout, PINNED.setupNode]));
  });

  it('stay on tags where theirs do not pin every action', () => {
    const { written } = migrate({ '.github/workflows/docs.yml': `${THEIRS}      - uses: actions/cache@v4\n` });
    expect(written(CI)).toBe(PYTHON_CI);
    expect(written(UPDATE)).toBe(UPDATE_WORKFLOW);
  });
});
