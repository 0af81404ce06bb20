/**
 * Response types as Stainless's SDKs declare them, with a Stainless config:
 * - `x-stainless-empty-object: true` on a response's schema is a named empty interface (`FileCopyResponse {}`),
 *   also for a 204 whose content the spec lists (the call still resolves to undefined: there is no body);
 * - a `text/plain` response whose schema is a number is that number, named after the method
 *   (`AccountGetBalanceResponse = number`), asked for as text/plain and read as a number;
 * - a config model that is a string is `string` in the signature (`getCode(): APIPromise<string>`); one that is a
 *   number or an integer keeps its name (`getNonce(): APIPromise<Nonce>`, `Nonce = number`); both are declared.
 * The calls Stainless's SDK takes type-check under tsc --strict; each runs against a server on 127.0.0.1.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-declaration-forms.test.ts samples Stainless's model declarations (docs/contributing.md, "What
// `npm test` samples").
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, noContent, text, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const empty = { type: 'object', 'x-stainless-empty-object': true };
const content = (media: string, schema: object) => ({ description: 'ok', content: { [media]: { schema } } });

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/files/{id}/copy': {
      post: { operationId: 'copyFile', parameters: [id], responses: { '200': content('application/json', empty) } },
    },
    '/files/{id}/touch': {
      post: {
        operationId: 'touchFile',
        parameters: [id],
        responses: { '204': content('application/json', { $ref: '#/components/schemas/Empty' }) },
      },
    },
    '/files/{id}/plain': {
      post: {
        operationId: 'plainFile',
        parameters: [id],
        responses: { '200': content('application/json', { type: 'object' }) },
      },
    },
    '/account/balance': {
      get: { operationId: 'getBalance', responses: { '200': content('text/plain', { type: 'number' }) } },
    },
    '/account/note': {
      get: { operationId: 'getNote', responses: { '200': content('text/plain', { type: 'string' }) } },
    },
    '/account/code': {
      get: {
        operationId: 'getCode',
        responses: { '200': content('application/json', { $ref: '#/components/schemas/Code' }) },
      },
    },
    '/account/score': {
      get: {
        operationId: 'getScore',
        responses: { '200': content('application/json', { $ref: '#/components/schemas/Score' }) },
      },
    },
    '/account/nonce': {
      get: {
        operationId: 'getNonce',
        responses: { '200': content('application/json', { $ref: '#/components/schemas/Nonce' }) },
      },
    },
  },
  components: {
    schemas: {
      Empty: empty,
      Closed: { type: 'object', additionalProperties: false },
      Code: { type: 'string' },
      Score: { type: 'number' },
      Nonce: { type: 'integer' },
    },
  },
};

const CONFIG = `organization: { name: acme }
resources:
  files:
    models:
      closed: Closed
    methods:
      copy: post /files/{id}/copy
      touch: post /files/{id}/touch
      plain: post /files/{id}/plain
  account:
    models:
      code: Code
      score: Score
      nonce: Nonce
    methods:
      get_balance: get /account/balance
      get_note: get /account/note
      get_code: get /account/code
      get_score: get /account/score
      get_nonce: get /account/nonce
`;

/** The calls and types of Stainless's SDK. */
const CONSUMER = `import Acme from './src/index.js';
import type { FileCopyResponse, FileTouchResponse, FilePlainResponse } from './src/resources/files.js';
import type { AccountGetBalanceResponse, Code, Nonce, Score } from './src/resources/account.js';
const client = new Acme();
async function calls() {
  const copied: FileCopyResponse = await client.files.copy('f1');
  const touched: FileTouchResponse = await client.files.touch('f1');
  const plain: FilePlainResponse = await client.files.plain('f1');
  const balance: AccountGetBalanceResponse = await client.account.getBalance();
  const amount: number = balance + 1;
  const note: string = await client.account.getNote();
  const code: string = await client.account.getCode();
  const model: Code = code;
  const score: Score = await client.account.getScore();
  const nonce: Nonce = await client.account.getNonce();
  const next: number = nonce + 1;
  return [copied, touched, plain, amount, note, model, score, next];
}
void calls;
`;

