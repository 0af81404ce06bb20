/**
 * What owners patched into Stainless's runtime to make it behave in a way sdkgen's runtime behaves already: such a
 * hunk has no text to land on in sdkgen's files (their runtime is another), and nothing to carry either. Each behaviour
 * says how a hunk that makes it is told (by what its lines do, whatever file it is in) and which of sdkgen's tests
 * shows the runtime doing it, for the report.
 */

export interface RuntimeBehaviour {
  /** What the runtime does, as the report says it. */
  does: string;
  /** The test that shows it. */
  test: string;
  /** Whether a hunk (a unified-diff hunk against Stainless's file) makes Stainless's runtime do it. */
  madeBy: (removed: string[], added: string[]) => boolean;
}

/** Lines that build the request's URL from the base URL (Stainless's `buildURL`, `new URL(…)`). */
const BUILDS_URL = /\bbuildURL\b|\bbaseURL\b|\bnew URL\(/;
/** Stainless's `buildURL` reading the path's own query parameters into an object (`Object.fromEntries(url.searchParams)`). */
const READS_PATH_QUERY = /\bsearchParams\b/;
/** Code that reads the page's location (`window.location.origin`, `globalThis.location`, `document.baseURI`). */
const READS_LOCATION = /\blocation\s*(?:\?\.|\.|\))|\bdocument\.baseURI\b|\bself\.location\b/;

export const RUNTIME_BEHAVIOURS: RuntimeBehaviour[] = [
  {
    does:
      "a relative base URL (`/api`, for a page served from the API's origin) is resolved against the page's " +
      'location; without a page, making the client says so',
    test: "test/runtime/requests.test.ts › a relative base URL (`/api`, for a page served from the API's origin)",
    madeBy: (removed, added) =>
      added.some((line) => READS_LOCATION.test(line)) && [...removed, ...added].some((line) => BUILDS_URL.test(line)),
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
];

/**
 * The rejected hunks without those that make a behaviour sdkgen's runtime has (RUNTIME_BEHAVIOURS); each dropped one
 * listed in `doneBySdkgen`, with the test that shows it.
 */
export function dropDoneBySdkgen(
  rejected: Array<{ path: string; hunks: string[] }>,
  doneBySdkgen: Array<{ path: string; does: string; test: string }>,
): Array<{ path: string; hunks: string[] }> {
  return rejected
    .map(({ path, hunks }) => ({
      path,
      hunks: hunks.filter((hunk) => {
        const lines = hunk.split('\n');
        const changed = (sign: string) =>
          lines
            .filter((line) => line.startsWith(sign) && !line.startsWith(sign.repeat(3)))
            .map((line) => line.slice(1));
        const behaviour = RUNTIME_BEHAVIOURS.find((b) => b.madeBy(changed('-'), changed('+')));
        if (behaviour) doneBySdkgen.push({ path, does: behaviour.does, test: behaviour.test });
        return behaviour === undefined;
      }),
    }))
    .filter(({ hunks }) => hunks.length > 0);
}
