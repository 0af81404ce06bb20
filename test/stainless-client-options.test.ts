/**
 * A Stainless config's client options that are not credentials (`client_settings.opts.<k>` without `auth`):
 * client options of their type, read from their env var or their default, sent with every request as a header
 * (`send_in_header`: methods no longer ask for that header), or the default of the path parameter, query parameter
 * or body field of that name where a method has one (`send_as_path_param`, `send_as_query_param`,
 * `send_as_body_param`: optional in its params, as in Stainless's SDKs).
 * `default_retries`' delays are the client's backoff. Type-checked under tsc --strict and called against a real
 * 127.0.0.1 server.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Tenants', version: '1' },
  servers: [
    {
      url: 'https://{shard}.tenants.test/{version}',
      variables: { shard: { default: 'eu1' }, version: { default: 'v2' } },
    },
  ],
  paths: {
    '/projects': {
      get: {
        operationId: 'listProjects',
        parameters: [
          { name: 'X-Org-Id', in: 'header', required: true, schema: { type: 'string' } },
          { name: 'region', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
        ],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/projects/{project_id}/jobs': {
      get: {
        operationId: 'listJobs',
        parameters: [
          { name: 'project_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'state', in: 'query', schema: { type: 'string' } },
        ],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
      post: {
        operationId: 'createJob',
        parameters: [{ name: 'project_id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['name', 'workspace'],
                properties: { name: { type: 'string' }, workspace: { type: 'string' } },
              },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/projects/{project_id}/jobs/{job_id}': {
      get: {
        operationId: 'getJob',
        parameters: [
          { name: 'project_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'job_id', in: 'path', required: true, schema: { type: 'string' } },
        ],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/': {
      get: {
        operationId: 'welcome',
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
              },
            },
          },
        },
      },
    },
    '/echo': {
      post: {
        operationId: 'echo',
        parameters: [{ name: 'loud', in: 'query', schema: { type: 'boolean' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
              },
            },
          },
        },
      },
    },
  },
};

const CONFIG = `organization: { name: tenants }
targets:
  typescript:
    options:
      mcp_server: { package_name: tenants-mcp }
client_settings:
  opts:
    org_id:
      type: string
      read_env: TENANTS_ORG_ID
      nullable: true
      description: The organization every request acts for.
      send_in_header: X-Org-Id
    region:
      type: string
      default: eu
      send_as_query_param: region
    project:
      type: string
      nullable: true
      read_env: TENANTS_PROJECT
      send_as_path_param: project_id
    workspace:
      type: string
      default: main
      send_as_body_param: workspace
    shard:
      type: string
      nullable: true
      read_env: TENANTS_SHARD
      server_variable: shard
    zone:
      type: string
      server_variable: zone
  default_retries: { initial_delay_seconds: 0.05, max_delay_seconds: 0.1 }
resources:
  $client:
    methods:
      get_welcome_message: get /
      echo: { endpoint: post /echo, mcp: false }
  projects:
    methods:
      list: get /projects
    subresources:
      jobs:
        methods:
          list: get /projects/{project_id}/jobs
          create: post /projects/{project_id}/jobs
          retrieve:
            endpoint: get /projects/{project_id}/jobs/{job_id}
            default_request_options: { max_retries: 0, timeout: PT5S }
`;

const CONSUMER = `import Tenants from './src/index.js';
import type { EchoParams, GetWelcomeMessageResponse } from './src/resources/top-level.js';
const client = new Tenants({ orgID: 'org_1', region: 'us' });
// The method no longer asks for the header the client sends.
void client.projects.list({ limit: 5 });
void client.projects.list();
// @ts-expect-error: X-Org-Id is the client's, not the method's
void client.projects.list({ 'X-Org-Id': 'x' });
// A path parameter, query parameter or body field a client option fills in is optional: the option is its default.
void client.projects.list({ region: 'x' });
void client.projects.jobs.list();
void client.projects.jobs.list({ project_id: 'p_2', state: 'done' });
void client.projects.jobs.retrieve('job_1');
void client.projects.jobs.retrieve('job_1', { project_id: 'p_2' });
void client.projects.jobs.create({ name: 'build' });
// The client's own methods ($client), their types from resources/top-level as Stainless's SDKs have them.
const welcome: Promise<GetWelcomeMessageResponse> = client.getWelcomeMessage();
const echoed: Promise<Tenants.EchoResponse> = client.echo({ text: 'hi', loud: true });
void welcome;
void echoed;
const params: EchoParams = { text: 'x' };
void params;
`;

const server = new TestServer();
let root = '';
let sdk = '';
let warnings: string[] = [];

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-client-options');
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(root, 'openapi.json'),
    config: path.join(root, 'stainless.yml'),
    format: false,
  });
  warnings = result.diagnostics.warnings.map((w) => w.message);
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
  writeFileSync(path.join(sdk, 'consumer.ts'), CONSUMER);
});
afterAll(async () => {
  await server.stop();
  delete process.env.TENANTS_ORG_ID;
  delete process.env.TENANTS_PROJECT;
  delete process.env.TENANTS_SHARD;
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('client options that are not credentials', () => {
  it('type-check under tsc --strict, and the method does not ask for what the client sends', () => {
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('are sent with every request (headers) or where a method has that parameter: the given value, else the env var, else the default', async () => {
    server.on('GET /projects', json(200, {}));
    server.on('GET /projects/p_0/jobs', json(200, {}));
    const { Tenants } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    const client = new Tenants({ baseURL: server.url, orgID: 'org_1', region: 'us', project: 'p_0' });
    await client.projects.list({ limit: 5 });
    await client.projects.list({ region: 'ap' });
    process.env.TENANTS_ORG_ID = 'org_env';
    await new Tenants({ baseURL: server.url }).projects.list();
    await client.projects.jobs.list();
    const [given, overridden, fromEnv] = server.received('GET /projects');
    expect(given.headers['x-org-id']).toBe('org_1');
    // In the params' order: Stainless's, the spec's required ones first (the client's `region` too), then by name.
    expect([...given.query]).toEqual([
      ['region', 'us'],
      ['limit', '5'],
    ]);
    expect([...overridden.query]).toEqual([['region', 'ap']]);
    expect(fromEnv.headers['x-org-id']).toBe('org_env');
    expect(fromEnv.query.get('region')).toBe('eu');
    // A method without a `region` query parameter does not send it; the header goes everywhere.
    const [jobs] = server.received('GET /projects/p_0/jobs');
    expect([...jobs.query]).toEqual([]);
    expect(jobs.headers['x-org-id']).toBe('org_1');
  });

  it('fill in path parameters and body fields the call leaves out; a value given wins', async () => {
    server.on('GET /projects/p_1/jobs', json(200, {}));
    server.on('GET /projects/p_2/jobs/job_1', json(200, {}));
    server.on('POST /projects/p_1/jobs', json(200, {}));
    const { Tenants } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    const client = new Tenants({ baseURL: server.url, project: 'p_1' });
    await client.projects.jobs.list({ state: 'done' });
    await client.projects.jobs.retrieve('job_1', { project_id: 'p_2' });
    await client.projects.jobs.create({ name: 'build' });
    await client.projects.jobs.create({ name: 'deploy', workspace: 'side' });
    expect(server.received('GET /projects/p_1/jobs')[0].query.get('state')).toBe('done');
    expect(server.received('GET /projects/p_2/jobs/job_1')).toHaveLength(1);
    const [defaulted, given] = server.received('POST /projects/p_1/jobs');
    expect(JSON.parse(defaulted.body.toString())).toEqual({ name: 'build', workspace: 'main' });
    expect(JSON.parse(given.body.toString())).toEqual({ name: 'deploy', workspace: 'side' });
    // Unset (no option, no env var): the request is refused before it is sent.
    expect(() => new Tenants({ baseURL: server.url }).projects.jobs.list()).toThrow(/path parameter null/);
    expect(server.received('GET /projects/p_1/jobs')).toHaveLength(1);
  });

  it('$client methods are the client own, sent like any method', async () => {
    server.on('GET /', json(200, { message: 'welcome' }));
    server.on('POST /echo', json(200, { text: 'HI' }));
    const { Tenants } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    const client = new Tenants({ baseURL: server.url });
    expect(await client.getWelcomeMessage()).toEqual({ message: 'welcome' });
    expect(await client.echo({ text: 'hi', loud: true })).toEqual({ text: 'HI' });
    const [echo] = server.received('POST /echo');
    expect(echo.query.get('loud')).toBe('true');
    expect(JSON.parse(echo.body.toString())).toEqual({ text: 'hi' });
  });

  it('$client methods have MCP tools and a reference page too, and standalone functions where the config asks', async () => {
    // Made as Stainless's SDKs make them: no function module.
    expect(existsSync(path.join(sdk, 'src/funcs'))).toBe(false);
    // `funcs: true` in an sdkgen config beside the Stainless config asks for the functions.
    writeFileSync(path.join(root, 'sdkgen.config.yaml'), 'stainless: ./stainless.yml\nfuncs: true\n');
    const { files } = await generate({
      spec: path.join(root, 'openapi.json'),
      config: path.join(root, 'sdkgen.config.yaml'),
      format: false,
    });
    const func = files.find((f) => f.path === 'src/funcs/getWelcomeMessage.ts')!.contents;
    expect(func).toContain('export async function getWelcomeMessage(');
    expect(files.find((f) => f.path === 'src/client.ts')!.contents).toContain(
      'return echoRequest(this, params, options);',
    );
    const endpoints = readFileSync(path.join(sdk, 'packages/mcp-server/src/endpoints.ts'), 'utf8');
    expect(endpoints).toContain("tool: 'get_welcome_message'");
    expect(endpoints).toContain('client.getWelcomeMessage().asResponse()');
    // `mcp: false`: the method is the SDK's, not a tool.
    expect(endpoints).not.toContain("tool: 'echo'");
    const page = readFileSync(path.join(sdk, 'docs/sdks/top-level/README.md'), 'utf8');
    expect(page).toContain('## getWelcomeMessage');
    // The README is Stainless's (no index of reference pages); the page is there all the same.
  });

  it('api.md lists the client own methods first, as Stainless does', () => {
    const apiMd = readFileSync(path.join(sdk, 'api.md'), 'utf8');
    expect(apiMd.indexOf('# Tenants\n')).toBe(0);
    expect(apiMd).toContain('- <code><a href="./src/resources/top-level.ts">GetWelcomeMessageResponse</a></code>');
    expect(apiMd).toContain(
      '- <code title="get /">client.<a href="./src/index.ts">getWelcomeMessage</a>() -> GetWelcomeMessageResponse</code>',
    );
  });

  it("default_request_options are the method's own defaults, over the client's; the call's options win", async () => {
    const retryAt = { 'retry-after-ms': '1' };
    server.on('GET /projects/p_5/jobs/job_1', json(503, { error: 'busy' }, retryAt));
    server.on('GET /projects/p_5/jobs', json(503, { error: 'busy' }, retryAt));
    const { Tenants } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    const client = new Tenants({ baseURL: server.url, project: 'p_5', maxRetries: 2 });
    // retrieve: max_retries 0, so one request; list keeps the client's two retries.
    await expect(client.projects.jobs.retrieve('job_1')).rejects.toThrow(/503/);
    expect(server.received('GET /projects/p_5/jobs/job_1')).toHaveLength(1);
    await expect(client.projects.jobs.list()).rejects.toThrow(/503/);
    expect(server.received('GET /projects/p_5/jobs')).toHaveLength(3);
    await expect(client.projects.jobs.retrieve('job_1', {}, { maxRetries: 1 })).rejects.toThrow(/503/);
    expect(server.received('GET /projects/p_5/jobs/job_1')).toHaveLength(3);
    const jobs = readFileSync(path.join(sdk, 'src/resources/projects/jobs.ts'), 'utf8');
    expect(jobs).toContain('{ maxRetries: 0, timeout: 5000, ...options }');
  });

  it("default_retries' initial and max delays are the client's backoff: doubled from the first, capped at the max", async () => {
    server.on('GET /projects/p_6/jobs', json(503, { error: 'busy' }));
    const { Tenants } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    const waits: number[] = [];
    const logger = {
      info: (message: string) => waits.push(Number(/retrying in (\d+)ms/.exec(message)?.[1])),
      debug() {},
      warn() {},
      error() {},
    };
    const client = new Tenants({ baseURL: server.url, project: 'p_6', maxRetries: 3, logLevel: 'info', logger });
    await expect(client.projects.jobs.list()).rejects.toThrow(/503/);
    expect(server.received('GET /projects/p_6/jobs')).toHaveLength(4);
    // 50 ms, then 100 ms twice (the cap), each less up to a quarter at random.
    expect(waits).toHaveLength(3);
    const within = (ms: number, max: number) => ms >= Math.floor(max * 0.75) && ms <= max;
    expect(waits.map((ms, i) => within(ms, [50, 100, 100][i]))).toEqual([true, true, true]);
    expect(readFileSync(path.join(sdk, 'src/client-core.ts'), 'utf8')).toContain('backoff: [50, 100],');
    expect(readFileSync(path.join(sdk, 'README.md'), 'utf8')).toContain(
      'The first retry waits 50 milliseconds and each later one twice as long, up to 100 milliseconds',
    );
  });

  it('fill in the variables of the default server, else its defaults', async () => {
    const { Tenants } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    expect(new Tenants().baseURL).toBe('https://eu1.tenants.test/v2');
    expect(new Tenants({ shard: 'us2' }).baseURL).toBe('https://us2.tenants.test/v2');
    process.env.TENANTS_SHARD = 'ap3';
    expect(new Tenants().baseURL).toBe('https://ap3.tenants.test/v2');
    expect(new Tenants({ baseURL: server.url, shard: 'us2' }).baseURL).toBe(server.url);
  });

  it('one naming a variable the server lacks warns, and one sent nowhere is held by the client all the same', async () => {
    expect(warnings).toContain(
      "client_settings.opts.zone.server_variable: the default server's URL has no variable {zone} (https://{shard}.tenants.test/{version}); ignored",
    );
    expect(warnings.filter((w) => w.startsWith('client_settings.opts.zone:'))).toEqual([]);
    const { Tenants } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    expect(new Tenants({ zone: 'z1' }).zone).toBe('z1');
    expect(new Tenants().zone).toBeNull();
  });
});

describe("an http scheme's x-stainless-auth.scheme_keyword", () => {
  const scheme = (keyword: unknown) => ({
    openapi: '3.1.0',
    info: { title: 'Courts', version: '1' },
    servers: [{ url: 'https://courts.test' }],
    security: [{ tokenAuth: [] }],
    paths: { '/courts': { get: { operationId: 'listCourts', responses: { '200': { description: 'ok' } } } } },
    components: {
      securitySchemes: {
        tokenAuth: { type: 'http', scheme: 'bearer', 'x-stainless-auth': { scheme_keyword: keyword } },
      },
    },
  });
  const build = async (keyword: unknown, name: string) => {
    const dir = path.join(root, name);
    writeFileSync(`${dir}.json`, JSON.stringify(scheme(keyword)));
    const result = await generate({ spec: `${dir}.json`, format: false, funcs: false, referenceDocs: false });
    writeFiles(dir, result.files);
    return { dir, warnings: result.diagnostics.warnings.map((w) => w.message) };
  };

  it('is the word before the token in Authorization, sent to a real server', async () => {
    const { dir } = await build('Token', 'courts-token');
    server.on('GET /courts', json(200, {}));
    const { Courts } = await import(pathToFileURL(path.join(dir, 'src/index.ts')).href);
    await new Courts({ baseURL: server.url, apiKey: 'tok_1' }).courts.list();
    expect(server.received('GET /courts').at(-1)!.headers.authorization).toBe('Token tok_1');
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('one that is not an HTTP token warns, and Bearer is sent', async () => {
    const { dir, warnings } = await build('To`ken\r\nX-Evil: 1', 'courts-bad');
    expect(warnings.some((w) => w.includes('is not an HTTP token; the SDK sends Authorization: Bearer'))).toBe(true);
    expect(readFileSync(path.join(dir, 'src/client-core.ts'), 'utf8')).toContain(
      "headers['Authorization'] = `Bearer ${this.apiKey}`;",
    );
  });
});
