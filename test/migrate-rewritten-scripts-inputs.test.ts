/**
 * migrate/owners/rewritten-scripts.ts: a script of Stainless's the owners rewrote is kept whole only where what it
 * needs stays. The scripts it runs were checked; the other files it reads were not: their `scripts/build` running
 * `tsc -p tsconfig.build.json`, Stainless's config that goes with the migration, was kept whole and no longer ran.
 * Such a script is listed with the edits to carry, as one running a script that goes is.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';
import { inputsNamed } from '../generator/migrate/owners/rewritten-scripts';

const stainlessBuild = [
  '#!/usr/bin/env bash',
  'set -exuo pipefail',
  'rm -rf dist; mkdir dist',
  'npm exec tsc',
  '',
].join('\n');
const ownersBuild = stainlessBuild.replace(
  'npm exec tsc',
  'npm exec tsc -- -p "./tsconfig.build.json"\ncp LICENSE dist/',
);
const sdkgenBuild = ['#!/usr/bin/env bash', 'set -euo pipefail', 'exec node scripts/build.mjs "$@"', ''].join('\n');
const TSCONFIG_BUILD = '{ "extends": "./tsconfig.json", "include": ["src"] }\n';

/** The plan of a repository with the owners' build script, and `extra` files; Stainless's has `tsconfig.build.json`. */
function plan(extra: Array<{ path: string; blob: string; text: string }>, stainlessHas = true) {
  const files = { 'scripts/build': stainlessBuild, ...(stainlessHas ? { 'tsconfig.build.json': TSCONFIG_BUILD } : {}) };
  const base = {
    blobs: new Map(Object.keys(files).map((path) => [path, `stainless-${path}`])),
    texts: new Map(Object.entries(files)),
  };
  const current = [
    { path: 'scripts/build', blob: 'owners-build', text: ownersBuild },
    { path: 'LICENSE', blob: 'licence', text: 'MIT\n' },
    ...extra,
  ];
  return planMigration({ current, base, rendered: [{ path: 'scripts/build', contents: sdkgenBuild }] });
}

describe('migrate: a script the owners rewrote, and the files it reads', () => {
  it('names the files of the repository a script reads, beside the scripts it runs', () => {
    const files = new Set(['tsconfig.build.json', 'LICENSE', 'scripts/utils/check.sh', 'dist']);
    const text = `${ownersBuild}bash "$ROOT/scripts/utils/check.sh"\ncd dist\n`;
    expect(inputsNamed(text, (p) => files.has(p)).sort()).toEqual(
      ['LICENSE', 'dist', 'scripts/utils/check.sh', 'tsconfig.build.json'].sort(),
    );
  });

  it('lists the edits of one that reads a file of Stainless’s that goes', () => {
    const stainlessTsconfig = {
      path: 'tsconfig.build.json',
      blob: 'stainless-tsconfig.build.json',
      text: TSCONFIG_BUILD,
    };
    const gone = plan([stainlessTsconfig]);
    expect(gone.removed).toContain('tsconfig.build.json');
    expect(gone.keptRewrittenScripts).toEqual([]);
    expect(gone.rejected.map((r) => r.path)).toContain('scripts/build');
  });

  it('keeps it whole where the file it reads stays (the owners’ own)', () => {
    const owners = { path: 'tsconfig.build.json', blob: 'owners-tsconfig', text: TSCONFIG_BUILD };
    const kept = plan([owners], false);
    expect(kept.removed).not.toContain('tsconfig.build.json');
    expect(kept.keptRewrittenScripts).toEqual(['scripts/build']);
    expect(kept.writes.find((f) => f.path === 'scripts/build')?.contents).toBe(ownersBuild);
  });
});
