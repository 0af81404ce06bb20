/** The compiler options a migrated repository's own code was written for (plan.ts keeps Stainless's where stricter). */
import { isObject, parseObject } from '../json-object';
import { printLike } from './package-json';

/**
 * The options sdkgen's tsconfig.json sets stricter than Stainless's did, which code written for Stainless's SDK may
 * not meet: `verbatimModuleSyntax` and `isolatedModules` (re-exporting a type without `type`), and `types: []`
 * (Node's globals). Each is set as Stainless had it; null when none differs, or either file is not a JSON object.
 * And those Stainless set that sdkgen's leaves out: `esModuleInterop` (with `allowSyntheticDefaultImports`), which
 * the owners' default imports of CommonJS packages (`import WebSocket from 'ws'`) rely on wherever their code is
 * compiled to CommonJS (Jest's ts-jest does, with this tsconfig): without it the default import is the module's
 * missing `default` (not a constructor), or a compile error. sdkgen's own code imports no CommonJS package. And
 * `resolveJsonModule`, which the owners' `import pkg from '../package.json'` needs; it only widens what compiles.
 * And `moduleResolution: node`, under which a package's types are read as Stainless's build read them (below). And
 * a `lib` without DOM's (below), with Node's types installed for sdkgen's runtime (package-json.ts).
 */
export function relaxCompilerOptions(ours: string, stainless: string): { text: string; options: string[] } | null {
  const [mine, theirs] = [parseObject(ours), parseObject(stainless)];
  const sdkgen = mine !== null && isObject(mine.compilerOptions) ? mine.compilerOptions : null;
  const before = theirs !== null && isObject(theirs.compilerOptions) ? theirs.compilerOptions : null;
  if (mine === null || sdkgen === null || before === null) return null;
  const changed: string[] = [];
  for (const flag of ['verbatimModuleSyntax', 'isolatedModules']) {
    if (sdkgen[flag] === true && before[flag] !== true) {
      sdkgen[flag] = false;
      changed.push(flag);
    }
  }
  for (const flag of ['esModuleInterop', 'allowSyntheticDefaultImports', 'resolveJsonModule']) {
    if (before[flag] === true && sdkgen[flag] === undefined) {
      sdkgen[flag] = true;
      changed.push(flag);
    }
  }
  // Stainless's `node` resolution (node10) reads a package's `types`, never its `exports` conditions; sdkgen's
  // `bundler` picks the `import` ones, which can be another file: `@types/ws`'s index.d.mts, an ES module whose
  // namespace has no constructor, so `typeof import('ws')` would no longer be the class. Resolutions that need a
  // module kind of their own (node16, nodenext) are not carried: sdkgen's ES modules stay.
  if (
    typeof before.moduleResolution === 'string' &&
    /^node(?:10)?$/i.test(before.moduleResolution) &&
    sdkgen.moduleResolution !== before.moduleResolution
  ) {
    sdkgen.moduleResolution = before.moduleResolution;
    changed.push('moduleResolution');
  }
  // A `lib` naming no DOM had the owners' code type-check against Node's types (their `fetch` takes a file stream as
  // a body; DOM's does not), so DOM's libs are left out as Stainless left them (sdkgen's runtime then reads fetch's
  // types from Node's).
  if (libLeavesOutDom(stainless) && Array.isArray(sdkgen.lib) && sdkgen.lib.some(isDomLib)) {
    sdkgen.lib = sdkgen.lib.filter((lib) => !isDomLib(lib));
    changed.push('lib');
  }
  if (Array.isArray(sdkgen.types) && before.types === undefined) {
    delete sdkgen.types;
    changed.push('types');
  }
  return changed.length === 0 ? null : { text: printLike(ours, mine), options: changed };
}

/**
 * Whether a tsconfig sets a `lib` without DOM's: code checked with it took fetch's types from Node's, and so does
 * sdkgen's runtime where it is kept (package-json.ts then installs `@types/node`).
 */
export function libLeavesOutDom(tsconfig: string | undefined): boolean {
  const parsed = tsconfig === undefined ? null : parseObject(tsconfig);
  const options = parsed !== null && isObject(parsed.compilerOptions) ? parsed.compilerOptions : null;
  return options !== null && Array.isArray(options.lib) && !options.lib.some(isDomLib);
}

function isDomLib(lib: unknown): boolean {
  return typeof lib === 'string' && /^dom(\.|$)/i.test(lib);
}
