/**
 * import() of a module outside sdkgen's bundle: an npm package (oxfmt, Prettier, TypeScript) or a file (a config
 * file, the precompiled templates). Every such import goes through here because the CLI's CommonJS build
 * (dist/cli.cjs, run from V8's code cache by bin/sdkgen.js) cannot call import() itself: code V8 restores from a
 * cache has lost what import() needs. There, scripts/build.mjs swaps this module for one calling the importer that
 * bin/sdkgen.js hands the script.
 */
export function importModule<T>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}
