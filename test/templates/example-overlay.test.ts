/**
 * examples/templates/acme, the overlay a user would write: one template replaced (src/client-core.ts.hbs adds an
 * X-Acme-Client header and a User-Agent suffix to every request) and one file added (LICENSE.hbs). Generating
 * the Smithery SDK with it changes exactly those two files (against the built-in templates); the headers are checked in the output and on the
 * wire, against a node:http server on 127.0.0.1.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../generator/generate';
import { ROOT } from '../helpers/paths';
import { runTsc, tempDir, writeFiles } from '../helpers/sdk';
import { SMITHERY, SMITHERY_CONFIG } from './helpers';

const OVERLAY = path.join(ROOT, 'examples/templates/acme');
let result: GenerateResult;
let plain: GenerateResult;
let out: string;
let server: Server;
let baseURL: string;
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  [result, plain] = await Promise.all([
    generate({ spec: SMITHERY, config: SMITHERY_CONFIG, templates: OVERLAY }),
    generate({ spec: SMITHERY, config: SMITHERY_CONFIG }),
  ]);
  out = tempDir('acme');
  writeFiles(out, result.files);
  server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('examples/templates/acme', () => {
  it('changes src/client-core.ts, adds LICENSE, and leaves every other file as the built-in templates make it', () => {
    const builtIn = new Map(plain.files.map((f) => [f.path, f.contents]));
    const changed = result.files.filter((f) => builtIn.get(f.path) !== f.contents).map((f) => f.path);
    expect(changed).toEqual(['LICENSE', 'src/client-core.ts']);
    expect(result.files.length).toBe(plain.files.length + 1);
    const client = result.files.find((f) => f.path === 'src/client-core.ts')!.contents;
    expect(client).toContain("'X-Acme-Client': 'Smithery-sdk/0.1.0'");
    expect(client).toContain("'User-Agent': '@smithery/api' + '/0.1.0 acme-platform/1.0'");
    expect(result.files.find((f) => f.path === 'LICENSE')!.contents).toContain(
      '@smithery/api 0.1.0, the TypeScript client for the Smithery Platform API',
    );
  });

  it('still compiles with tsc --strict', () => {
    const { status, output } = runTsc(path.join(out, 'tsconfig.json'));
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('sends the headers on every request; the caller’s own defaultHeaders still win', async () => {
    const { Smithery } = (await import(pathToFileURL(path.join(out, 'src/index.ts')).href)) as {
      Smithery: new (o: object) => {
        health: { check(): Promise<unknown> };
        withOptions(o: object): { health: { check(): Promise<unknown> } };
      };
    };
    const client = new Smithery({ apiKey: 'k', baseURL, maxRetries: 0 });
    seen.length = 0;
    expect(await client.health.check()).toEqual({ status: 'ok' });
    await client.withOptions({ timeout: 5000 }).health.check();
    await new Smithery({ apiKey: 'k', baseURL, defaultHeaders: { 'X-Acme-Client': 'mine' } }).health.check();
    expect(seen.map((h) => [h['x-acme-client'], h['user-agent'], h['authorization']])).toEqual([
      ['Smithery-sdk/0.1.0', '@smithery/api/0.1.0 acme-platform/1.0', 'Bearer k'],
      ['Smithery-sdk/0.1.0', '@smithery/api/0.1.0 acme-platform/1.0', 'Bearer k'],
      ['mine', '@smithery/api/0.1.0 acme-platform/1.0', 'Bearer k'],
    ]);
  });
});
