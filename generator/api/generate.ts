/**
 * `generate()` of the public API, which the CLI's `generate` command is a thin layer over: resolve the spec
 * (file, URL or stdin) and the config (given, found, or none), run the pipeline (../generate.ts), then write the
 * output atomically — or, on a dry run, only say what writing would do. Results are data; failures are
 * SdkgenErrors (errors.ts).
 */
import { recordedMockServer } from '../emit/mock-server';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findConfig } from '../config';
import type { Diagnostic } from '../diagnostics';
import { writtenSince } from '../file-stamp';
import type { Formatter as StageFormatter } from '../format/format';
import { generate as runPipeline } from '../generate';
import { flattenResources, methodCount } from '../ir/resources';
import type { Api } from '../ir/types';
import { kebabCase } from '../naming/case';
import { inputsKeyVerdict, sameKeyedDigest, type KeyedDigest } from '../write/inputs-unchanged';
import { inputsDigest } from '../write/inputs-key';
import { manifestInputs, readManifestSync } from '../write/manifest';
import { FreshOutput } from '../write/fresh-output';
import { OutputWorker, outputWorkerPays } from '../write/output-worker';
import type { PreviousOutput } from '../write/previous-output';
import {
  findConflicts,
  isProtected,
  OutputConflictError as StageConflictError,
  writeOutput,
  type WriteResult,
} from '../write/write';
import type { Formatter } from './define-config';
import { SpecError, toSdkgenError } from './errors';
import { isUrl, openSpec, type FetchOptions, type SpecSource } from './inputs';

// The public Formatter (define-config.ts, kept self-contained) is the stages' own.
const sameFormatters: [Formatter, StageFormatter] extends [StageFormatter, Formatter] ? true : never = true;
void sameFormatters;

export interface InputOptions {
  /** A file, an http(s) URL, or `-` for standard input (see `stdin`). */
  spec: string;
  /**
   * The config file. Left out (or `undefined`): the first `sdkgen.config.{ts,mts,mjs,js,json,yaml,yml}` (else a
   * Stainless config: `stainless.yml`, `openapi.stainless.yml`, `.stainless/stainless.yml`) in `cwd`, then beside
   * the spec. `false`: none.
   */
  config?: string | false | null;
  /** Folder of template overrides (highest-priority layer). */
  templates?: string | null;
  /** Built-in target overlay, e.g. `deno`, or `python`. */
  target?: string | null;
  /** With `target: 'python'`: the import name when no Stainless config's `targets.python.package_name` gives one. */
  pythonPackage?: string | null;
  /** Relative paths are resolved against it, and a config is looked for in it (default: process.cwd()). */
  cwd?: string;
  /** What `-` reads: a stream, or the text itself (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string> | string;
  /** Limits for a spec fetched from a URL. */
  fetch?: FetchOptions;
  /** Folder `$ref`s may read files from; wins over the config's `allowRefRoot:` (default: the spec's folder). */
  allowRefRoot?: string | null;
}

export interface GenerateOptions extends InputOptions {
  /** Output directory (default: generated/<client name in kebab-case>, under `cwd`). */
  output?: string | null;
  /** oxfmt (default), prettier or none; wins over SDKGEN_FORMATTER and the config's `formatter:`. */
  formatter?: Formatter | null;
  /** Overwrite files in the output directory that sdkgen did not write. */
  force?: boolean;
  /** Warnings are errors: a SpecError is thrown and nothing is written. */
  strict?: boolean;
  /** Also an MCP server package, `packages/mcp-server` (as `mcp: true` in the config). */
  mcp?: boolean;
  /** false: no standalone functions, `src/funcs/*` (as `funcs: false` in the config). */
  funcs?: boolean;
  /** false: no reference docs (`docs/`) and no README links to them, whatever the config says (`--no-reference-docs`). */
  referenceDocs?: boolean;
  /**
   * The owners keep their own Vitest config (a migrated repository): sdkgen's is vitest.sdkgen.config.mjs. Default:
   * as the output directory's manifest records.
   */
  ownersVitest?: boolean;
  /** The era of the Stainless SDK the output holds (stainless/era.ts). Default: as the output's manifest records. */
  stainlessEra?: string | null;
  /** Say what would be written, changed and deleted; touch nothing. */
  dryRun?: boolean;
  /** One-line notices, such as the formatter falling back to another. */
  onNotice?: (message: string) => void;
  /** Called as each stage ends. */
  onStage?: (stage: string, ms: number) => void;
}

