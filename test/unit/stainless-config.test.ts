/**
 * The Stainless config reader (generator/stainless/config.ts, yaml-lines.ts) and `stainless:` in an
 * sdkgen.config.yaml (generator/config.ts): the three real configs of ../shared/stainless-compat read to concrete
 * facts; values of a form sdkgen cannot read and unknown keys warn once each, naming key path and line.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import {
  isStainlessConfig,
  parseStainlessConfig,
  type StainlessConfig,
  type StainlessResource,
} from '../../generator/stainless/config';
import { lineOfPath } from '../../generator/stainless/yaml-lines';
import { sharedPath } from '../helpers/paths';

const here = path.dirname(fileURLToPath(import.meta.url));
const compat = sharedPath('stainless-compat');
const tmp = path.resolve(here, `../.tmp/stainless-config-${process.pid}`);
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const load = (text: string): unknown => yaml.load(text, { schema: yaml.CORE_SCHEMA });
const real = (name: string) => {
  const file = path.join(compat, name, 'stainless.yml');
  const text = readFileSync(file, 'utf8');
  return { file, text, raw: load(text) };
};
const parse = (text: string, file = '/p/stainless.yml') => {
  const diags = new Diagnostics();
  const config = parseStainlessConfig(load(text), file, text, diags);
  return { config, warnings: diags.warnings.map((w) => ({ message: w.message, line: w.line ?? null })) };
};
const parseReal = (name: string) => {
  const { file, text, raw } = real(name);
  const diags = new Diagnostics();
  return { config: parseStainlessConfig(raw, file, text, diags), warnings: diags.warnings.map((w) => w.message) };
};
/** The method at a dotted resource path ("chat.completions") and key ("create"). */
const method = (config: StainlessConfig, resourcePath: string, key: string) => {
  let resources: StainlessResource[] = config.resources;
  let resource: StainlessResource | undefined;
  for (const part of resourcePath.split('.')) {
    resource = resources.find((r) => r.key === part);
    if (!resource) throw new Error(`no resource ${part} in ${resourcePath}`);
    resources = resource.subresources;
  }
  const m = resource!.methods.find((x) => x.key === key);
  if (!m) throw new Error(`no method ${resourcePath}.${key}`);
  return m;
};

describe('isStainlessConfig', () => {
  const cases: Array<{ given: string; raw: () => unknown; want: boolean }> = [
    { given: 'grid stainless.yml', raw: () => real('grid').raw, want: true },
    { given: 'llama-stack stainless.yml', raw: () => real('llama-stack').raw, want: true },
    { given: 'onebusaway stainless.yml', raw: () => real('onebusaway').raw, want: true },
    {
      given: 'an sdkgen config',
      raw: () =>
        load(
          'client:\n  name: Acme\n  package: acme-sdk\nresources:\n  /pets: pets\nmethods:\n  listPets: pets.list\n',
        ),
      want: false,
    },
    {
      given: 'an sdkgen config naming a Stainless one',
      raw: () => load('stainless: ./stainless.yml\nclient:\n  name: Acme\n'),
      want: false,
    },
    {
      given: 'resources as Stainless writes them, nothing else',
      raw: () => load('resources:\n  pets:\n    methods:\n      list: get /pets\n'),
      want: true,
    },
    { given: 'not a mapping', raw: () => load('- a\n- b\n'), want: false },
  ];
  it.each(cases)('$given → $want', ({ raw, want }) => {
    expect(isStainlessConfig(raw())).toBe(want);
  });
});

