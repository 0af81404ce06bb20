/**
 * Stainless's 2023 SDKs (hetzner-node) set `lib: ["es2020"]` in tsconfig.json and depend on `@types/node` for
 * fetch's types, and list the package itself as a dev dependency (`"hetzner": "link:."`, for Yarn). Where the owners
 * have code of their own, migrate keeps that `lib` without DOM's (compiler-options.ts): sdkgen's runtime then reads
 * `Response` and `Headers` from Node's types, so they must be installed (they were dropped: 256 tsc errors). And the
 * self-link is not a dependency npm can install (EUNSUPPORTEDPROTOCOL): tsconfig's `paths` resolve the package.
 */
import { describe, expect, it } from 'vitest';
import { libLeavesOutDom } from '../generator/migrate/package/compiler-options';
import { mergePackageJson } from '../generator/migrate/package/package-json';

const sdkgens = JSON.stringify({ name: 'hetzner', devDependencies: { typescript: '^5.9.3', vitest: '4.0.16' } });
const stainless2023 = JSON.stringify({
  name: 'hetzner',
  dependencies: { '@types/node': '^18.11.18', 'node-fetch': '^2.6.7' },
  devDependencies: { hetzner: 'link:.', jest: '^29.4.0', typescript: '^4.8.2' },
});
const devDependencies = (json: Record<string, unknown>) => json.devDependencies as Record<string, string>;

describe('migrate: Node’s types and the package itself in a 2023 package.json', () => {
  it('installs Node’s types where the kept tsconfig leaves DOM’s out, though the owners’ code imports none', () => {
    const merged = mergePackageJson(sdkgens, stainless2023, stainless2023, new Set(), { nodeTypes: true });
    expect(devDependencies(merged.json)['@types/node']).toBe('^20.19.0');
    expect(merged.kept.some((item) => item.startsWith('devDependencies.@types/node'))).toBe(true);
    // Without the kept `lib`, sdkgen's runtime reads DOM's types: nothing is added.
    const withDom = mergePackageJson(sdkgens, stainless2023, stainless2023, new Set());
    expect(devDependencies(withDom.json)['@types/node']).toBeUndefined();
  });

  it('keeps the version already there rather than adding another', () => {
    const merged = mergePackageJson(sdkgens, stainless2023, stainless2023, new Set(['@types/node']), {
      nodeTypes: true,
    });
    expect((merged.json.dependencies as Record<string, string>)['@types/node']).toBe('^20.19.0');
    expect(devDependencies(merged.json)['@types/node']).toBeUndefined();
  });

  it('drops a dependency on the package itself, even where the owners’ examples import the package', () => {
    const merged = mergePackageJson(sdkgens, stainless2023, stainless2023, new Set(['hetzner']));
    expect(devDependencies(merged.json).hetzner).toBeUndefined();
    expect(merged.dropped.some((item) => item.startsWith('devDependencies.hetzner (link:.'))).toBe(true);
    // Another package of that name at a registry version is not the package itself.
    const other = JSON.stringify({ name: 'hetzner', devDependencies: { hetzner: '^1.0.0' } });
    const kept = mergePackageJson(sdkgens, other, null, new Set(['hetzner']));
    expect(devDependencies(kept.json).hetzner).toBe('^1.0.0');
  });

  it('tells a tsconfig whose lib leaves DOM’s out', () => {
    expect(libLeavesOutDom('{ "compilerOptions": { "lib": ["es2020"] } }')).toBe(true);
    expect(libLeavesOutDom('{ "compilerOptions": { "lib": ["es2020", "DOM"] } }')).toBe(false);
    expect(libLeavesOutDom('{ "compilerOptions": {} }')).toBe(false);
    expect(libLeavesOutDom(undefined)).toBe(false);
  });
});