/** Paths inside the output directory, `/`-separated; the manifest is not listed. */
export interface OutputChanges {
  /** New files. */
  created: string[];
  /** Files whose contents change. */
  changed: string[];
  /** created + changed. */
  written: string[];
  unchanged: string[];
  /** Files an earlier run wrote that this one does not. */
  deleted: string[];
  /** Generated files carrying the user's edits, kept as they are (the generator's output of them is unchanged). */
  kept?: string[];
  /** Generated files whose edits were merged with the new output. */
  merged?: string[];
  /** Sections of merged Markdown files kept as the user wrote them, sdkgen's text of them left out (write.ts). */
  keptSections?: Array<{ path: string; headings: string[] }>;
  /** Generated files where edits and new output changed the same lines: written with conflict markers. */
  conflicts?: string[];
  /** Edited generated files the new output no longer has: left in place. */
  orphaned?: string[];
  /**
   * Files taken as they were on disk, neither formatted again nor written: their render and format key were the
   * last run's (write/previous-output.ts). Listed among `unchanged` too.
   */
  reused?: string[];
}

export interface GenerateResult {
  clientName: string;
  packageName: string;
  /** The output directory, absolute. */
  output: string;
  /** The config file used (given or found), absolute, or null. */
  configFile: string | null;
  /** Whether the config file was found rather than given. */
  configFound: boolean;
  dryRun: boolean;
  files: OutputChanges;
  counts: { resources: number; methods: number; types: number };
  /** Warnings (errors are thrown). */
  diagnostics: Diagnostic[];
  /** Milliseconds per stage: load, ir, emit, format, write. */
  timings: Array<{ stage: string; ms: number }>;
  /** Types renamed to avoid a collision. */
  renames: Array<{ key: string; wanted: string; got: string }>;
  /** Absolute paths of every local file read: spec, the files it `$ref`s, the config. */
  sources: string[];
  /** The config also describes a Python package, which this run (a first TypeScript one) did not write. */
  otherTarget?: 'python';
}

/** The config file to use: the one given, one found (see InputOptions.config), or none. */
export function resolveConfig(
  options: Pick<InputOptions, 'config' | 'cwd'>,
  specDir: string | null,
): { file: string | null; found: boolean } {
  const cwd = options.cwd ?? process.cwd();
  if (options.config === false) return { file: null, found: false };
  // As given, when relative to the process's own working directory: messages show it so.
  if (typeof options.config === 'string')
    return { file: options.cwd === undefined ? options.config : path.resolve(cwd, options.config), found: false };
  const found = findConfig([cwd, ...(specDir ? [specDir] : [])]);
  return { file: found, found: found !== null };
}

/** Run `body` with the spec opened (downloaded or saved from stdin) and the config chosen; errors become SdkgenErrors. */
export async function withInputs<T>(
  options: InputOptions,
  body: (
    inputs: { source: SpecSource; config: { file: string | null; found: boolean } },
    diagnostics: { list: Diagnostic[] },
  ) => Promise<T>,
): Promise<T> {
  const cwd = options.cwd ?? process.cwd();
  const gathered = { list: [] as Diagnostic[] };
  let source: SpecSource | null = null;
  try {
    source = await openSpec(options.spec, { cwd, stdin: options.stdin, fetch: options.fetch });
    const config = resolveConfig(options, source.dir);
    return await body({ source, config }, gathered);
  } catch (error) {
    throw toSdkgenError(error, gathered.list, source?.displayFile);
  } finally {
    source?.dispose();
  }
}

