/**
 * Files the template layers contribute besides the planned ones:
 *
 * - the runtime every generated SDK ships: `src/core/**` and `src/internal/**`. `.ts` files are copied
 *   verbatim; `.ts.hbs` files are rendered as Handlebars templates (strict mode) against the RuntimeView (see
 *   templates/base/RUNTIME-CONTRACT.md). Like templates, runtime files are looked up through the layers: a
 *   file at the same SDK path in a higher layer (either `x.ts` or `x.ts.hbs`) replaces the lower one. The
 *   runtime's relative import specifiers end in `.js` in templates/base; they are rewritten to the target's
 *   import extension (`.ts` for Deno) when copied.
 * - extra templates (`extraTemplates()`): a `.hbs` file in a higher layer that has no counterpart in the
 *   base layer (and is neither a partial nor runtime) adds a file: it is rendered with the CommonView to its
 *   path without `.hbs` (`deno.json.hbs` → `deno.json`).
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { type RenderTemplate, TemplateError, compileTemplateText } from '../render';
import type { Api, Method, ParamStyle, Resource } from '../../ir/types';
import { pageInterfaceNames } from './page-interfaces';
import { pageProperties } from './page-properties';
import { sseRules, textEvents } from './plan-request';
import type { RuntimeView } from './views';
import { typeScriptApi, type TypeScriptApi } from './target-api';
import type { QueryDefaults, TypeScriptTargetOptions } from '../../stainless/typescript-target';

export type { RuntimeView } from './views';

export interface EmittedFile {
  /** Relative to the SDK root, with forward slashes: "src/core/error.ts". */
  path: string;
  contents: string;
}

export interface RuntimeOptions {
  /** Extension of relative import specifiers in the emitted runtime: ".js" (default, as in the sources) or ".ts". */
  importExt?: string;
  /** Compiles a `.ts.hbs` file (generate passes its Renderer's, which has the build's precompiled templates). */
  compile?: (logical: string, source: string) => RenderTemplate | Promise<RenderTemplate>;
  /** SDK paths of runtime files not to emit: `RESULT_MODULE` when the SDK has no standalone functions. */
  leaveOut?: string[];
  /** Line comments put at the top of every runtime file (the SDK's file header: a licence notice), or "". */
  header?: string;
}

/** The runtime module only the standalone functions (`src/funcs/*`) import. */
export const RESULT_MODULE = 'src/core/result.ts';

/** The validators' combinators (`src/schemas/*` build on them), written only into SDKs with `validation` on. */
export const SCHEMA_MODULE = 'src/core/schema.ts';
/** The runtime module only the TanStack Query options (`src/tanstack.ts`, the config's `tanstackQuery`) import. */
export const TANSTACK_MODULE = 'src/core/tanstack.ts';

/** The runtime module only a client generated from a Stainless config imports (the headers its SDKs sent). */
export const STAINLESS_HEADERS_MODULE = 'src/internal/stainless-headers.ts';

/** The runtime module only an SDK made from a config of Stainless's older generator (`targets.node`) exports. */
export const FILE_FROM_PATH_MODULE = 'src/internal/file-from-path.ts';

/**
 * The helpers Stainless's SDKs had in their runtime (`isObj`, `castToError`, …), for hand-written code: only an SDK made
 * from a Stainless config has them, exported from `internal/utils` (and from `core` for the older generator's).
 */
export const STAINLESS_UTILS_MODULE = 'src/internal/stainless-utils.ts';

/**
 * The query-string serialiser of Stainless's newer SDKs (`internal/qs`, a port of the `qs` package's `stringify`), for
 * hand-written code that imports it at Stainless's paths: only an SDK made from such a config has it.
 */
export const STAINLESS_QS_MODULE = 'src/internal/stainless-qs.ts';

/** The streaming runtime: an SDK from a Stainless config has it only when a method streams, as Stainless's had. */
export const STREAMING_MODULE = 'src/core/streaming.ts';

/** The decoder of JSON Lines responses (Stainless's path): only an SDK from a Stainless config returning them has it. */
export const JSONL_RUNTIME_MODULE = 'src/internal/decoders/jsonl.ts';

/** Whether a method of the SDK returns JSON Lines as Stainless's did (`APIPromise<JSONLDecoder<T>>`). */
export function decodesLines(api: Api): boolean {
  return someMethod(api, (m) => m.response.kind === 'binary' && m.response.lines !== undefined);
}

/** Whether a method of the SDK streams (a server-sent event response, or a stream when asked for one). */
export function streams(api: Api): boolean {
  return someMethod(api, (m) => m.response.kind === 'sse' || m.streamWhen !== null);
}

/**
 * The routes whose events the spec types as text, as an array literal of `[verb, path pattern]` (null: none): a call in
 * Stainless's form (`{ ...options, stream: true }`, which says nothing of its events) to one reads each event's data as
 * its text, as the method's type says (`Stream<string>`), where any other is read as JSON where it is JSON.
 */
