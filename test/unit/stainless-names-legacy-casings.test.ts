/**
 * The legacy `targets.node` generator's resource properties: camelCase without the built-in acronyms, but with the
 * config's own `custom_casings` (naming/stainless.ts). Browserbase's Core-era SDK has `client.fetchAPI` for the
 * key `fetch_api`; OneBusAway's of the same era `client.stopIdsForAgency`.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../../generator/migrate/derived-config/input';
import { StainlessNames } from '../../generator/naming/stainless';

describe('legacy resource properties', () => {
  it('leave the built-in acronyms out', () => {
    const legacy = new StainlessNames(new Map(), { legacy: true });
    expect(legacy.resourceProperty('stop_ids_for_agency')).toBe('stopIdsForAgency');
    expect(legacy.resourceProperty('fetch_api')).toBe('fetchApi');
    expect(legacy.resourceProperty('mongodb')).toBe('mongodb');
  });

  it('case a word the config’s custom_casings names', () => {
    const legacy = new StainlessNames(new Map([['api', 'API']]), { legacy: true });
    expect(legacy.resourceProperty('fetch_api')).toBe('fetchAPI');
    expect(legacy.resourceProperty('api_keys')).toBe('apiKeys');
    expect(legacy.resourceProperty('stop_ids_for_agency')).toBe('stopIdsForAgency');
    expect(legacy.resourceClass('fetch_api')).toBe('FetchAPI');
  });
});

describe('the config migrate writes from a Core-era repository (--from-repo)', () => {
  it('writes a resource its legacy property cases with an acronym, through custom_casings', () => {
    // browserbase-node: `client.fetchAPI.create` in api.md, `src/core.ts` (the legacy generator). Before, the method
    // was left out: no key gave `fetchAPI` under the legacy rule.
    const apiMd = [
      '# FetchAPI',
      '',
      'Methods:',
      '',
      '- <code title="post /v1/fetch">client.fetchAPI.<a href="./src/resources/fetch-api.ts">create</a>({ ...params }) -> unknown</code>',
      '',
    ].join('\n');
    const input = derivedConfigInput(
      [
        { path: 'api.md', blob: null, text: apiMd },
        { path: 'src/core.ts', blob: null, text: 'export class APIClient {}\n' },
      ],
      null,
    )!;
    expect(input.legacy).toBe(true);
    const derived = deriveStainlessConfig(input);
    expect(derived.notes.filter((n) => n.includes('fetchAPI'))).toEqual([]);
    const config = yaml.load(derived.text) as {
      custom_casings?: Record<string, string>;
      resources: Record<string, { methods: Record<string, unknown> }>;
    };
    expect(config.resources.fetch_api.methods).toEqual({ create: 'post /v1/fetch' });
    expect(
      new StainlessNames(new Map(Object.entries(config.custom_casings ?? {})), { legacy: true }).resourceProperty(
        'fetch_api',
      ),
    ).toBe('fetchAPI');
  });
});
