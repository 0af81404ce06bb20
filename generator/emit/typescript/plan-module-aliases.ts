/**
 * The module paths a Stainless SDK's package has besides the ones sdkgen writes, for an SDK made from a Stainless
 * config: its users import them (`<pkg>/error`, `<pkg>/uploads`, `<pkg>/resources`), and a migrated SDK keeps them
 * working. Stainless moved its runtime under `core/` and kept the old paths as deprecated re-exports; its older
 * generator (`targets.node`) also had `core` (the runtime in one module), `shims/node`, `shims/web` (imported
 * for their effect: choosing the fetch to use) and `_shims/index` (where its modules took fetch from); its newer one
 * had the `internal/…` modules hand-written code imports (stainless-runtime-paths.ts). Each alias re-exports the module
 * holding its code now, and is written only where Stainless's SDK had one: a path it left free is the owners'.
 */
import path from 'node:path';
import { streams } from './runtime-files';
import { STAINLESS_RUNTIME_PATHS } from './stainless-runtime-paths';
import { legacyFormExports, stainlessUploadsExports } from './stainless-uploads-alias';
import type { PlannedFile } from '../planned-file';
import type { CommonView, ModuleAliasView } from './views';
import type { TypeScriptApi } from './target-api';

/**
 * Stainless's paths (under src/, without extension) of a module now under `core/`, kept as deprecated re-exports, and
 * whether an SDK had it: `streaming` only with a method that streams, `pagination` only with pages (then it is the
 * planned `src/pagination.ts`), `api-promise` only from the newer generator (the older one's was in `core`). A path
 * Stainless left free may hold a module of the owners' (a WebSocket client of their own at `src/streaming.ts`).
 */
const MOVED_TO_CORE: Array<[module: string, had: (api: TypeScriptApi) => boolean]> = [
  ['api-promise', (api) => api.stainlessLayout === 'typescript'],
  ['error', () => true],
  ['resource', () => true],
  ['uploads', () => true],
  ['streaming', streams],
  ['pagination', (api) => api.paginationSchemes.length > 0],
];

/**
 * What the older generator's `core` module exported, by the module that has it now: its HTTP client class is the
 * client's base class, which has the same request methods (`get`, `post`, `getAPIList`, …); its small helpers are
 * in `internal/stainless-utils`, written for SDKs made from a Stainless config alone.
 */
const LEGACY_CORE_EXPORTS: Array<[module: string, names: string]> = [
  ['core/api-promise', 'APIPromise'],
  ['core/pagination', 'AbstractPage, PagePromise'],
  ['core/base-client', 'BaseClient as APIClient, type Fetch, type FinalRequestOptions'],
  ['core/uploads', 'type Uploadable'],
  ['internal/env', 'readEnv'],
  ['internal/utils', 'sleep, uuid4'],
  [
    'internal/stainless-utils',
    'castToError, coerceBoolean, coerceFloat, coerceInteger, debug, ensurePresent, getHeader, getRequiredHeader, ' +
      'hasOwn, isAbsoluteURL, isEmptyObj, isHeadersProtocol, isObj, isRunningInBrowser, maybeCoerceBoolean, ' +
      'maybeCoerceFloat, maybeCoerceInteger, safeJSON, toBase64, validatePositiveInteger, type DefaultQuery, ' +
      'type Headers, type HeadersLike, type HeadersProtocol, type KeysEnum',
  ],
];

/**
 * The older generator's `RequestOptions`, whose headers are a plain object, as that generator typed them: its resource
 * methods spread them after their own (`headers: { 'X-Version': version, ...options?.headers }`), which keeps the
 * caller's headers only when they are a plain object (a `Headers` or pairs would be lost).
 */
function legacyRequestOptions(importExt: string): { imports: string[]; declaration: string[] } {
  return {
    imports: [
      `import type { RequestOptions as ClientRequestOptions } from './core/base-client${importExt}';`,
      `import type { Headers as PlainHeaders } from './internal/stainless-utils${importExt}';`,
      `import { isRequestOptions as isClientRequestOptions } from './internal/request-options${importExt}';`,
    ],
    declaration: [
      // Generic in the body, as that generator's was (`RequestOptions<Req>`): its modules kept for the owners' code
      // (`_shims/registry.ts`, `web-runtime.ts`: `opts: RequestOptions<T>`) type-check against it.
      "export interface RequestOptions<Req = unknown> extends Omit<ClientRequestOptions, 'headers' | 'body'> {",
      '  /** Merged over every other header; a `null` value removes a header. */',
      '  headers?: PlainHeaders | undefined;',
      '  body?: Req | undefined;',
      '}',
      // Its guard names this module's type: a method that hands options given in the params' place on to itself
      // (`if (isRequestOptions(params)) return this.create({}, params)`) passes them where this type is asked for.
      "/** Whether `value` is request options rather than a method's params (`list({ timeout: 5 })`). */",
      'export function isRequestOptions(value: unknown): value is RequestOptions {',
      '  return isClientRequestOptions(value);',
      '}',
    ],
  };
}

/** Types the older generator's `core` module declared itself: the global ones under its names, and its page info. */
const LEGACY_CORE_TYPES = [
  'export type Response = globalThis.Response;',
  'export type Array<T> = globalThis.Array<T>;',
  'export type Record<K extends PropertyKey, T> = globalThis.Record<K, T>;',
  'export type PageInfo = { url: URL } | { params: globalThis.Record<string, unknown> | null };',
];

