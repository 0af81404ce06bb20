/**
 * generate(): load → normalize → IR → plan → render → format → (write). Each stage takes what the one before
 * returns (`LoadedSpec` → `NormalizedSpec` → `Api` → files) and is timed; nothing touches the disk until every file
 * is rendered and formatted.
 */
import { compareStrings } from './naming/case';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type SdkConfig } from './config';
import { Diagnostics, SpecError, UsageError } from './diagnostics';
import { extend } from './extend';
import { documentedSpecFile, type CodeSample } from './emit/documented-spec';
import { KeyLeaves } from './emit/key-leaves';
import { fileHeaderComment, sdkPlanner, type PlanOptions } from './emit/typescript/plan';
import { typeScriptTargetOptions } from './stainless/typescript-target';
import { resourcesForPython } from './stainless/config-resources';
import type { MockTestsSwitch } from './emit/typescript/plan-context';
import { Renderer, type RenderedFile, type TemplateLayers } from './emit/render';
import { extraTemplates, runtimeFiles, runtimeLeftOut, runtimeView } from './emit/typescript/runtime-files';
import { mockSpecFiles, mockSpecRoot } from './emit/mock-spec';
import {
  chooseFormatter,
  preloadOxfmt,
  startFormatting,
  type FormatInput,
  type Formatter,
  type FormatWriter,
} from './format/format';
import { buildIr } from './ir/build';
import { emitPython, pythonApiMd } from './emit/python/emit';
import { RuffPool } from './format/ruff-pool';
import { formatPython } from './format/ruff';
import { frozenInTests } from './ir/freeze';
import { withMcpServer, type McpRequest } from './ir/mcp';
import type { Api } from './ir/types';
import { validateIr } from './ir/validate';
import { loadSpec, type LoadedSpec } from './load/load';
import { normalize } from './normalize/normalize';
import { packageManagerField } from './package-manager';
import { warnDuplicateOperationIds } from './normalize/operations';
import type { Rename } from './naming/scope';
import { PreviousOutput } from './write/previous-output';
import { MANIFEST_PATH } from './write/manifest';
import { CODE_IDENTITY, stampLayers } from './write/inputs-key';
import type { UnitReuse } from './emit/typescript/plan-units';
import type { PlanUnitTag } from './emit/planned-file';

/** `--target python`: the Python package (emit/python/), not a template overlay. */
export const PYTHON_TARGET = 'python';
/** What formats the Python files (the manifest's format key): Ruff's formatter at 120 columns. */
export const PYTHON_FORMAT_KEY = 'ruff-wasm 0.17.4 line-length=120';

/**
 * What a Python package is made from besides the spec and config: templates/python (the runtime, the project files),
 * its template layer for the inputs key (write/inputs-key.ts), as a TypeScript target's layers are.
 */
export function pythonTemplateDirs(): string[] {
  return [path.join(packageRoot(), 'templates', 'python')];
}

