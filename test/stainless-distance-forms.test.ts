/**
 * Forms of a Stainless config's TypeScript SDK that the source distance to Stainless's SDKs found (issue 89): webhook
 * events that are config models, interfaces extending an allOf's model (Omit<> only where a property does not
 * narrow), an allOf's description, a YAML `null` in a type list, a `standalone_api` resource's index and api.md, a
 * namespace import named after a custom-cased class, and Markdown comments as Prettier's parser reads them. The SDK is
 * type-checked under tsc --strict.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-declaration-forms.test.ts samples Stainless's model declarations (docs/contributing.md, "What
// `npm test` samples").
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /widgets:
    get:
      operationId: getWidget
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Widget' } } }
  /files:
    post:
      operationId: uploadFile
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties:
                file: { type: string, format: binary }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } }
  /jobs/{jobId}:
    get:
      operationId: getJob
      parameters: [{ name: jobId, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { status: { type: string } }, example: { status: done } }
    patch:
      operationId: updateJob
      parameters: [{ name: jobId, in: path, required: true, schema: { type: string } }]
      requestBody:
        required: true
        content: { application/json: { schema: { type: object, properties: { note: { type: string } } } } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, properties: { status: { type: string } } } } }
  /ilgs/v1/docs:
    get:
      operationId: getDoc
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Doc' } } }
webhooks:
  order.created:
    post:
      description: The webhook's own words.
      requestBody:
        content: { application/json: { schema: { $ref: '#/components/schemas/OrderCreatedEvent' } } }
      responses: { '200': { description: ok } }
  order.refunded:
    post:
      requestBody:
        content: { application/json: { schema: { $ref: '#/components/schemas/OrderRefundedEvent' } } }
      responses: { '200': { description: ok } }
components:
  schemas:
    BaseEvent:
      type: object
      required: [id, type]
      properties:
        id: { type: string }
        type: { type: string }
    OrderCreatedEvent:
      allOf:
        - $ref: '#/components/schemas/BaseEvent'
        - type: object
          description: Sent when an order is created.
          required: [type]
          properties:
            type: { type: string, const: order.created }
            note: { type: [string, null] }
    OrderRefundedEvent:
      allOf:
        - $ref: '#/components/schemas/BaseEvent'
        - type: object
          description: Sent when an order is refunded.
          required: [type]
          properties:
            type: { type: string, const: order.refunded }
    BaseWidget:
      type: object
      required: [size]
      properties:
        size: { type: string }
    Widget:
      allOf:
        - $ref: '#/components/schemas/BaseWidget'
        - type: object
          properties:
            size: { type: integer }
            label:
              type: string
              description: |-
                Roles:
                | role | meaning |
                | ---- | ------- |
                | \`owner\` | owns it |
    Action:
      type: object
      description: Defines actions.
      properties:
        add_tags: { type: array, items: { type: string } }
    Doc:
      type: object
      properties:
        on_yes:
          $ref: '#/components/schemas/Action'
          description: Actions to execute if the AI answers yes.
        transform:
          type: string
          description: |
            Configure *pre* and *post* steps.

              - \`pre\` — applied before upload.  
                Useful for reducing file size.
              - \`post\` — applied after upload.
        segment:
          type: string
          description: The type of the segment within the document's referential scheme and hierarchy, defined explicitly by the numbered headings of the whole document, as 'Section 2. Definitions' or others.
`;

const CONFIG = `organization: { name: acme }
client_settings:
  opts:
    webhook_key:
      type: string
      read_env: ACME_WEBHOOK_KEY
      nullable: true
resources:
  widgets:
    models:
      base_widget: '#/components/schemas/BaseWidget'
      widget: '#/components/schemas/Widget'
    methods:
      get: get /widgets
  webhooks:
    models:
      base_event: '#/components/schemas/BaseEvent'
      order_created_event: '#/components/schemas/OrderCreatedEvent'
      order_refunded_event: '#/components/schemas/OrderRefundedEvent'
    methods:
      unwrap: { type: webhook_unwrap, discriminator: type, webhook_key_opt: webhook_key }
  ilgs:
    subresources:
      v1:
        standalone_api: true
        models:
          doc: '#/components/schemas/Doc'
        methods:
          get: get /ilgs/v1/docs
  files:
    methods:
      upload: post /files
  jobs:
    methods:
      get: get /jobs/{jobId}
      update: patch /jobs/{jobId}
  readers:
    methods:
      read: get /ilgs/v1/docs
custom_casings:
  ilgs:
    initialism: true
  v1:
    pascal: v1
    camel: v1
    capital: V1
    snake: v1
`;

let root = '';
let sdk = '';
const read = (file: string) => readFileSync(path.join(sdk, file), 'utf8');

beforeAll(async () => {
  root = tempDir('stainless-distance-forms');
  writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const result = await generate({ spec: path.join(root, 'openapi.yaml'), config: path.join(root, 'stainless.yml') });
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)("a Stainless config's TypeScript forms", () => {
  it('type-checks under tsc --strict', () => {
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('unwraps into the union of the config models the webhooks carry, documented as the first', () => {
    const webhooks = read('src/resources/webhooks.ts');
    expect(webhooks).not.toContain('WebhookEvent extends');
    expect(webhooks).not.toMatch(/OrderCreatedWebhookEvent|OrderRefundedWebhookEvent/);
    expect(webhooks).toContain(
      '/**\n * Sent when an order is created.\n */\nexport type UnwrapWebhookEvent = OrderCreatedEvent | OrderRefundedEvent;',
    );
    // The unwrap method has no doc comment, as Stainless's.
    expect(webhooks).toMatch(/export class Webhooks extends APIResource \{\n {2}unwrap\(/);
  });

  it("extends an allOf's model, with Omit<> only for a property that does not narrow the model's", () => {
    const webhooks = read('src/resources/webhooks.ts');
    expect(webhooks).toContain(
      '/**\n * Sent when an order is created.\n */\nexport interface OrderCreatedEvent extends BaseEvent {',
    );
    expect(webhooks).toContain('note?: string | null;');
    expect(read('src/resources/widgets.ts')).toContain("export interface Widget extends Omit<BaseWidget, 'size'> {");
  });

  it("exports a standalone_api resource's class alone and gives it an api.md of its own", () => {
    expect(read('src/resources/ilgs/index.ts')).toContain("export { v1 } from './v1';");
    expect(read('src/resources/ilgs/v1/index.ts')).toContain("export { v1 } from './v1';");
    const apiMd = read('src/resources/ilgs/v1/api.md');
    expect(apiMd).toMatch(/^# v1\n/);
    expect(apiMd).toContain('- <code><a href="./src/resources/ilgs/v1.ts">Doc</a></code>');
    expect(read('api.md')).toContain('## [v1](src/resources/ilgs/v1/api.md)');
    // Its tests are beside its folder too.
    expect(existsSync(path.join(sdk, 'tests/api-resources/ilgs/v1.test.ts'))).toBe(true);
    expect(existsSync(path.join(sdk, 'tests/api-resources/ilgs/v1/v1.test.ts'))).toBe(false);
  });

  it("documents a written-out schema as the $ref's own description, and lays out lists and emphasis as Prettier", () => {
    const v1 = read('src/resources/ilgs/v1/v1.ts');
    expect(v1).toContain('  /**\n   * Actions to execute if the AI answers yes.\n   */\n  export interface OnYes {');
    expect(v1).toContain(
      [
        '   * Configure _pre_ and _post_ steps.',
        '   *',
        '   * - `pre` — applied before upload.',
        '   *   Useful for reducing file size.',
        '   * - `post` — applied after upload.',
      ].join('\n'),
    );
  });

  it("names a get's result after its resource, and leaves an empty params object out of @example", () => {
    const jobs = read('src/resources/jobs.ts');
    expect(jobs).toContain("* const job = await client.jobs.get('jobId');");
    expect(jobs).toContain("* const job = await client.jobs.update('jobId');");
  });

  it('names a namespace import after the custom-cased class, and imports Uploadable with `type`', () => {
    expect(read('src/resources/readers.ts')).toContain("import * as v1API from './ilgs/v1/v1';");
    expect(read('src/resources/files.ts')).toContain("import { type Uploadable } from '../core/uploads';");
  });

  it('reads a table under a paragraph line as its text, and starts no comment line with a list marker', () => {
    const widgets = read('src/resources/widgets.ts');
    expect(widgets).toContain('* Roles: | role | meaning | | ---- | ------- | | `owner` | owns it |');
    const v1 = read('src/resources/ilgs/v1/v1.ts');
    expect(v1).not.toMatch(/^\s*\* 2\. /m);
    expect(v1).toContain("'Section 2. Definitions'");
  });
});
