/**
 * The conventions a Stainless-documented spec shows without a config (test/fixtures/stainless-conventions.yaml): its
 * code samples compile against the SDK generated from it (tsc --strict, default and named client imports), and the
 * SDK sends what the spec says on the wire, against a 127.0.0.1 server: the shared path prefix is in the base URL,
 * two positional ids, header params named by the samples and x-stainless-naming, x-stainless-override-schema's
 * array header, the credential option the samples name reading their env var, for-await pagination by
 * `page_info.end_cursor` and by `next` URL.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/smithery.test.ts samples a spec's code samples compiled (docs/contributing.md, "What `npm test`
// samples").
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../generator/generate';
import { typeCheckSamples } from './helpers/code-samples';
import { typeCheckStrict } from './helpers/generated-tests';
import { ROOT } from './helpers/paths';
import { tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = path.join(ROOT, 'test/fixtures/stainless-conventions.yaml');

/** Both ways samples import the client, and the page and param types they lead to. */
const CONSUMER = `import Acme from './src/index.js';
import { Acme as Named, type AcmePage, type Message, type MessageListParams } from './src/index.js';

export async function usage(): Promise<void> {
  const client: Named = new Acme({ bearerToken: 'x' });
  const page: AcmePage<Message> = await client.messages.list();
  const params: MessageListParams = { conductorEndUserId: 'u', after: page.page_info.end_cursor ?? undefined };
  // @ts-expect-error the header is conductorEndUserId in the SDK
  const wire: MessageListParams = { 'Conductor-End-User-Id': 'u' };
  // @ts-expect-error apiKey is not this client's credential option
  new Named({ apiKey: 'x' });
  await client.messages.attachments.retrieve('m', 'a');
  // @ts-expect-error both ids are positional
  await client.messages.attachments.retrieve('a', { messageId: 'm' });
  void [params, wire];
}
`;

const server = new TestServer();
let root = '';
let result: GenerateResult;
// The SDK module exists only at test time: typed loosely here (its types are checked by tsc below).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let Acme: any;

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-conventions');
  result = await generate({ spec: SPEC, format: false });
  writeFiles(path.join(root, 'sdk'), result.files);
  writeFileSync(path.join(root, 'sdk/consumer.ts'), CONSUMER);
  Acme = (await import(pathToFileURL(path.join(root, 'sdk/src/index.ts')).href)).Acme;
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

function withEnv<T>(vars: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  set(vars);
  return run().finally(() => set(before));
}

describe.runIf(SLOW_FULL)('stainless-conventions fixture', () => {
  it('every code sample of the fixture compiles (x-codeSamples and x-stainless-snippets)', () => {
    const { samples, errors } = typeCheckSamples(SPEC, result, path.join(root, 'samples'));
    expect(samples.map((s) => s.operation)).toEqual([
      'GET /api/where/messages',
      'GET /api/where/messages/{messageId}/attachments/{attachmentId}',
      'GET /api/where/events',
      'PUT /api/where/configs/{configId}',
    ]);
    expect([...errors.values()].flat()).toEqual([]);
  });

  it('the SDK, its generated tests and a consumer with both import styles type-check under tsc --strict', () => {
    const { status, output } = typeCheckStrict(path.join(root, 'sdk'), ['src/**/*.ts', 'tests/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('the default base URL carries /api/where; ACME_BASE_URL and baseURL replace all of it', async () => {
    expect(new Acme({ bearerToken: 'k' }).baseURL).toBe('https://api.acme.test/api/where');
    server.reset();
    server.on('GET /api/where/messages/m1/attachments/a1', json(200, { id: 'a1', filename: 'f.txt' }));
    server.on('GET /other/messages/m1/attachments/a1', json(200, { id: 'a1', filename: 'g.txt' }));
    const viaEnv: { filename: string } = await withEnv(
      { ACME_BASE_URL: `${server.url}/api/where`, ACME_API_KEY: 'from-env' },
      () => new Acme({ maxRetries: 0 }).messages.attachments.retrieve('m1', 'a1', { acmeAccount: 'acct_1' }),
    );
    const viaOption = await new Acme({
      bearerToken: 'k',
      baseURL: `${server.url}/other`,
      maxRetries: 0,
    }).messages.attachments.retrieve('m1', 'a1');
    expect([viaEnv.filename, viaOption.filename]).toEqual(['f.txt', 'g.txt']);
    const [first, second] = server.requests;
    expect([first.path, first.headers['acme-account'], first.headers.authorization]).toEqual([
      '/api/where/messages/m1/attachments/a1',
      'acct_1',
      'Bearer from-env',
    ]);
    expect([second.path, second.headers['acme-account']]).toEqual(['/other/messages/m1/attachments/a1', undefined]);
  });

  it('for await pages by page_info.end_cursor until has_next_page is false, sending the named header each time', async () => {
    server.reset();
    server.on('GET /api/where/messages', (req, res, call) =>
      json(
        200,
        call === 1
          ? { data: [{ id: 'm1', status: 'done' }], page_info: { end_cursor: 'c1', has_next_page: true } }
          : { data: [{ id: 'm2', status: 'in_progress' }], page_info: { end_cursor: 'c2', has_next_page: false } },
      )(req, res, call),
    );
    const client = new Acme({ bearerToken: 'k', baseURL: `${server.url}/api/where`, maxRetries: 0 });
    const ids: string[] = [];
    for await (const message of client.messages.list({ limit: 10, conductorEndUserId: 'user_1' })) ids.push(message.id);
    expect(ids).toEqual(['m1', 'm2']);
    expect(
      server.requests.map((r) => [r.query.get('after'), r.query.get('limit'), r.headers['conductor-end-user-id']]),
    ).toEqual([
      [null, '10', 'user_1'],
      ['c1', '10', 'user_1'],
    ]);
  });

  it('for await follows `next` URLs (the sample under x-stainless-snippets) until there is none', async () => {
    server.reset();
    server.on('GET /api/where/events', (req, res, call) =>
      json(
        200,
        call === 1
          ? { data: [{ kind: 'a' }], next: '/api/where/events?type=created&page=2' }
          : { data: [{ kind: 'b' }], next: null },
      )(req, res, call),
    );
    const client = new Acme({ bearerToken: 'k', baseURL: `${server.url}/api/where`, maxRetries: 0 });
    const kinds: string[] = [];
    for await (const event of client.events.list({ type: 'created' })) kinds.push(event.kind);
    expect(kinds).toEqual(['a', 'b']);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/api/where/events?type=created',
      '/api/where/events?type=created&page=2',
    ]);
  });

  it('x-stainless-override-schema: `betas` is a list, sent comma-separated in its header; the union body is sent whole', async () => {
    server.reset();
    server.on('PUT /api/where/configs/cfg_1', json(200, { id: 'cfg_1', model: 'fast' }));
    const client = new Acme({ bearerToken: 'k', baseURL: `${server.url}/api/where`, maxRetries: 0 });
    const config = await client.configs.update('cfg_1', { body: { type: 'dynamic' }, betas: ['edge-2025', 'x-2026'] });
    expect(config.model).toBe('fast');
    const [request] = server.requests;
    expect([request.headers['acme-beta'], JSON.parse(request.body.toString('utf8'))]).toEqual([
      'edge-2025,x-2026',
      { type: 'dynamic' },
    ]);
  });
});
