/**
 * What owners patched into Stainless's runtime to make it behave in a way sdkgen's runtime behaves already: such a
 * hunk has no text to land on in sdkgen's files (their runtime is another), and nothing to carry either. Each behaviour
 * says how a hunk that makes it is told (by what its lines do, whatever file it is in) and which of sdkgen's tests
 * shows the runtime doing it, for the report.
 */

import { changedLines } from '../reapply/changed-lines';

export interface RuntimeBehaviour {
  /** What the runtime does, as the report says it. */
  does: string;
  /** The test that shows it. */
  test: string;
  /** Whether a hunk (a unified-diff hunk against Stainless's file) makes Stainless's runtime do it. */
  madeBy: (removed: string[], added: string[]) => boolean;
  /**
   * Whether sdkgen's client (`src/core/base-client.ts` as rendered) does it, for a behaviour only some SDKs' runtime
   * has (one the config or the spec asks for); without it, every SDK's does.
   */
  sdkgenDoes?: (client: string) => boolean;
}

/** Lines that build the request's URL from the base URL (Stainless's `buildURL`, `new URL(…)`). */
const BUILDS_URL = /\bbuildURL\b|\bbaseURL\b|\bnew URL\(/;
/** Stainless's `buildURL` reading the path's own query parameters into an object (`Object.fromEntries(url.searchParams)`). */
const READS_PATH_QUERY = /\bsearchParams\b/;
/** Code that reads the page's location (`window.location.origin`, `globalThis.location`, `document.baseURI`). */
const READS_LOCATION = /\blocation\s*(?:\?\.|\.|\))|\bdocument\.baseURI\b|\bself\.location\b/;
/**
 * Code that tells a relative base URL from an absolute one: `isAbsoluteURL(baseURL)`, `/^https?:/.test(baseURL)`,
 * `baseURL.startsWith('/')`, `baseURL.includes('://')` (or `indexOf`, `match`), `baseURL.charAt(0) === '/'`,
 * `baseURL[0] === '/'`.
 */