function textStreamRoutes(api: TypeScriptApi): string | null {
  const routes: string[] = [];
  const visit = (r: Resource): void => {
    for (const m of r.methods) {
      const event = m.response.kind === 'sse' ? m.response.event : m.streamWhen?.event;
      if (!event || !textEvents(api, event)) continue;
      // Each path parameter is one segment of the path the call sends (`/jobs/{id}/logs` → `/jobs/[^/]+/logs`).
      const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      const pattern = m.path
        .split(/\{[^}]+\}/)
        .map(literal)
        .join('[^/]+');
      const route = `['${m.http}', /^${pattern}$/]`;
      if (!routes.includes(route)) routes.push(route);
    }
    r.subresources.forEach(visit);
  };
  if (api.topLevel !== null) visit(api.topLevel);
  api.resources.forEach(visit);
  return routes.length > 0 ? `[${routes.join(', ')}]` : null;
}

/** Whether a method of any resource of the SDK (the client's own included) is one `test` holds of. */
function someMethod(api: Api, test: (method: Method) => boolean): boolean {
  const holds = (r: Resource): boolean => r.methods.some(test) || r.subresources.some(holds);
  return (api.topLevel !== null && holds(api.topLevel)) || api.resources.some(holds);
}

/**
 * The runtime modules an SDK does without: each is written only where the SDK needs it (so that a path it does not
 * need stays free for a module of the owners', as Stainless's SDKs left it).
 */
export function runtimeLeftOut(
  irApi: Api,
  options: { funcs: boolean; tanstackQuery?: boolean; target?: TypeScriptTargetOptions },
): string[] {
  const api = typeScriptApi(irApi, options.target);
  return [
    ...(options.tanstackQuery ? [] : [TANSTACK_MODULE]),
    // The Result module is the standalone functions' alone.
    ...(options.funcs ? [] : [RESULT_MODULE]),
    ...(api.validation ? [] : [SCHEMA_MODULE]),
    ...(api.stainlessLayout ? [] : [STAINLESS_HEADERS_MODULE, STAINLESS_UTILS_MODULE]),
    ...(api.stainlessLayout === 'node' ? [] : [FILE_FROM_PATH_MODULE]),
    ...(api.stainlessLayout === 'typescript' ? [] : [STAINLESS_QS_MODULE]),
    // sdkgen's own SDKs export `Stream` whatever their methods; Stainless's had core/streaming only with streaming.
    ...(api.stainlessLayout !== null && !streams(api) ? [STREAMING_MODULE] : []),
    ...(api.stainlessLayout !== null && decodesLines(api) ? [] : [JSONL_RUNTIME_MODULE]),
  ];
}

/**
 * Whether a resource of the SDK verifies webhook signatures (a `webhook_unwrap` method with a key option): with the
 * standardwebhooks package, a dependency then.
 */
export function verifiesWebhooks(api: Api): boolean {
  const verifies = (r: Resource): boolean =>
    r.webhookUnwraps.some((u) => u.keyOption !== null) || r.subresources.some(verifies);
  return api.resources.some(verifies);
}

/** The view the runtime's `.ts.hbs` files are rendered with. */
export function runtimeView(
  irApi: Api,
  { treeShaking = false, target }: { treeShaking?: boolean; target?: TypeScriptTargetOptions } = {},
): RuntimeView {
  const api = typeScriptApi(irApi, target);
  const queryDefaults = api.stainlessLayout !== null ? queryDefaultsLiteral(api.queryDefaults) : null;
  return {
    clientName: api.clientName,
    envPrefix: api.envPrefix,
    packageName: api.packageName,
    packageVersion: api.packageVersion,
    pageTypes: [...api.paginationSchemes.map((scheme) => scheme.className), ...pageInterfaceNames(api)],
    stainlessUtils: api.stainlessLayout !== null,
    fullClientInResources: api.stainlessLayout !== null,
    stainlessClient: api.stainlessLayout !== null,
    stainlessStreams: api.stainlessLayout !== null && streams(api),
    ...(api.stainlessLayout !== null && streams(api) && api.streamEventRules.length > 0
      ? { stainlessStreamRules: sseRules(api.streamEventRules) }
      : {}),
    ...(api.stainlessLayout !== null && textStreamRoutes(api) !== null
      ? { stainlessTextStreams: textStreamRoutes(api)! }
      : {}),
    // (Users of an SDK of Stainless's older runtime page with them: they keep working after the move.)
    stainlessPageInfo: api.stainlessLayout === 'node',
    ...(api.paginationSchemes.some((s) => pageProperties(s).length > 0) ? { pageProperties: true } : {}),
    resourceKeys: treeShaking && api.stainlessLayout !== null,
    validation: api.validation !== undefined,
    validateResponses: api.validation?.responses ?? 'off',
    validateParams: api.validation?.params ?? 'off',
    ...(queryDefaults !== null ? { stainlessQueryDefaults: queryDefaults } : {}),
    ...(api.resources.some((r) => r.callable) ? { callableResources: true } : {}),
  };
}

