/**
 * `sdkgen migrate --from-repo` on a Stainless Python SDK whose client class has a word in capitals (`RunwayML`,
 * runwayml/sdk-python): the config it writes names the organization `RunwayML`, and Stainless's casing writes that back
 * as `RunwayMl` unless the config says how `ml` is cased. Before, the SDK came out with `RunwayMl`, and every import of
 * `RunwayML` (the owners' `lib/` modules, their examples, their users' code) broke. The config now carries the
 * `custom_casings` entry that writes the class back as the repository declares it; a class already written back as it
 * is adds none.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../generator/diagnostics';
import { clientCasings, derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { parseStainlessConfig } from '../generator/stainless/config';
import { planStainless } from '../generator/stainless/plan';

const apiMd = `# Tasks

Methods:

- <code title="get /v1/tasks/{id}">client.tasks.<a href="./src/acme/resources/tasks.py">retrieve</a>(id) -> <a href="./src/acme/types/task_retrieve_response.py">TaskRetrieveResponse</a></code>
`;

const clientPy = (name: string) => `from ._base_client import SyncAPIClient, AsyncAPIClient


class ${name}(SyncAPIClient):
    def __init__(self) -> None:
        base_url = "https://api.example.com"


class Async${name}(AsyncAPIClient):
    pass
`;

/** The client class the config `derivePythonConfig` writes names, as sdkgen reads that config. */
function clientOf(name: string): { className: string; config: Record<string, unknown> } {
  const files = [
    { path: 'api.md', text: apiMd },
    { path: 'src/acme/_client.py', text: clientPy(name) },
  ];
  const derived = derivePythonConfig(files as never, 'acme');
  expect(derived).not.toBeNull();
  const raw = yaml.load(derived!.text);
  const config = parseStainlessConfig(raw, 'stainless.yml', derived!.text, new Diagnostics());
  const plan = planStainless(config);
  return { className: plan.names.clientName(config.organizationName ?? ''), config: raw as Record<string, unknown> };
}

describe('migrate --from-repo (Python): the client class written back as declared', () => {
  it('carries the casing of a word in capitals (RunwayML)', () => {
    const { className, config } = clientOf('RunwayML');
    expect(className).toBe('RunwayML');
    expect(config.custom_casings).toEqual({ ml: 'ML' });
  });

  it('adds no casing where the name is written back as it is', () => {
    for (const name of ['Mixedbread', 'Isaacus', 'OpenAI']) {
      const { className, config } = clientOf(name);
      expect(className).toBe(name);
      expect(config.custom_casings).toBeUndefined();
    }
  });

  it('cases each word that needs it, and says where none writes the name back', () => {
    expect(clientCasings('AcmeHQClient')).toEqual(new Map([['hq', 'HQ']]));
    expect(clientCasings('Acme')).toEqual(new Map());
  });
});
