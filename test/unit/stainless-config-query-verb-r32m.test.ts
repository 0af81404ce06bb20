/**
 * A Stainless config's method may name OpenAPI 3.2's QUERY operation (`search: query /models`, replicate's config):
 * it is read as the method of that endpoint, as the other verbs are. So is any other HTTP method (`fetch /models`: the
 * planner says whether the spec has it); an entry with no verb (`/models`) is left out with a warning.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../generator/diagnostics';
import { parseStainlessConfig } from '../../generator/stainless/config';

function parse(text: string) {
  const diagnostics = new Diagnostics();
  const config = parseStainlessConfig(yaml.load(text), 'stainless.yml', text, diagnostics);
  return { config, warnings: diagnostics.warnings.map((w) => w.message) };
}

describe('a config method of the QUERY verb', () => {
  it('is read as its endpoint', () => {
    const { config, warnings } = parse(
      'resources:\n  models:\n    methods:\n      list: get /models\n      search: QUERY /models\n      find: fetch /models\n      bad: /models\n',
    );
    const methods = config.resources[0].methods;
    expect(methods.map((m) => m.key)).toEqual(['list', 'search', 'find']);
    expect(methods[1].endpoint).toEqual({ verb: 'query', path: '/models' });
    expect(methods[2].endpoint).toEqual({ verb: 'fetch', path: '/models' });
    expect(warnings).toEqual(['resources.models.methods.bad: must be "<verb> /path", got "/models"; ignored']);
  });
});
