/** The compiler options a migrated repository's own code was written for (plan.ts keeps Stainless's where stricter). */
import { isObject, jsoncComments, parseJsoncObject } from '../json-object';
import { printLike } from './package-json';
import type { MigrationPlan } from '../migration-plan';

/**
 * The options sdkgen's tsconfig.json sets stricter than Stainless's did, which code written for Stainless's SDK may
 * not meet: `verbatimModuleSyntax` and `isolatedModules` (re-exporting a type without `type`), and `types: []`
 * (Node's globals; gone where Stainless's named none, or named more). Each is set as Stainless had it; null when none differs, or either file is not a JSON object.
 * And those Stainless set that sdkgen's leaves out: `esModuleInterop` (with `allowSyntheticDefaultImports`), which
 * the owners' default imports of CommonJS packages (`import WebSocket from 'ws'`) rely on wherever their code is
 * compiled to CommonJS (Jest's ts-jest does, with this tsconfig): without it the default import is the module's
 * missing `default` (not a constructor), or a compile error. sdkgen's own code imports no CommonJS package. And
 * `resolveJsonModule`, which the owners' `import pkg from '../package.json'` needs; it only widens what compiles.
 * And `moduleResolution: node`, under which a package's types are read as Stainless's build read them (below). And
 * a `lib` without DOM's (below), with Node's types installed for sdkgen's runtime (package-json.ts).
 */
