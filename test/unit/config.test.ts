/**
 * `sdkgen.config.yaml` parsing (generator/config.ts): valid documents → SdkConfig, invalid ones → UsageError
 * with a message that names the offending key.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG, loadConfig, parseConfig } from '../../generator/config';
import { UsageError } from '../../generator/diagnostics';

const here = path.dirname(fileURLToPath(import.meta.url));
const tmp = path.resolve(here, `../.tmp/config-${process.pid}`);
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const FILE = '/project/sdkgen.config.yaml';

describe('parseConfig: valid', () => {
  it('an empty mapping is all defaults, with dir set to the config folder', () => {
    expect(parseConfig({}, FILE)).toEqual({ ...EMPTY_CONFIG, file: FILE, dir: '/project' });
  });

  it('reads every field', () => {
    const config = parseConfig(
      {
        client: {
          name: 'Smithery',
          package: '@smithery/api',
          version: '1.2.3',
          envPrefix: 'SMITHERY',
          apiKeyEnv: 'SMITHERY_API_KEY',
          idempotencyHeader: 'Idempotency-Key',
          license: 'Apache-2.0 OR MIT',
          fileHeader: 'Copyright Acme\nAll rights reserved.',
        },
        resources: { connect: 'connections', 'servers.deploy': 'servers.releases' },
        methods: { 'GET /connect/{namespace}/.tools': 'connections.listTools', getServer: 'servers.get' },
        templates: './my-templates',
        formatter: 'prettier',
        funcs: false,
        referenceDocs: false,
        treeShaking: true,
        tanstackQuery: true,
        workflows: false,
        mockTests: false,
        packageManager: 'pnpm',
        validation: { responses: 'strict' },
      },
      FILE,
    );
    expect(config).toEqual({
      file: FILE,
      dir: '/project',
      client: {
        name: 'Smithery',
        package: '@smithery/api',
        version: '1.2.3',
        envPrefix: 'SMITHERY',
        apiKeyEnv: 'SMITHERY_API_KEY',
        idempotencyHeader: 'Idempotency-Key',
        license: 'Apache-2.0 OR MIT',
        fileHeader: 'Copyright Acme\nAll rights reserved.',
      },
      resources: [
        { from: 'connect', to: 'connections' },
        { from: 'servers.deploy', to: 'servers.releases' },
      ],
      methods: [
        { operation: 'GET /connect/{namespace}/.tools', target: 'connections.listTools' },
        { operation: 'getServer', target: 'servers.get' },
      ],
      templates: './my-templates',
      formatter: 'prettier',
      stainless: null,
      allowRefRoot: null,
      mcp: null,
      funcs: false,
      referenceDocs: false,
      treeShaking: true,
      tanstackQuery: true,
      workflows: false,
      mockTests: false,
      packageManager: 'pnpm',
      validation: { responses: 'strict', params: 'off' },
    });
  });

  it.each<{ name: string; given: unknown; want: unknown }>([
    {
      name: 'mcp: true asks for the server under its default name',
      given: true,
      want: { packageName: null, instructions: null },
    },
    {
      name: 'mcp.package names it; mcp.instructions are for its clients',
      given: { package: '@acme/api-tools', instructions: 'List first.' },
      want: { packageName: '@acme/api-tools', instructions: 'List first.' },
    },
    { name: 'mcp: false is none', given: false, want: null },
  ])('$name', ({ given, want }) => {
    expect(parseConfig({ mcp: given }, FILE).mcp).toEqual(want);
  });

  it.each<{ name: string; given: Record<string, unknown>; want: Record<string, unknown> }>([
    {
      name: 'a version is kept as written',
      given: { client: { version: '2.0.1-beta.1' } },
      want: { version: '2.0.1-beta.1' },
    },
    {
      name: 'null values are unset',
      given: { client: { name: null, package: null } },
      want: { name: null, package: null },
    },
    { name: 'client: null is all defaults', given: { client: null }, want: EMPTY_CONFIG.client },
  ])('$name', ({ given, want }) => {
    expect(parseConfig(given, FILE).client).toMatchObject(want);
  });

  it('null resources and methods are empty', () => {
    const config = parseConfig({ resources: null, methods: null }, FILE);
    expect(config.resources).toEqual([]);
    expect(config.methods).toEqual([]);
  });
});

describe('parseConfig: invalid → UsageError', () => {
  it.each<{ name: string; given: unknown; message: RegExp }>([
    { name: 'not a mapping (array)', given: [], message: /the top level must be a mapping/ },
    { name: 'not a mapping (string)', given: 'client', message: /the top level must be a mapping/ },
    { name: 'null document', given: null, message: /the top level must be a mapping/ },
    { name: 'unknown top-level key', given: { clients: {} }, message: /unknown key "clients"/ },
    { name: 'pagination is no longer a config key', given: { pagination: [] }, message: /unknown key "pagination"/ },
    { name: 'client is an array', given: { client: [] }, message: /client must be a mapping/ },
    { name: 'mcp is a string', given: { mcp: 'yes' }, message: /mcp must be true, false or a mapping with package/ },
    { name: 'mcp has an unknown key', given: { mcp: { tools: 'all' } }, message: /unknown key "mcp\.tools"/ },
    { name: 'workflows is a string', given: { workflows: 'no' }, message: /workflows must be true or false/ },
    { name: 'mockTests is a string', given: { mockTests: 'off' }, message: /mockTests must be true or false/ },
    {
      name: 'validation is a string',
      given: { validation: 'warn' },
      message: /validation must be true, false or a mapping with responses, params/,
    },
    {
      name: 'validation has an unknown key',
      given: { validation: { events: 'warn' } },
      message: /"validation\.events"/,
    },
    {
      name: 'validation names a mode there is not',
      given: { validation: { params: 'loud' } },
      message: /validation\.params must be one of off, warn, strict, got "loud"/,
    },
    {
      name: 'tanstackQuery is a string',
      given: { tanstackQuery: 'yes' },
      message: /tanstackQuery must be true or false/,
    },
    {
      name: 'packageManager is one sdkgen does not set up',
      given: { packageManager: 'bun' },
      message: /packageManager must be one of npm, pnpm, yarn, got "bun"/,
    },
    {
      name: 'mcp.package is not an npm name',
      given: { mcp: { package: 'Acme Tools' } },
      message: /mcp\.package must be an npm package name, got "Acme Tools"/,
    },
    {
      name: 'an unknown formatter',
      given: { formatter: 'biome' },
      message: /formatter must be oxfmt, prettier or none, got "biome"/,
    },
    {
      name: 'client.name lower case',
      given: { client: { name: 'smithery' } },
      message: /client\.name must be a PascalCase identifier, got "smithery"/,
    },
    {
      name: 'client.name with a dash',
      given: { client: { name: 'My-Client' } },
      message: /client\.name must be a PascalCase identifier/,
    },
    { name: 'client.name with a leading digit', given: { client: { name: '1Client' } }, message: /client\.name/ },
    {
      name: 'client.license not an SPDX expression',
      given: { client: { license: 'see LICENSE.txt' } },
      message: /client\.license must be an SPDX license expression like MIT, got "see LICENSE.txt"/,
    },
    {
      name: 'client.name not a string',
      given: { client: { name: { x: 1 } } },
      message: /client\.name must be a string/,
    },
    {
      name: 'client.package not a string',
      given: { client: { package: ['a'] } },
      message: /client\.package must be a string/,
    },
    { name: 'resources is a list', given: { resources: ['a'] }, message: /resources must be a mapping/ },
    {
      name: 'resource target not dotted',
      given: { resources: { connect: 'my connections' } },
      message: /resources\.connect must be a dotted resource path, got "my connections"/,
    },
    {
      name: 'resource target empty',
      given: { resources: { connect: '' } },
      message: /resources\.connect must be a dotted resource path/,
    },
    { name: 'methods is a list', given: { methods: ['a'] }, message: /methods must be a mapping/ },
    {
      name: 'method target with a slash',
      given: { methods: { getX: 'servers/get' } },
      message: /methods\["getX"\] must be resource\.path\.method, got "servers\/get"/,
    },
    {
      name: 'method target with a trailing dot',
      given: { methods: { getX: 'servers.' } },
      message: /methods\["getX"\]/,
    },
    {
      name: 'two methods mapped to the same target',
      given: { methods: { getServer: 'servers.get', 'GET /servers/{id}': 'servers.get' } },
      message: /methods\["GET \/servers\/\{id\}"\] and methods\["getServer"\] both map to servers\.get/,
    },
  ])('$name', ({ given, message }) => {
    expect(() => parseConfig(given, FILE)).toThrow(UsageError);
    expect(() => parseConfig(given, FILE)).toThrow(message);
  });

  // A method target must name at least resource.method: a bare method name (`getX: get`) is a UsageError.
  it('a method target without a resource is rejected', () => {
    expect(() => parseConfig({ methods: { getX: 'get' } }, FILE)).toThrow(UsageError);
    expect(() => parseConfig({ methods: { getX: 'get' } }, FILE)).toThrow(
      /methods\["getX"\] must be resource\.path\.method, got "get"/,
    );
  });

  it('messages name the config file', () => {
    expect(() => parseConfig({ nope: 1 }, FILE)).toThrow(`config file ${FILE}: unknown key "nope"`);
  });
});

describe('loadConfig', () => {
  const write = async (name: string, text: string) => {
    await mkdir(tmp, { recursive: true });
    const file = path.join(tmp, name);
    await writeFile(file, text);
    return file;
  };

  it('no file → EMPTY_CONFIG', async () => {
    expect(await loadConfig(null)).toBe(EMPTY_CONFIG);
  });

  it('reads YAML from disk', async () => {
    const file = await write('ok.yaml', 'client:\n  name: Acme\n  version: 1.0.0\nmethods:\n  getX: things.get\n');
    const config = await loadConfig(file);
    expect(config.dir).toBe(tmp);
    expect(config.client).toMatchObject({ name: 'Acme', version: '1.0.0' });
    expect(config.methods).toEqual([{ operation: 'getX', target: 'things.get' }]);
  });

  it('an empty file is all defaults', async () => {
    const file = await write('empty.yaml', '');
    expect(await loadConfig(file)).toEqual({ ...EMPTY_CONFIG, file, dir: tmp });
  });

  it.each<{ name: string; file: string | null; text: string | null; message: RegExp }>([
    {
      name: 'missing file',
      file: 'missing.yaml',
      text: null,
      message: /cannot read config file .*missing\.yaml: ENOENT/,
    },
    { name: 'malformed YAML', file: 'bad.yaml', text: 'client: [\n', message: /is not valid YAML/ },
    {
      name: 'invalid content',
      file: 'invalid.yaml',
      text: 'client:\n  name: lower\n',
      message: /client\.name must be a PascalCase identifier/,
    },
  ])('$name → UsageError', async ({ file, text, message }) => {
    const target = text === null ? path.join(tmp, file!) : await write(file!, text);
    await expect(loadConfig(target)).rejects.toThrow(UsageError);
    await expect(loadConfig(target)).rejects.toThrow(message);
  });
});