/** The columns of text a comment line of Stainless's SDKs holds, after its ` * `. */
const STAINLESS_COMMENT_WIDTH = 80;
export interface GenerateOptions {
  spec: string;
  config?: string | null;
  /** Extra template layer (highest priority). */
  templates?: string | null;
  /** Built-in target overlay under templates/targets/, or `python`: a Python package instead of TypeScript. */
  target?: string | null;
  /** With `target: 'python'`, the import name; wins over a Stainless config's `targets.python.package_name`. */
  pythonPackage?: string | null;
  /** Skip formatting (for speed in tests of the IR only). */
  format?: boolean;
  /** `--allow-ref-root`: folder `$ref`s may read files from; wins over the config's `allowRefRoot:` (default: the spec's folder). */
  allowRefRoot?: string | null;
  /** `--formatter`: oxfmt, prettier or none; wins over SDKGEN_FORMATTER and the config's `formatter:`. */
  formatter?: string | null;
  /** `--mcp`: also an MCP server package, `packages/mcp-server/` (the config's `mcp:` or Stainless `mcp_server` ask too). */
  mcp?: boolean;
  /** `--no-funcs` (false): no standalone functions; wins over the config's `funcs:` (default true). */
  funcs?: boolean;
  /** `--no-reference-docs` (false): no docs/ pages and no README links to them, whatever the config says. */
  referenceDocs?: boolean;
  /** The owners keep their own Vitest config at `vitest.config.*`: sdkgen's goes beside it (emit's PlanOptions). */
  ownersVitest?: boolean;
  /** The era of the Stainless SDK the output holds (`YYYY-MM-DD`, stainless/era.ts): its forms are kept (emit's PlanOptions). */
  stainlessEra?: string | null;
  /** Files the owners deleted (the manifest's `deleted`, recorded by `sdkgen migrate`): left out of the output. */
  deleted?: readonly string[] | null;
  /** One-line notices, such as a formatter falling back to another (default: stderr). */
  onNotice?: (message: string) => void;
  onStage?: (stage: string, ms: number) => void;
  /**
   * Told of each output file as soon as it is final, while later files are still being rendered (in no particular
   * order; `files` of the result still lists them all): the writer can start on them meanwhile. `previous` is the
   * previous output (previousOutput), whose worker thread a compare worker can share (sharedThread()).
   */
  onFile?: (file: RenderedFile, api: Api, previous: PreviousOutput | null) => void;
  /**
   * The writer that formats files itself, asked at each file (format.ts's FormatOptions.writer): the files it takes
   * are not told to onFile, and their contents are read back from what it wrote.
   */
  formatWriter?: (api: Api, previous: PreviousOutput | null) => FormatWriter | null;
  /**
   * Every component schema a named type even with a Stainless config (which names only its models): for a caller
   * that reads the spec's schemas from the IR (`migrate` writing a config). Default false.
   */
  namedComponents?: boolean;
  /**
   * The output directory of an earlier run (or how to find it from the IR, when it depends on the client's name):
   * files whose render and format key are unchanged are taken from it as they are, not formatted again
   * (write/previous-output.ts). Default: none, everything is formatted.
   */
  previousOutput?: string | ((api: Api) => string) | null;
  /**
   * The run writes the output (not a dry run, not `check`): the previous output's worker may record what it found of
   * each file in the output's hash cache (write/hash-cache.ts). Default false.
   */
  recordHashes?: boolean;
}

export interface GenerateResult {
  api: Api;
  files: RenderedFile[];
  diagnostics: Diagnostics;
  renames: Rename[];
  timings: Array<{ stage: string; ms: number }>;
  /** Absolute paths of every file read: the config (and the Stainless config it names), the spec and each file it `$ref`s. */
  sources: string[];
  /** Of those, the spec's: its root document first, then each file it `$ref`s. */
  specFiles: string[];
  /**
   * The stamps (file-stamp.ts) of the files read (the configs, the spec's files) and of every file of the template
   * layers, taken before the run read them, by absolute path: write/inputs-key.ts's readStamps.
   */
  readStamps: Map<string, string>;
  /** The format key (format/format-key.ts) the files were formatted under: the manifest records it. */
  formatKey: string;
  /** The template layers the files were rendered from, highest first. */
  templateDirs: string[];
  /** A first TypeScript output of a Stainless config that also describes a Python package (`targets.python`). */
  otherTarget?: 'python';
}

/** The folder holding templates/ (the package root), found relative to this module, built or not. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (path.basename(dir) === 'generator' || path.basename(dir) === 'dist') return path.dirname(dir);
    dir = path.dirname(dir);
  }
  return process.cwd();
}

export function templateLayers(
  config: SdkConfig,
  options: { templates?: string | null; target?: string | null },
): TemplateLayers {
  const root = packageRoot();
  const dirs: string[] = [];
  const user =
    options.templates ?? (config.templates && config.dir ? path.resolve(config.dir, config.templates) : null);
  if (user) {
    if (!existsSync(path.resolve(user))) throw new UsageError(`template folder not found: ${user}`);
    dirs.push(path.resolve(user));
  }
  if (options.target) {
    const targets = existsSync(path.join(root, 'templates', 'targets'))
      ? readdirSync(path.join(root, 'templates', 'targets')).sort()
      : [];
    if (!targets.includes(options.target))
      throw new UsageError(
        `unknown target ${JSON.stringify(options.target)} (built-in targets: ${targets.join(', ') || 'none'})`,
      );
    dirs.push(path.join(root, 'templates', 'targets', options.target));
  }
  dirs.push(path.join(root, 'templates', 'base'));
  return { dirs };
}

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
    const onFile = options.onFile;
    const result = await generateWith(
      deleted.size === 0 || !onFile
        ? options
        : { ...options, onFile: (file, api, prev) => void (deleted.has(file.path) || onFile(file, api, prev)) },
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
    return deleted.size === 0 ? result : { ...result, files: result.files.filter((f) => !deleted.has(f.path)) };
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
  if (options.target === PYTHON_TARGET && config.stainless)
    // `skip`/`only` name targets: the Python SDK leaves out what they leave out of it, not of TypeScript.
    config = {
      ...config,
      stainless: { ...config.stainless, resources: resourcesForPython(config.stainless.resources) },
    };
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

/**
 * The Python package's files. A .py file whose printed text is last run's, formatted by the same Ruff, is the file on
 * disk (as emitApi reuses TypeScript files); the others are formatted on Ruff's threads as they are printed. A file
 * that is not formatted is marked reused when it is last run's, byte for byte.
 */
