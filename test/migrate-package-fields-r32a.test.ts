/**
 * More package.json fields the owners' tooling relies on (issue 89, item 6), each as the owners set it over
 * Stainless's: a `bin` of theirs, the `engines` they narrowed, `workspaces`, and the `overrides` pinning a package of
 * theirs (merged with sdkgen's own pins). Each is kept and listed in the report's `kept`.
 */
import { describe, expect, it } from 'vitest';
import { mergePackageJson } from '../generator/migrate/package/package-json';

const SDKGEN = JSON.stringify({
  name: 'acme',
  version: '0.1.0',
  engines: { node: '>=18' },
  overrides: { 'prism-mock': '5.0.0' },
  scripts: { test: 'vitest run' },
});

const STAINLESS = { name: 'acme', version: '1.0.0', engines: { node: '>= 18' }, scripts: { test: './scripts/test' } };

const OWNERS = {
  ...STAINLESS,
  bin: { acme: './bin/acme.js' },
  engines: { node: '>=20' },
  workspaces: ['packages/*'],
  overrides: { undici: '6.21.1' },
};

describe('package.json fields the owners added or changed', () => {
  const merged = mergePackageJson(SDKGEN, JSON.stringify(OWNERS), JSON.stringify(STAINLESS), new Set());

  it('keeps their bin, workspaces and narrowed engines as they set them', () => {
    expect(merged.json).toMatchObject({
      bin: { acme: './bin/acme.js' },
      workspaces: ['packages/*'],
      engines: { node: '>=20' },
    });
  });

  it("merges their overrides with sdkgen's pins", () => {
    expect(merged.json.overrides).toEqual({ 'prism-mock': '5.0.0', undici: '6.21.1' });
  });

  it('says so in the report', () => {
    expect(merged.kept).toEqual(expect.arrayContaining(['bin', 'workspaces', 'engines.node', 'overrides']));
  });
});
