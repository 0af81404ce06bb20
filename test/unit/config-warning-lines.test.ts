/**
 * Every warning about a Stainless config names a line of it: the line of the key it is about, else that of the
 * closest enclosing key the file holds, else (not even the first key is there) the file's first line of content.
 * Only a file with no content has none. The "endpoints in no resource" warning is about `resources` as a whole.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics, UsageError } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import { normalize } from '../../generator/normalize/normalize';
import { parseStainlessConfig } from '../../generator/stainless/config';
import { lineOfKey } from '../../generator/stainless/yaml-lines';
import { loadObject, openapi } from './helpers/spec';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } } };
const SPEC = openapi({
  paths: {
    '/pets': { get: { operationId: 'listPets', responses: ok } },
    '/health': { get: { operationId: 'health', responses: ok } },
  },
});

/** The config warnings of building the SDK of SPEC with the config `text`, as [code, message, line]. */
async function configWarnings(text: string): Promise<Array<[string, string, number | null]>> {
  const diags = new Diagnostics();
  const stainless = parseStainlessConfig(yaml.load(text), 'stainless.yml', text, diags);
  const config = { ...EMPTY_CONFIG, stainless };
  const { spec } = await loadObject(SPEC, diags);
  buildIr(normalize(spec, config, diags), config, diags, {});
  return diags.warnings
    .filter((d) => d.file === 'stainless.yml')
    .map((d) => [d.code, d.message.replace(/:.*/s, ''), d.line ?? null]);
}

describe('the lines of config warnings', () => {
  it('names the line of `resources:` for the endpoints that are in no resource', async () => {
    const text = [
      '# an SDK', // 1
      'organization:', // 2
      '  name: acme', // 3
      '', // 4
      'resources:', // 5
      '  pets:', // 6
      '    methods:', // 7
      '      list: get /pets', // 8
    ].join('\n');
    expect(await configWarnings(text)).toEqual([['stainless-unspecified-endpoint', 'resources', 5]]);
  });

  it('names the first line of content when the file has no `resources:` at all', async () => {
    const text = ['# an SDK', '', 'organization:', '  name: acme', ''].join('\n');
    expect(await configWarnings(text)).toEqual([['stainless-unspecified-endpoint', 'resources', 3]]);
  });

  it('names the line of the closest enclosing key the file holds', async () => {
    const text = [
      'organization:', // 1
      '  name: acme', // 2
      'resources:', // 3
      '  pets:', // 4
      '    methods:', // 5
      '      list: { endpoint: get /pets, positional_params: [1] }', // 6
      '  health:', // 7
      '    methods:', // 8
      '      check: get /health', // 9
    ].join('\n');
    // `positional_params` is inside a flow mapping: the line is that of `list`, the key that holds it.
    expect(await configWarnings(text)).toEqual([
      ['stainless-positional-param', 'resources.pets.methods.list.positional_params', 6],
    ]);
  });

  it('a config that is not a mapping: the error names its first line of content', () => {
    const text = '# a list, not a mapping\n\n- name: acme\n';
    expect(() => parseStainlessConfig(yaml.load(text), 'stainless.yml', text, new Diagnostics())).toThrow(
      new UsageError('config file stainless.yml:3: (top level): must be a mapping'),
    );
  });
});

describe('lineOfKey', () => {
  const text = ['# header', '', 'organization:', '  name: acme', 'resources:', '  pets:', '    methods: {}'].join('\n');
  it.each([
    { given: 'resources.pets', want: 6 },
    // absent below a key the file holds: that key's line
    { given: 'resources.pets.methods.list', want: 7 },
    { given: 'resources.owners.methods.list', want: 5 },
    // absent at the top: the document's first line of content
    { given: 'pagination[0].type', want: 3 },
    { given: '(top level)', want: 3 },
  ])('$given → $want', ({ given, want }) => {
    expect(lineOfKey(text, given)).toBe(want);
  });

  it('a file with no content has no line', () => {
    expect(lineOfKey('', 'resources')).toBeNull();
    expect(lineOfKey('# only a comment\n\n', 'resources')).toBeNull();
  });
});
