/**
 * Nested resource classes keep the names Stainless gives them where the SDK can: `Function` (the global is never
 * referred to where the class is seen) and `Stream` (unless the module, or its parent's, imports the runtime's
 * `Stream`, for a method that streams). With tree shaking the base classes follow (`BaseStream`). A model named like a
 * global the generated code only uses as a value keeps its name too (`Object`, with nested types `Object.Meta`); one
 * named like a type it would shadow is `…Resource`, as Stainless names it (`PartialResource`). A nested class named
 * like a model keeps its name when neither its module nor its parent's sees the model (`training.job` is `Job`
 * beside the model `Job` of `evals`), as in Stainless's SDKs, where each module is a scope. A class that only declares
 * models and is renamed beside its module's model gives the model's name to its namespace, so that the module's types
 * are reached under it (knock's `Recipients.ChannelData.SlackChannelData`).
 * Type-checked under tsc --strict.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-class-beside-model.test.ts samples Stainless's names (docs/contributing.md, "What `npm test`
// samples").
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import type { Resource } from '../generator/ir/types';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const json = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const jobResponse = {
  '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Job' } } } },
};
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/functions/{id}/invocations/function': {
      get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: json },
    },
    '/logs/stream': { get: { responses: json } },
    '/objects/{id}': {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Object' } } },
          },
        },
      },
    },
    '/partials/{key}': {
      get: {
        parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Partial' } } },
          },
        },
      },
    },
    '/events/stream': {
      get: {
        responses: {
          '200': {
            description: 'events',
            content: { 'text/event-stream': { schema: { type: 'object', properties: { n: { type: 'integer' } } } } },
          },
        },
      },
    },
    '/evals/jobs/{id}': {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: jobResponse,
      },
    },
    '/training/job/status': { get: { responses: json } },
    '/queue/next': { get: { responses: jobResponse } },
    '/queue/job/status': { get: { responses: json } },
    '/accounts/settings': {
      get: {
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Settings' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Job: { type: 'object', properties: { id: { type: 'string' } } },
      Recipient: { type: 'object', properties: { id: { type: 'string' } } },
      Partial: { type: 'object', properties: { key: { type: 'string' } } },
      Subscription: { type: 'object', properties: { recipient: { $ref: '#/components/schemas/Recipient' } } },
      ChannelData: {
        type: 'object',
        properties: {
          channel_id: { type: 'string' },
          data: {
            type: 'object',
            properties: {
              token: { type: 'string' },
              devices: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } },
            },
          },
        },
      },
      Settings: { type: 'object', properties: { theme: { type: 'string' } } },
      Object: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          meta: { type: 'object', properties: { kind: { type: 'string' } } },
          response: { type: 'object', properties: { code: { type: 'integer' } } },
          subscriptions: { type: 'array', items: { $ref: '#/components/schemas/Subscription' } },
        },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    options:
      enable_treeshaking: true
resources:
  functions:
    subresources:
      invocations:
        subresources:
          function:
            methods:
              retrieve: get /functions/{id}/invocations/function
  logs:
    subresources:
      stream:
        methods:
          retrieve: get /logs/stream
  events:
    subresources:
      stream:
        methods:
          follow:
            endpoint: get /events/stream
            streaming: { param_discriminator: null }
  recipients:
    models:
      recipient: '#/components/schemas/Recipient'
    subresources:
      subscriptions:
        models:
          subscription: '#/components/schemas/Subscription'
      channel_data:
        models:
          channel_data: '#/components/schemas/ChannelData'
  accounts:
    subresources:
      settings:
        models:
          settings: '#/components/schemas/Settings'
        methods:
          retrieve: get /accounts/settings
  objects:
    models:
      object: '#/components/schemas/Object'
    methods:
      get: get /objects/{id}
  partials:
    models:
      partial: '#/components/schemas/Partial'
    methods:
      retrieve: get /partials/{key}
  evals:
    models:
      job: '#/components/schemas/Job'
    methods:
      retrieve_job: get /evals/jobs/{id}
  training:
    subresources:
      job:
        methods:
          status: get /training/job/status
  queue:
    methods:
      next: get /queue/next
    subresources:
      job:
        methods:
          status: get /queue/job/status
`;

let root = '';
let resources: Resource[] = [];
let apiMd = '';

beforeAll(async () => {
  root = tempDir('stainless-class-names');
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(root, 'openapi.json'),
    config: path.join(root, 'stainless.yml'),
    format: false,
  });
  writeFiles(path.join(root, 'sdk'), result.files);
  apiMd = result.files.find((f) => f.path === 'api.md')!.contents;
  const all = (r: Resource): Resource[] => [r, ...r.subresources.flatMap(all)];
  resources = result.api.resources.flatMap(all);
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)('nested resource classes named like globals or runtime classes', () => {
  it('are Function and Stream as in Stainless, but for a stream whose module imports the runtime Stream', () => {
    const classOf = (p: string) => resources.find((r) => r.path === p)?.className;
    expect(classOf('functions.invocations.function')).toBe('Function');
    expect(classOf('logs.stream')).toBe('Stream');
    expect(classOf('events.stream')).not.toBe('Stream');
  });

  it('a model named Object keeps its name, as in Stainless', () => {
    expect(apiMd).toContain('client.objects.<a href="./src/resources/objects.ts">get</a>(id) -> Object</code>');
  });

  it("a model whose name is TypeScript's (Partial) keeps it, as Stainless's generations name it", () => {
    expect(apiMd).toContain(
      '- <code title="get /partials/{key}">client.partials.<a href="./src/resources/partials.ts">retrieve</a>(key) -> Partial</code>',
    );
  });

  it('a resource that only declares models is a resource whose module declares them, as in Stainless', () => {
    expect(apiMd).toContain(
      '# Recipients\n\nTypes:\n\n- <code><a href="./src/resources/recipients/recipients.ts">Recipient</a></code>',
    );
    expect(apiMd).toContain(
      '## Subscriptions\n\nTypes:\n\n- <code><a href="./src/resources/recipients/subscriptions.ts">Subscription</a></code>',
    );
    expect(resources.find((r) => r.path === 'recipients.subscriptions')?.className).toBe('Subscriptions');
  });

  it("are named like a model where neither their module nor their parent's sees it, as in Stainless", () => {
    const classOf = (p: string) => resources.find((r) => r.path === p)?.className;
    expect(classOf('training.job')).toBe('Job');
    // queue.next returns the model Job: the queue module imports it, so the class beside it takes another name.
    expect(classOf('queue.job')).toBe('QueueJob');
  });

  it("a class that only declares models takes its module's model's name and merges with it, as Stainless's does", () => {
    const channelData = resources.find((r) => r.module.endsWith('channel-data'))!;
    expect(channelData.className).toBe('ChannelData');
    expect(channelData.namespaceName).toBeUndefined();
    expect(apiMd).toContain(
      '## ChannelData\n\nTypes:\n\n- <code><a href="./src/resources/recipients/channel-data.ts">ChannelData</a></code>',
    );
    // A class with methods keeps its namespace: Stainless renames it, and the namespace with it.
    const settings = resources.find((r) => r.path === 'accounts.settings')!;
    expect(settings.className).not.toBe('Settings');
    expect(settings.namespaceName).toBeUndefined();
  });

  it('type-check under tsc --strict, with their tree-shakable base classes', () => {
    writeFileSync(
      path.join(root, 'sdk', 'consumer.ts'),
      `import { BaseStream } from './src/resources/logs/stream.js';
import { BaseFunction } from './src/resources/functions/invocations/function.js';
import type { Object as AcmeObject } from './src/index.js';
import type { Acme } from './src/client.js';
const meta: AcmeObject.Meta = { kind: 'k' };
// Through the client's namespace too, and a nested interface named like a global (Response), as Stainless names them.
const response: Acme.Object.Response = { code: 200 };
const object: Acme.Object = { meta, response };
// A module's types under its model's name, as Stainless's users write them (knock's Recipients.ChannelData.X). The
// model merges with its methodless class, as in Stainless's SDK, so no object literal is one.
const data: Acme.Recipients.ChannelData.Data = { token: 't' };
// The base classes wherever their classes are exported, as Stainless's SDKs export them, with the key each overrides.
import { BaseFunctions, Functions } from './src/resources/index.js';
import { BaseInvocations } from './src/resources/functions/index.js';
const keys: readonly (readonly string[])[] = [Functions.BaseInvocations._key, BaseInvocations._key, BaseFunctions._key];
void [BaseStream, BaseFunction, meta, object, data, keys];
`,
    );
    // A folder's index re-exports a nested folder's resource through that folder's index, as Stainless's do.
    const functionsIndex = readFileSync(path.join(root, 'sdk/src/resources/functions/index.ts'), 'utf8');
    expect(functionsIndex).toContain("} from './invocations/index';");
    // Declarations emitted too, as the package's build emits them: a name they cannot write fails there alone.
    const { status, output } = typeCheckStrict(
      path.join(root, 'sdk'),
      ['src/**/*.ts', 'tests/**/*.ts', 'consumer.ts'],
      {
        noEmit: false,
        declaration: true,
        emitDeclarationOnly: true,
        outDir: 'dts',
      },
    );
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});