/** What shapes the output besides the spec and the config: given to the pipeline and recorded for `sdkgen check` alike. */
function shapingOptions(options: GenerateOptions, cwd: string) {
  const resolve = (p: string | null | undefined) => (p ? path.resolve(cwd, p) : null);
  // What `sdkgen migrate` recorded in the output's manifest, read once.
  const recorded = options.output ? readManifestSync(path.resolve(cwd, options.output))?.inputs : undefined;
  return {
    templates: resolve(options.templates),
    target: options.target ?? null,
    ...(options.pythonPackage ? { pythonPackage: options.pythonPackage } : {}),
    formatter: options.formatter ?? null,
    allowRefRoot: resolve(options.allowRefRoot),
    mcp: options.mcp === true,
    ...(options.funcs === false ? { funcs: false } : {}),
    referenceDocs: options.referenceDocs !== false,
    // Recorded by `sdkgen migrate`: a regeneration leaves the owners' Vitest config where it is.
    ownersVitest: options.ownersVitest ?? recorded?.ownersVitest === true,
    // Recorded by `sdkgen migrate` too: a regeneration keeps the forms of the Stainless SDK's era.
    // (Null given: the newest forms, though the manifest records an era.)
    stainlessEra: options.stainlessEra !== undefined ? options.stainlessEra : (recorded?.stainlessEra ?? null),
    // And the mock server the repository's Stainless scripts ran (Steady), which its scripts keep running.
    mockServer: recordedMockServer(recorded?.mockServer),
    // Recorded by `sdkgen migrate` too: files the owners deleted stay deleted.
    deleted: recorded?.deleted ?? null,
    // And the names the owners took out of the entry stay out.
    removedExports: recorded?.removedExports ?? null,
    // And the Python package's released version, which the migration wrote: a regeneration writes it too.
    packageVersion: recorded?.packageVersion ?? null,
  };
}

/** An output found up to date by its inputs key (generateUnlessUpToDate). */
export interface UpToDate {
  /** The output directory, absolute. */
  output: string;
  /** How many files the manifest lists (the manifest aside): each is there, and was hashed. */
  verified: number;
  /** Of those, the files that carry the user's edits: kept as they are, as a generation would keep them. */
  kept: string[];
  /** How many warnings the run that wrote the output reported (its manifest says): these inputs give the same. */
  warnings: number;
  /** The config file used (given or found), absolute, or null. */
  configFile: string | null;
  /** Whether the config file was found rather than given. */
  configFound: boolean;
}

/**
 * `generate(options)`, unless it would write nothing, which is known without loading the spec: the output directory
 * (given) has a manifest whose inputs key is the key of these inputs (the spec file and every file it `$ref`s, the
 * config, the options, the templates, the formatter and sdkgen itself: write/inputs-key.ts), and every file it lists
 * is there. The same inputs give the same files, so a file the user edited is kept, as generate would keep it (not
 * with `force`, which would discard the edits). Then the answer is what was verified, and nothing is written. It
 * generates when any of that does not hold or cannot be known (a spec from a URL or standard input; the default
 * output directory, which is named after the client). The inputs are hashed once: before they are read, when the run
 * reads the same files as the last, so that the key recorded is never of newer bytes than those generated from.
 */
export async function generateUnlessUpToDate(options: GenerateOptions): Promise<UpToDate | GenerateResult> {
  // (Whatever stops the quick answer, generating meets and reports.)
  const { same, keyed } = await keyedVerdict(options).catch(() => ({ same: null, keyed: null }));
  return same ?? generateKeyed(options, keyed);
}

async function keyedVerdict(options: GenerateOptions): Promise<{ same: UpToDate | null; keyed: KeyedDigest | null }> {
  if (!options.output || options.spec === '-' || isUrl(options.spec)) return { same: null, keyed: null };
  const cwd = options.cwd ?? process.cwd();
  const spec = path.resolve(cwd, options.spec);
  const output = path.resolve(cwd, options.output);
  const config = resolveConfig(options, path.dirname(spec));
  const shaping = shapingOptions(options, cwd);
  const { verified, keyed } = await inputsKeyVerdict({
    dir: output,
    inputs: manifestInputs(output, { spec, config: config.file, ...shaping }),
    config: config.file,
    formatter: shaping.formatter,
    templates: shaping.templates,
    target: shaping.target,
  });
  // --force discards edits: a generation rewrites the edited files.
  if (verified === null || (options.force === true && verified.edited.length > 0)) return { same: null, keyed };
  const same = {
    output,
    verified: verified.files,
    kept: verified.edited,
    warnings: verified.warnings,
    configFile: config.file ? path.resolve(cwd, config.file) : null,
    configFound: config.found,
  };
  return { same, keyed };
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  return generateKeyed(options, null);
}

