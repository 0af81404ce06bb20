/**
 * sdkgen's other workflows pinned as its release.yml is: where every action of the owners' workflows that stay is
 * pinned to a commit, sdkgen's ci.yml and sdkgen-update.yml take their pin of each action they use and the known
 * commit of each other one (repository/action-pins.ts). Before, only release.yml was pinned: ci.yml and
 * sdkgen-update.yml stayed on tags in a repository that pins every action.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyMigrationPlan } from '../generator/migrate/migration-plan';
import { settleRelease } from '../generator/migrate/repository/release-settled';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';

const blob = (text: string) => createHash('sha1').update(text).digest('hex');
const WORKFLOWS = path.join(__dirname, '../templates/base/github/workflows');
// A template as rendered, its `{{…}}` blocks and values gone (only its `uses:` lines matter here).
const rendered = (name: string) =>
  fs
    .readFileSync(path.join(WORKFLOWS, name), 'utf8')
    .replaceAll('$\\{{', '${{')
    .replace(/\{\{[^}]*\}\}/g, 'ACME');
const OURS: Record<string, string> = {
  '.github/workflows/release.yml': rendered('release.yml.hbs'),
  '.github/workflows/ci.yml': rendered('ci.yml.hbs'),
  '.github/workflows/sdkgen-update.yml': rendered('sdkgen-update.yml.hbs'),
};

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

const usesOf = (workflow: string) => [...workflow.matchAll(/^\s*-?\s*uses:\s*(\S+)(.*)$/gm)].map((m) => m[1]! + m[2]!);

function settle(theirs: string) {
  const current: RepoFile[] = [{ path: '.github/workflows/docs.yml', blob: blob(theirs), text: theirs }];
  const plan = emptyMigrationPlan();
  plan.writes.push(...Object.entries(OURS).map(([p, contents]) => ({ path: p, contents })));
  plan.kept.push('.github/workflows/docs.yml');
  settleRelease(plan, {
    current,
    base: null,
    byPath: new Map(current.map((f) => [f.path, f])),
    editedSinceStainless: () => true,
  });
  return { plan, written: (p: string) => plan.writes.find((f) => f.path === p)!.contents };
}

describe("sdkgen's CI and update workflows, in a repository that pins every action", () => {
  it('are pinned as its release workflow is: their commit of an action they use, the known commit of the others', () => {
    const { plan, written } = settle(THEIRS);
    expect(plan.needsHand).toEqual([]);
    for (const workflow of ['.github/workflows/ci.yml', '.github/workflows/sdkgen-update.yml']) {
      const uses = usesOf(written(workflow));
      expect(uses.length, workflow).toBeGreaterThan(0);
      expect(new Set(uses), workflow).toEqual(
        new Set([
          `actions/checkout@${THEIR_CHECKOUT} # v6.0.2`,
          'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0',
        ]),
      );
    }
    // Only the `uses:` lines change.
    const unpinned = written('.github/workflows/ci.yml').replace(/@[0-9a-f]{40} # v[\d.]+/g, '@TAG');
    expect(unpinned).toBe(OURS['.github/workflows/ci.yml']!.replace(/@v4\b/g, '@TAG'));
  });

  it('stay on tags where theirs do not pin every action', () => {
    const { plan, written } = settle(`${THEIRS}      - uses: actions/cache@v4\n`);
    expect(plan.needsHand).toEqual([]);
    for (const workflow of Object.keys(OURS)) expect(written(workflow), workflow).toBe(OURS[workflow]);
  });
});
