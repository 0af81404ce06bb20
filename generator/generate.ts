/**
 * generate(): load → normalize → IR → plan → render → format → (write). Each stage takes what the one before
 * returns (`LoadedSpec` → `NormalizedSpec` → `Api` → files) and is timed; nothing touches the disk until every file
 * is rendered and formatted. The TypeScript emit is generate-typescript.ts's, the Python one generate-python.ts's,
 * and where the templates are generate-layers.ts's.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type SdkConfig } from './config';
import { Diagnostics, SpecError, UsageError } from './diagnostics';
import { KeyLeaves } from './emit/key-leaves';
import { sdkPlanner } from './emit/typescript/plan';
import { resourcesForPython } from './stainless/config-resources';
import type { RenderedFile } from './emit/render';
import { removalsApplyTo, withRemovedExports } from './migrate/reapply/removed-exports';
import { mockSpecFiles, mockSpecRoot } from './emit/mock-spec';
import { chooseFormatter, preloadOxfmt, type Formatter } from './format/format';
import { PYTHON_FORMAT_KEY, PYTHON_TARGET, pythonTemplateDirs } from './generate-layers';
import { prefixesPositionalCollisions } from './stainless/era';
import { emitPythonFiles } from './generate-python';
import { emitApi, emitSetup, writesFile } from './generate-typescript';
import { buildIr } from './ir/build';
import { pythonApiMd } from './emit/python/emit';
import { RuffPool } from './format/ruff-pool';
import { frozenInTests } from './ir/freeze';
import { withMcpServer, type McpRequest } from './ir/mcp';
import type { Api } from './ir/types';
import { validateIr } from './ir/validate';
import { loadSpec, type LoadedSpec } from './load/load';
import { normalize } from './normalize/normalize';
import { warnDuplicateOperationIds } from './normalize/operations';
import type { Rename } from './naming/scope';
import { PreviousOutput } from './write/previous-output';
import { MANIFEST_PATH } from './write/manifest';
import { stampLayers } from './write/inputs-key';
import type { GenerateOptions, GenerateResult } from './generate-options';

export { PYTHON_FORMAT_KEY, PYTHON_TARGET, packageRoot, pythonTemplateDirs, templateLayers } from './generate-layers';
export { renderFingerprint } from './generate-typescript';
export type { GenerateOptions, GenerateResult } from './generate-options';

/** Whether (and how) an MCP server is asked for: `--mcp`, the config's `mcp:`, or a Stainless config's `mcp_server`. */
export function mcpRequest(options: { mcp?: boolean; target?: string | null }, config: SdkConfig): McpRequest | null {
  const packageName = config.mcp?.packageName ?? config.stainless?.mcpServer?.packageName ?? null;
  const instructions = config.mcp?.instructions ?? config.stainless?.mcpServer?.instructions ?? null;
  if (!options.mcp && !config.mcp && !config.stainless?.mcpServer) return null;
  if (options.target === 'deno') {
    // The server is a Node package: asked for on the command line, that is an error; by a config, it is left out.
    if (options.mcp)
      throw new UsageError('--mcp: the MCP server is a Node package; it cannot be generated with --target deno');
    return null;
  }
  if (packageName !== null && !/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(packageName)) {
    throw new UsageError(
      `the MCP server's package name must be an npm package name, got ${JSON.stringify(packageName)}`,
    );
  }
  return { packageName, instructions };
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const timings: GenerateResult['timings'] = [];
  let last = performance.now();
  const mark = (stage: string) => {
    const now = performance.now();
    timings.push({ stage, ms: now - last });
    options.onStage?.(stage, now - last);
    last = now;
  };
  const diagnostics = new Diagnostics();
  const configStamps = new Map<string, string>();
  const config = await loadConfig(options.config ?? null, diagnostics, configStamps);
  // Checked before any work, so that a misspelt formatter fails at once.
  const formatter = chooseFormatter(options.formatter, config.formatter);
  if (formatter === 'oxfmt' && options.format !== false && options.target !== PYTHON_TARGET) void preloadOxfmt();
  const allowRefRoot = allowRefRootOf(options, config);
  // Hashing the files of the previous output starts now, in a worker, while the spec is loaded.
  // (It then hashes the unit keys' texts: see generateWith.)
  let previous =
    typeof options.previousOutput === 'string'
      ? PreviousOutput.open(options.previousOutput, undefined, true, options.recordHashes === true)
      : null;
  // Ruff loads only when a file needs it (most are printed in its layout): on a thread, or here in a regeneration.
  const regeneration =
    typeof options.previousOutput === 'string' && existsSync(path.join(options.previousOutput, MANIFEST_PATH));
  const ruff = options.target === PYTHON_TARGET ? RuffPool.start({ regeneration }) : null;
  try {
    const previousOutput = (api: Api) => {
      if (typeof options.previousOutput === 'function')
        previous = PreviousOutput.open(options.previousOutput(api), undefined, true, options.recordHashes === true);
      return previous;
    };
    const deleted = new Set(options.deleted ?? []);
    const removed = options.removedExports?.names.length ? options.removedExports : null;
    // The names the owners took out of the entry stay out; the files importing one from there follow.
    const final = (file: RenderedFile): RenderedFile => {
      if (removed === null || file.copyOf !== undefined || !removalsApplyTo(file.path)) return file;
      const contents = withRemovedExports(file, removed);
      // (Not the file on disk any more, when it was taken from there: written.)
      return contents === file.contents ? file : { ...file, contents, contentsParts: undefined, reused: undefined };
    };
    const onFile = options.onFile;
    const result = await generateWith(
      (deleted.size === 0 && removed === null) || !onFile
        ? options
        : {
            ...options,
            onFile: (file, api, prev) => void (deleted.has(file.path) || onFile(final(file), api, prev)),
          },
      config,
      formatter,
      allowRefRoot,
      diagnostics,
      mark,
      timings,
      previousOutput,
      configStamps,
      ruff,
    );
    return deleted.size === 0 && removed === null
      ? result
      : { ...result, files: result.files.filter((f) => !deleted.has(f.path)).map(final) };
  } finally {
    ruff?.close();
    await previous?.close();
  }
}

