/**
 * sdkgen's workflows pinned as the owners' repository pins its actions: where every action of the workflows that stay
 * is pinned to a commit (Stainless's 2026 template pins each action of its unedited ci.yml), sdkgen's release.yml
 * takes their pin of each action they use and the known commit of each other one (action-pins.ts), both targets.
 * Before, the Python move asked a person to pin release-please, setup-python and PyPA's publish action ("no workflow
 * of yours pins them": `sdkgen migrate` exit 1 on every recent Stainless repository), and the TypeScript move left its
 * release.yml on tags.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyMigrationPlan } from '../generator/migrate/migration-plan';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { settleRelease } from '../generator/migrate/repository/release-settled';
import { KNOWN_ACTION_PINS, pinnedAsRepository } from '../generator/migrate/repository/action-pins';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';

const blob = (text: string) => createHash('sha1').update(text).digest('hex');
const RELEASE = '.github/workflows/release.yml';
const TEMPLATES = path.join(__dirname, '../templates');
const PYTHON_RELEASE = fs
  .readFileSync(path.join(TEMPLATES, 'python/project/github/workflows/release.yml'), 'utf8')
  .replaceAll('{{envPrefix}}', 'ACME');
const TS_RELEASE = fs
  .readFileSync(path.join(TEMPLATES, 'base/github/workflows/release.yml.hbs'), 'utf8')
  .replaceAll('$\\{{', '${{')
  .replace(/\{\{[^}]*\}\}/g, 'ACME');

// Stainless's 2026 ci.yml: every action pinned (checkout's commit differs from the table's: theirs is taken).
const THEIR_CHECKOUT = 'de0fac2e4500dabe0009e67214ff5f5447ce83dd';
const PINNED_CI = `name: CI
on: [push]
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${THEIR_CHECKOUT} # v6.0.2
      - run: ./scripts/lint
`;

const usesOf = (workflow: string) => [...workflow.matchAll(/^\s*-?\s*uses:\s*(\S+)(.*)$/gm)].map((m) => m[1]! + m[2]!);

describe('the known pins', () => {
  it("pin every action sdkgen's workflows use, at the tag they name", () => {
    const workflows = [
      ...fs.readdirSync(path.join(TEMPLATES, 'base/github/workflows')).map((f) => `base/github/workflows/${f}`),
      ...fs
        .readdirSync(path.join(TEMPLATES, 'python/project/github/workflows'))
        .map((f) => `python/project/github/workflows/${f}`),
    ];
    const tagged = new Set(
      workflows.flatMap((f) => usesOf(fs.readFileSync(path.join(TEMPLATES, f), 'utf8'))).map((use) => use.trim()),
    );
    expect(tagged.size).toBeGreaterThan(0);
    for (const use of tagged) {
      const [action, ref] = use.split('@');
      expect(
        KNOWN_ACTION_PINS.some((pin) => pin.action === action && pin.ref === ref),
        use,
      ).toBe(true);
    }
    for (const pin of KNOWN_ACTION_PINS) {
      expect(pin.sha).toMatch(/^[0-9a-f]{40}$/);
      // The release is of the tag's major (`v4` → v4.x.y; `release/v1` → v1.x.y).
      expect(pin.version.startsWith(pin.ref.replace(/^release\//, '') + '.'), pin.action).toBe(true);
    }
  });

  // Where the mirrored repositories are here, and only with SDKGEN_SLOW_TESTS=full (a git grep of each takes ~20 s).
  const MIRRORS = '/work/.mirror';
  it.skipIf(!fs.existsSync(MIRRORS) || process.env.SDKGEN_SLOW_TESTS !== 'full')(
    'name the release a real repository’s workflow names for the same commit',
    () => {
      const repos = fs
        .readdirSync(MIRRORS)
        .map((name) => path.join(MIRRORS, name, 'repo'))
        .filter((dir) => fs.existsSync(dir));
      const workflowsText = repos
        .map((dir) => {
          try {
            return execFileSync('git', ['-C', dir, 'grep', '-h', 'uses:', 'HEAD', '--', '.github/workflows'], {
              encoding: 'utf8',
              stdio: ['ignore', 'pipe', 'ignore'],
              maxBuffer: 1 << 26,
            });
          } catch {
            return ''; // no workflow, or no `uses:` in one
          }
        })
        .join('\n');
      // (Each pin a mirrored repository uses too, with the release it names: which repositories are mirrored
      // here varies, so a pin none of them uses is not read.)
      for (const pin of KNOWN_ACTION_PINS) {
        const uses = workflowsText.split('\n').filter((line) => line.includes(`${pin.action}@${pin.sha}`));
        // A comment may name the release or only its major or minor (`# v4` for v4.3.1): it must not name another.
        for (const line of uses) {
          const named = /#\s*(v?\d[\w.-]*)/.exec(line)?.[1];
          if (named === undefined) continue;
          expect(pin.version === named || pin.version.startsWith(`${named}.`), `${line.trim()} (${pin.version})`).toBe(
            true,
          );
        }
      }
    },
  );
});

describe("sdkgen's Python release workflow, in a repository that pins every action", () => {
  const STAINLESS: Record<string, string> = {
    'pyproject.toml': '[project]\nname = "acme"\nversion = "0.1.0"\n',
    'src/acme/_client.py': '# File generated from our OpenAPI spec by Stainless.\n\nclass Acme:\n    pass\n',
    '.github/workflows/ci.yml': PINNED_CI,
  };
  const migrated = planPythonMigration({
    current: Object.entries(STAINLESS).map(([p, text]) => ({ path: p, blob: blob(text), text })),
    base: {
      blobs: new Map(Object.entries(STAINLESS).map(([p, t]) => [p, blob(t)])),
      texts: new Map(Object.entries(STAINLESS)),
    },
    rendered: [
      { path: 'pyproject.toml', contents: STAINLESS['pyproject.toml']! },
      { path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' },
      { path: RELEASE, contents: PYTHON_RELEASE },
    ],
    importName: 'acme',
  });
  const release = migrated.writes.find((f) => f.path === RELEASE)?.contents ?? '';

  it('pins its actions: theirs where they use one, the known commits of the others; nothing for a person', () => {
    expect(migrated.needsHand).toEqual([]);
    expect(usesOf(release)).toEqual([
      'googleapis/release-please-action@5c625bfb5d1ff62eadeeb3772007f7f66fdcf071 # v4.4.1',
      `actions/checkout@${THEIR_CHECKOUT} # v6.0.2`,
      'actions/setup-python@f677139bbe7f9c59b41e40162b753c062f5d49a3 # v5.2.0',
      'pypa/gh-action-pypi-publish@cef221092ed1bacb1cc03d23a2d87d1d172e277b # v1.14.0',
    ]);
  });
});

describe("sdkgen's TypeScript release workflow, in a repository that pins every action", () => {
  const settle = (workflows: Record<string, string>) => {
    const current: RepoFile[] = Object.entries(workflows).map(([p, text]) => ({ path: p, blob: blob(text), text }));
    const plan = emptyMigrationPlan();
    plan.writes.push({ path: RELEASE, contents: TS_RELEASE });
    plan.kept.push(...Object.keys(workflows));
    settleRelease(plan, {
      current,
      base: null,
      byPath: new Map(current.map((f) => [f.path, f])),
      editedSinceStainless: () => true,
    });
    return { plan, release: plan.writes.find((f) => f.path === RELEASE)!.contents };
  };

  it('pins its actions as theirs are', () => {
    const { plan, release } = settle({ '.github/workflows/ci.yml': PINNED_CI });
    expect(plan.needsHand).toEqual([]);
    expect(usesOf(release)).toEqual([
      'googleapis/release-please-action@5c625bfb5d1ff62eadeeb3772007f7f66fdcf071 # v4.4.1',
      `actions/checkout@${THEIR_CHECKOUT} # v6.0.2`,
      'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0',
    ]);
  });

  it('stays on tags where theirs do not pin every action', () => {
    const { release } = settle({ '.github/workflows/ci.yml': `${PINNED_CI}      - uses: actions/cache@v4\n` });
    expect(release).toBe(TS_RELEASE);
  });
});

describe('pinnedAsRepository', () => {
  it('leaves an action with no known pin to a person', () => {
    const ours = 'steps:\n  - uses: acme/unknown-action@v2\n  - uses: actions/checkout@v4\n';
    expect(pinnedAsRepository(ours, [{ text: PINNED_CI }])).toEqual({
      workflow: `steps:\n  - uses: acme/unknown-action@v2\n  - uses: actions/checkout@${THEIR_CHECKOUT} # v6.0.2\n`,
      unpinned: ['acme/unknown-action@v2'],
    });
  });
});
