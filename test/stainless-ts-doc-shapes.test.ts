/**
 * Shapes of a Stainless config's TypeScript SDK that its resource modules print (issue 89), on one spec:
 * - a `oneOf`/`anyOf` without a description is documented by its first variant's that is no scalar (grid's
 *   `QuoteSourceOneOf`, llama-stack's `InterleavedContent`), and so is a property of its type; a first object variant
 *   without one leaves the union undocumented, whatever the later variants say;
 * - an object merged from several `allOf` parts is documented by the `allOf`'s own description alone;
 * - a page alias declared beside its items' model, which only another resource's method returns, is not in its
 *   module's namespace (grid's `InternalAccountsDefaultPagination`), but is still exported by the index;
 * - a description's `*` bullets and `__strong__` are printed `-` and `**strong**`, as Prettier prints Markdown;
 * - a page's inline items are documented by their schema's description (knock's "A Slack channel.");
 * - a resource's tag description keeps its first empty line (leadsnap's), in its class's comment and the client's;
 * - in the older layout (`targets.node`), a method streaming on a body flag is written as that generator wrote it
 *   (`APIPromise` from `core` by name, `Stream` from `streaming`, the request on one line).
 * The generated text is compared, unformatted, whitespace folded.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';
import { okJson as ok, schemaRef as ref } from './helpers/openapi';

const str = { type: 'string' };

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  tags: [{ name: 'Wallet', description: '\nThe cards of the wallet.' }],
  paths: {
    '/quotes/{id}': {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: str }],
        responses: ok(ref('Quote')),
      },
    },
    '/jobs/{id}': {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: str }],
        responses: ok(ref('ImportJob')),
      },
    },
    '/customers/internal-accounts': {
      get: {
        parameters: [{ name: 'cursor', in: 'query', schema: str }],
        responses: ok({
          type: 'object',
          properties: { data: { type: 'array', items: ref('InternalAccount') }, next: str },
        }),
      },
    },
    '/wallet/cards': {
      get: {
        tags: ['Wallet'],
        parameters: [{ name: 'cursor', in: 'query', schema: str }],
        responses: ok({
          type: 'object',
          properties: {
            data: {
              type: 'array',
              items: { type: 'object', description: 'A card in the wallet.', properties: { last4: str } },
            },
            next: str,
          },
        }),
      },
    },
    '/sandbox/internal-accounts/{id}/fund': {
      post: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: str }],
        responses: ok(ref('InternalAccount')),
      },
    },
  },
  components: {
    schemas: {
      BaseSource: { type: 'object', required: ['kind'], properties: { kind: str } },
      AccountSource: {
        allOf: [
          ref('BaseSource'),
          {
            type: 'object',
            description: 'Source account details',
            properties: { kind: { type: 'string', enum: ['ACCOUNT'] }, accountId: str },
          },
        ],
      },
      CardSource: {
        type: 'object',
        description: 'A card on file.',
        properties: { kind: { type: 'string', enum: ['CARD'] }, cardId: str },
      },
      PlainSource: { type: 'object', properties: { kind: { type: 'string', enum: ['PLAIN'] } } },
      SourceOneOf: { oneOf: [ref('AccountSource'), ref('CardSource')] },
      Content: { anyOf: [str, ref('CardSource')] },
      Undescribed: { oneOf: [ref('PlainSource'), ref('CardSource')] },
      Quote: {
        type: 'object',
        properties: {
          source: ref('SourceOneOf'),
          content: ref('Content'),
          other: ref('Undescribed'),
          inline: { oneOf: [ref('CardSource'), ref('PlainSource')] },
          notes: {
            type: 'string',
            description:
              "**Notes:**\n* first item\n+ second item\n\nUse '__persistence_strategy__': 'merge', `__init__`.",
          },
        },
      },
      ErrorBase: { type: 'object', properties: { code: str } },
      ErrorEntry: {
        allOf: [
          ref('ErrorBase'),
          { type: 'object', description: 'Error information of one row', properties: { row: str } },
        ],
      },
      ImportJob: { type: 'object', properties: { errors: { type: 'array', items: ref('ErrorEntry') } } },
      InternalAccount: { type: 'object', required: ['id'], properties: { id: str } },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
pagination:
  - name: default_pagination
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
    response:
      data: { type: array }
      next: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
resources:
  quotes:
    models:
      quote: Quote
      source_one_of: SourceOneOf
      content: Content
      undescribed: Undescribed
      base_source: BaseSource
      card_source: CardSource
      plain_source: PlainSource
    methods:
      retrieve: get /quotes/{id}
  jobs:
    models:
      import_job: ImportJob
    methods:
      retrieve: get /jobs/{id}
  customers:
    methods:
      list_internal_accounts: get /customers/internal-accounts
  wallet:
    methods:
      list_cards: get /wallet/cards
  sandbox:
    subresources:
      internal_accounts:
        models:
          internal_account: InternalAccount
        methods:
          fund: post /sandbox/internal-accounts/{id}/fund
`;

/** A method streaming on its body's `stream` flag, in a config of the older layout (`targets.node`). */
const STREAM_SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/chat/completions': {
      post: {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['model'],
                properties: { model: str, stream: { type: 'boolean' } },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: ref('ChatCompletion') },
              'text/event-stream': { schema: ref('ChatCompletionChunk') },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      ChatCompletion: { type: 'object', required: ['id'], properties: { id: str } },
      ChatCompletionChunk: { type: 'object', required: ['delta'], properties: { delta: str } },
    },
  },
};

