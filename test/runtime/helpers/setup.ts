/** Per-file setup: a started test server, the rendered SDK, and a client factory pointed at the server. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { VIEW, loadSdk, type Sdk } from './sdk';
import { TestServer } from './server';

export const API_KEY = 'sk-test-5ecret';

export interface Context {
  server: TestServer;
  sdk: Sdk;
  /** A `Test` client for the server (API key API_KEY); `options` are merged over the defaults. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  client(options?: Record<string, unknown>): any;
}

/** `view`: the SDK's (STAINLESS_VIEW for one made from a Stainless config). */
export function setup(view = VIEW): Context {
  const server = new TestServer();
  let cleanup = async () => {};
  const context: Context = {
    server,
    sdk: {},
    client: (options = {}) => new context.sdk.Test({ apiKey: API_KEY, baseURL: server.url, ...options }),
  };
  beforeAll(async () => {
    await server.start();
    const loaded = await loadSdk(view);
    context.sdk = loaded.sdk;
    cleanup = loaded.cleanup;
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    await server.stop();
    await cleanup();
  });
  return context;
}

/** Runs `fn` and returns what it threw (failing if it did not throw). */
export async function caught(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('Expected an error to be thrown');
}

/** Milliseconds `fn` took, with its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}