/** `{ array: { style: 'form', explode: false }, … }`: the target's query defaults as the client declares them. */
function queryDefaultsLiteral(defaults: QueryDefaults | undefined): string | null {
  if (!defaults) return null;
  const arrays = defaults.objectArrays ? `, arrays: '${defaults.objectArrays}'` : '';
  const style = (s: ParamStyle, k: 'array' | 'object') =>
    `{ style: '${s.style}', explode: ${s.explode}${k === 'object' ? arrays : ''} }`;
  const entries = (['array', 'object'] as const).flatMap((k) =>
    defaults[k] ? [`${k}: ${style(defaults[k], k)}`] : [],
  );
  return `{ ${entries.join(', ')} }`;
}

/** Compiles a `.ts.hbs` file with no Renderer at hand. */
const compileHere = (_logical: string, source: string) => compileTemplateText(source);

/** SDK folders whose files are runtime (copied or rendered with the RuntimeView), not planned templates. */
export const RUNTIME_DIRS = ['src/core', 'src/internal'];

/** What a logical template path is, by where it lives in a layer. */
export function templateKind(
  logical: string,
  baseTemplates: ReadonlySet<string>,
): 'template' | 'partial' | 'runtime' | 'extra' | 'other' {
  if (RUNTIME_DIRS.some((dir) => logical.startsWith(`${dir}/`)))
    return logical.endsWith('.ts') || logical.endsWith('.ts.hbs') ? 'runtime' : 'other';
  if (!logical.endsWith('.hbs')) return 'other';
  if (logical.startsWith('partials/')) return 'partial';
  return baseTemplates.has(logical) ? 'template' : 'extra';
}

/**
 * The runtime files, looked up through `layers` (folders, highest priority first; a single folder is one
 * layer).
 */
export async function runtimeFiles(
  layers: string | string[],
  view: RuntimeView,
  options: RuntimeOptions = {},
): Promise<EmittedFile[]> {
  const dirs = typeof layers === 'string' ? [layers] : layers;
  const importExt = options.importExt ?? '.js';
  const compile = options.compile ?? compileHere;
  // SDK path → [layer, file relative to the layer]; the first (highest) layer that has it wins.
  const chosen = new Map<string, [string, string]>();
  for (const layer of dirs) {
    for (const dir of RUNTIME_DIRS) {
      for (const relative of await listFiles(path.join(layer, dir))) {
        const logical = `${dir}/${relative}`;
        const sdkPath = logical.endsWith('.ts.hbs')
          ? logical.slice(0, -'.hbs'.length)
          : logical.endsWith('.ts')
            ? logical
            : null;
        if (sdkPath && !chosen.has(sdkPath)) chosen.set(sdkPath, [layer, logical]);
      }
    }
  }
  const files: EmittedFile[] = [];
  for (const [sdkPath, [layer, logical]] of chosen) {
    if (options.leaveOut?.includes(sdkPath)) continue;
    // Read synchronously: a few dozen small files, each of which would otherwise wait its turn in the thread pool.
    const source = readFileSync(path.join(layer, logical), 'utf8');
    let contents = source;
    if (logical.endsWith('.hbs')) {
      try {
        contents = (await compile(logical, source))(view);
      } catch (error) {
        throw new TemplateError(logical, layer, error);
      }
    }
    if (options.header) contents = `${options.header}\n${contents}`;
    files.push({ path: sdkPath, contents: rewriteImportExtensions(contents, importExt) });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Rewrites the `.js` extension of relative module specifiers (`from './x.js'`, `import('../y.js')`,
 * `import './z.js'`) to `ext`. Bare and absolute specifiers are left alone.
 */
export function rewriteImportExtensions(source: string, ext: string): string {
  if (ext === '.js') return source;
  return source.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"\n]*?)\.js\2/g,
    (_, lead: string, quote: string, spec: string) => `${lead}${quote}${spec}${ext}${quote}`,
  );
}

/**
 * Logical paths of extra templates: `.hbs` files in any layer above the base (the last layer) that the base
 * does not have, other than partials and runtime files. Sorted.
 */
export async function extraTemplates(layers: string[]): Promise<string[]> {
  if (layers.length < 2) return [];
  const base = new Set(await listFiles(layers[layers.length - 1]));
  const extras = new Set<string>();
  for (const layer of layers.slice(0, -1)) {
    for (const logical of await listFiles(layer)) {
      if (templateKind(logical, base) === 'extra') extras.add(logical);
    }
  }
  return [...extras].sort();
}

/** Files under `dir` (recursively), as sorted forward-slash paths relative to it; none when it is missing. */
export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) files.push(...(await listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)));
    else if (entry.isFile()) files.push(prefix + entry.name);
  }
  return files.sort();
}