describe('parseStainlessConfig: the real configs', () => {
  it('grid: typescript target, basic-auth client options, one cursor scheme', () => {
    const { config } = parseReal('grid');
    expect(config.target).toEqual({
      kind: 'typescript',
      packageName: '@lightsparkdev/grid',
      edition: 'typescript.2025-10-10',
      readmeTitle: null,
      productionRepo: 'lightsparkdev/grid-js-sdk',
      npmTrustedPublishing: true,
    });
    expect(config.edition).toBe('2025-10-10');
    expect(config.organizationName).toBe('Lightspark Grid');
    const opt = (key: string) => config.clientOpts.find((o) => o.key === key);
    expect(opt('username')).toMatchObject({ type: 'string', readEnv: 'GRID_CLIENT_ID', auth: { role: 'username' } });
    expect(opt('password')).toMatchObject({
      type: 'string',
      readEnv: 'GRID_CLIENT_SECRET',
      auth: { role: 'password' },
    });
    expect(config.pagination).toHaveLength(1);
    const [scheme] = config.pagination;
    expect(scheme).toMatchObject({ name: 'default_pagination', type: 'cursor', where: 'pagination[0]' });
    expect(scheme.request).toEqual([{ name: 'cursor', purpose: 'next_cursor_param', type: 'string' }]);
    expect(scheme.response).toEqual([
      { name: 'data', path: ['data'], purpose: null, isArray: true, fromHeader: null },
      { name: 'nextCursor', path: ['nextCursor'], purpose: 'next_cursor_field', isArray: false, fromHeader: null },
      { name: 'hasMore', path: ['hasMore'], purpose: 'has_next_page', isArray: false, fromHeader: null },
      { name: 'totalCount', path: ['totalCount'], purpose: null, isArray: false, fromHeader: null },
    ]);
    expect(method(config, 'customers', 'create')).toMatchObject({
      endpoint: { verb: 'post', path: '/customers' },
      bodyParamName: 'CreateCustomerRequest',
    });
    expect(method(config, 'platform', 'list_internal_accounts').paginated).toBe(false);
    expect(config.environments).toEqual([{ name: 'production', url: 'https://api.lightspark.com/grid/2025-10-13' }]);
  });

  it('llama-stack: legacy node target, unwrap_response_fields, a streaming method', () => {
    const { config } = parseReal('llama-stack');
    expect(config.target?.kind).toBe('node');
    expect(config.unwrapResponseFields).toEqual(['data']);
    const create = method(config, 'chat.completions', 'create');
    expect(create.endpoint).toEqual({ verb: 'post', path: '/v1/chat/completions' });
    expect(create.streaming).toEqual({
      paramDiscriminator: 'stream',
      streamEventModel: 'chat.chat_completion_chunk',
      paramsTypeName: null,
    });
    expect(method(config, 'completions', 'create').streaming?.paramDiscriminator).toBe('stream');
    // `security: [{}, { BearerAuth: [] }]`: auth is optional.
    expect(config.security).toEqual([{}, { BearerAuth: [] }]);
  });

  it('onebusaway: api key sent as the `key` query parameter, one environment', () => {
    const { config } = parseReal('onebusaway');
    const apiKey = config.clientOpts.find((o) => o.key === 'api_key');
    expect(apiKey).toMatchObject({ readEnv: 'ONEBUSAWAY_API_KEY', sendAsQueryParam: 'key', sendInHeader: null });
    expect(config.environments).toEqual([{ name: 'production', url: 'https://api.pugetsound.onebusaway.org' }]);
  });

  it.each(['grid', 'llama-stack', 'onebusaway'])(
    '%s: no warning for diagnostics/codeflow, one per unsupported key',
    (name) => {
      const { warnings } = parseReal(name);
      expect(warnings.filter((w) => /^(diagnostics|codeflow)\b/.test(w))).toEqual([]);
      expect(new Set(warnings).size).toBe(warnings.length);
      for (const w of warnings) expect(w).toMatch(/^[\w.[\]$-]+: /);
    },
  );
});