const STREAM_CONFIG = `organization: { name: acme }
targets:
  node:
    package_name: acme
resources:
  chat:
    subresources:
      completions:
        models:
          chat_completion: ChatCompletion
          chat_completion_chunk: ChatCompletionChunk
        methods:
          create:
            endpoint: post /chat/completions
            streaming:
              stream_event_model: chat.completions.chat_completion_chunk
              param_discriminator: stream
`;

let root = '';
const files = new Map<string, string>();
const streamFiles = new Map<string, string>();
const fold = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  root = tempDir('stainless-ts-doc-shapes');
  const options = { funcs: false, referenceDocs: false, format: false } as const;
  for (const f of (await generateFrom(root, SPEC, CONFIG, options)).files) files.set(f.path, fold(f.contents));
  const era = { ...options, stainlessEra: '2025-02-01' };
  for (const f of (await generateFrom(root, STREAM_SPEC, STREAM_CONFIG, era)).files)
    streamFiles.set(f.path, fold(f.contents));
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a union without a description of its own', () => {
  it("is documented by its first variant's (an allOf's inline part's), and so is a property of its type", () => {
    const quotes = files.get('src/resources/quotes.ts')!;
    expect(quotes).toContain('/** * Source account details */ export type SourceOneOf =');
    expect(quotes).toContain('/** * Source account details */ source?: SourceOneOf;');
  });

  it('passes over a scalar variant, and takes none where the first object variant has none', () => {
    const quotes = files.get('src/resources/quotes.ts')!;
    expect(quotes).toContain('/** * A card on file. */ export type Content =');
    expect(quotes).toContain('/** * A card on file. */ content?: Content;');
    expect(quotes).toContain('export type Undescribed =');
    expect(quotes).not.toContain('*/ export type Undescribed =');
    expect(quotes).not.toMatch(/\*\/ other\?: Undescribed;/);
  });

  it("documents a property's inline union by its first variant", () => {
    expect(files.get('src/resources/quotes.ts')!).toContain('/** * A card on file. */ inline?:');
  });
});

describe("a description's Markdown, as Prettier's printer writes it", () => {
  it('has `-` bullets and `**` strong emphasis, code left as it is', () => {
    const quotes = files.get('src/resources/quotes.ts')!;
    expect(quotes).toContain(
      "* **Notes:** * * - first item * - second item * * Use '**persistence_strategy**': 'merge', `__init__`.",
    );
  });
});

describe('an object merged from several allOf parts', () => {
  it("is not documented by a part's description", () => {
    const jobs = files.get('src/resources/jobs.ts')!;
    expect(jobs).toContain('row?: string;');
    expect(jobs).not.toContain('Error information of one row');
  });
});

describe("a page alias only another resource's method returns", () => {
  it("is declared beside its items' model but left out of that module's namespace and its parent's", () => {
    const accounts = files.get('src/resources/sandbox/internal-accounts.ts')!;
    expect(accounts).toContain('export type InternalAccountsDefaultPagination = DefaultPagination<InternalAccount>;');
    expect(accounts).toMatch(/export declare namespace InternalAccounts \{ export \{ [^}]*\}; \}/);
    expect(accounts).not.toMatch(/namespace InternalAccounts \{[^}]*InternalAccountsDefaultPagination/);
    expect(files.get('src/resources/sandbox/sandbox.ts')!).not.toContain('InternalAccountsDefaultPagination');
  });

  it('is re-exported by the module returning it and exported by the index', () => {
    expect(files.get('src/resources/customers.ts')!).toContain('export { type InternalAccountsDefaultPagination };');
    expect(files.get('src/resources/sandbox/index.ts')!).toContain('type InternalAccountsDefaultPagination');
  });
});

describe("a resource's and its page's docs", () => {
  it("keeps a resource's tag description's first empty line, in its class's comment and the client's", () => {
    expect(files.get('src/resources/wallet.ts')!).toContain('/** * * The cards of the wallet. */ export class Wallet');
    expect(files.get('src/client.ts')!).toContain('/** * * The cards of the wallet. */ wallet:');
  });

  it("documents a page's inline items by their schema's description", () => {
    expect(files.get('src/resources/wallet.ts')!).toContain(
      '/** * A card in the wallet. */ export interface WalletListCardsResponse {',
    );
  });
});

describe('a method streaming on a body flag in the older layout', () => {
  it('is written as the older generator wrote it', () => {
    const completions = streamFiles.get('src/resources/chat/completions.ts')!;
    expect(completions).toContain(
      "import { APIResource } from '../../resource'; import { APIPromise } from '../../core'; import * as Core from '../../core';",
    );
    expect(completions).toContain("import { Stream } from '../../streaming';");
    expect(completions).toContain(
      'create(body: CompletionCreateParamsNonStreaming, options?: Core.RequestOptions): APIPromise<ChatCompletion>;',
    );
    expect(completions).toContain(
      "return this._client.post('/chat/completions', { body, ...options, stream: body.stream ?? false }) as " +
        'APIPromise<ChatCompletion> | APIPromise<Stream<ChatCompletionChunk>>;',
    );
  });
});