async function emitPythonFiles(
  api: Api,
  config: SdkConfig,
  options: GenerateOptions,
  previous: PreviousOutput | null,
  ruff: RuffPool | null,
  mock: { root: string; files: RenderedFile[] } | null,
): Promise<RenderedFile[]> {
  // The texts of the unit keys go to the previous output's worker (when it has one) while its files are hashed.
  const hasher = previous?.textHasher() ?? null;
  const leaves = hasher ? KeyLeaves.hashedBy(api, hasher) : null;
  await previous?.ready();
  const reuse = previous?.format === PYTHON_FORMAT_KEY ? previous : null;
  const python = config.stainless?.pythonTarget ?? null;
  // A Stainless SDK's era (--stainless-era) and its config's top-level edition pick forms; a plain spec: the newest.
  const pythonEra = config.stainless != null ? (options.stainlessEra ?? null) : null;
  const pythonEdition = config.stainless?.edition ?? null;
  const mockTestsOff = mockTestsOffBy(config) !== null;
  const files = await emitPython(api, {
    packageRoot: packageRoot(),
    // --python-package (migrate: the repository's own package) over the config's package_name, as its help says.
    importName: options.pythonPackage ?? python?.packageName ?? null,
    distributionName: python?.projectName ?? null,
    ...(python
      ? { repository: python.productionRepo, readmeTitle: python.readmeTitle, installFrom: python.installFrom }
      : {}),
    fromStainlessConfig: config.stainless != null,
    stainlessEra: pythonEra,
    stainlessEdition: pythonEdition,
    mockTestsOff,
    mockSpec: mock ? `mock/${mock.root}` : null,
    format: async (file) => {
      const rendered = renderFingerprint(file);
      const taken = reuse?.take(file.path, rendered, PYTHON_FORMAT_KEY);
      if (taken) return taken;
      const contents = ruff ? await ruff.format(file.contents, file.path) : formatPython(file.contents, file.path);
      return { path: file.path, contents, rendered };
    },
    unformatted: (file) => previous?.takeUnformatted(file) ?? file,
    // A module whose unit key is last run's is taken unprinted (emit/python/unit-keys.ts).
    units: {
      runKey: createHash('sha256')
        // The era, edition and mock-tests switch pick forms (client, __init__, README, test marks) the model lacks.
        .update(JSON.stringify({ code: CODE_IDENTITY.get(), format: PYTHON_FORMAT_KEY, era: pythonEra, mockTestsOff }))
        .update(JSON.stringify(pythonEdition))
        .digest('hex'),
      take: (id, key, paths) => reuse?.takeUnit(id, key(), paths) ?? null,
      leaves: await leaves,
    },
    // Reused files are the files on disk: there is nothing to write or compare.
    onFile: (file) => void (file.reused || options.onFile?.(file, api, previous)),
  });
  const mockFiles = (mock?.files ?? []).map((file) => previous?.takeUnformatted(file) ?? file);
  for (const file of mockFiles) if (!file.reused) options.onFile?.(file, api, previous);
  files.push(...mockFiles);
  return files;
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
    const contents = pythonApiMd(api, { importName, distributionName: python?.projectName ?? null });
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

/** A template that renders to nothing but whitespace writes no file (how a target drops package.json). */
function writesFile(rendered: RenderedFile): boolean {
  return /\S/.test(rendered.contents);
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

/** What the emit stage plans and renders with: the template layers, the plan's options and the renderer. */
async function emitSetup(
  api: Api,
  config: SdkConfig,
  options: Omit<GenerateOptions, 'spec' | 'config'>,
  mockRoot: string | null,
): Promise<{
  layers: TemplateLayers;
  importExt: string;
  funcs: boolean;
  planOptions: PlanOptions;
  renderer: Renderer;
  layerStamps: Map<string, string>;
}> {
  const layers = templateLayers(config, options);
  // Before the layers are listed or read (write/inputs-key.ts's readStamps).
  const stamps = stampLayers(layers.dirs);
  const importExt = options.target === 'deno' ? '.ts' : '.js';
  const funcs = options.funcs !== false && config.funcs;
  const planOptions: PlanOptions = {
    importExt,
    funcs,
    codeSamples: config.stainless?.codeSamples != null,
    extraTemplates: await extraTemplates(layers.dirs),
    mockSpec: mockRoot !== null ? `mock/${mockRoot}` : null,
    referenceDocs: options.referenceDocs !== false && config.referenceDocs,
    ownersVitest: options.ownersVitest === true,
    stainlessEra: options.stainlessEra ?? null,
    treeShaking: config.treeShaking || config.stainless?.treeShaking === true,
    tanstackQuery: config.tanstackQuery,
    mockTestsOffBy: mockTestsOffBy(config),
    // The workflows run npm's scripts: a Deno / JSR package has none.
    workflows: config.workflows && options.target !== 'deno',
    packageManager: packageManagerField(config.packageManager ?? config.stainless?.packageManager ?? null),
    target: typeScriptTargetOptions(config.stainless),
  };
  return { layers, importExt, funcs, planOptions, renderer: await Renderer.create(layers), layerStamps: stamps };
}

async function emitApi(
  api: Api,
  config: SdkConfig,
  formatter: Formatter,
  options: Omit<GenerateOptions, 'spec' | 'config'>,
  mark: (stage: string) => void,
  mock: { root: string; files: RenderedFile[] } | null = null,
  spec: LoadedSpec | null = null,
  previous: PreviousOutput | null = null,
  leaves: Promise<KeyLeaves> | null = null,
): Promise<{ files: RenderedFile[]; formatKey: string; templateDirs: string[]; layerStamps: Map<string, string> }> {
  const { layers, importExt, funcs, planOptions, renderer, layerStamps } = await emitSetup(
    api,
    config,
    options,
    mock?.root ?? null,
  );
  // Each file goes to the formatter as soon as it is rendered: oxfmt formats on its own threads meanwhile.
  const onFile = options.onFile;
  const formatting = await startFormatting({
    formatter: options.format === false ? 'none' : formatter,
    onNotice: options.onNotice,
    onFile: onFile && ((file) => onFile(file, api, previous)),
    writer: options.formatWriter && (() => options.formatWriter!(api, previous)),
  });
  // The spec for the package's own mock, as read (JSON, not formatted): first, so that whoever writes the files
  // (onFile) has the largest one while the others are rendered.
  await previous?.ready();
  // One that is last run's, byte for byte, and still on disk as written, is neither compared nor written again.
  const unformatted = (file: RenderedFile) => {
    const taken = previous ? previous.takeUnformatted(file) : file;
    if (!taken.reused) onFile?.(taken, api, previous);
    return taken;
  };
  const mockFiles = (mock?.files ?? []).map(unformatted);
  // A file whose render is last run's, formatted under the same key, is the file on disk: taken, not formatted.
  const reuse = previous?.format === formatting.key ? previous : null;
  const reused: RenderedFile[] = [];
  // The unit of each planned file, and the units one of whose files rendered to nothing (not recorded: a later run
  // could not take them whole).
  const unitOf = new Map<string, PlanUnitTag>();
  const partial = new Set<string>();
  const fingerprints = new Map<string, string>();
  const format = (file: FormatInput) => {
    const fingerprint = renderFingerprint(file);
    const taken = reuse?.take(file.path, fingerprint, formatting.key);
    if (taken) reused.push(taken);
    else {
      fingerprints.set(file.path, fingerprint);
      formatting.add(file);
    }
  };
  // The runtime files next: they are formatted while the planned files are rendered, not after them. Their paths
  // (src/core, src/internal) are none of the plan's.
  const runtime = await runtimeFiles(layers.dirs, runtimeView(api, planOptions), {
    importExt,
    compile: (logical, source) => renderer.compileText(logical, source),
    leaveOut: runtimeLeftOut(api, { funcs, tanstackQuery: config.tanstackQuery, target: planOptions.target }),
    // A licence notice goes on every source file, the runtime's too (Stainless left its runtime without it, and
    // owners added it there by hand).
    header: fileHeaderComment(api.fileHeader),
  });
  for (const file of runtime) format({ path: file.path, contents: file.contents });
  // Stainless's SDKs wrap a comment's text at 80 columns, however deep it is; sdkgen's at the code's width.
  const wrapComments = planOptions.target?.stainlessLayout ? { textWidth: STAINLESS_COMMENT_WIDTH } : true;
  // A unit of the plan whose key is last run's is taken whole: not even planned (emit/typescript/plan-units.ts). Every file of a
  // unit carries its key, for the manifest. (The keys' texts hashed in a worker are awaited as late as can be.)
  const units: UnitReuse = {
    leaves: await leaves,
    runKey: createHash('sha256')
      .update(
        JSON.stringify({
          code: CODE_IDENTITY.get(),
          templates: renderer.templatesKey(),
          format: formatting.key,
          plan: planOptions,
        }),
      )
      .digest('hex'),
    take: (id, key, paths) => {
      const files = reuse?.takeUnit(id, key(), paths) ?? null;
      if (files) reused.push(...files);
      return files !== null;
    },
  };
  // Each file is rendered as soon as it is planned and handed to the formatter, which formats it on its own threads
  // while the next files are planned; its view is let go once it is rendered. One plan context serves the files and
  // the code samples.
  const planner = sdkPlanner(api, planOptions);
  for (const file of planner.files(units)) {
    const rendered = await renderer.render(file);
    const written = writesFile(rendered);
    if (written) format(extend(rendered, { wrapComments }));
    if (file.unit) {
      if (written) unitOf.set(file.path, file.unit);
      else partial.add(file.unit.id);
    }
    if (formatting.pending() > 0) await new Promise(setImmediate);
  }
  // A Stainless config's `openapi.code_samples`: the spec with each method's code sample, for the docs site.
  const documented: RenderedFile[] = [];
  if (spec && config.stainless?.codeSamples) {
    const samples: CodeSample[] = [];
    for (const { operation, sample } of planner.codeSamples())
      samples.push({ operation, source: (await renderer.render(sample)).contents });
    const file = documentedSpecFile(spec, samples);
    if (file) documented.push(unformatted(file));
  }
  // Each unit's key (for the manifest) while the formatter's threads format what is planned.
  for (const unit of unitOf.values()) void unit.key;
  mark('emit');
  const formatted = await formatting.finish();
  // (Each formatted file is a new object of the format stage's.)
  for (const file of formatted) file.rendered = fingerprints.get(file.path);
  for (const file of [...formatted, ...reused]) {
    const unit = unitOf.get(file.path);
    if (unit && !partial.has(unit.id)) file.unit = unit;
  }
  const files = [...formatted, ...reused, ...mockFiles, ...documented];
  mark('format');
  files.sort((a, b) => compareStrings(a.path, b.path));
  return { files, formatKey: formatting.key, templateDirs: layers.dirs, layerStamps };
}

/**
 * What the format stage's output of a file depends on besides the format key: its rendered text and how its
 * comments are wrapped (its path is the manifest's key). 128 bits of sha256.
 */
export function renderFingerprint(file: FormatInput): string {
  return createHash('sha256')
    .update(`${JSON.stringify(file.wrapComments ?? false)}\n`)
    .update(file.contents)
    .digest('hex')
    .slice(0, 32);
}

/** The key that turns the generated tests off: sdkgen's `mockTests` where it says, else a Stainless config's setting. */
function mockTestsOffBy(config: SdkConfig): MockTestsSwitch | null {
  if (config.mockTests !== null) return config.mockTests ? null : 'config';
  return config.stainless?.disableMockTests === true ? 'stainless' : null;
}