describe('parseStainlessConfig: a value in a form sdkgen cannot read warns with its line, never refuses', () => {
  const cases: Array<{ given: string; text: string; where: string; line: number }> = [
    {
      given: 'an environment that is a number (flow style)',
      text: 'edition: 2025-10-10\nenvironments: { prod: 5 }\n',
      where: 'environments.prod',
      line: 2,
    },
    {
      given: 'an environment that is a number',
      text: 'edition: 2025-10-10\nenvironments:\n  sandbox: https://sandbox.x.com\n  prod: 5\n',
      where: 'environments.prod',
      line: 4,
    },
    {
      given: 'an environment that is a mapping',
      text: 'environments:\n  prod:\n    url: https://x.com\n',
      where: 'environments.prod',
      line: 2,
    },
    {
      given: 'an unknown pagination type',
      text: 'edition: x\npagination:\n  - name: x\n    type: bogus\n',
      where: 'pagination[0].type',
      line: 4,
    },
    {
      given: 'an unknown pagination type in the second scheme',
      text: 'edition: x\npagination:\n  - name: a\n    type: cursor\n  - name: b\n    type: bogus\n',
      where: 'pagination[1].type',
      line: 6,
    },
    {
      given: 'an unknown pagination type, list not indented',
      text: 'edition: x\npagination:\n- name: a\n  type: cursor\n- name: b\n  type: bogus\n',
      where: 'pagination[1].type',
      line: 6,
    },
    {
      given: 'a pagination scheme with no name',
      text: 'edition: x\npagination:\n  - type: cursor\n',
      where: 'pagination[0].name',
      line: 3,
    },
    {
      given: 'a method endpoint with no verb',
      text: 'edition: x\nresources:\n  things:\n    methods:\n      list: /x\n',
      where: 'resources.things.methods.list',
      line: 5,
    },
    {
      given: 'a method object whose endpoint has no path',
      text: 'edition: x\nresources:\n  things:\n    subresources:\n      parts:\n        methods:\n          create:\n            endpoint: post\n',
      where: 'resources.things.subresources.parts.methods.create.endpoint',
      line: 8,
    },
    {
      given: 'a client option of an unknown type',
      text: 'client_settings:\n  opts:\n    api_key:\n      type: secret\n',
      where: 'client_settings.opts.api_key.type',
      line: 4,
    },
    {
      given: 'an auth role that is not username/password',
      text: 'client_settings:\n  opts:\n    token:\n      auth:\n        role: bearer\n',
      where: 'client_settings.opts.token.auth.role',
      line: 5,
    },
    { given: 'resources that is a list', text: 'edition: x\nresources:\n  - a\n', where: 'resources', line: 2 },
    {
      given: 'query_settings.array_format unknown',
      text: 'edition: x\nquery_settings:\n  array_format: pipes\n',
      where: 'query_settings.array_format',
      line: 3,
    },
  ];
  it.each(cases)('$given → $where at line $line', ({ text, where, line }) => {
    const { warnings } = parse(text, '/p/stainless.yml');
    const warning = warnings.find((w) => w.message.startsWith(`${where}: `));
    expect(warning, JSON.stringify(warnings)).toBeDefined();
    expect(warning!.message).toMatch(/; ignored|left out/);
    expect(warning!.line).toBe(line);
  });
});