export function relaxCompilerOptions(ours: string, stainless: string): { text: string; options: string[] } | null {
  // Both read as tsc reads them (JSONC): Stainless's 2024 tsconfig ends `paths` with a trailing comma.
  const [mine, theirs] = [parseJsoncObject(ours), parseJsoncObject(stainless)];
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
  // Class fields: below ES2022 a field initializer runs after the constructor's parameter properties are assigned
  // (`constructor(private client: X) {}` then `wallets = new Wallets(this.client)`); sdkgen's ES2022 defines fields
  // first, so such code is TS2729 and `undefined` at run time. Stainless's semantics are kept, where they differ.
  if (definesClassFields(before) === false && definesClassFields(sdkgen) === true) {
    sdkgen.useDefineForClassFields = false;
    changed.push('useDefineForClassFields');
  }
  // The library years the owners' code was checked against (`es2023`'s `findLast`, `esnext`'s): sdkgen's lib gets
  // those it does not cover.
  if (Array.isArray(sdkgen.lib) && Array.isArray(before.lib)) {
    const missing = before.lib.filter(
      (lib): lib is string => typeof lib === 'string' && !isDomLib(lib) && !covers(sdkgen.lib as unknown[], lib),
    );
    if (missing.length > 0) {
      sdkgen.lib = [...sdkgen.lib, ...missing];
      if (!changed.includes('lib')) changed.push('lib');
    }
  }
  // Global types: sdkgen's `types: []` lets none in; code checked under Stainless's tsconfig saw every installed
  // package's (no `types`) or those its list named (`["jest", "node"]`: the owners' `process`, `Buffer`, Jest's
  // globals). Either way sdkgen's list goes, letting the installed ones in (a list naming a package the move no longer
  // installs would be an error of its own, TS2688).
  const names = (list: unknown[]) => list.filter((t): t is string => typeof t === 'string');
  const namesMore =
    Array.isArray(before.types) &&
    Array.isArray(sdkgen.types) &&
    names(before.types).some((t) => !names(sdkgen.types as unknown[]).includes(t));
  if (Array.isArray(sdkgen.types) && (before.types === undefined || namesMore)) {
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
  const parsed = tsconfig === undefined ? null : parseJsoncObject(tsconfig);
  const options = parsed !== null && isObject(parsed.compilerOptions) ? parsed.compilerOptions : null;
  return options !== null && Array.isArray(options.lib) && !options.lib.some(isDomLib);
}

function isDomLib(lib: unknown): boolean {
  return typeof lib === 'string' && /^dom(\.|$)/i.test(lib);
}

/**
 * The plan's tsconfig.json relaxed to Stainless's compiler options (`relaxCompilerOptions`), for the owners' code.
 * Jest's tests and its TypeScript config are CommonJS modules (no verbatimModuleSyntax), with Jest's global types: a
 * repository without Stainless's tsconfig whose tests stay on Jest relaxes from none.
 */
export function relaxTsconfigInPlan(
  plan: Pick<MigrationPlan, 'writes' | 'compilerOptions' | 'testRunner' | 'needsHand'>,
  stainlessTsconfig: string | undefined,
  ownersFiles: readonly string[] = [],
): void {
  // The owners' own tsconfig (kept byte for byte) sets the options their code was checked with: nothing to relax.
  if (ownersFiles.includes('tsconfig.json')) return;
  const tsconfig = plan.writes.findIndex((f) => f.path === 'tsconfig.json');
  const relaxFrom = stainlessTsconfig ?? (plan.testRunner !== null ? '{ "compilerOptions": {} }' : undefined);
  if (tsconfig < 0 || relaxFrom === undefined) return;
  const relaxed = relaxCompilerOptions(plan.writes[tsconfig].contents, relaxFrom);
  if (relaxed === null) return;
  // A tsconfig with the owners' comments in it (re-applied as text) is not rewritten, which would drop them: the
  // options are left for a person to set.
  if (jsoncComments(plan.writes[tsconfig].contents).length > 0) {
    plan.needsHand.push({
      path: 'tsconfig.json',
      reason: `set ${relaxed.options.join(', ')} as Stainless's tsconfig had them, for your code (not rewritten: it has your comments)`,
    });
    return;
  }
  plan.writes[tsconfig] = { path: 'tsconfig.json', contents: relaxed.text };
  plan.compilerOptions = relaxed.options;
}

/**
 * What the report says of the owners' own tsconfig.json, kept byte for byte where sdkgen writes one: sdkgen's build
 * (tsconfig.build.json extends it) and type-check run under it, so the options sdkgen's sets that theirs sets
 * otherwise or leaves out (`module: "ESNext"`, which the build's ES modules need) are named for a person to weigh.
 */
export function ownersTsconfigReason(theirs: string, sdkgens: string): string {
  const options = (text: string) => {
    const parsed = parseJsoncObject(text);
    return parsed !== null && isObject(parsed.compilerOptions) ? parsed.compilerOptions : null;
  };
  const [own, ours] = [options(theirs), options(sdkgens)];
  const kept = "yours, kept as it is: sdkgen's build (its tsconfig.build.json extends it) and type-check read it";
  if (own === null || ours === null) return `${kept}; check that they still run`;
  // (`paths` name the package's own sources, which theirs may spell otherwise.)
  const differing = Object.entries(ours)
    .filter(([option, value]) => option !== 'paths' && JSON.stringify(own[option]) !== JSON.stringify(value))
    .map(([option, value]) => `${option}: ${JSON.stringify(value)}`);
  if (differing.length === 0) return `${kept}; it sets every compiler option of sdkgen's alike`;
  return `${kept}; sdkgen's sets ${differing.join(', ')}, which yours sets otherwise or leaves out: set those sdkgen's code needs (its build emits ES modules: module ESNext)`;
}

/** The ECMAScript year a target or lib names (`es2020`, `ES2022.Array` → 2022; `esnext` → Infinity; `es5` → 2009). */
function esYear(name: string): number | null {
  const match = /^es(next|\d+)(?:\.|$)/i.exec(name);
  if (match === null) return null;
  if (/^next$/i.test(match[1])) return Infinity;
  const number = Number(match[1]);
  return number === 3 ? 1999 : number === 5 ? 2009 : number === 6 ? 2015 : number;
}

/** Whether class fields are defined (ES2022 semantics) under these options: as set, else by the target's year. */
function definesClassFields(options: Record<string, unknown>): boolean | null {
  if (typeof options.useDefineForClassFields === 'boolean') return options.useDefineForClassFields;
  const year = typeof options.target === 'string' ? esYear(options.target) : 2009;
  return year === null ? null : year >= 2022;
}

/** Whether a lib list covers `lib`: the same lib, or a year lib at least as new (`ES2022` covers `es2020.string`). */
function covers(libs: unknown[], lib: string): boolean {
  const year = esYear(lib);
  return libs.some((have) => {
    if (typeof have !== 'string') return false;
    if (have.toLowerCase() === lib.toLowerCase()) return true;
    const haveYear = esYear(have);
    // A whole year's lib (`es2022`) covers its parts and the years before it; a part covers only itself.
    return year !== null && haveYear !== null && !have.includes('.') && haveYear >= year;
  });
}