describe.runIf(SLOW_FULL)('a resource called shared', () => {
  it('declares its class and models in src/resources/shared.ts, as Stainless does, beside no $shared module', async () => {
    const dir = tempDir('stainless-shared-resource');
    try {
      const spec = {
        openapi: '3.1.0',
        info: { title: 'Acme', version: '1' },
        servers: [{ url: 'https://api.acme.test' }],
        paths: {
          '/events': {
            get: {
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/EventType' } } },
                },
              },
            },
          },
        },
        components: { schemas: { EventType: { type: 'string', enum: ['a.b', 'c.d'] } } },
      };
      writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(spec));
      writeFileSync(
        path.join(dir, 'stainless.yml'),
        `organization: { name: acme }\nresources:\n  shared:\n    models:\n      event_type: EventType\n  events:\n    methods:\n      list: get /events\n`,
      );
      const { files } = await generate({
        spec: path.join(dir, 'openapi.json'),
        config: path.join(dir, 'stainless.yml'),
        format: false,
      });
      writeFiles(path.join(dir, 'sdk'), files);
      const shared = files.find((f) => f.path === 'src/resources/shared.ts')!.contents.replace(/\s+/g, ' ');
      expect(shared).toContain('export class Shared extends APIResource { }');
      expect(shared).toContain("export type EventType = 'a.b' | 'c.d';");
      expect(shared).toContain('export declare namespace Shared { export { type EventType as EventType }; }');
      const client = files.find((f) => f.path === 'src/client.ts')!.contents;
      expect(client).toContain('shared: API.Shared = new API.Shared(this);');
      const { status, output } = typeCheckStrict(path.join(dir, 'sdk'), ['src/**/*.ts', 'tests/**/*.ts']);
      expect(output).toBe('');
      expect(status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