describe('parseStainlessConfig: every documented form of a key', () => {
  it('streaming.on_event: each rule form is read in order; rules that restate what streams do anyway leave none', () => {
    const { config, warnings } = parse(
      [
        'organization: { name: acme }',
        'streaming:',
        '  on_event:',
        "    - data_starts_with: '[DONE]'",
        '      handle: done',
        '    - event_type: error',
        '      handle: error',
        '    - event_type: [ping, null]',
        '      handle: skip',
        '    - kind: fallthrough',
        '      handle: yield',
        '      error_property: error',
        'resources: {}',
      ].join('\n'),
    );
    expect(warnings).toEqual([]);
    expect(config.streamEventRules).toEqual([
      { events: null, dataStartsWith: '[DONE]', handle: 'done', errorProperty: null },
      { events: ['error'], dataStartsWith: null, handle: 'error', errorProperty: null },
      { events: ['ping', null], dataStartsWith: null, handle: 'skip', errorProperty: null },
      { events: null, dataStartsWith: null, handle: 'yield', errorProperty: 'error' },
    ]);
    // Yield everything, end at [DONE]: every sdkgen stream does that; the generated code stays as it was.
    const restated = parse(
      [
        'organization: { name: acme }',
        'streaming:',
        '  on_event:',
        "    - { data_starts_with: '[DONE]', handle: done }",
        '    - { kind: fallthrough, handle: yield }',
      ].join('\n'),
    );
    expect(restated.config.streamEventRules).toEqual([]);
    expect(restated.warnings).toEqual([]);
  });

  it('streaming.on_event: a rule sdkgen cannot read warns with its line and is left out; unknown keys warn', () => {
    const { config, warnings } = parse(
      [
        'organization: { name: acme }',
        'streaming:',
        '  on_event:',
        '    - event_type: ping',
        '      handle: ignore_it',
        '    - event_type: error',
        '      handle: error',
        '      retry: true',
        '    - kind: sometimes',
        '      handle: yield',
        '  reconnect: true',
      ].join('\n'),
    );
    expect(config.streamEventRules).toEqual([
      { events: ['error'], dataStartsWith: null, handle: 'error', errorProperty: null },
      { events: null, dataStartsWith: null, handle: 'yield', errorProperty: null },
    ]);
    expect(warnings.map((w) => [w.message.replace(/:.*/s, ''), w.line])).toEqual([
      ['streaming.reconnect', 11],
      ['streaming.on_event[0].handle', 5],
      ['streaming.on_event[1].retry', 8],
      ['streaming.on_event[2].kind', 9],
    ]);
  });

  it("targets.typescript's repositories and publishing are Stainless's service: read quietly; an unknown key warns", () => {
    const { warnings } = parse(
      [
        'organization: { name: acme }',
        'targets:',
        '  typescript:',
        '    package_name: acme',
        '    production_repo: acme/acme-node',
        '    staging_repo: acme/acme-node-staging',
        '    publish: { npm: true }',
        '    colour: blue',
      ].join('\n'),
    );
    expect(warnings.map((w) => [w.message.replace(/:.*/s, ''), w.line])).toEqual([['targets.typescript.colour', 8]]);
  });

  it('targets.typescript.options.client_name names the client class; one that is no class name warns', () => {
    const named = parse(
      'organization: { name: acme-corp }\ntargets: { typescript: { options: { client_name: Inbound } } }\n',
    );
    expect(named.config.clientName).toBe('Inbound');
    expect(named.warnings).toEqual([]);
    const bad = parse(
      'organization: { name: acme-corp }\ntargets: { typescript: { options: { client_name: in-bound } } }\n',
    );
    expect(bad.config.clientName).toBeNull();
    expect(bad.warnings.map((w) => w.message)).toEqual([
      'targets.typescript.options.client_name: "in-bound" is no class name; ignored',
    ]);
  });

  it('targets.typescript.options.package_manager names what the repository installs with; another value warns', () => {
    const target = (manager: string) =>
      `organization: { name: acme }\ntargets:\n  typescript:\n    options:\n      package_manager: ${manager}\n`;
    for (const manager of ['pnpm', 'yarn', 'npm'] as const) {
      const { config, warnings } = parse(target(manager));
      expect(config.packageManager).toBe(manager);
      expect(warnings).toEqual([]);
    }
    const bun = parse(target('bun'));
    expect(bun.config.packageManager).toBeNull();
    expect(bun.warnings).toEqual([
      {
        message:
          'targets.typescript.options.package_manager: "bun" is not one sdkgen sets up (npm, pnpm, yarn); npm is used',
        line: 5,
      },
    ]);
  });

  it('package.node.name (older configs) names the npm package; the other languages are quiet', () => {
    const { config, warnings } = parse(
      'organization: { name: acme }\npackage:\n  node: { name: "@acme/sdk", repo: acme-js, skip: false }\n  go: { name: acme }\n',
    );
    expect(config.legacyPackageName).toBe('@acme/sdk');
    expect(warnings).toEqual([]);
  });

  it("targets.typescript.options.enable_react_query: false is quiet; true names sdkgen's TanStack Query module", () => {
    expect(parse('targets:\n  typescript:\n    options:\n      enable_react_query: false\n').warnings).toEqual([]);
    const { warnings } = parse('targets:\n  typescript:\n    options:\n      enable_react_query: true\n');
    expect(warnings.map((w) => [w.message, w.line])).toEqual([
      [
        "targets.typescript.options.enable_react_query: Stainless's React Query code is not generated; an sdkgen config's `tanstackQuery: true` writes `<package>/tanstack`, TanStack Query options for every method",
        4,
      ],
    ]);
  });

  it('organization as a bare string is its name', () => {
    const { config, warnings } = parse('organization: acme-corp\nproject: acme-api\n');
    expect(config.organizationName).toBe('acme-corp');
    expect(warnings.map((w) => w.message)).toEqual(['project: not supported by sdkgen; ignored']);
  });

  it('environments keep a relative URL as written (resolved against the spec server when the SDK is built)', () => {
    const { config, warnings } = parse('environments:\n  production: /api/v1\n  staging: https://s.x.com/\n');
    expect(config.environments).toEqual([
      { name: 'production', url: '/api/v1' },
      { name: 'staging', url: 'https://s.x.com/' },
    ]);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['a list of { input, typescript }', 'custom_casings:\n  - input: openai\n    typescript: OpenAI\n'],
    ['a list of one-key mappings', 'custom_casings:\n  - openai: OpenAI\n'],
    ['a mapping of words', 'custom_casings:\n  openai: OpenAI\n'],
    [
      'a mapping with explicit forms',
      'custom_casings:\n  openai:\n    pascal: OpenAI\n    camel: openAI\n    snake: openai\n',
    ],
    ['a list with explicit forms', 'custom_casings:\n  - input: openai\n    pascal: OpenAI\n    snake: openai\n'],
  ])('custom_casings as %s', (_form, text) => {
    const { config, warnings } = parse(text);
    expect(config.customCasings).toEqual(new Map([['openai', 'OpenAI']]));
    expect(warnings).toEqual([]);
  });

  it('custom_casings `initialism: true` writes the word in capitals; a multi-word key is kept whole', () => {
    const { config } = parse(
      'custom_casings:\n  ai:\n    initialism: true\n  mcp: { initialism: true }\n  openai_id_string: OpenAIIDString\n',
    );
    expect(config.customCasings).toEqual(
      new Map([
        ['ai', 'AI'],
        ['mcp', 'MCP'],
        ['openai_id_string', 'OpenAIIDString'],
      ]),
    );
  });

  it('custom_casings entries that name no casing warn with their line and are skipped', () => {
    const { config, warnings } = parse('custom_casings:\n  ai:\n    shout: true\n  db: DB\n');
    expect(config.customCasings).toEqual(new Map([['db', 'DB']]));
    expect(warnings).toEqual([
      { message: 'custom_casings.ai.shout: not supported by sdkgen; ignored', line: 3 },
      { message: 'custom_casings.ai: names no casing (initialism, pascal, camel or capital); ignored', line: 2 },
    ]);
  });

  it('skip and only may name one target as a string; positional_params may be one name', () => {
    const { config } = parse(
      [
        'resources:',
        '  things:',
        '    methods:',
        '      list: { endpoint: get /things, skip: typescript }',
        '      get: { endpoint: "get /things/{id}", only: python }',
        '      update: { endpoint: "post /things/{id}", positional_params: id }',
        '      delete: { endpoint: "delete /things/{id}", skip: go }',
        '',
      ].join('\n'),
    );
    expect(method(config, 'things', 'list').skip).toBe(true);
    expect(method(config, 'things', 'get').skip).toBe(true);
    expect(method(config, 'things', 'update').positionalParams).toEqual(['id']);
    expect(method(config, 'things', 'delete').skip).toBe(false);
  });

  it('a top-level models mapping is ignored with a warning, as Stainless ignored it (no shared models)', () => {
    const { config, warnings } = parse('models:\n  cli_token: "#/components/schemas/CliToken"\n  Other: Other\n');
    expect(config.resources.find((r) => r.key === '$shared')).toBeUndefined();
    expect(warnings.map((w) => [w.message.split(':')[0], w.line])).toEqual([['models', 1]]);
  });

  it('a method that cannot be read is left out with a warning; its siblings stay', () => {
    const { config, warnings } = parse(
      'resources:\n  things:\n    methods:\n      list: /things\n      get: get /things/{id}\n',
    );
    expect(config.resources[0].methods.map((m) => m.key)).toEqual(['get']);
    expect(warnings[0]).toEqual({
      message: 'resources.things.methods.list: must be "<verb> /path", got "/things"; ignored',
      line: 4,
    });
  });
});

