/**
 * The documents that name what owners' code and `--stainless-era` rely on name all of it:
 * templates/python/RUNTIME-CONTRACT.md every runtime name the owners'-names and private-names tests import (they
 * stand for what owners' code imports: `_models.TypeAdapter`, anthropic-sdk-python's `lib/tools`); and
 * docs/reference/migrate.md every era qualifier python-era.ts exports (`+plain-resource-names`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as pythonEra from '../../generator/stainless/python-era';
import { ROOT } from '../helpers/paths';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** The names a test module imports from the runtime's fixture package (`from acme.<module> import …`), by module. */
function runtimeImports(text: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const m of text.matchAll(/^[ \t]*from acme\.([\w.]+) import (\([^)]*\)|[^\n]*)/gm))
    for (const name of m[2].replace(/[()]/g, '').split(/[,\n]/))
      if (name.trim()) found.push([m[1], name.trim().split(/\s+as\s+/)[0]]);
  return found;
}

describe('the documents name what is relied on', () => {
  it("RUNTIME-CONTRACT.md names every runtime name the owners' and private names tests import", () => {
    const contract = read('templates/python/RUNTIME-CONTRACT.md');
    // Named as itself or by a wildcard of the contract's (`maybe_coerce_*`).
    const wildcards = [...contract.matchAll(/`(\w+)\*`/g)].map((m) => m[1]);
    const named = (name: string) =>
      new RegExp(`\`${name}\\b`).test(contract) || wildcards.some((prefix) => name.startsWith(prefix));
    const missing = ['test_owner_names.py', 'test_private_names.py']
      .flatMap((file) => runtimeImports(read(`test/python/runtime/${file}`)))
      .filter(([, name]) => !named(name))
      .map(([module, name]) => `${module}.${name}`);
    expect(missing).toEqual([]);
  });

  it('migrate.md names every era qualifier', () => {
    const migrate = read('docs/reference/migrate.md');
    const qualifiers = Object.entries(pythonEra)
      .filter(([key, value]) => key.startsWith('ERA_') && typeof value === 'string')
      .map(([, value]) => value as string);
    expect(qualifiers.length).toBeGreaterThan(2);
    expect(qualifiers.filter((q) => !migrate.includes(`+${q}`))).toEqual([]);
  });
});