/**
 * The older generator's `_shims/index`, which its modules (and hand-written code beside them) imported fetch and its
 * classes from, as that runtime's own or a polyfill's: now the runtime's own, as the rest of the SDK uses them.
 */
const LEGACY_SHIMS_INDEX = [
  ...['fetch', 'Request', 'Response', 'Headers', 'FormData', 'Blob', 'File', 'ReadableStream'].map(
    (name) => `export const ${name} = globalThis.${name};`,
  ),
  ...['Request', 'Response', 'Headers', 'FormData', 'Blob', 'File', 'RequestInit'].map(
    (name) => `export type ${name} = globalThis.${name};`,
  ),
  // Named by the globals, which Node's types declare too: code compiled without DOM's lib has no DOM-only names.
  'export type RequestInfo = Exclude<Parameters<typeof globalThis.fetch>[0], URL>;',
  'export type HeadersInit = NonNullable<ConstructorParameters<typeof globalThis.Headers>[0]>;',
  'export type ReadableStream<R = unknown> = globalThis.ReadableStream<R>;',
];

/** The older generator's `shims/*`: what importing them did, and why importing them now does nothing. */
const LEGACY_SHIM_NOTE = [
  "Stainless's older SDKs chose the fetch, FormData and File to use when this module was imported.",
  "This SDK uses the runtime's own (Node 18+, Deno, Bun, browsers, edge workers): importing it does nothing.",
];

/** Why a module is at a path of Stainless's runtime. */
const STAINLESS_RUNTIME_NOTE =
  "What Stainless's SDKs exported from this module that this SDK's runtime has, for code that imports it here.";

/** The specifier `module` imports `target` by (both under src/, without extension). */
function specifier(module: string, target: string, importExt: string): string {
  // To the target's file: `internal/utils` from `internal/utils/uuid` is `../utils`, not the folder itself.
  const relative = path.posix.relative(path.posix.dirname(`src/${module}`), `src/${target}.ts`).slice(0, -'.ts'.length);
  return `${relative.startsWith('.') ? '' : './'}${relative}${importExt}`;
}

/** The alias modules of `api`'s Stainless layout whose paths no planned file has (`taken`). */
export function planModuleAliases(
  api: TypeScriptApi,
  common: CommonView,
  importExt: string,
  taken: ReadonlySet<string>,
): PlannedFile[] {
  if (api.stainlessLayout === null) return [];
  const views = new Map<string, Omit<ModuleAliasView, keyof CommonView>>();
  for (const [name, had] of MOVED_TO_CORE)
    if (had(api))
      views.set(name, {
        note: [],
        // The older generator's resource modules, which sdkgen writes as they were, import `APIResource` from here.
        movedTo: api.stainlessLayout === 'node' && name === 'resource' ? '' : `./core/${name}`,
        exports: [`export * from './core/${name}${importExt}';`],
      });
  views.set('resources', { note: [], movedTo: '', exports: [`export * from './resources/index${importExt}';`] });
  if (api.stainlessLayout === 'node') {
    views.set('uploads', {
      note: [],
      movedTo: './core/uploads',
      exports: [
        `export * from './core/uploads${importExt}';`,
        `export { fileFromPath } from './internal/file-from-path${importExt}';`,
        ...legacyFormExports(api, importExt, 'uploads'),
      ],
    });
    const requestOptions = legacyRequestOptions(importExt);
    views.set('core', {
      note: ["What Stainless's older SDKs exported from this module that this SDK's runtime has."],
      movedTo: '',
      exports: [
        ...requestOptions.imports,
        ...LEGACY_CORE_EXPORTS.map(([module, names]) => `export { ${names} } from './${module}${importExt}';`),
        ...LEGACY_CORE_TYPES,
        ...requestOptions.declaration,
        ...legacyFormExports(api, importExt, 'core'),
      ],
    });
    for (const shim of ['shims/node', 'shims/web'])
      views.set(shim, { note: LEGACY_SHIM_NOTE, movedTo: '', exports: ['export {};'] });
    views.set('_shims/index', {
      note: ["Stainless's older SDKs took fetch and its classes from this module: they are the runtime's own."],
      movedTo: '',
      exports: LEGACY_SHIMS_INDEX,
    });
  }
  if (api.stainlessLayout === 'typescript')
    for (const [module, { reexports, imports = [], declares = [] }] of STAINLESS_RUNTIME_PATHS)
      views.set(module, {
        note: [STAINLESS_RUNTIME_NOTE],
        movedTo: '',
        exports:
          module === 'internal/uploads'
            ? stainlessUploadsExports(api, importExt)
            : [
                ...imports.map(
                  ({ names, from }) => `import { ${names} } from '${specifier(module, from, importExt)}';`,
                ),
                ...reexports.map(
                  ({ names, from }) => `export { ${names} } from '${specifier(module, from, importExt)}';`,
                ),
                ...declares,
              ],
      });
  return [...views]
    .map(([module, view]) => ({
      path: `src/${module}.ts`,
      template: 'src/module-alias.ts.hbs',
      view: { ...common, ...view } satisfies ModuleAliasView,
    }))
    .filter((file) => !taken.has(file.path));
}
