/**
 * The `package.json` of a migrated repository: sdkgen's (its build, exports and test scripts fit the code it
 * writes), with what belongs to the project kept from the repository's: the name and version it publishes under,
 * the metadata that describes it, and what its owners added or changed: dependencies (a version of Stainless's they
 * changed too), scripts and other keys that Stainless's pristine `package.json` (the base) does not have. Without a
 * base, what the owners added cannot be told from what Stainless wrote: dependencies the kept custom code imports
 * (or the environment its tests run in loads) are kept, the rest is listed as dropped. Where the owners have code of
 * their own, the TypeScript version it was checked with stays too. An owners' version is never lowered.
 */

import { isObject, parseJsoncObject, parseObject, type JsonObject } from '../json-object';

/** Keys that describe the package rather than its code: always the repository's. */
const PROJECT_KEYS = [
  'name',
  'version',
  'description',
  'author',
  'contributors',
  'license',
  'repository',
  'homepage',
  'bugs',
  'keywords',
  'funding',
  'publishConfig',
  // The package manager the repository is run with (corepack, pnpm/action-setup and scripts/bootstrap read it).
  'packageManager',
];
const DEPENDENCY_KEYS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
/** Keys of sdkgen's package.json that pin packages: the owners' entries go over sdkgen's. */
const PINNING_KEYS = ['overrides', 'resolutions', 'pnpm'];

export interface PackageMerge {
  /** The merged package.json, unformatted. */
  json: Record<string, unknown>;
  /** What was kept from the repository's file, as key paths (`dependencies.zod`, `scripts.examples`). */
  kept: string[];
  /** What the repository's file had and the merged one does not (Stainless's own, or unknown without a base). */
  dropped: string[];
  /**
   * Top-level keys the merged file gives sdkgen's value where the repository's had another (its build's `main`,
   * `types`, `files`, `exports`): `key: theirs → sdkgen's`, for the report.
   */
  rewritten: string[];
  /** The subpaths the owners exported (`./realtime`) and the module each is built from (`lib/realtime/index`). */
  subpaths: Array<{ subpath: string; module: string }>;
}

type Json = JsonObject;

/**
 * A TypeScript version range sdkgen's output and tsconfig build with (5.0 brought `moduleResolution: bundler` and
 * `verbatimModuleSyntax`); the owners' code was checked with theirs, and a newer one can reject it (5.9's DOM types
 * no longer take a `Uint8Array<ArrayBufferLike>` as a BlobPart).
 */
function compilesSdkgensCode(range: unknown): boolean {
  const version = typeof range === 'string' ? /^[\^~>=\s]*(\d+)\.\d+/.exec(range) : null;
  return version !== null && Number(version[1]) >= 5;
}

/**
 * Whether the range `theirs` asks for less than `ours` does: its lowest version is below `ours`'s (`4.0.3` is lower
 * than `^4.0.5`; `^4.1.0` is not lower than `^4.0.16`). A version that is not a semver range (a tag, a
 * `workspace:`/`file:`/git spec, `*`) is the owners' choice, never lower.
 */
export function isLower(theirs: unknown, ours: unknown): boolean {
  const [a, b] = [lowestVersion(theirs), lowestVersion(ours)];
  return a !== null && b !== null && compareVersions(a, b) < 0;
}

function compareVersions(a: number[], b: number[]): number {
  const at = a.findIndex((n, i) => n !== b[i]);
  return at < 0 ? 0 : a[at] - b[at];
}

/**
 * The lowest version a semver range takes, as [major, minor, patch, 1 for a release or 0 for a prerelease]; null
 * for what is not a range of versions.
 */
