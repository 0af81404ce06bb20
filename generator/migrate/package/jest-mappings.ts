/**
 * A Jest config that stays maps some imports to files of the repository (`moduleNameMapper`): an owners' test whose
 * import it maps to a module of Stainless's that the migration removes cannot run (Jest stops at "Could not locate
 * module … mapped as"). Their test and their config are theirs to change, so the migration keeps both as they are
 * and says which import breaks, and why, for a person (browserbase's test of Stainless's Node runtime shim, which their
 * mapping sends to `src/_shims/auto/runtime-node.ts`).
 */
import { codeMask } from '../repository/code-mask';
import { importsOf, resolvedPath } from '../repository/imports';

/** One `moduleNameMapper` entry: the pattern Jest tests a specifier against, and the module path(s) it maps to. */
export interface JestMapping {
  pattern: string;
  targets: string[];
}

/** An import of a test that the config maps to a module that is there before the migration and gone after it. */
export interface BrokenJestMapping {
  test: string;
  specifier: string;
  pattern: string;
  /** The module the import found before the migration (under the repository root). */
  module: string;
}

/**
 * The entries of the config's `moduleNameMapper` object, in order (Jest takes the first pattern that matches), as
 * written in string literals: `'^@acme/sdk/(.*)$': '<rootDir>/src/$1'` and a list of paths (`[…]`) alike.
 */
export function jestMappings(config: string): JestMapping[] {
  const code = codeMask(config);
  const start = [...config.matchAll(/\bmoduleNameMapper\s*:\s*\{/g)].find((m) => code[m.index] === 1);
  if (start === undefined) return [];
  const body = config.slice(start.index + start[0].length);
  const end = closingBrace(body);
  const literal = String.raw`'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"`;
  const entry = new RegExp(String.raw`(?:${literal})\s*:\s*(\[[^\]]*\]|${literal})`, 'g');
  const mappings: JestMapping[] = [];
  for (const m of body.slice(0, end).matchAll(entry)) {
    const targets = [...m[3].matchAll(new RegExp(literal, 'g'))].map((t) => unescaped(t[1] ?? t[2]));
    mappings.push({ pattern: unescaped(m[1] ?? m[2]), targets });
  }
  return mappings;
}

/**
 * The imports of `tests` that the config maps (the first matching pattern, as Jest does) to a module of the repository
 * that `before` has and `after` has not, whichever target of the entry's list is tried.
 */
export function brokenJestMappings(
  config: string,
  tests: ReadonlyArray<{ path: string; text: string }>,
  before: { has(path: string): boolean },
  after: { has(path: string): boolean },
): BrokenJestMapping[] {
  const mappings = jestMappings(config).flatMap((m) => {
    try {
      return [{ ...m, regex: new RegExp(m.pattern) }];
    } catch {
      return [];
    }
  });
  const broken: BrokenJestMapping[] = [];
  for (const test of tests) {
    for (const specifier of new Set(importsOf(test.text))) {
      const mapping = mappings.find((m) => m.regex.test(specifier));
      if (mapping === undefined) continue;
      const match = mapping.regex.exec(specifier)!;
      const paths = mapping.targets
        .map((target) => target.replace(/\$(\d+)/g, (_, n: string) => match[Number(n)] ?? ''))
        .filter((target) => target.startsWith('<rootDir>/'))
        .map((target) => target.slice('<rootDir>/'.length));
      if (paths.length === 0 || paths.some((path) => resolvedPath(path, after) !== null)) continue;
      const module = paths.map((path) => resolvedPath(path, before)).find((path) => path !== null);
      if (module !== undefined) broken.push({ test: test.path, specifier, pattern: mapping.pattern, module });
    }
  }
  return broken;
}

/** What every reason brokenJestMappingReason gives says: the test is to be removed or rewritten. */
const CANNOT_RUN = 'Jest cannot run this test';

/** Whether a reason for a person is brokenJestMappingReason's. */
export function brokenJestTest(reason: string): boolean {
  return reason.includes(CANNOT_RUN);
}

/** A module of Stainless's older fetch runtime: how its client chose node-fetch or the global fetch (`_shims/…`). */
const RUNTIME_SHIM = /(?:^|\/)_shims\//;

/**
 * What a person reads of a broken mapping: the test, the import, the config's entry and the module that goes. For a
 * module of Stainless's fetch runtime (browserbase's test of its `getRuntime`, which they patched to prefer Node's
 * fetch), also what sdkgen's client does in its place, and which of their files to change: no stand-in written for it
 * would be what the SDK sends requests through, so a test of one would pass and test nothing.
 */
export function brokenJestMappingReason(config: string, broken: BrokenJestMapping): string {
  const mapped = `your test imports '${broken.specifier}', which ${config}'s moduleNameMapper ('${broken.pattern}') maps to ${broken.module}`;
  if (!RUNTIME_SHIM.test(broken.module))
    return (
      `${mapped}, a module of Stainless's that the migration removes (sdkgen writes none in its place): ${CANNOT_RUN}. ` +
      `It tests Stainless's code: remove it (and the mapping), or rewrite it against sdkgen's modules`
    );
  return (
    `${mapped}, a module of Stainless's fetch runtime (its \`_shims\`), which sdkgen's SDK has none of: the migration ` +
    `removes it, and ${CANNOT_RUN}. sdkgen's client sends each request through the global \`fetch\` as it ` +
    "was when the client was made, or its `fetch` option, with the client's and the request's `fetchOptions` " +
    "(in Node, an undici `dispatcher` there stands in for an agent), a stream body with `duplex: 'half'`; it has no " +
    "`getRuntime`, no node-fetch fallback and no `httpAgent`. The test tests Stainless's code: remove " +
    `${broken.test} and the entry '${broken.pattern}' of ${config}'s moduleNameMapper (it maps to nothing sdkgen ` +
    'writes), or rewrite it as a test of the client (a `fetch` option that records the requests it is given)'
  );
}

/** The index of the brace that closes an object whose body `text` starts with (its length when unclosed). */
function closingBrace(text: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return text.length;
}

/** A string literal's text with its escapes read (`\\.` is `\.`, `\'` is `'`). */
function unescaped(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}