/** `--allow-ref-root`, else the config's `allowRefRoot:` (relative to the config), else none (the spec's folder). */
function allowRefRootOf(options: Pick<GenerateOptions, 'allowRefRoot'>, config: SdkConfig): string | null {
  return (
    options.allowRefRoot ?? (config.allowRefRoot && config.dir ? path.resolve(config.dir, config.allowRefRoot) : null)
  );
}

async function generateWith(
  options: GenerateOptions,
  config: SdkConfig,
  formatter: Formatter,
  allowRefRoot: string | null,
  diagnostics: Diagnostics,
  mark: (stage: string) => void,
  timings: GenerateResult['timings'],
  previousOutput: (api: Api) => PreviousOutput | null,
  /** The stamps of the config files, taken before loadConfig read them. */
  configStamps: Map<string, string>,
  /** Ruff's threads, for a Python run (null: Ruff on this thread). */
  ruff: RuffPool | null,
): Promise<GenerateResult> {
  if (options.packageVersion) config = { ...config, client: { ...config.client, version: options.packageVersion } };
  if (options.target === PYTHON_TARGET && config.stainless) {
    // `skip`/`only` name targets: the Python SDK leaves out what they leave out of it, not of TypeScript.
    config = {
      ...config,
      stainless: { ...config.stainless, resources: resourcesForPython(config.stainless.resources) },
    };
  }
  const { spec, api, renames } = await buildApi(options, config, allowRefRoot, diagnostics, mark);
  if (options.target === PYTHON_TARGET) {
    // (Before they are read: write/inputs-key.ts's readStamps.)
    const templateDirs = pythonTemplateDirs();
    const layerStamps = stampLayers(templateDirs);
    // The spec the package's own tests run a mock of (`scripts/test`), as the TypeScript package has it.
    const mock = mockSpecFiles(spec, api);
    const files = await emitPythonFiles(api, config, options, previousOutput(api), ruff, mock);
    mark('emit');
    return {
      api,
      files,
      diagnostics,
      renames,
      timings,
      sources: sourcesOf(config, spec),
      specFiles: [...spec.documents.keys()],
      readStamps: earliestStamps(
        configStamps,
        [...spec.documents].flatMap(([file, doc]) => (doc.stamp ? [[file, doc.stamp]] : [])),
        layerStamps,
      ),
      formatKey: PYTHON_FORMAT_KEY,
      templateDirs,
    };
  }
  const previous = previousOutput(api);
  // The texts of the unit keys go to the previous output's worker now, to be hashed while the mock spec is made.
  const hasher = previous?.textHasher() ?? null;
  const leaves = hasher ? KeyLeaves.hashedBy(api, hasher) : null;
  const mock = mockSpecFiles(spec, api);
  const { files, formatKey, templateDirs, layerStamps } = await emitApi(
    api,
    config,
    formatter,
    options,
    mark,
    mock,
    spec,
    previous,
    leaves,
  );
  return {
    api,
    files,
    diagnostics,
    renames,
    timings,
    sources: sourcesOf(config, spec),
    specFiles: [...spec.documents.keys()],
    readStamps: earliestStamps(
      configStamps,
      [...spec.documents].flatMap(([file, doc]) => (doc.stamp ? [[file, doc.stamp]] : [])),
      layerStamps,
    ),
    formatKey,
    templateDirs,
    // A Stainless config with both targets, generated as TypeScript for the first time: the CLI says how to write both.
    ...(previous === null && !options.target && config.stainless?.pythonTarget
      ? { otherTarget: 'python' as const }
      : {}),
  };
}