function lowestVersion(range: unknown): number[] | null {
  if (typeof range !== 'string') return null;
  let lowest: number[] | null = null;
  for (const alternative of range.split('||')) {
    const m = /^\s*(?:[\^~]|>=|=)?\s*v?(\d+)(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(-[\w.]+)?(?:\+[\w.]+)?(?=\s|$)/.exec(
      alternative,
    );
    if (m === null) return null;
    const part = (p: string | undefined) => (p === undefined || /^[xX*]$/.test(p) ? 0 : Number(p));
    const version = [Number(m[1]), part(m[2]), part(m[3]), m[4] === undefined ? 1 : 0];
    if (lowest === null || compareVersions(version, lowest) < 0) lowest = version;
  }
  return lowest;
}

/** The first `@types/node` that declares fetch's globals (`Response`, `Headers`, `RequestInit`) for Node 18 on. */
const NODE_TYPES_WITH_FETCH = '^20.19.0';

/** A dependency on the package's own folder: `link:.`, `file:.`, `file:./`. */
function isSelfReference(version: unknown): boolean {
  return typeof version === 'string' && /^(?:link|file):\.\/?$/.test(version.trim());
}

/** Node picks an exact subpath over a pattern wherever it stands, but readers and some tools go in order. */
function specificBeforeWildcards(exports: Json): Json {
  const entries = Object.entries(exports);
  return Object.fromEntries([
    ...entries.filter(([key]) => !key.includes('*')),
    ...entries.filter(([key]) => key.includes('*')),
  ]);
}

/**
 * The packages sdkgen's test runner asks a version of as a peer, by runner: Vitest 4 runs on Vite 7, whose optional peer
 * `@types/node` is `^20.19.0 || >=22.12.0`; npm refuses to install beside a lower one (`ERESOLVE`), and Stainless's
 * older SDKs (2023–2024, `src/_shims`) depend on `@types/node` `^18.11.18`.
 */
const RUNNER_PEERS: Record<string, { major: RegExp; peers: Record<string, string> }> = {
  vitest: { major: /^[\^~]?4\./, peers: { '@types/node': '^20.19.0' } },
};

/** The lowest version of `name` sdkgen's package.json's test runner takes as a peer, if it asks for one. */
function runnerFloor(ours: Json, name: string): string | undefined {
  for (const [runner, { major, peers }] of Object.entries(RUNNER_PEERS)) {
    const version = objectAt(ours, 'devDependencies')[runner];
    if (typeof version === 'string' && major.test(version) && peers[name] !== undefined) return peers[name];
  }
  return undefined;
}

export function mergePackageJson(
  generated: string,
  current: string,
  base: string | null,
  importedPackages: ReadonlySet<string>,
  options: { keepCompiler?: boolean; keepScripts?: readonly string[]; nodeTypes?: boolean } = {},
): PackageMerge {
  const ours = JSON.parse(generated) as Json;
  const theirs = parseObject(current);
  if (theirs === null)
    return { json: ours, kept: [], dropped: ['package.json (not a JSON object)'], rewritten: [], subpaths: [] };
  const pristine = base === null ? null : parseObject(base);
  const out: Json = { ...ours };
  const kept: string[] = [];
  const dropped: string[] = [];
  const subpaths: PackageMerge['subpaths'] = [];

  for (const key of PROJECT_KEYS) {
    if (theirs[key] === undefined) continue;
    if (JSON.stringify(theirs[key]) !== JSON.stringify(ours[key])) kept.push(key);
    out[key] = theirs[key];
  }

  const declaredBySdkgen = new Set(DEPENDENCY_KEYS.flatMap((key) => Object.keys(objectAt(ours, key))));
  for (const key of DEPENDENCY_KEYS) {
    const merged: Json = { ...objectAt(ours, key) };
    for (const [name, version] of Object.entries(objectAt(theirs, key))) {
      // The package itself (`"acme": "link:."`, Stainless's 2023 SDKs under Yarn): its tests and examples import it
      // through tsconfig's `paths`, and npm cannot install a `link:` (EUNSUPPORTEDPROTOCOL).
      if (name === theirs.name && isSelfReference(version)) {
        dropped.push(`${key}.${name} (${String(version)}: the package itself, which tsconfig's paths resolve)`);
        continue;
      }
      if (name === 'typescript' && options.keepCompiler && name in merged && compilesSdkgensCode(version)) {
        if (merged[name] !== version) kept.push(`${key}.${name}`);
        merged[name] = version;
        continue;
      }
      if (declaredBySdkgen.has(name)) {
        // The owners' version (one they added or changed) where sdkgen's would lower it: they may need what it has.
        const theirsChanged = pristine === null || objectAt(pristine, key)[name] !== version;
        if (!theirsChanged || !(name in merged) || merged[name] === version) continue;
        if (isLower(version, merged[name])) dropped.push(`${key}.${name} (${version}: sdkgen needs ${merged[name]})`);
        else {
          merged[name] = version;
          kept.push(`${key}.${name}`);
        }
        continue;
      }
      // Added by the owners, or set to a version of theirs: their item, kept at their version.
      const theirItem = pristine !== null && objectAt(pristine, key)[name] !== version;
      // The type declarations of a package the kept code imports (`@types/ws` for `ws`) are what it compiles with.
      const typesOf = /^@types\/(?:([^_/]+)__)?([^/]+)$/.exec(name);
      const used = (pkg: string) => importedPackages.has(pkg);
      const importedTypes = typesOf !== null && used(typesOf[1] ? `@${typesOf[1]}/${typesOf[2]}` : typesOf[2]);
      // Stainless's version of a package their code uses, below what sdkgen's test runner asks of it: raised.
      const floor = !theirItem && importedPackages.has(name) ? runnerFloor(ours, name) : undefined;
      if (floor !== undefined && isLower(version, floor)) {
        merged[name] = floor;
        kept.push(`${key}.${name} (Stainless's ${String(version)} → ${floor}, which sdkgen's test runner needs)`);
      } else if (theirItem || used(name) || importedTypes) {
        merged[name] = version;
        kept.push(`${key}.${name}`);
      } else dropped.push(`${key}.${name}`);
    }
    if (Object.keys(merged).length > 0 || key in ours) out[key] = sortKeys(merged);
  }
  // How the peers kept are required (`peerDependenciesMeta`: an optional one, zod beside Stainless's helpers, stays
  // optional, not installed into every user's project): each entry goes with its peer; the others are dropped.
  const peerMeta: Json = {};
  for (const [name, meta] of Object.entries(objectAt(theirs, 'peerDependenciesMeta'))) {
    if (name in objectAt(out, 'peerDependencies')) {
      peerMeta[name] = meta;
      kept.push(`peerDependenciesMeta.${name}`);
    } else dropped.push(`peerDependenciesMeta.${name}`);
  }
  if (Object.keys(peerMeta).length > 0)
    out.peerDependenciesMeta = mergeMappings(objectAt(ours, 'peerDependenciesMeta'), peerMeta);

  // Node's types, where the tsconfig kept for the owners' code leaves DOM's out (compiler-options.ts): sdkgen's runtime
  // then takes fetch's globals (`Response`, `Headers`) from them, so they are installed even where Stainless's
  // package.json had none.
  if (options.nodeTypes && !DEPENDENCY_KEYS.some((key) => '@types/node' in objectAt(out, key))) {
    const version = runnerFloor(ours, '@types/node') ?? NODE_TYPES_WITH_FETCH;
    out.devDependencies = sortKeys({ ...objectAt(out, 'devDependencies'), '@types/node': version });
    kept.push(`devDependencies.@types/node (${version}, added: the tsconfig leaves DOM's types out)`);
  }

  // Scripts the owners added or changed; Stainless's own drive its build, which sdkgen's replaces, but for those their
  // workflows or scripts run (`keepScripts`).
  const scripts: Json = { ...objectAt(ours, 'scripts') };
  for (const [name, command] of Object.entries(objectAt(theirs, 'scripts'))) {
    const stainless = pristine === null ? undefined : objectAt(pristine, 'scripts')[name];
    if (stopsPublishing(name, command)) {
      dropped.push(`scripts.${name} (${PUBLISH_STOPPED})`);
      continue;
    }
    if ((pristine !== null && stainless !== command) || (!(name in scripts) && options.keepScripts?.includes(name))) {
      scripts[name] = command;
      kept.push(`scripts.${name}`);
    } else if (scripts[name] !== command) dropped.push(`scripts.${name}`);
  }
  out.scripts = scripts;

  // Subpaths the owners exported (`./realtime` for their src/lib/realtime), pointed at sdkgen's build of the module.
  if (pristine !== null && isObject(ours.exports)) {
    const exported: Json = { ...ours.exports };
    const before = objectAt(pristine, 'exports');
    for (const [key, value] of Object.entries(objectAt(theirs, 'exports'))) {
      if (key in exported || key in before) continue;
      const module = builtModule(value);
      if (module === null) {
        dropped.push(`exports.${key}`);
        continue;
      }
      exported[key] = rebuiltTarget(value, module, false);
      kept.push(`exports.${key}`);
      subpaths.push({ subpath: key, module });
    }
    out.exports = specificBeforeWildcards(exported);
  }

  // Any other key the owners added (`bin`, `workspaces`, `overrides`…), when there is a base to tell. One sdkgen has
  // too as a mapping (its `overrides`, `resolutions` and `pnpm` pin the mock server's packages) takes their entries
  // over sdkgen's.
  if (pristine !== null) {
    for (const [key, value] of Object.entries(theirs)) {
      if (PROJECT_KEYS.includes(key) || DEPENDENCY_KEYS.includes(key) || key === 'scripts') continue;
      if (key === 'peerDependenciesMeta') continue;
      if (JSON.stringify(pristine[key]) === JSON.stringify(value)) continue;
      // The runtimes they support (`engines.node`): theirs where sdkgen's would not ask for more.
      if (key === 'engines' && isObject(out[key]) && isObject(value)) {
        const engines: Json = { ...out[key] };
        for (const [engine, range] of Object.entries(value)) {
          if (engines[engine] === range || JSON.stringify(objectAt(pristine, key)[engine]) === JSON.stringify(range))
            continue;
          if (isLower(range, engines[engine])) dropped.push(`engines.${engine} (${String(range)})`);
          else {
            engines[engine] = range;
            kept.push(`engines.${engine}`);
          }
        }
        out[key] = engines;
        continue;
      }
      // An entry field of theirs naming what sdkgen's build writes for the entry, in its kind, stays as they wrote it.
      if (ENTRY_FIELDS.has(key) && entryBuiltBySdkgen(key, value, ours)) {
        out[key] = value;
        kept.push(key);
        continue;
      }
      // A key sdkgen writes too: a list (`files`) gets the entries they added; `sideEffects` is theirs (what their
      // modules do when imported); the build's own keys stay sdkgen's (listed as rewritten below).
      if (key in out && Array.isArray(out[key]) && Array.isArray(value)) {
        const before = Array.isArray(pristine[key]) ? (pristine[key] as unknown[]) : [];
        const added = value.filter((entry) => !before.includes(entry) && !(out[key] as unknown[]).includes(entry));
        if (added.length === 0) continue;
        out[key] = [...(out[key] as unknown[]), ...added];
        kept.push(...added.map((entry) => `${key}: ${JSON.stringify(entry)}`));
        continue;
      }
      if (key in out && key !== 'sideEffects' && !(PINNING_KEYS.includes(key) && isObject(out[key]) && isObject(value)))
        continue;
      out[key] = key in out && key !== 'sideEffects' ? mergeMappings(out[key] as Json, value as Json) : value;
      kept.push(key);
    }
  }
  return { json: out, kept, dropped, rewritten: rewrittenKeys(theirs, out, ours, kept, dropped), subpaths };
}

/**
 * The fields naming the package's entry, each with the kind of file it names (the reason the report gives where the
 * owners' value is not one sdkgen's build writes).
 */
const ENTRY_FIELDS = new Map([
  ['main', "the entry's CommonJS"],
  ['module', "the entry's ES module"],
  ['types', "the entry's declarations"],
]);

/** A path as package.json's fields name it, without a leading `./`. */
function packagePath(value: unknown): string | null {
  return typeof value === 'string' ? value.replace(/^(?:\.\/)+/, '') : null;
}

/**
 * Whether `value`, the owners' `main`, `module` or `types`, names a file sdkgen's build writes for the package's
 * entry, in the kind the field names, as sdkgen's own package.json `ours` tells them: its `main` and the `require`
 * target of its `.` export are CommonJS, its `module` and the `import` target ES modules, and each has its
 * declarations beside it (`x.js` → `x.d.ts`, `x.mjs` → `x.d.mts`), `types` naming one too.
 */
function entryBuiltBySdkgen(key: string, value: unknown, ours: Json): boolean {
  const wanted = packagePath(value);
  if (wanted === null) return false;
  const entry = objectAt(objectAt(ours, 'exports'), '.');
  const target = (condition: string) => {
    const at = entry[condition];
    return isObject(at) ? at.default : at;
  };
  const commonJs = [ours.main, target('require')];
  const esModules = [ours.module, target('import')];
  const declarations = [ours.types, ...[...commonJs, ...esModules].map(declarationOf)];
  const built = key === 'main' ? commonJs : key === 'module' ? esModules : declarations;
  return built.some((path) => packagePath(path) === wanted);
}

/** The declaration file TypeScript reads beside a module (`dist/x.mjs` → `dist/x.d.mts`). */
function declarationOf(module: unknown): string | null {
  return typeof module === 'string' && /\.[cm]?js$/.test(module) ? module.replace(/\.([cm]?)js$/, '.d.$1ts') : null;
}

/** The scripts npm runs when it publishes or packs the package (`npm publish`, `npm pack`). */
const PUBLISH_LIFECYCLE = new Set(['prepublish', 'prepublishOnly', 'prepack', 'postpack', 'publish', 'postpublish']);
const PUBLISH_STOPPED =
  "it fails every `npm publish` of the package's root, where sdkgen's release publishes (Stainless's build published dist/)";

/**
 * Whether a script is a guard that fails `npm publish` of the root (Stainless's `prepublishOnly`, `echo 'to publish,
 * run yarn build && (cd dist; yarn publish)' && exit 1`, and the owners' edits of its words): Stainless's build wrote
 * the package to publish into dist/, and sdkgen's publishes the root, so kept it would stop every release.
 */
function stopsPublishing(name: string, command: unknown): boolean {
  return PUBLISH_LIFECYCLE.has(name) && typeof command === 'string' && /(?:^|&&|;)\s*exit\s+[1-9]\d*\s*$/.test(command);
}

/** Dependencies and scripts are reported entry by entry; other top-level keys whole. */
const REPORTED_BY_ENTRY = new Set([...DEPENDENCY_KEYS, 'peerDependenciesMeta', 'scripts']);

/**
 * The top-level keys of `theirs` that `merged` gives another value (sdkgen's), as `key: theirs → merged` (an entry
 * field with why, where sdkgen's build, `ours`, writes no such file there); those it leaves out are added to
 * `dropped`. Keys already reported (kept or dropped, whole or by entry) are not repeated.
 */
function rewrittenKeys(theirs: Json, merged: Json, ours: Json, kept: readonly string[], dropped: string[]): string[] {
  const reported = (key: string) =>
    [...kept, ...dropped].some((item) => item === key || item.startsWith(`${key}.`) || item.startsWith(`${key}:`));
  const rewritten: string[] = [];
  for (const [key, value] of Object.entries(theirs)) {
    if (REPORTED_BY_ENTRY.has(key) || JSON.stringify(merged[key]) === JSON.stringify(value)) continue;
    if (!(key in merged)) {
      if (!reported(key)) dropped.push(key);
    } else if (!kept.includes(key)) {
      const kind = ENTRY_FIELDS.get(key);
      const why = kind === undefined || entryBuiltBySdkgen(key, value, ours) ? '' : ` (not ${kind} in sdkgen's build)`;
      rewritten.push(`${key}: ${brief(value)} → ${brief(merged[key])}${why}`);
    }
  }
  return rewritten;
}

/** A JSON value in one short line. */
function brief(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length <= 60 ? text : `${text.slice(0, 57)}…`;
}

/** `ours` with `theirs` over it, mapping by mapping. */
/**
 * Whether package.json's `exports` are laid out as Stainless's were: each entry a path, or conditions (`import`,
 * `require`, `types`…) that are each a path, as sdkgen writes them for an SDK from a Stainless config.
 */
export function stainlessShaped(packageJson: string | undefined): boolean {
  const exports = parseObject(packageJson ?? '')?.exports;
  return (
    isObject(exports) &&
    Object.values(exports).every(
      (entry) =>
        typeof entry === 'string' || (isObject(entry) && Object.values(entry).every((t) => typeof t === 'string')),
    )
  );
}

function mergeMappings(ours: Json, theirs: Json): Json {
  const out: Json = { ...ours };
  for (const [key, value] of Object.entries(theirs))
    out[key] = isObject(out[key]) && isObject(value) ? mergeMappings(out[key] as Json, value) : value;
  return out;
}

/**
 * An export the owners wrote, in their shape (its conditions in their order: code that reads package.json, such as
 * their own tests, finds what it found), each target in dist/ pointed at sdkgen's build of `module`: under a `require`
 * condition its CommonJS build (`dist/cjs/`), else its ES module build; a declaration file's target its `.d.ts`.
 */
function rebuiltTarget(target: unknown, module: string, commonJs: boolean): unknown {
  if (typeof target === 'string') {
    if (!/^\.\/dist\//.test(target)) return target;
    const types = /\.d\.[cm]?ts$/.test(target);
    return `./dist/${commonJs ? 'cjs/' : ''}${module}${types ? '.d.ts' : '.js'}`;
  }
  if (!isObject(target)) return target;
  return Object.fromEntries(
    Object.entries(target).map(([condition, value]) => [
      condition,
      rebuiltTarget(value, module, commonJs || condition === 'require'),
    ]),
  );
}

/**
 * The module (`lib/realtime/index`) an export of Stainless's build names (`./dist/lib/realtime/index.mjs`, under any
 * condition), or null when it names none in dist/.
 */
function builtModule(target: unknown): string | null {
  if (typeof target === 'string') {
    const match = /^\.\/dist\/(?!cjs\/)(.+?)(?:\.d\.[cm]?ts|\.[cm]?js)$/.exec(target);
    return match && !match[1].includes('*') ? match[1] : null;
  }
  if (!isObject(target)) return null;
  for (const value of Object.values(target)) {
    const module = builtModule(value);
    if (module !== null) return module;
  }
  return null;
}

function objectAt(json: Json, key: string): Json {
  const value = json[key];
  return isObject(value) ? value : {};
}

function sortKeys(object: Json): Json {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The npm package an import specifier names (`@scope/pkg/sub` → `@scope/pkg`), or null for a relative or built-in one. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * `merged` printed as sdkgen printed `generated`: each top-level entry whose value is sdkgen's keeps sdkgen's text,
 * the others are printed with two-space indentation. The next merge then sees only the entries that differ.
 * With `theirs`, the owners' own file (people wrote it, not Stainless's generations): in their key order (sdkgen's
 * other keys after) and each entry they have with the same value as they wrote it, so that the diff of their file is
 * what the move changed.
 */
export function printLike(generated: string, merged: Record<string, unknown>, theirs?: string): string {
  // (A tsconfig's trailing commas read as tsc reads them; an entry kept as written keeps them.)
  const sources = [...(theirs === undefined ? [] : [theirs]), generated].map((text) => ({
    values: (parseJsoncObject(text) ?? {}) as Json,
    raw: topLevelValues(text),
  }));
  const order = theirs === undefined ? [] : Object.keys(sources[0].values).filter((key) => key in merged);
  const keys = [...new Set([...order, ...Object.keys(merged)])].filter(
    (key) => theirs === undefined || !emptySectionTheyLacked(key, merged[key], sources[0].values),
  );
  const entries = keys.map((key) => {
    const inTheirOrder =
      theirs === undefined ? merged[key] : orderedLikeTheirs(key, merged[key], sources[0].values[key]);
    const value = JSON.stringify(inTheirOrder);
    const same = sources.find(({ values, raw }) => raw.has(key) && JSON.stringify(values[key]) === value);
    const text = same?.raw.get(key) ?? JSON.stringify(inTheirOrder, null, 2).replace(/\n/g, '\n  ');
    return `  ${JSON.stringify(key)}: ${text}`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

/** A dependency section sdkgen writes empty (`"dependencies": {}`) that the owners' file does not have. */
function emptySectionTheyLacked(key: string, value: unknown, theirs: Json): boolean {
  return DEPENDENCY_KEYS.includes(key) && isObject(value) && Object.keys(value).length === 0 && !(key in theirs);
}

/**
 * A section of the merged file (`scripts`, `dependencies`, `exports`…) with the owners' keys in their order and
 * sdkgen's new ones after, so that the diff of their file shows what changed, not a reordering. A dependency map they
 * kept sorted takes the new ones in place, as npm adds them; sdkgen's new subpaths go before their wildcards (readers
 * go in order). Only this level: the order of an export's conditions is what it means.
 */
function orderedLikeTheirs(key: string, value: unknown, theirs: unknown): unknown {
  if (!isObject(value) || !isObject(theirs)) return value;
  const theirKeys = Object.keys(theirs).filter((name) => name in value);
  const byNpm = DEPENDENCY_KEYS.includes(key) ? SORTS.find((sort) => isSortedBy(Object.keys(theirs), sort)) : undefined;
  let keys = byNpm ? Object.keys(value).sort(byNpm) : [...new Set([...theirKeys, ...Object.keys(value)])];
  if (key === 'exports') {
    const wildcard = (name: string) => name.includes('*') && !(name in theirs);
    const firstWildcard = keys.findIndex((name) => name.includes('*') && name in theirs);
    const added = keys.filter((name) => !(name in theirs) && !name.includes('*'));
    if (firstWildcard >= 0 && added.length > 0) {
      const rest = keys.filter((name) => !added.includes(name));
      const at = rest.indexOf(keys[firstWildcard]);
      keys = [...rest.slice(0, at), ...added, ...rest.slice(at)];
    }
    keys = [...keys.filter((name) => !wildcard(name)), ...keys.filter(wildcard)];
  }
  return Object.fromEntries(keys.map((name) => [name, value[name]]));
}

/** How a dependency map is kept sorted: by code point, or by `localeCompare(…, 'en')` as npm sorts those it writes. */
const SORTS: Array<(a: string, b: string) => number> = [
  (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  (a, b) => a.localeCompare(b, 'en'),
];

function isSortedBy(keys: readonly string[], sort: (a: string, b: string) => number): boolean {
  return keys.every((name, i) => i === 0 || sort(keys[i - 1], name) <= 0);
}

/** The text of each top-level value of a JSON object, as written. */
function topLevelValues(text: string): Map<string, string> {
  const values = new Map<string, string>();
  let depth = 0;
  let key: string | null = null;
  let valueStart = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (depth === 1 && key === null) key = JSON.parse(text.slice(i, end + 1)) as string;
      i = end;
    } else if (c === ':' && depth === 1 && valueStart < 0) valueStart = i + 1;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']' || (c === ',' && depth === 1)) {
      if (depth === 1 && key !== null && valueStart >= 0) {
        values.set(key, text.slice(valueStart, i).trim());
        key = null;
        valueStart = -1;
      }
      if (c !== ',') depth--;
    }
  }
  return values;
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}