const server = new TestServer();
let root = '';
let dir = '';
let files = '';
let account = '';
let apiMd = '';

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-response-types');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
  dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
  // On one line each, as the code is not formatted here.
  files = readFileSync(path.join(dir, 'src/resources/files.ts'), 'utf8').replace(/\s+/g, ' ');
  account = readFileSync(path.join(dir, 'src/resources/account.ts'), 'utf8').replace(/\s+/g, ' ');
  apiMd = readFileSync(path.join(dir, 'api.md'), 'utf8');
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)("response types as Stainless's SDK declares them", () => {
  it("type-checks Stainless's calls under tsc --strict", () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('declares an x-stainless-empty-object response as an empty interface, a 204 one too', () => {
    expect(files).toMatch(/export interface FileCopyResponse \{ ?\}/);
    expect(files).toMatch(/export interface FileTouchResponse \{ ?\}/);
    expect(files).toContain('copy(id: string, options?: RequestOptions ): APIPromise<FileCopyResponse>');
    expect(files).toContain('touch(id: string, options?: RequestOptions ): APIPromise<FileTouchResponse>');
    expect(apiMd).toContain('copy</a>(id) -> FileCopyResponse</code>');
    expect(apiMd).toContain('touch</a>(id) -> FileTouchResponse</code>');
    // Only the hint makes an empty interface: an object closed to every key is `unknown`, as Stainless's SDKs write
    // one (none of theirs writes `Record<string, never>`; stainless-closed-empty-object.test.ts).
    expect(files).toContain('export type Closed = unknown;');
    // An object that says nothing of its members is still returned as unknown.
    expect(apiMd).toContain('plain</a>(id) -> unknown</code>');
  });

  it('names a text/plain number after the method; a string model is string, a number model keeps its name', () => {
    expect(account).toContain('export type AccountGetBalanceResponse = number;');
    expect(apiMd).toContain('getBalance</a>() -> AccountGetBalanceResponse</code>');
    expect(apiMd).toContain('getNote</a>() -> string</code>');
    expect(account).toContain('getCode(options?: RequestOptions ): APIPromise<string>');
    expect(account).toContain('getScore(options?: RequestOptions ): APIPromise<Score>');
    expect(account).toContain('getNonce(options?: RequestOptions ): APIPromise<Nonce>');
    expect(account).toContain('export type Code = string;');
    expect(account).toContain('export type Nonce = number;');
    expect(apiMd).toContain('getCode</a>() -> string</code>');
    expect(apiMd).toContain('getScore</a>() -> Score</code>');
    expect(apiMd).toContain('getNonce</a>() -> Nonce</code>');
    expect(apiMd).toMatch(/- <code><a href="[^"]+">Nonce<\/a><\/code>/);
  });

  it('reads each against a server on 127.0.0.1: {} for the empty object, undefined for a 204, a number from text', async () => {
    server.on('POST /files/f1/copy', json(200, {}));
    server.on('POST /files/f1/touch', noContent);
    server.on('GET /account/balance', text(200, '12.5', { 'content-type': 'text/plain' }));
    server.on('GET /account/code', json(200, 'c-1'));
    server.on('GET /account/nonce', json(200, 7));
    const { Acme } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    const client = new Acme({ baseURL: server.url });
    expect(await client.files.copy('f1')).toEqual({});
    expect(await client.files.touch('f1')).toBeUndefined();
    expect(await client.account.getBalance()).toBe(12.5);
    expect(await client.account.getCode()).toBe('c-1');
    expect(await client.account.getNonce()).toBe(7);
    const balance = server.requests.find((r) => r.path === '/account/balance')!;
    expect(balance.headers.accept).toBe('text/plain');
  });
});