/** generate(), with the inputs' digest computed before they were read (reused when it is the digest of this run's). */
async function generateKeyed(options: GenerateOptions, keyed: KeyedDigest | null): Promise<GenerateResult> {
  const cwd = options.cwd ?? process.cwd();
  return withInputs(options, async ({ source, config }, gathered) => {
    const shaping = shapingOptions(options, cwd);
    const outputFor = (clientName: string) =>
      path.resolve(cwd, options.output ?? path.join('generated', kebabCase(clientName)));
    // While the files are rendered, a worker writes a new output directory (fresh-output.ts), or compares an existing
    // one with them (output-worker.ts): undecided until the first file; neither on a dry run or for a small API.
    const writing: { fresh?: FreshOutput | null; compare?: OutputWorker | null } = options.dryRun
      ? { fresh: null, compare: null }
      : {};
    const openWriting = (api: Api, previous: PreviousOutput | null) => {
      if (writing.fresh === undefined)
        Object.assign(writing, outputWorkerFor(api, outputFor(api.clientName), previous));
    };
    try {
      const result = await runPipeline({
        spec: source.path,
        config: config.file,
        ...shaping,
        onNotice: options.onNotice,
        onStage: options.onStage,
        // The files of the existing output that need no formatting (none for a new one).
        previousOutput: options.output ? path.resolve(cwd, options.output) : (api) => outputFor(api.clientName),
        // (A dry run writes nothing, not even the hash cache.)
        recordHashes: options.dryRun !== true,
        onFile: (file, api, previous) => {
          openWriting(api, previous);
          writing.fresh?.add(file);
          writing.compare?.add(file);
        },
        // A new output's files are formatted where they are written: their text never comes back to this thread.
        formatWriter: (api, previous) => {
          openWriting(api, previous);
          return writing.fresh ?? null;
        },
      });
      const diagnostics = result.diagnostics.list.map((d) => ({ ...d, file: source.displayFile(d.file) }));
      gathered.list = diagnostics;
      const warnings = diagnostics.filter((d) => d.severity === 'warning');
      if (options.strict && warnings.length > 0) {
        const first = warnings[0];
        throw new SpecError(
          {
            ...first,
            severity: 'error',
            code: 'strict',
            message: `${warnings.length} warning(s) and strict mode: nothing written (first: ${first.message})`,
          },
          { diagnostics },
        );
      }
      const output = outputFor(result.api.clientName);
      // A spec from stdin cannot be read again, so `sdkgen check` has nothing to replay: no inputs are recorded.
      const inputs =
        source.kind === 'stdin'
          ? null
          : {
              ...manifestInputs(output, {
                // (a URL is recorded as it is, below)
                spec: source.kind === 'file' ? path.resolve(cwd, options.spec) : output,
                config: config.file,
                ...shaping,
              }),
              ...(source.kind === 'url' ? { spec: options.spec } : {}),
            };
      // Only a spec read from files can be checked again, and so keyed.
      const parts = inputs && {
        inputs,
        formatKey: result.formatKey,
        sources: result.sources,
        templateDirs: result.templateDirs,
      };
      // (Computed while the output workers write or compare the last files, when there are workers.)
      // (A digest taken now is of no file written since the run read it: see inputsDigest's readStamps.)
      const digestOf = () =>
        parts && source.kind === 'file'
          ? (sameKeyedDigest(keyed, output, parts, result.readStamps) ?? inputsDigest(output, parts, result.readStamps))
          : null;
      const started = performance.now();
      let files: OutputChanges;
      if (options.dryRun) {
        if (!options.force) {
          const conflicts = await findConflicts(
            output,
            result.files.filter((f) => !isProtected(f.path)),
          );
          if (conflicts.length > 0) throw new StageConflictError(output, conflicts);
        }
        files = planOutput(output, result.files);
      } else {
        // Written meanwhile, unless the directory appeared since: then it is updated as any existing one.
        const { fresh: opened, compare } = writing;
        writing.fresh = writing.compare = null;
        let written: WriteResult;
        if (opened && opened.dir === output && !existsSync(output))
          written = await opened.finish(result.files, inputs, result.formatKey, digestOf, warnings.length);
        else {
          // (The files the writer formatted are read back before it is removed.)
          const all = opened ? await opened.abandon(result.files) : result.files;
          // (Without the worker's findings, writeOutput reads every file, as it does for a small API. Reused files are
          // the files on disk: there is nothing to compare.)
          // (finish() stops the workers; so does stop(), in the background.)
          const compared =
            compare?.root === output ? compare.finish(all.filter((f) => !f.reused)).catch(() => null) : null;
          if (compared === null) compare?.stop().catch(() => {});
          const digest = digestOf();
          written = await writeOutput(output, all, {
            force: options.force === true,
            inputs,
            precheck: await compared,
            formatKey: result.formatKey,
            inputsDigest: digest,
            warnings: warnings.length,
          });
        }
        const created = new Set(written.created);
        files = {
          created: written.created,
          changed: written.written.filter((f) => !created.has(f)),
          written: written.written,
          unchanged: written.unchanged.filter((f) => f !== '.sdkgen/manifest.json'),
          deleted: written.deleted,
          kept: written.kept,
          merged: written.merged,
          keptSections: written.keptSections,
          conflicts: written.conflicts,
          orphaned: written.orphaned,
          reused: result.files.filter((f) => f.reused).map((f) => f.path),
        };
      }
      const writeMs = performance.now() - started;
      options.onStage?.(options.dryRun ? 'plan' : 'write', writeMs);
      // The output is of what the files held when the run read them (and has no inputs key): say so.
      for (const file of writtenSince(
        result.sources.filter((f) => !source.isTemporary(f)),
        result.readStamps,
      ))
        options.onNotice?.(
          `${path.relative(cwd, file) || file} changed while sdkgen was running: the SDK is of what it held before; ` +
            'generate again',
        );
      return {
        clientName: result.api.clientName,
        packageName: result.api.packageName,
        output,
        configFile: config.file ? path.resolve(cwd, config.file) : null,
        configFound: config.found,
        dryRun: options.dryRun === true,
        files,
        counts: countApi(result.api),
        diagnostics,
        timings: [...result.timings, { stage: options.dryRun ? 'plan' : 'write', ms: writeMs }],
        renames: result.renames.map((r) => ({ key: r.key, wanted: r.wanted, got: r.got })),
        sources: result.sources.filter((f) => !source.isTemporary(f)),
        ...(result.otherTarget ? { otherTarget: result.otherTarget } : {}),
      };
    } finally {
      // Anything thrown before the output was in place: what was written meanwhile goes.
      await writing.fresh?.abort();
      await writing.compare?.stop();
    }
  });
}