/** Every file a run read: the config (and the Stainless config it names), the spec and each file it `$ref`s. */
function sourcesOf(config: SdkConfig, spec: LoadedSpec): string[] {
  return [
    ...new Set([
      ...(config.file ? [path.resolve(config.file)] : []),
      ...(config.stainless?.file ? [path.resolve(config.stainless.file)] : []),
      ...spec.documents.keys(),
    ]),
  ];
}

/** Stamps taken in turn, in one map: a file stamped twice (a spec inside a template layer) keeps its first. */
function earliestStamps(...taken: Iterable<[string, string]>[]): Map<string, string> {
  const stamps = new Map<string, string>();
  for (const group of taken) for (const [file, stamp] of group) if (!stamps.has(file)) stamps.set(file, stamp);
  return stamps;
}

/** load → normalize → IR (with the MCP server asked for), validated: what the emit stage starts from. */
async function buildApi(
  options: GenerateOptions,
  config: SdkConfig,
  allowRefRoot: string | null,
  diagnostics: Diagnostics,
  mark: (stage: string) => void,
): Promise<{ spec: LoadedSpec; api: Api; renames: Rename[] }> {
  const spec = await loadSpec(options.spec, diagnostics, { allowRefRoot });
  mark('load');
  warnDuplicateOperationIds(spec, diagnostics);
  const normalized = normalize(spec, config, diagnostics);
  // From here on nothing edits the documents (a document `asInFile` is copied as the mock spec): tests hold them to it.
  for (const doc of spec.documents.values()) frozenInTests(doc.root);
  mark('normalize');
  const built = buildIr(normalized, config, diagnostics, {
    namedComponents: options.namedComponents === true,
    stainlessEra: config.stainless ? (options.stainlessEra ?? null) : null,
    // (Python's SDKs prefix them in every era: emit/python/resources/path-collisions.ts.)
    prefixPositionalCollisions:
      options.target !== PYTHON_TARGET && prefixesPositionalCollisions(options.stainlessEra ?? null),
  });
  const mcp = mcpRequest(options, config);
  const api = mcp ? withMcpServer(built.api, mcp) : built.api;
  const renames = built.renames;
  mark('ir');
  validateIr(api);
  if (diagnostics.errors.length > 0) {
    const first = diagnostics.errors[0];
    throw new SpecError({
      ...first,
      message: `${first.message}${diagnostics.errors.length > 1 ? ` (and ${diagnostics.errors.length - 1} more errors)` : ''}`,
    });
  }
  return { spec, api, renames };
}

/**
 * The SDK's api.md files (the root one, then each `standalone_api` resource's), as `generate` renders them before
 * formatting, with the IR they were planned from: nothing else is planned, rendered or formatted. For a caller that
 * reads the API's surface from them alone (`sdkgen diff --against`). The formatter is neither chosen nor run.
 */
export async function renderApiDocs(
  options: Omit<GenerateOptions, 'format' | 'formatter' | 'onFile' | 'formatWriter' | 'previousOutput'>,
): Promise<{ api: Api; files: RenderedFile[] }> {
  const diagnostics = new Diagnostics();
  const config = await loadConfig(options.config ?? null, diagnostics);
  const { spec, api } = await buildApi(options, config, allowRefRootOf(options, config), diagnostics, () => {});
  if (options.target === PYTHON_TARGET) {
    const python = config.stainless?.pythonTarget ?? null;
    const importName = options.pythonPackage ?? python?.packageName ?? null;
    const contents = pythonApiMd(api, {
      importName,
      distributionName: python?.projectName ?? null,
      casings: config.stainless?.customCasings,
    });
    return { api, files: [{ path: 'api.md', contents }] };
  }
  const { planOptions, renderer } = await emitSetup(api, config, options, mockSpecRoot(spec));
  const files: RenderedFile[] = [];
  for (const file of sdkPlanner(api, planOptions).apiDocs()) {
    const rendered = await renderer.render(file);
    if (writesFile(rendered)) files.push(rendered);
  }
  return { api, files };
}

export type RenderApiOptions = Omit<GenerateOptions, 'spec' | 'config' | 'onStage'> & {
  /** The loaded sdkgen config (its `templates:` and `formatter:`); none by default. */
  config?: SdkConfig;
  /** The spec the Api was built from, written under mock/ for the package's own `npm test`; none by default. */
  spec?: LoadedSpec;
};

/**
 * The files of the SDK for an already built `api` (plan → render → format), as `generate` produces them: for
 * callers that build or adjust the IR themselves. Nothing is written.
 */
export async function renderApi(api: Api, options: RenderApiOptions = {}): Promise<RenderedFile[]> {
  const config = options.config ?? (await loadConfig(null));
  const formatter = chooseFormatter(options.formatter, config.formatter);
  const spec = options.spec ?? null;
  const emitted = await emitApi(
    api,
    config,
    formatter,
    options,
    () => {},
    spec ? mockSpecFiles(spec, api) : null,
    spec,
  );
  return emitted.files;
}
