/**
 * `sdkgen migrate --from-repo` on a Stainless Python SDK whose config had `custom_casings` (hetzner-python: `ip: IP`,
 * `iso: ISO`): the types Stainless wrote for a method (`ActionChangeIPRangeResponse` of `networks.actions
 * .change_ip_range`, `ISORetrieveResponse` of `isos.retrieve`) are method types, not models of the config, and the
 * casings their names take are the config's. Before, the casing-blind check read them as models (keyed to whatever
 * schema they matched, or listed as matching none), and sdkgen's SDK then listed them as models, first in their
 * sections.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';

const snake = (name: string) => name.replace(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, '_').toLowerCase();
const line = (chain: string, module: string, name: string, verb: string, route: string, returns: string) =>
  `- <code title="${verb} ${route}">client.${chain}.<a href="./src/acme/resources/${module}.py">${name}</a>(id) -> ` +
  `<a href="./src/acme/types/${module.replace(/\/?[^/]*$/, '/').replace(/^\//, '')}${snake(returns)}.py">${returns}</a></code>`;

const API_MD = [
  '# ISOs',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types import ISO, ISORetrieveResponse',
  '```',
  '',
  'Methods:',
  '',
  line('isos', 'isos', 'retrieve', 'get', '/isos/{id}', 'ISORetrieveResponse'),
  '',
  '# Networks',
  '',
  'Methods:',
  '',
  line('networks', 'networks/networks', 'retrieve', 'get', '/networks/{id}', 'Network'),
  '',
  '## Actions',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types.networks import ActionChangeIPRangeResponse, ActionChangeDNSPtrResponse',
  '```',
  '',
  'Methods:',
  '',
  line(
    'networks.actions',
    'networks/actions',
    'change_ip_range',
    'post',
    '/networks/{id}/actions/change_ip_range',
    'ActionChangeIPRangeResponse',
  ),
  line(
    'networks.actions',
    'networks/actions',
    'change_dns_ptr',
    'post',
    '/networks/{id}/actions/change_dns_ptr',
    'ActionChangeDNSPtrResponse',
  ),
  '',
].join('\n');

const object = (...members: string[]) => ({ kind: 'object' as const, members: members.sort() });
const SPEC = {
  schemas: [
    { key: 'iso', name: 'iso', shape: object('id', 'name') },
    { key: 'get_iso_response', name: 'get_iso_response', shape: object('iso') },
    {
      key: 'change_ip_range_of_network_response',
      name: 'change_ip_range_of_network_response',
      shape: object('action'),
    },
    { key: 'change_dns_ptr_response', name: 'change_dns_ptr_response', shape: object('action') },
  ],
  responseSchemas: new Map([
    ['get /isos/{id}', 'get_iso_response'],
    ['post /networks/{id}/actions/change_ip_range', 'change_ip_range_of_network_response'],
    ['post /networks/{id}/actions/change_dns_ptr', 'change_dns_ptr_response'],
  ]),
};

const FILES = [
  { path: 'api.md', text: API_MD },
  { path: 'src/acme/types/iso.py', text: 'class ISO(BaseModel):\n    id: int\n\n    name: str\n' },
  { path: 'src/acme/types/iso_retrieve_response.py', text: 'class ISORetrieveResponse(BaseModel):\n    iso: ISO\n' },
  {
    path: 'src/acme/types/networks/action_change_ip_range_response.py',
    text: 'class ActionChangeIPRangeResponse(BaseModel):\n    action: Action\n',
  },
  {
    path: 'src/acme/types/networks/action_change_dns_ptr_response.py',
    text: 'class ActionChangeDNSPtrResponse(BaseModel):\n    action: Action\n',
  },
];

interface Config {
  custom_casings?: Record<string, string>;
  resources: Record<string, { models?: Record<string, string>; subresources?: Record<string, { models?: unknown }> }>;
}

describe('migrate --from-repo (Python): method types named with custom casings', () => {
  it('are method types, and their casings are the config’s', () => {
    const result = derivePythonConfig(FILES as never, 'acme', SPEC);
    expect(result).not.toBeNull();
    const config = yaml.load(result!.text) as Config;
    expect(config.resources.isos.models).toEqual({ iso: '#/components/schemas/iso' });
    expect(config.resources.networks.subresources?.actions.models).toBeUndefined();
    expect(config.custom_casings).toEqual({ iso: 'ISO', ip: 'IP', dns: 'DNS' });
  });

  it('a type whose name no casing writes as its method’s stays a model', () => {
    const other = API_MD.replace(/ActionChangeIPRangeResponse/g, 'IPRange');
    const files = FILES.map((f) => (f.path === 'api.md' ? { ...f, text: other } : f));
    const spec = { ...SPEC, schemas: [...SPEC.schemas, { key: 'ip_range', name: 'ip_range', shape: object('first') }] };
    const config = yaml.load(derivePythonConfig(files as never, 'acme', spec)!.text) as Config;
    expect(config.resources.networks.subresources?.actions.models).toEqual({
      ip_range: '#/components/schemas/ip_range',
    });
    expect(config.custom_casings).toEqual({ iso: 'ISO', ip: 'IP', dns: 'DNS' });
  });
  it('one name two resources write for their own methods is a method type of each', () => {
    // hetzner-python: `ActionChangeDNSPtrResponse` of floating_ips.actions and of servers.actions, two modules.
    const servers = [
      '',
      '# Servers',
      '',
      '## Actions',
      '',
      'Types:',
      '',
      '```python',
      'from acme.types.servers import ActionChangeDNSPtrResponse',
      '```',
      '',
      'Methods:',
      '',
      line(
        'servers.actions',
        'servers/actions',
        'change_dns_ptr',
        'post',
        '/servers/{id}/actions/change_dns_ptr',
        'ActionChangeDNSPtrResponse',
      ),
      '',
    ].join('\n');
    const files = FILES.map((f) => (f.path === 'api.md' ? { ...f, text: API_MD + servers } : f));
    const spec = {
      ...SPEC,
      responseSchemas: new Map([
        ...SPEC.responseSchemas,
        ['post /servers/{id}/actions/change_dns_ptr', 'change_dns_ptr_response'],
      ]),
    };
    const result = derivePythonConfig(files as never, 'acme', spec)!;
    const config = yaml.load(result.text) as Config;
    expect(config.resources.networks.subresources?.actions.models).toBeUndefined();
    expect(config.resources.servers.subresources?.actions.models).toBeUndefined();
    expect(result.notes.join('\n')).not.toContain('ActionChangeDNSPtrResponse');
  });
});
