/**
 * Stainless's older SDKs (2023–2024, `src/_shims`) depend on `@types/node` `^18.11.18`; the owners' code using Node's
 * globals keeps it. sdkgen's Vitest 4 runs on Vite 7, whose optional peer `@types/node` is `^20.19.0 || >=22.12.0`:
 * npm refused to install the two together (browserbase's sdk-node, ERESOLVE). Stainless's version is raised to the
 * runner's; a version the owners chose stays theirs.
 */
import { describe, expect, it } from 'vitest';
import { mergePackageJson } from '../generator/migrate/package/package-json';

const sdkgens = JSON.stringify({ name: 'sdk', devDependencies: { typescript: '^5.9.3', vitest: '4.0.16' } });
const stainless = (node: string) =>
  JSON.stringify({ name: 'sdk', dependencies: { '@types/node': node, 'node-fetch': '^2.6.7' } });

describe('migrate: package.json against sdkgen’s test runner', () => {
  it('raises Stainless’s @types/node the owners’ code keeps to what Vitest 4 takes', () => {
    const merged = mergePackageJson(sdkgens, stainless('^18.11.18'), stainless('^18.11.18'), new Set(['@types/node']));
    expect((merged.json.dependencies as Record<string, string>)['@types/node']).toBe('^20.19.0');
    expect(merged.kept.some((item) => item.startsWith('dependencies.@types/node'))).toBe(true);
  });

  it('keeps a version the owners chose, and a newer one of Stainless’s', () => {
    const theirs = mergePackageJson(sdkgens, stainless('^18.0.0'), stainless('^18.11.18'), new Set(['@types/node']));
    expect((theirs.json.dependencies as Record<string, string>)['@types/node']).toBe('^18.0.0');
    const newer = mergePackageJson(sdkgens, stainless('^22.0.0'), stainless('^22.0.0'), new Set(['@types/node']));
    expect((newer.json.dependencies as Record<string, string>)['@types/node']).toBe('^22.0.0');
  });

  it('leaves it where sdkgen’s package has no such runner', () => {
    const noRunner = JSON.stringify({ name: 'sdk', devDependencies: { typescript: '^5.9.3' } });
    const merged = mergePackageJson(noRunner, stainless('^18.11.18'), stainless('^18.11.18'), new Set(['@types/node']));
    expect((merged.json.dependencies as Record<string, string>)['@types/node']).toBe('^18.11.18');
  });
});
