/**
 * The relay test/setup/prism.ts hands the tests while Prism starts (test/helpers/prism-relay.ts): a request sent
 * before the server listens is answered once it does, and a server that fails to start is a 502 saying why.
 */
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startRelay, type Relay } from './helpers/prism-relay';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function deferred(): { promise: Promise<string>; resolve: (url: string) => void; reject: (error: Error) => void } {
  let resolve!: (url: string) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<string>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

async function relayed(target: Promise<string>): Promise<Relay> {
  const relay = await startRelay(target);
  closers.push(relay.close);
  return relay;
}

describe('prism relay', () => {
  it('holds a request sent before the server listens and answers it from the server', async () => {
    const target = deferred();
    const relay = await relayed(target.promise);
    let answered = false;
    const response = fetch(`${relay.url}/pets?kind=cat`, { method: 'POST', body: 'hello' }).then(async (res) => {
      answered = true;
      return { status: res.status, body: await res.text() };
    });
    // The request is in flight and nothing listens behind the relay yet.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(answered).toBe(false);
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => res.end(`${req.method} ${req.url} ${body}`));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => server.close(() => resolve())));
    target.resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`);
    expect(await response).toEqual({ status: 200, body: 'POST /pets?kind=cat hello' });
    // And the next request, once the server is known, goes straight through.
    const again = await fetch(`${relay.url}/again`, { method: 'POST', body: 'x' });
    expect(await again.text()).toBe('POST /again x');
  });

  it('answers 502 with the reason when the server did not start', async () => {
    const target = deferred();
    const relay = await relayed(target.promise);
    target.reject(new Error('prism mock spec.yml: exited with 1 before it listened'));
    const res = await fetch(`${relay.url}/health`);
    expect(res.status).toBe(502);
    expect(await res.text()).toContain('exited with 1 before it listened');
  });

  it('given a function, calls it on the first connection only: no connection, no server', async () => {
    const server = http.createServer((req, res) => res.end(`${req.method} ${req.url}`));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => server.close(() => resolve())));
    let started = 0;
    const relay = await startRelay(() => {
      started++;
      return Promise.resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`);
    });
    closers.push(relay.close);
    expect(started).toBe(0);
    const answers = await Promise.all(
      ['/a', '/b'].map(async (p) => (await fetch(`${relay.url}${p}`, { method: 'POST' })).text()),
    );
    expect(answers).toEqual(['POST /a', 'POST /b']);
    expect((await fetch(`${relay.url}/c`)).status).toBe(200);
    expect(started).toBe(1);
  });
});