describe('parseStainlessConfig: unknown keys warn once each, naming their path', () => {
  it('warns per unsupported key, with its line; diagnostics/codeflow are quiet', () => {
    const text = [
      'edition: 2025-10-10', // 1
      'organization:', // 2
      '  name: Acme', // 3
      'mystery: 1', // 4
      'settings:', // 5
      '  license: MIT', // 6
      '  frobnicate: true', // 7
      'client_settings:', // 8
      '  idempotency_header: Idempotency-Key', // 9
      '  opts:', // 10
      '    api_key:', // 11
      '      read_env: ACME_API_KEY', // 12
      '      secret_sauce: yes', // 13
      'targets:', // 14
      '  typescript:', // 15
      '    package_name: acme', // 16
      '    options:', // 17
      '      mcp_server: { package_name: acme-mcp, host: { stainless: true }, generate_cloudflare_worker: true }', // 18
      'resources:', // 19
      '  things:', // 20
      '    widgets: 3', // 21
      '    methods:', // 22
      '      list:', // 23
      '        endpoint: get /things', // 24
      '        sparkle: true', // 25
      'openapi:', // 26
      '  sanitize: true', // 27
      'diagnostics:', // 28
      '  ignored: {}', // 29
      'codeflow:', // 30
      '  detect_breaking_changes: true', // 31
      '',
    ].join('\n');
    const { warnings } = parse(text);
    const ignored = (where: string, line: number) => ({ message: `${where}: not supported by sdkgen; ignored`, line });
    const byLine = (a: { line: number | null }, b: { line: number | null }) => (a.line ?? 0) - (b.line ?? 0);
    expect([...warnings].sort(byLine)).toEqual([
      ignored('mystery', 4),
      ignored('settings.frobnicate', 7),
      ignored('client_settings.idempotency_header', 9),
      ignored('client_settings.opts.api_key.secret_sauce', 13),
      ignored('targets.typescript.options.mcp_server.generate_cloudflare_worker', 18),
      ignored('resources.things.widgets', 21),
      ignored('resources.things.methods.list.sparkle', 25),
      ignored('openapi.sanitize', 27),
    ]);
  });

  it('mcp_server asks for an MCP server, named by package_name, with instructions; host (Stainless hosting) is quiet', () => {
    expect(parse('targets:\n  typescript:\n    options:\n      mcp_server: true\n').config.mcpServer).toEqual({
      packageName: null,
      instructions: null,
      enableAllResources: true,
    });
    const named = parse(
      'targets:\n  typescript:\n    options:\n      mcp_server:\n        package_name: "@acme/mcp"\n        host:\n          stainless: true\n        instructions: |\n          Be kind.\n',
    );
    expect(named.config.mcpServer).toEqual({
      packageName: '@acme/mcp',
      instructions: 'Be kind.\n',
      enableAllResources: true,
    });
    expect(named.warnings).toEqual([]);
    expect(parse('targets:\n  typescript:\n    package_name: acme\n').config.mcpServer).toBeNull();
  });

  it('a config of only known keys and service keys warns about nothing', () => {
    const { warnings } = parse(
      'edition: 2025-10-10\norganization:\n  name: Acme\ndiagnostics:\n  ignored: {}\ncodeflow:\n  release_environment: prod\n',
    );
    expect(warnings).toEqual([]);
  });
});

