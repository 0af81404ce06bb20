/**
 * package.json fields a migrated repository's tooling and publishing rely on: the project's own (`author`,
 * `publishConfig`, `packageManager`…) stay the owners'; a key sdkgen's build writes too (`files`, `sideEffects`) keeps
 * what the owners changed in it; and every top-level field the move sets to sdkgen's build, or leaves out, is in
 * the report with the value it had.
 */
import { describe, expect, it } from 'vitest';
import { mergePackageJson } from '../../generator/migrate/package/package-json';

// sdkgen's package.json for an SDK from a Stainless config, as far as these fields go.
const SDKGEN = JSON.stringify({
  name: 'acme',
  version: '0.1.0',
  type: 'commonjs',
  main: './dist/cjs/index.js',
  types: './dist/cjs/index.d.ts',
  sideEffects: false,
  exports: { '.': { import: './dist/index.mjs', require: './dist/cjs/index.js' } },
  files: ['dist', 'src', 'README.md'],
  engines: { node: '>=18' },
  scripts: { test: 'vitest run' },
  devDependencies: { typescript: '^5.9.3' },
});

// Stainless's, as it generated it (the base).
const STAINLESS = {
  name: 'acme',
  version: '1.0.0',
  author: 'Acme <>',
  types: 'dist/index.d.ts',
  main: 'dist/index.js',
  type: 'commonjs',
  repository: 'github:acme/acme-node',
  license: 'Apache-2.0',
  packageManager: 'yarn@1.22.22',
  files: ['**/*'],
  private: false,
  publishConfig: { access: 'public' },
  scripts: { test: './scripts/test' },
  devDependencies: { typescript: '5.8.3' },
  exports: { '.': { import: './dist/index.mjs', require: './dist/index.js' } },
};

describe('package.json fields the owners rely on', () => {
  it("the project's fields stay theirs, as they are", () => {
    const merged = mergePackageJson(SDKGEN, JSON.stringify(STAINLESS), JSON.stringify(STAINLESS), new Set());
    expect(merged.json).toMatchObject({
      author: 'Acme <>',
      repository: 'github:acme/acme-node',
      packageManager: 'yarn@1.22.22',
      publishConfig: { access: 'public' },
    });
  });

  it("every field set to sdkgen's build is reported with the value it had; one left out is reported dropped", () => {
    const merged = mergePackageJson(SDKGEN, JSON.stringify(STAINLESS), JSON.stringify(STAINLESS), new Set());
    expect(merged.rewritten).toEqual([
      'types: "dist/index.d.ts" → "./dist/cjs/index.d.ts" (not the entry\'s declarations in sdkgen\'s build)',
      'main: "dist/index.js" → "./dist/cjs/index.js" (not the entry\'s CommonJS in sdkgen\'s build)',
      'files: ["**/*"] → ["dist","src","README.md"]',
      expect.stringMatching(/^exports: \{".":\{"import":"\.\/dist\/index\.mjs","require":"\.\/dist\/index.* → /),
    ]);
    expect(merged.dropped).toContain('private');
  });

  it('entries the owners added to `files`, and a `sideEffects` they set, are kept', () => {
    const theirs = { ...STAINLESS, files: ['**/*', 'bin/*.js'], sideEffects: ['./src/polyfill.ts'] };
    const merged = mergePackageJson(SDKGEN, JSON.stringify(theirs), JSON.stringify(STAINLESS), new Set());
    expect(merged.json.files).toEqual(['dist', 'src', 'README.md', 'bin/*.js']);
    expect(merged.json.sideEffects).toEqual(['./src/polyfill.ts']);
    expect(merged.kept).toEqual(expect.arrayContaining(['files: "bin/*.js"', 'sideEffects']));
  });

  it("an optional peer the owners' code imports stays optional: its `peerDependenciesMeta` entry is kept with it", () => {
    const peers = {
      ...STAINLESS,
      peerDependencies: { zod: '^3.23.8', ws: '^8.18.0' },
      peerDependenciesMeta: { zod: { optional: true }, ws: { optional: true } },
    };
    const merged = mergePackageJson(SDKGEN, JSON.stringify(peers), JSON.stringify(peers), new Set(['zod']));
    expect(merged.json.peerDependencies).toEqual({ zod: '^3.23.8' });
    expect(merged.json.peerDependenciesMeta).toEqual({ zod: { optional: true } });
    expect(merged.kept).toContain('peerDependenciesMeta.zod');
    expect(merged.dropped).toEqual(expect.arrayContaining(['peerDependencies.ws', 'peerDependenciesMeta.ws']));
  });
});
