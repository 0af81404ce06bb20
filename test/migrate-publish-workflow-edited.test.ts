/**
 * Stainless's publish workflow the owners edited (The Prompting Company's: npm trusted publishing on Node 24, in a
 * GitHub environment, no token; still `cd dist` then `npm publish`, as Stainless's build made its package in dist/).
 * It stays as theirs, with every edit; it is no second publisher (sdkgen's build makes no package in dist/), so the
 * move is not held up for a person: its publish call is reported as one that fails now, and sdkgen's release.yml
 * publishes on their Node, in their environment.
 */
import { describe, expect, it } from 'vitest';
import { migrationReport } from '../generator/cli/commands/migrate';
import { planMigration } from '../generator/migrate/plan';
import { withPublishNode } from '../generator/migrate/repository/release';
import { migrateResultOf } from './helpers/migrate-result';

const PUBLISH = '.github/workflows/publish-npm.yml';
const stainless = [
  'name: Publish NPM',
  'on:',
  '  release:',
  '    types: [published]',
  'jobs:',
  '  publish:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/setup-node@v4',
  '        with:',
  '          node-version: 20',
  '      - run: pnpm build',
  '      - name: Publish',
  '        run: |',
  '          cd dist',
  '          pnpm publish --provenance --access public --no-git-checks',
  '        env:',
  '          NODE_AUTH_TOKEN: ${{ secrets.ACME_NPM_TOKEN || secrets.NPM_TOKEN }}',
  '',
].join('\n');
const theirs = stainless
  .replace('    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    environment: npm-publishing\n')
  .replace('node-version: 20', 'node-version: 24')
  .replace(
    '          pnpm publish --provenance --access public --no-git-checks\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.ACME_NPM_TOKEN || secrets.NPM_TOKEN }}\n',
    '          npm publish --provenance --access public\n',
  );
const release = [
  'name: Release',
  'on:',
  '  push:',
  '    branches: [main]',
  'jobs:',
  '  release-please:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: googleapis/release-please-action@v4',
  '  publish:',
  '    needs: release-please',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/setup-node@v4',
  '        with:',
  '          node-version: 20',
  '      - run: npm publish --provenance --access public',
  '',
].join('\n');

const plan = (workflow: string) =>
  planMigration({
    current: [{ path: PUBLISH, blob: 'w2', text: workflow }],
    base: { blobs: new Map([[PUBLISH, 'w1']]), texts: new Map([[PUBLISH, stainless]]) },
    rendered: [{ path: '.github/workflows/release.yml', contents: release }],
  });

describe("Stainless's publish workflow, edited by the owners, publishing from dist/", () => {
  it('stays as theirs without holding the move up; sdkgen publishes on their Node, in their environment', () => {
    const migrated = plan(theirs);
    expect(migrated.keptRepositoryFiles).toEqual([PUBLISH]);
    expect(migrated.needsHand).toEqual([]);
    const written = migrated.writes.find((f) => f.path === '.github/workflows/release.yml')!.contents;
    expect(written).toContain('    runs-on: ubuntu-latest\n    environment: npm-publishing\n    steps:');
    expect(written).toContain('          node-version: 24\n      - run: npm publish');
    expect([migrated.releaseEnvironment, migrated.releaseNode]).toEqual(['npm-publishing', '24']);
    expect(migrated.removedCalls).toEqual([
      {
        at: `${PUBLISH}:17`,
        command: 'npm publish --provenance --access public',
        removed: ["dist/package.json (Stainless's build wrote it; sdkgen's package is the root's)"],
        instead: expect.stringMatching(/^sdkgen's \.github\/workflows\/release\.yml publishes each release to npm now/),
      },
    ]);
    const report = migrationReport(migrateResultOf(migrated), true);
    expect(report).not.toContain('Needs a hand');
    expect(report).toContain('.github/workflows/release.yml publishes on the Node your publish workflow used: 24');
  });

  it('is a second publisher, for a person, where it publishes from the root', () => {
    const fromRoot = theirs.replace('          cd dist\n', '');
    expect(plan(fromRoot).needsHand.map((n) => n.path)).toEqual([PUBLISH]);
  });

  it('gives its Node only when newer than the release workflow’s', () => {
    expect(withPublishNode(release, stainless)).toBeNull();
    expect(withPublishNode(release, stainless.replace('node-version: 20', "node-version: '22.x'"))?.node).toBe('22');
    expect(
      withPublishNode(release, 'jobs:\n  docs:\n    steps:\n      - with:\n          node-version: 24\n'),
    ).toBeNull();
  });

  // linq's: their edits (trusted publishing) to Stainless's workflow, which runs Stainless's bin/publish-npm.
  const script = ['#!/usr/bin/env bash', 'set -eux', 'pnpm build', 'cd dist', 'pnpm publish --no-git-checks', ''];
  const viaScript = theirs.replace(
    '          cd dist\n          npm publish --provenance --access public\n',
    '          bash ./bin/publish-npm\n',
  );
  const planWithScript = (scriptText: string) =>
    planMigration({
      current: [
        { path: PUBLISH, blob: 'w2', text: viaScript },
        { path: 'bin/publish-npm', blob: scriptText === script.join('\n') ? 's1' : 's2', text: scriptText },
      ],
      base: {
        blobs: new Map([
          [PUBLISH, 'w1'],
          ['bin/publish-npm', 's1'],
        ]),
        texts: new Map([
          [PUBLISH, stainless],
          ['bin/publish-npm', script.join('\n')],
        ]),
      },
      rendered: [{ path: '.github/workflows/release.yml', contents: release }],
    });

  it('is no second publisher where it publishes only by running Stainless’s publish script, which goes', () => {
    const migrated = planWithScript(script.join('\n'));
    expect(migrated.removed).toContain('bin/publish-npm');
    expect(migrated.keptRepositoryFiles).toEqual([PUBLISH]);
    expect(migrated.needsHand).toEqual([]);
    expect(migrated.removedCalls.map((call) => [call.at, call.removed])).toEqual([
      [`${PUBLISH}:16`, ['bin/publish-npm']],
    ]);
  });

  it('is a second publisher where the script stays (the owners edited it) and publishes from the root', () => {
    const fromRoot = script.filter((line) => line !== 'cd dist').join('\n');
    const migrated = planWithScript(fromRoot);
    expect(migrated.removed).not.toContain('bin/publish-npm');
    expect(migrated.needsHand.map((n) => n.path)).toEqual([PUBLISH]);
  });
});
