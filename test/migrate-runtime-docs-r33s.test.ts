/**
 * An owners' patch to Stainless's runtime that sdkgen's runtime makes needless comes with their prose describing it
 * (browserbase's Node `fetch` patch: the `httpAgent` and `fetch` option comments of `src/index.ts`, Stainless's
 * `src/_shims/README.md`). Once the patch is judged done, that prose, in a file the migration removes or writes its own
 * of, goes with it (listed with the patch's test) instead of being left for a person; other doc edits stay.
 */
import { describe, expect, it } from 'vitest';
import { dropDoneBySdkgen } from '../generator/migrate/owners/runtime-behaviours';
import { dropRuntimeDocs } from '../generator/migrate/reapply/runtime-docs';

// browserbase's patch to Stainless's `_shims/auto/runtime-node.ts` (shortened): Node's global fetch, node-fetch kept
// for an `httpAgent`.
const RUNTIME_PATCH = [
  '@@ -4 +4,12 @@',
  "-export * from '../node-runtime';",
  "+import { getRuntime as getNodeRuntime } from '../node-runtime';",
  '+export function getRuntime(): Shims {',
  '+  const nodeRuntime = getNodeRuntime();',
  '+  const nativeFetch = (globalThis as any).fetch;',
  "+  if (typeof nativeFetch !== 'function') return nodeRuntime;",
  '+  return { ...nodeRuntime, fetch: (url, init) => nativeFetch.call(undefined, url, init) };',
  '+}',
  '',
].join('\n');

// Their rewording of the `httpAgent` option's doc comment in Stainless's `src/index.ts`.
const AGENT_DOC = [
  '@@ -61,8 +61,9 @@',
  '   /**',
  '    * An HTTP agent used to manage HTTP(S) connections.',
  '    *',
  '-   * If not provided, an agent will be constructed by default in the Node.js environment,',
  '-   * otherwise no agent is used.',
  '+   * If provided in Node.js, requests use the legacy `node-fetch` transport so the agent can be',
  '+   * honored. The default modern Node.js transport uses `globalThis.fetch` and does not attach',
  '+   * a node:http Agent.',
  '    */',
  '   httpAgent?: Agent | undefined;',
  '',
].join('\n');

// Their rewording of Stainless's `_shims/README.md`.
const SHIMS_README = [
  '@@ -6 +6,3 @@',
  '-To do this, `@example/sdk` provides shims for either using `node-fetch` when in Node or the global `fetch` API.',
  '+To do this, `@example/sdk` provides shims for using `globalThis.fetch` in modern Node.js,',
  '+falling back to `node-fetch` in older Node.js environments, or using the global `fetch` API built',
  '+into non-Node runtimes.',
  '',
].join('\n');

// A doc edit of the same module about something else (the client's timeout).
const TIMEOUT_DOC = [
  '@@ -90,3 +91,3 @@',
  '   /**',
  '-   * The maximum amount of time (in milliseconds) that the client should wait for a response.',
  '+   * How long (in milliseconds) to wait for a response; see `timeout` in the README.',
  '    */',
  '',
].join('\n');

// Code beside the prose: never documentation.
const CODE_EDIT = [
  '@@ -120,2 +121,3 @@',
  '   fetch?: Core.Fetch | undefined;',
  '+  nativeFetch?: boolean; // use `globalThis.fetch`',
  '',
].join('\n');

function plan(rejected: Array<{ path: string; hunks: string[] }>, removed: string[], written: string[]) {
  return {
    rejected,
    doneBySdkgen: [] as Array<{ path: string; does: string; test: string }>,
    removed,
    writes: written.map((path) => ({ path, contents: '' })),
  };
}

describe("owners' prose of a runtime patch sdkgen's runtime makes needless", () => {
  it('goes with the patch, listed with its test, where the file is removed or written by sdkgen', () => {
    const p = plan(
      [
        { path: 'src/_shims/auto/runtime-node.ts', hunks: [RUNTIME_PATCH] },
        { path: 'src/index.ts', hunks: [AGENT_DOC, TIMEOUT_DOC, CODE_EDIT] },
        { path: 'src/_shims/README.md', hunks: [SHIMS_README] },
      ],
      ['src/_shims/auto/runtime-node.ts', 'src/_shims/README.md'],
      ['src/index.ts'],
    );
    p.rejected = dropDoneBySdkgen(p.rejected, p.doneBySdkgen);
    expect(p.doneBySdkgen.map((d) => d.path)).toEqual(['src/_shims/auto/runtime-node.ts']);
    p.rejected = dropRuntimeDocs(p);
    // The timeout's doc and the code edit stay for a person.
    expect(p.rejected).toEqual([{ path: 'src/index.ts', hunks: [TIMEOUT_DOC, CODE_EDIT] }]);
    const docs = p.doneBySdkgen.slice(1);
    expect(docs.map((d) => d.path)).toEqual(['src/index.ts', 'src/_shims/README.md']);
    for (const d of docs) {
      expect(d.test).toBe(p.doneBySdkgen[0].test);
      expect(d.does).toContain(p.doneBySdkgen[0].does);
    }
  });

  it('stays for a person without a patch judged done, or in a file of theirs that stays', () => {
    const none = plan([{ path: 'src/index.ts', hunks: [AGENT_DOC] }], [], ['src/index.ts']);
    expect(dropRuntimeDocs(none)).toEqual(none.rejected);
    expect(none.doneBySdkgen).toEqual([]);

    const kept = plan(
      [
        { path: 'src/_shims/auto/runtime-node.ts', hunks: [RUNTIME_PATCH] },
        { path: 'docs/transport.md', hunks: [SHIMS_README] },
      ],
      ['src/_shims/auto/runtime-node.ts'],
      [],
    );
    kept.rejected = dropDoneBySdkgen(kept.rejected, kept.doneBySdkgen);
    expect(dropRuntimeDocs(kept)).toEqual([{ path: 'docs/transport.md', hunks: [SHIMS_README] }]);
  });
});
