/**
 * Code the owners of a Stainless SDK wrote against its runtime keeps working after the move: an `APIPromise` built in
 * Stainless's argument order (`new APIPromise(client, responsePromise, parse?)`, a promise of Stainless's response
 * props) behaves as Stainless's did; and where Stainless's tsconfig named no DOM lib, the migrated one names none
 * either, so the owners' code keeps Node's `fetch` types and sdkgen's runtime type-checks without DOM's.
 * The type-check (tsc over the rendered runtime) runs with SDKGEN_SLOW_TESTS=full.
 */
import { writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { relaxCompilerOptions } from '../generator/migrate/package/compiler-options';
import { runTsc } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { STAINLESS_VIEW, loadSdk, renderSdk, type Sdk } from './runtime/helpers/sdk';

const OURS = JSON.stringify({
  compilerOptions: { target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], strict: true },
});

function stainlessTsconfig(lib: string[] | undefined): string {
  return JSON.stringify({ compilerOptions: { target: 'es2020', ...(lib && { lib }), strict: true } });
}

function libAfterMove(stainlessLib: string[] | undefined): unknown {
  const relaxed = relaxCompilerOptions(OURS, stainlessTsconfig(stainlessLib));
  const text = relaxed?.text ?? OURS;
  return (JSON.parse(text) as { compilerOptions: { lib: unknown } }).compilerOptions.lib;
}

describe("the migrated tsconfig's lib", () => {
  test("Stainless's lib without DOM: DOM's libs are left out", () => {
    expect(libAfterMove(['es2020'])).toEqual(['ES2022']);
    expect(relaxCompilerOptions(OURS, stainlessTsconfig(['es2020']))?.options).toContain('lib');
  });

  test("Stainless's lib with DOM, or none (the target's default has DOM): sdkgen's is kept", () => {
    expect(libAfterMove(['es2020', 'dom'])).toEqual(['ES2022', 'DOM', 'DOM.Iterable']);
    expect(libAfterMove(undefined)).toEqual(['ES2022', 'DOM', 'DOM.Iterable']);
  });
});

/** Stainless's response props, as owners' code resolves them. */
function stainlessProps(response: Response) {
  return {
    response,
    options: { method: 'post', path: '/files' },
    controller: new AbortController(),
    requestLogID: 'log_1',
    retryOfRequestLogID: undefined,
    startTime: Date.now(),
  };
}

function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}

describe("an APIPromise built in Stainless's argument order", () => {
  let sdk: Sdk;
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => {
    ({ sdk, cleanup } = await loadSdk(STAINLESS_VIEW));
  });
  afterAll(() => cleanup());

  const client = () => new sdk.Test({ apiKey: 'k', baseURL: 'http://127.0.0.1:9' });
  const build = (response: Response, ...parse: unknown[]) =>
    new sdk.APIPromise(client(), Promise.resolve(stainlessProps(response)), ...parse);

  test('without a parser, the body as its content type says; the raw response and both together', async () => {
    const promise = build(jsonResponse({ id: 'file_1' }));
    const raw = await promise.asResponse();
    expect(raw).toBeInstanceOf(Response);
    const data = await promise;
    expect(data).toEqual({ id: 'file_1' });
    const both = await promise.withResponse();
    expect(both.data).toBe(data);
    expect(both.response).toBe(raw);
    expect(await build(new Response('plain', { headers: { 'content-type': 'text/plain' } }))).toBe('plain');
    expect(await build(new Response(null, { status: 204 }))).toBeNull();
  });

  test('a parser is given the client first, then the props; _thenUnwrap transforms its result', async () => {
    const made = client();
    const promise = new sdk.APIPromise(
      made,
      Promise.resolve(stainlessProps(jsonResponse({ id: 'file_2' }))),
      async (given: unknown, props: { requestLogID: string; response: Response }) => ({
        sameClient: given === made,
        log: props.requestLogID,
        body: (await props.response.json()) as unknown,
      }),
    );
    expect(await promise).toEqual({ sameClient: true, log: 'log_1', body: { id: 'file_2' } });
    const unwrapped = build(jsonResponse({ id: 'file_3' }))._thenUnwrap((data: { id: string }) => data.id);
    expect(await unwrapped).toBe('file_3');
  });
});

// The owners' module: an APIPromise in Stainless's order, and Node's fetch sent a file stream (DOM's fetch takes none).
const OWNERS_UPLOAD = `import { createReadStream } from 'node:fs';
import { APIPromise } from '../core/api-promise.js';
import { Test } from '../client.js';

export function upload(client: Test, file: string): APIPromise<{ id: string }> {
  return new APIPromise<{ id: string }>(
    client,
    new Promise(async (resolve) => {
      const sent = await fetch('https://uploads.example.com', { method: 'PUT', body: createReadStream(file) });
      resolve({
        controller: new AbortController(),
        requestLogID: '',
        retryOfRequestLogID: undefined,
        startTime: Date.now(),
        options: { method: 'post', path: '/files' },
        response: sent,
      });
    }),
  );
}
`;

describe.runIf(SLOW_FULL)("the runtime and the owners' code type-check under Stainless's lib", () => {
  test("no DOM lib, Node's types: sdkgen's runtime and the owners' module are clean", async () => {
    const { dir, cleanup } = await renderSdk(STAINLESS_VIEW);
    try {
      await mkdir(path.join(dir, 'src/lib'), { recursive: true });
      writeFileSync(path.join(dir, 'src/lib/upload.ts'), OWNERS_UPLOAD);
      const migrated = relaxCompilerOptions(
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'bundler',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            types: [],
            strict: true,
            noUncheckedIndexedAccess: true,
            noImplicitOverride: true,
            skipLibCheck: true,
            noEmit: true,
          },
          include: ['src'],
          // The fixture's own type tests pass DOM-only fetch options (`cache`); they are no runtime code.
          exclude: ['src/typecheck.ts'],
        }),
        stainlessTsconfig(['es2020']),
      );
      expect(migrated?.options).toEqual(expect.arrayContaining(['lib', 'types']));
      writeFileSync(path.join(dir, 'tsconfig.json'), migrated!.text);
      const { status, output } = runTsc(path.join(dir, 'tsconfig.json'));
      expect(output).toBe('');
      expect(status).toBe(0);
    } finally {
      await cleanup();
    }
  }, 240_000);
});