const TELLS_RELATIVE_BASE =
  /\b(?:isAbsolute\w*|test)\(\s*(?:this\.)?base(?:URL|Url)\b|\bbase(?:URL|Url)\??\.(?:startsWith|match)\(|\bbase(?:URL|Url)\??\.(?:includes|indexOf)\(\s*['"`]:\/\/|\bbase(?:URL|Url)(?:\??\.charAt\(\s*0\s*\)|\[0\])\s*[!=]==?\s*['"`]\//;

/**
 * Code that reads the global fetch (`globalThis.fetch`, `(globalThis as any).fetch`): not a comment, nor prose
 * naming it in backticks (a README's).
 */
const READS_GLOBAL_FETCH =
  /^\s*[^\s/*#].*(?<![`\w])(?:globalThis\.fetch\b|\(globalThis(?:\s+as\s+\w+)?\)\.fetch\b)(?!`)/;
/** Code that reads a request's `stream` option (Stainless's `props.options.stream`, `options.stream`). */
const READS_STREAM_OPTION = /\boptions\??\.stream\b/;
/** Stainless's stream made from a response's server-sent events. */
const MAKES_SSE_STREAM = /\bStream\.fromSSEResponse\(/;

/** Code that reads an environment variable (Stainless's `readEnv`, Node's `process.env`, Deno's `Deno.env`). */
const READS_ENV = /\bprocess\.env\b|\bDeno\.env\b|\breadEnv\b/;
/**
 * Code that takes an empty value for none: `value === '' ? undefined : value`, `value || undefined`,
 * `value.length === 0 ? undefined : …`.
 */
const EMPTY_IS_UNSET = /===?\s*(['"`])\1\s*\?\s*undefined\b|\|\|\s*undefined\b|\.length\s*===?\s*0\s*\?\s*undefined\b/;

/** Stainless's Node runtime of its `Core` era: node-fetch behind `_shims/node-runtime` (`auto/runtime-node`). */
const NODE_RUNTIME = /\bnode-fetch\b|\bnode-runtime\b|\bruntime-node\b|\bgetRuntime\b/;

/** A declaration exporting one of fetch's classes (or fetch) as a value from Stainless's `_shims` (`.d.ts`). */
const EXPORTS_FETCH_CLASS = /^\s*export\s+(?:declare\s+)?const\s+(?:Request|Response|Headers|fetch)\s*:/;
/** A directive comment that goes with such a declaration (`// @ts-ignore` above it). */
const DIRECTIVE = /^\s*\/\/\s*@ts-(?:ignore|expect-error)\b/;

export const RUNTIME_BEHAVIOURS: RuntimeBehaviour[] = [
  {
    does:
      "a relative base URL (`/api`, for a page served from the API's origin) is resolved against the page's " +
      'location when the client is made',
    test: "test/runtime/requests.test.ts › a relative base URL (`/api`, for a page served from the API's origin)",
    madeBy: (removed, added) =>
      added.some((line) => READS_LOCATION.test(line)) && [...removed, ...added].some((line) => BUILDS_URL.test(line)),
  },
  {
    does:
      'outside a page, a relative base URL (`/api/v1`) builds relative request URLs, which the fetch that sends them ' +
      'resolves (a `fetch` option or the global one); where it cannot, the request fails naming the relative URL',
    test: 'test/runtime/relative-base-url.test.ts › a relative base URL outside a page',
    madeBy: (removed, added) =>
      added.some((line) => TELLS_RELATIVE_BASE.test(line)) &&
      [...removed, ...added].some((line) => BUILDS_URL.test(line)),
  },
  {
    // Browserbase's patch to Stainless's `_shims/auto/runtime-node.ts`: Node's own fetch in place of node-fetch.
    does:
      "in Node, requests go through Node's global `fetch` (no node-fetch shim: sdkgen's runtime has none, and its " +
      'client takes a `fetch` and `fetchOptions` where the older one took an `httpAgent`)',
    test: 'test/runtime/fetch-kept.test.ts › is the global one as it was when the client was made, not a later replacement',
    madeBy: (removed, added) =>
      added.some((line) => READS_GLOBAL_FETCH.test(line)) &&
      [...removed, ...added].some((line) => NODE_RUNTIME.test(line)),
  },
  {
    // Browserbase's edits to Stainless's `_shims/index.d.ts` and `node-types.d.ts`: `export const Response: …`, so that
    // their tests take `Response` from the SDK's shims rather than from node-fetch.
    does:
      "the older layout's `_shims/index` exports the runtime's own `fetch`, `Request`, `Response` and `Headers` as " +
      'values (sdkgen writes that module so)',
    test: "test/stainless-features.test.ts › keeps the module paths of Stainless's older SDKs, each the module that holds the code now",
    madeBy: (removed, added) =>
      removed.every((line) => line.trim() === '') &&
      added.some((line) => EXPORTS_FETCH_CLASS.test(line)) &&
      added.every((line) => EXPORTS_FETCH_CLASS.test(line) || DIRECTIVE.test(line) || line.trim() === ''),
  },
  {
    does:
      "a path's own query string is kept as it is and the request's query goes after it: the client never reads it " +
      'into an object through `URLSearchParams` (which needs ES2019 and the DOM.Iterable types, and keeps one value a key)',
    test: "test/runtime/requests.test.ts › a path's own query string is kept, the request's query after it",
    madeBy: (removed, added) =>
      removed.some((line) => READS_PATH_QUERY.test(line) && /\bObject\.fromEntries\(/.test(line)) &&
      added.some((line) => READS_PATH_QUERY.test(line)),
  },
  {
    // notdiamond's patch to Stainless's `internal/utils/env.ts`: `return value === '' ? undefined : value;`.
    does: 'an environment variable set to an empty (or blank) value counts as unset: the option takes its default',
    test: 'test/unit/migrate-empty-env-done.test.ts › an environment variable set to an empty value counts as unset',
    madeBy: (removed, added) =>
      [...removed, ...added].some((line) => READS_ENV.test(line)) && added.some((line) => EMPTY_IS_UNSET.test(line)),
  },
  {
    // groq's patch to Stainless's `internal/parse.ts`: `if (props.options.stream) return Stream.fromSSEResponse(…)`,
    // for the streaming methods they wrote by hand, where their Stainless config declared none.
    does:
      "a request made with Stainless's `stream: true` option is read as a `Stream` of the response's server-sent " +
      "events (sdkgen's client reads the option where the SDK has a method that streams)",
    test: "test/stainless-stream-forms.test.ts › asks for the stream with Stainless's `stream: true`, cast to its stream",
    madeBy: (_removed, added) =>
      added.some((line) => READS_STREAM_OPTION.test(line)) && added.some((line) => MAKES_SSE_STREAM.test(line)),
    sdkgenDoes: (client) => /\bif \(options\.stream\b/.test(client),
  },
];

/** The lines of Stainless's file a hunk spans (its `@@ -start,count` header), or null without one. */
function oldSpan(hunk: string): [number, number] | null {
  const header = /^@@ -(\d+)(?:,(\d+))? /m.exec(hunk);
  if (header === null) return null;
  const start = Number(header[1]);
  return [start, start + Math.max(Number(header[2] ?? '1'), 1) - 1];
}

/**
 * The hunks of one file as the edits they belong to: hunks whose spans of Stainless's file overlap or touch are parts
 * of one edit (a patch to `buildURL` that the re-application split where sdkgen's file differs), judged together.
 */
function edits(hunks: string[]): string[][] {
  const spans = hunks.map((hunk, at) => ({ hunk, at, span: oldSpan(hunk) }));
  spans.sort((a, b) => (a.span?.[0] ?? Infinity) - (b.span?.[0] ?? Infinity) || a.at - b.at);
  const groups: Array<{ hunks: string[]; end: number }> = [];
  for (const { hunk, span } of spans) {
    const last = groups.at(-1);
    if (span !== null && last !== undefined && span[0] <= last.end + 1) {
      last.hunks.push(hunk);
      last.end = Math.max(last.end, span[1]);
    } else groups.push({ hunks: [hunk], end: span?.[1] ?? -Infinity });
  }
  return groups.map((group) => group.hunks);
}

/**
 * The rejected hunks without those that make a behaviour sdkgen's runtime has (RUNTIME_BEHAVIOURS), each edit judged
 * whole (edits); each dropped hunk listed in `doneBySdkgen`, with the test that shows it.
 */
export function dropDoneBySdkgen(
  rejected: Array<{ path: string; hunks: string[] }>,
  doneBySdkgen: Array<{ path: string; does: string; test: string }>,
  behaviours: RuntimeBehaviour[] = RUNTIME_BEHAVIOURS,
  /** sdkgen's client as rendered (`src/core/base-client.ts`), for the behaviours only some SDKs' runtime has. */
  client = '',
): Array<{ path: string; hunks: string[] }> {
  const applicable = behaviours.filter((b) => b.sdkgenDoes === undefined || b.sdkgenDoes(client));
  return rejected
    .map(({ path, hunks }) => {
      const done = new Set<string>();
      for (const edit of edits(hunks)) {
        const lines = edit.map(changedLines);
        const removed = lines.flatMap((l) => l.removed);
        const added = lines.flatMap((l) => l.added);
        const behaviour = applicable.find((b) => b.madeBy(removed, added));
        if (behaviour === undefined) continue;
        for (const hunk of edit) {
          done.add(hunk);
          doneBySdkgen.push({ path, does: behaviour.does, test: behaviour.test });
        }
      }
      return { path, hunks: hunks.filter((hunk) => !done.has(hunk)) };
    })
    .filter(({ hunks }) => hunks.length > 0);
}
