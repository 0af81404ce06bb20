/**
 * The programs Stainless's package installs (package.json `bin`: the upgrade CLI its `node_migration` option writes,
 * `bin/cli`, and the `migration-config.json` it reads). sdkgen's package.json names none of them, and the merge
 * (package-json.ts) drops a `bin` the owners left as Stainless wrote it: its files would be left behind, run by
 * nothing and published by nothing.
 */

import { isObject, parseObject } from '../json-object';

/** A relative path in a string literal of a script (`require.resolve('./migration-config.json')`). */
const RELATIVE_PATH = /['"`](\.\.?\/[^'"`\s$]+)['"`]/g;

/**
 * The files of Stainless's `bin` (in `base`, Stainless's package.json) that go with it: the repository's package.json
 * has the same `bin` (the owners changed nothing of it) and `generated` (sdkgen's package.json) names none of them.
 * Each program's script, and the files of its folder it names by a relative path. `textOf` gives a file of the
 * repository (undefined where it has none).
 */
export function droppedStainlessBins(
  base: string | undefined,
  generated: string | undefined,
  textOf: (path: string) => string | null | undefined,
): Set<string> {
  const files = new Set<string>();
  const [ours, theirs, stainless] = [generated, textOf('package.json'), base].map((t) => parseObject(t ?? ''));
  if (theirs === null || stainless === null || JSON.stringify(theirs.bin) !== JSON.stringify(stainless.bin))
    return files;
  const kept = new Set(binTargets(ours?.bin));
  for (const script of binTargets(stainless.bin)) {
    const text = textOf(script);
    if (kept.has(script) || text === undefined) continue;
    files.add(script);
    const folder = script.includes('/') ? script.slice(0, script.lastIndexOf('/') + 1) : '';
    for (const [, relative] of (text ?? '').matchAll(RELATIVE_PATH)) {
      const path = normalized(folder + relative);
      // Only files of its own folder: `../package.json` is the package's, not the program's.
      if (path !== null && folder !== '' && path.startsWith(folder) && textOf(path) !== undefined) files.add(path);
    }
  }
  return files;
}

/** The paths a package.json `bin` (a path, or names to paths) runs, from the package's root. */
function binTargets(bin: unknown): string[] {
  const targets = typeof bin === 'string' ? [bin] : isObject(bin) ? Object.values(bin) : [];
  return targets
    .filter((t): t is string => typeof t === 'string')
    .map(normalized)
    .filter((t): t is string => t !== null);
}

/** `./bin/../bin/cli` → `bin/cli`; null for a path outside the package. */
function normalized(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? null : parts.join('/');
}

/**
 * The programs a package.json `bin` (the one migrate writes) runs from the build's output that sdkgen's build does not
 * write: sdkgen's build compiles `src/` into `dist/` (`src/x.ts` → `dist/x.js`, `dist/x.mjs`, `dist/cjs/x.js`) and
 * copies a program kept at the same path outside dist/ (`bin/cli` → `dist/bin/cli`, as Stainless's build did);
 * anything else the published package would name without having it. Each as `[name, path]`; `sources` holds the
 * repository's paths after the move.
 */
export function unbuiltBins(packageJson: string, sources: Set<string>): Array<[string, string]> {
  const bin = parseObject(packageJson)?.bin;
  const named: Array<[string, unknown]> =
    typeof bin === 'string'
      ? [[String(parseObject(packageJson)?.name ?? bin), bin]]
      : isObject(bin)
        ? Object.entries(bin)
        : [];
  return named.flatMap(([name, target]): Array<[string, string]> => {
    const path = typeof target === 'string' ? normalized(target) : null;
    if (path === null || !path.startsWith('dist/')) return [];
    const module = /^dist\/(?:cjs\/)?(.+)\.[cm]?js$/.exec(path)?.[1];
    const built =
      module !== undefined &&
      ['ts', 'mts', 'cts', 'tsx', 'js', 'mjs'].some((ext) => sources.has(`src/${module}.${ext}`));
    const copied = sources.has(path.slice('dist/'.length));
    return built || copied ? [] : [[name, path]];
  });
}

/** What the migration report says of such a program. */
export function unbuiltBinReason(name: string, target: string): string {
  return (
    `bin \`${name}\` runs ${target}, which sdkgen's build (scripts/build.mjs: src/ compiled into dist/, and a ` +
    `program kept at ${target.slice('dist/'.length)} copied there) does not write, so the published package would ` +
    'not have it: keep the program at that path, point `bin` at a module of src/, or make it after the build and ' +
    "before publishing (a script run by `prepack` after sdkgen's build)"
  );
}
