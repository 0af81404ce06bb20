/**
 * package.json after a migration: Stainless's dependency on the type declarations of a package the kept code imports
 * (`@types/ws` beside `ws`, which the owners' WebSocket code imports) stays, as the package itself does: without it
 * the kept code no longer compiles. Declarations of a package nothing imports go with Stainless's other dependencies.
 */
import { describe, expect, it } from 'vitest';
import { mergePackageJson } from '../../generator/migrate/package/package-json';

const SDKGEN = JSON.stringify({ name: 'acme', version: '0.1.0', devDependencies: { typescript: '^5.9.3' } });

const STAINLESS = JSON.stringify({
  name: 'acme',
  version: '1.0.0',
  devDependencies: {
    typescript: '5.8.3',
    ws: '^8.18.3',
    '@types/ws': '^8.5.13',
    '@types/lodash': '^4.17.0',
    '@types/babel__core': '^7.20.5',
  },
  peerDependencies: { ws: '^8.18.0' },
});

describe('package.json: the type declarations of a package the kept code imports', () => {
  it('keeps @types/<name> (and @types/<scope>__<name>) of an imported package, drops the rest', () => {
    const merged = mergePackageJson(SDKGEN, STAINLESS, STAINLESS, new Set(['ws', '@babel/core']));
    const dev = merged.json.devDependencies as Record<string, string>;
    expect(dev['@types/ws']).toBe('^8.5.13');
    expect(dev['@types/babel__core']).toBe('^7.20.5');
    expect(dev.ws).toBe('^8.18.3');
    expect(dev['@types/lodash']).toBeUndefined();
    expect(merged.kept).toContain('devDependencies.@types/ws');
    expect(merged.dropped).toContain('devDependencies.@types/lodash');
    expect(merged.dropped).not.toContain('devDependencies.@types/ws');
  });
});