/**
 * The worker taking the output of `api` while it is rendered: for a new `dir` it writes it, for an existing one it
 * compares (on the thread of the `previous` output's worker, when it has one). None for a small API, or when the
 * folders cannot be made (the write at the end meets the same problem and reports it).
 */
function outputWorkerFor(
  api: Api,
  dir: string,
  previous: PreviousOutput | null,
): { fresh: FreshOutput | null; compare: OutputWorker | null } {
  if (!outputWorkerPays(api)) return { fresh: null, compare: null };
  try {
    const fresh = FreshOutput.open(dir);
    if (fresh !== null || !isDirectory(dir)) return { fresh, compare: null };
    return { fresh, compare: new OutputWorker('compare', dir, undefined, previous?.sharedThread(dir) ?? null) };
  } catch {
    return { fresh: null, compare: null };
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** What writing `files` to `dir` would do (as write/write.ts does it), without writing. */
function planOutput(dir: string, rendered: Array<{ path: string; contents: string }>): OutputChanges {
  const files = rendered.filter((f) => !isProtected(f.path));
  const exists = existsSync(dir) && statSync(dir).isDirectory();
  const plan: OutputChanges = { created: [], changed: [], written: [], unchanged: [], deleted: [] };
  for (const file of files) {
    let current: string | null = null;
    try {
      current = exists ? readFileSync(path.join(dir, file.path), 'utf8') : null;
    } catch {
      // absent, or not a readable file
    }
    if (current === null) plan.created.push(file.path);
    else if (current !== file.contents) plan.changed.push(file.path);
    else plan.unchanged.push(file.path);
  }
  plan.written = [...plan.created, ...plan.changed].sort();
  const keep = new Set(files.map((f) => f.path));
  const previous = exists ? readManifestSync(dir) : null;
  for (const old of Object.keys(previous?.files ?? {})) {
    if (!keep.has(old) && !isProtected(old) && old !== '.sdkgen/manifest.json') plan.deleted.push(old);
  }
  return plan;
}

function countApi(api: Api): GenerateResult['counts'] {
  return { resources: flattenResources(api.resources).length, methods: methodCount(api), types: api.schemas.length };
}