describe('lineOfPath', () => {
  const text = [
    'edition: 2025-10-10', // 1
    '# a comment', // 2
    'resources:', // 3
    '  beta:', // 4
    '    subresources:', // 5
    '      things:', // 6
    '        methods:', // 7
    '          list: get /beta/things', // 8
    '  things:', // 9
    '    methods:', // 10
    '', // 11
    '      list: get /things', // 12
    '      create:', // 13
    '        endpoint: post /things', // 14
    'pagination:', // 15
    '  - name: a', // 16
    '    type: cursor', // 17
    '  - name: b', // 18
    '    request:', // 19
    '      cursor: {}', // 20
    '  -', // 21
    '    name: c', // 22
    '    type: offset', // 23
    'custom_casings:', // 24
    '- openai: OpenAI', // 25
    '- input: llm', // 26
    '  typescript: LLM', // 27
    "'quoted': 1", // 28
    '',
  ].join('\n');
  const cases: Array<{ given: string; want: number | null }> = [
    { given: 'edition', want: 1 },
    { given: 'resources', want: 3 },
    { given: 'resources.beta.subresources.things.methods.list', want: 8 },
    // the top-level `things`, not the nested one met first
    { given: 'resources.things', want: 9 },
    { given: 'resources.things.methods.list', want: 12 },
    { given: 'resources.things.methods.create.endpoint', want: 14 },
    { given: 'pagination[0]', want: 16 },
    { given: 'pagination[0].type', want: 17 },
    { given: 'pagination[1].name', want: 18 },
    { given: 'pagination[1].request.cursor', want: 20 },
    // scheme 1 has no type: the deepest key found is the item, not scheme 2's type
    { given: 'pagination[1].type', want: 18 },
    { given: 'pagination[2]', want: 21 },
    { given: 'pagination[2].type', want: 23 },
    { given: 'pagination[3]', want: 15 },
    { given: 'custom_casings[0]', want: 25 },
    { given: 'custom_casings[1].typescript', want: 27 },
    { given: 'quoted', want: 28 },
    { given: 'missing', want: null },
    { given: 'resources.missing', want: 3 },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => {
    expect(lineOfPath(text, given)).toBe(want);
  });
});

