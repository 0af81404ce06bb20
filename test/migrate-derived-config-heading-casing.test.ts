/**
 * `sdkgen migrate --from-repo` without a config: a resource's class is named as api.md's heading names it. Stainless
 * named hetzner's `client.isos` `ISOs` (`# ISOs`), which its naming writes so only with the casing `isos: ISOs`: the
 * config written from the repository has that casing, so that sdkgen's SDK names the class as Stainless's did. (Read
 * from the real repository by test/migrate-derived-heading-casing-hetzner-r41.test.ts.)
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';
import { StainlessNames } from '../generator/naming/stainless';

const method = (resource: string, module: string) =>
  `\nMethods:\n\n- <code title="get /${resource}">client.${resource}.<a href="./src/resources/${module}.ts">list</a>() -> unknown</code>\n`;
const API_MD = `# ISOs\n${method('isos', 'isos')}\n# Volumes\n${method('volumes', 'volumes')}`;

const files: RepoFile[] = [
  { path: 'api.md', blob: null, text: API_MD },
  { path: 'src/resources/isos.ts', blob: null, text: 'export class ISOs {}\n' },
  { path: 'src/resources/volumes.ts', blob: null, text: 'export class Volumes {}\n' },
  { path: 'src/client.ts', blob: null, text: 'export class Hetzner {}\n' },
];

describe("a resource's class named as api.md's heading names it", () => {
  it('takes the casings of its all-capitals words', () => {
    const derived = deriveStainlessConfig(derivedConfigInput(files, null, { paths: {} })!);
    const config = yaml.load(derived.text) as { custom_casings?: Record<string, string>; resources: object };
    expect(Object.keys(config.resources)).toEqual(['isos', 'volumes']);
    expect(config.custom_casings).toEqual({ isos: 'ISOs' });
    const names = new StainlessNames(new Map(Object.entries(config.custom_casings!)));
    expect(names.resourceClass('isos')).toBe('ISOs');
    expect(names.resourceProperty('isos')).toBe('isos');
    expect(derived.notes.join('\n')).not.toContain('ISOs');
  });
});
