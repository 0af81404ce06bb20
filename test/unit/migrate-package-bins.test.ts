/**
 * Stainless's `bin` programs (the upgrade CLI of its `node_migration` option, phoebe-node's `bin/cli` with the
 * `migration-config.json` it reads): sdkgen's package.json names none, so they go with Stainless's `bin`, unless the
 * owners made the program or the `bin` theirs.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';
import { droppedStainlessBins } from '../../generator/migrate/package/package-bins';

const cli = [
  '#!/usr/bin/env node',
  "const config = require.resolve('./migration-config.json');",
  "const { version } = require('../package.json');",
  'console.log(config, version);',
  '',
].join('\n');
const stainlessPackage = JSON.stringify({ name: 'acme', version: '1.0.0', bin: { acme: 'bin/cli' } }, null, 2);
const sdkgenPackage = JSON.stringify({ name: 'acme', version: '1.0.0', main: './dist/cjs/index.js' }, null, 2);
const stainless: Record<string, string> = {
  'package.json': stainlessPackage,
  'bin/cli': cli,
  'bin/migration-config.json': '{ "pkg": "acme", "methods": [] }\n',
  'bin/publish-npm': '#!/usr/bin/env bash\nnpm publish\n',
};

function planFor(edits: Record<string, string>) {
  const texts = { ...stainless, ...edits };
  return planMigration({
    current: Object.entries(texts).map(([path, text]) => ({
      path,
      text,
      blob: text === stainless[path] ? `pristine-${path}` : `edited-${path}`,
    })),
    base: {
      blobs: new Map(Object.keys(stainless).map((path) => [path, `pristine-${path}`])),
      texts: new Map(Object.entries(stainless)),
    },
    rendered: [{ path: 'package.json', contents: sdkgenPackage }],
  });
}

describe("Stainless's package bin programs", () => {
  it('go with the bin the merge drops, with the files of their folder they read', () => {
    const plan = planFor({});
    expect(plan.removed).toEqual(expect.arrayContaining(['bin/cli', 'bin/migration-config.json']));
    expect(plan.keptRepositoryFiles).not.toContain('bin/cli');
    expect(plan.keptRepositoryFiles).not.toContain('bin/migration-config.json');
  });

  it('stay where the owners edited the program, or made the bin theirs', () => {
    const edited = planFor({ 'bin/cli': cli.replace('console.log', 'console.info') });
    expect(edited.keptRepositoryFiles).toContain('bin/cli');
    const theirs = planFor({
      'package.json': JSON.stringify({ name: 'acme', version: '1.0.0', bin: { acme: './bin/cli', x: 'bin/x' } }),
    });
    expect(theirs.keptRepositoryFiles).toEqual(expect.arrayContaining(['bin/cli', 'bin/migration-config.json']));
  });

  it("names only the program's own folder's files, never the package's", () => {
    const textOf = (path: string) => stainless[path];
    expect([...droppedStainlessBins(stainlessPackage, sdkgenPackage, textOf)].sort()).toEqual([
      'bin/cli',
      'bin/migration-config.json',
    ]);
    // A bin sdkgen's package.json names too stays its program.
    const named = JSON.stringify({ name: 'acme', bin: { acme: './bin/cli' } });
    expect([...droppedStainlessBins(stainlessPackage, named, textOf)]).toEqual([]);
  });
});