describe('loadConfig with `stainless:`', () => {
  it('reads the Stainless config next to the sdkgen one; the sdkgen keys are kept', async () => {
    await mkdir(tmp, { recursive: true });
    await writeFile(
      path.join(tmp, 'stainless.yml'),
      'organization:\n  name: Acme Corp\ntargets:\n  typescript:\n    package_name: "@acme/sdk"\nresources:\n  pets:\n    methods:\n      list: get /pets\n',
    );
    await writeFile(
      path.join(tmp, 'sdkgen.config.yaml'),
      'stainless: ./stainless.yml\nclient:\n  name: Zoo\n  envPrefix: ZOO\n',
    );
    const diags = new Diagnostics();
    const config = await loadConfig(path.join(tmp, 'sdkgen.config.yaml'), diags);
    expect(config.client.name).toBe('Zoo');
    expect(config.client.envPrefix).toBe('ZOO');
    expect(config.stainless).not.toBeNull();
    expect(config.stainless!.file).toBe(path.join(tmp, 'stainless.yml'));
    expect(config.stainless!.organizationName).toBe('Acme Corp');
    expect(config.stainless!.target?.packageName).toBe('@acme/sdk');
    expect(method(config.stainless!, 'pets', 'list').endpoint).toEqual({ verb: 'get', path: '/pets' });
    expect(diags.warnings).toEqual([]);
  });

  it('a Stainless config passed directly: every sdkgen option at its default', async () => {
    await mkdir(tmp, { recursive: true });
    const file = path.join(tmp, 'direct.stainless.yml');
    await writeFile(file, 'organization:\n  name: Acme Corp\n');
    const config = await loadConfig(file);
    expect(config.client.name).toBeNull();
    expect(config.stainless?.organizationName).toBe('Acme Corp');
  });

  it('`stainless:` naming a file that is not a Stainless config is a UsageError', async () => {
    await mkdir(tmp, { recursive: true });
    await writeFile(path.join(tmp, 'other.yml'), 'client:\n  name: Other\n');
    await writeFile(path.join(tmp, 'bad.sdkgen.config.yaml'), 'stainless: ./other.yml\n');
    await expect(loadConfig(path.join(tmp, 'bad.sdkgen.config.yaml'))).rejects.toThrow(
      /stainless: \.\/other\.yml is not a Stainless config/,
    );
  });
});
