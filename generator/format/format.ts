/**
 * Format stage: every rendered file, in memory, before anything touches disk.
 * A file the formatter cannot parse is a generator bug (or a broken template): reported with its path.
 *
 * The formatter (`--formatter`, else `SDKGEN_FORMATTER`, else the config's `formatter:`, else oxfmt):
 * - `oxfmt` (default): a native, Prettier-compatible formatter (the oxfmt package), formatting on its own
 *   threads; about a tenth of Prettier's CPU time. Small files go to it in batches (oxfmt-batches.ts). Its output
 *   is Prettier's, byte for byte, on every SDK we compared but for rare line breaks (bench/README.md lists them).
 *   When it cannot load (a Node version it does not support, a platform without a build), Prettier formats
 *   instead, after a one-line notice.
 * - `prettier`: Prettier 3 (3.6 tested), loaded only when used. Large outputs are formatted in worker threads (one
 *   Prettier each); small ones in this thread, where starting workers would cost more than it saves. Prettier is an
 *   optional peer dependency (8.5 MB that most installs, formatting with oxfmt, never run): where it is needed and
 *   not installed, the run stops before formatting with the command that installs it, never writing unformatted
 *   files in its place.
 * - `none`: unformatted output (to measure what the rest of the pipeline costs).
 *
 * Files already formatted are passed through: those whose content is one that scripts/build.mjs found
 * Prettier-stable (the verbatim runtime files of templates/base/src/{core,internal}, listed by content hash in
 * dist/preformatted.json).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Options } from 'prettier';
import { UsageError } from '../diagnostics';
import type { RenderedFile } from '../emit/render';
import { importModule } from '../import-module';
import prettierOptions from './prettier-options.json';
import { BATCH_BYTES, BATCH_FILES, type BatchParser, batchable, joinBatch, splitBatch } from './oxfmt-batches';
import { formatKey, formatKeyParts } from './format-key';
import type { OxfmtParser, WrapOptions } from './oxfmt-thread';
import { wrapDocComments } from './wrap-comments';

/** Prettier's options for generated code (also used by scripts/build.mjs and `npm run format:runtime`). */
export const PRETTIER_OPTIONS = prettierOptions as Options;

export type Formatter = 'oxfmt' | 'prettier' | 'none';

export const FORMATTERS: readonly Formatter[] = ['oxfmt', 'prettier', 'none'];
export const DEFAULT_FORMATTER: Formatter = 'oxfmt';

export interface FormatInput extends RenderedFile {
  /**
   * JSDoc lines past the width are wrapped after formatting (TypeScript files). For emitted code, whose comments
   * carry the spec's text; the verbatim runtime is emitted as written. `{ textWidth }`: each comment's text is
   * wrapped at that many columns after its ` * ` instead, as Stainless's SDKs wrap it (80).
   */
  wrapComments?: boolean | { textWidth: number };
}

export interface FormatOptions {
  formatter?: Formatter;
  /** Worker threads for Prettier: default from the output size and the machine's cores; 0 or 1 = this thread. */
  workers?: number;
  /** Skip files listed in dist/preformatted.json (default true). */
  usePreformattedList?: boolean;
  /** Told when the chosen formatter cannot run and another formats instead (default: a line on stderr). */
  onNotice?: (message: string) => void;
  /** How oxfmt is loaded (tests stand in a missing or broken build). */
  importOxfmt?: () => Promise<OxfmtModule>;
  /** The installed Prettier's version, or null when there is none (tests stand in a missing or an old one). */
  findPrettier?: () => string | null;
  /**
   * Told of each file once it is final (formatted, its JSDoc wrapped), before finish() returns it: with oxfmt as it
   * comes back, while later files are still being rendered; with the other formatters, in finish(). Not told of a
   * file that could not be formatted.
   */
  onFile?: (file: RenderedFile) => void;
  /**
   * With oxfmt, the thread that writes the output when it formats files itself (write/output-worker.ts): asked at
   * each file; a file it takes is neither formatted here nor told to onFile, and its contents, once read, are read
   * back from what it wrote.
   */
  writer?: () => FormatWriter | null;
}

/** A thread that formats (with oxfmt) and writes the files it takes; their text never comes back unless read. */
export interface FormatWriter {
  /** Takes a rendered file to format and write; false when it does not (the session formats it). */
  format(
    file: RenderedFile,
    wrap: WrapOptions,
    parser: OxfmtParser,
    batched: boolean,
    options: Record<string, unknown>,
  ): boolean;
  /** The text it wrote for a file it took (once written). */
  written(path: string): string;
}

export class FormatError extends Error {
  constructor(file: string, cause: unknown) {
    super(
      `cannot format ${file} (a generator or template bug): ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`,
    );
    this.name = 'FormatError';
  }
}

type Parser = 'typescript' | 'json' | 'markdown';

function parserFor(file: string): Parser | null {
  if (file.endsWith('.ts')) return 'typescript';
  if (file.endsWith('.json')) return 'json';
  if (file.endsWith('.md')) return 'markdown';
  return null;
}

/** `value` as a formatter name; `source` names where it came from in the error. */
export function parseFormatter(value: unknown, source: string): Formatter {
  const name = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (FORMATTERS.includes(name as Formatter)) return name as Formatter;
  throw new UsageError(`${source} must be oxfmt, prettier or none, got ${JSON.stringify(value)}`);
}

/** The formatter to use: the command line's, else SDKGEN_FORMATTER's, else the config file's, else oxfmt. */
export function chooseFormatter(fromCommandLine?: string | null, fromConfig?: Formatter | null): Formatter {
  if (fromCommandLine) return parseFormatter(fromCommandLine, '--formatter');
  const fromEnv = process.env.SDKGEN_FORMATTER;
  if (fromEnv?.trim()) return parseFormatter(fromEnv, 'SDKGEN_FORMATTER');
  return fromConfig ?? DEFAULT_FORMATTER;
}

interface Job {
  index: number;
  path: string;
  contents: string;
  parser: Parser;
}

/** Formats `files` (all at once; see startFormatting() to format files while others are being rendered). */
export async function formatFiles(files: FormatInput[], options: FormatOptions = {}): Promise<RenderedFile[]> {
  const session = await startFormatting(options);
  for (const file of files) session.add(file);
  return session.finish();
}

/**
 * Files are added as they are rendered and come back, formatted, in the order they were added. With oxfmt,
 * formatting starts at once, on oxfmt's own threads, while this thread renders the next files; Prettier
 * formats them all in finish() (in worker threads when there is a lot).
 */
export interface FormatSession {
  add(file: FormatInput): void;
  /**
   * Files added but not yet handed to the formatter. While there are any, whoever adds files should let the
   * event loop run now and then (`await new Promise(setImmediate)`): finished files make room for waiting ones.
   */
  pending(): number;
  /** Every added file, formatted; a FormatError names the first file (in order added) that could not be. */
  finish(): Promise<RenderedFile[]>;
  /** The format key (format-key.ts) of the formatter that formats: another than asked for when oxfmt cannot run. */
  readonly key: string;
}

export async function startFormatting(options: FormatOptions = {}): Promise<FormatSession> {
  const formatter = options.formatter ?? chooseFormatter();
  if (formatter === 'none') return startFormatter(formatter, options, (_file, contents) => contents);
  return startFormatter(formatter, options, (file, contents) => {
    const wrap = wrapOf(file);
    return wrap ? wrapDocComments(contents, wrap.width, wrap.textWidth) : contents;
  });
}

/** How a formatted file's JSDoc is wrapped, or null: not (formatted TypeScript only). */
function wrapOf({ path, wrapComments }: Pick<FormatInput, 'path' | 'wrapComments'>): WrapOptions {
  if (!wrapComments || !path.endsWith('.ts')) return null;
  // Prettier (and oxfmt) leave comments as they are: JSDoc is wrapped at the same width as the code after them.
  return { width: PRETTIER_OPTIONS.printWidth ?? 80, textWidth: wrapComments === true ? null : wrapComments.textWidth };
}

/** The parser each file goes to the formatter with, or null: not formatted (no formatter, or already formatted). */
function parserOfFiles(formatter: Formatter, options: FormatOptions): (file: FormatInput) => Parser | null {
  const known = formatter === 'none' || options.usePreformattedList === false ? null : preformattedList(formatter);
  return (file) => {
    if (formatter === 'none') return null;
    const parser = parserFor(file.path);
    return parser && !known?.has(file.contents) ? parser : null;
  };
}

/** The Prettier sdkgen is tested with (its devDependency): the one the error for a missing Prettier installs. */
export const PRETTIER_VERSION = '3.6.2';

/**
 * The version of the Prettier this module resolves (beside sdkgen, or in the project that installed it), or null.
 * Any version installs beside sdkgen (its peer range is `*`: a project keeping Prettier 2 still installs sdkgen, which
 * formats with oxfmt); the version is checked here, when Prettier must format.
 */
export function findPrettier(): string | null {
  try {
    const file = createRequire(import.meta.url).resolve('prettier/package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

/** Prettier 3's API (format() returns a promise) and the TypeScript syntax sdkgen emits. */
const PRETTIER_MAJOR = 3;

/** Why the installed Prettier cannot format, with the command that installs one that can; null when it can. */
function prettierUnusable(version: string | null, oxfmtFailed: string | null): string | null {
  if (version !== null && Number(version.split('.')[0]) >= PRETTIER_MAJOR) return null;
  const found =
    version === null ? 'is not installed (sdkgen does not install it)' : `${version} is installed, not Prettier 3`;
  const install = `npm i -D prettier@${PRETTIER_VERSION}`;
  return oxfmtFailed === null
    ? `formatter prettier: Prettier ${found}: ${install}, or use the default formatter, oxfmt`
    : `oxfmt cannot run here (${oxfmtFailed}), and Prettier, which formats instead, ${found}: ${install} (or --formatter none for unformatted output)`;
}

/**
 * What happens to a file once it is formatted (its JSDoc wrapped). oxfmt's session does it as each file comes back,
 * while other files are still being formatted, rather than to every file once the last one is done.
 */
type FinishFile = (file: Pick<FormatInput, 'path' | 'wrapComments'>, formatted: string) => string;

async function startFormatter(
  formatter: Formatter,
  options: FormatOptions,
  finishFile: FinishFile,
): Promise<FormatSession> {
  let oxfmtFailed: string | null = null;
  if (formatter === 'oxfmt') {
    const loaded = await (options.importOxfmt ? loadOxfmt(options.importOxfmt) : preloadOxfmt());
    if (typeof loaded !== 'string') {
      const session = oxfmtSession(loaded, parserOfFiles(formatter, options), finishFile, options);
      return Object.assign(session, { key: keyOf(formatter, options) });
    }
    oxfmtFailed = loaded;
  }
  const unusable =
    formatter === 'none' ? null : prettierUnusable((options.findPrettier ?? findPrettier)(), oxfmtFailed);
  if (unusable !== null) throw new UsageError(unusable);
  if (oxfmtFailed !== null) {
    (options.onNotice ?? ((message) => process.stderr.write(`sdkgen: ${message}\n`)))(
      `oxfmt cannot run here (${oxfmtFailed}); formatting with Prettier instead (slower)`,
    );
  }
  const parserOf = parserOfFiles(formatter === 'none' ? 'none' : 'prettier', options);
  const out: RenderedFile[] = [];
  const wrapComments: Array<FormatInput['wrapComments']> = [];
  const jobs: Job[] = [];
  return {
    key: keyOf(formatter === 'none' ? 'none' : 'prettier', options),
    add(file) {
      const parser = parserOf(file);
      if (parser) jobs.push({ index: out.length, path: file.path, contents: file.contents, parser });
      out.push({ path: file.path, contents: file.contents });
      wrapComments.push(file.wrapComments);
    },
    pending: () => 0,
    async finish() {
      if (jobs.length > 0) {
        const formatted = await formatWithPrettier(jobs, options.workers);
        jobs.forEach((job, i) => (out[job.index].contents = formatted[i]));
      }
      return out.map((file, i) => {
        const contents = finishFile({ path: file.path, wrapComments: wrapComments[i] }, file.contents);
        const finished = contents === file.contents ? file : { path: file.path, contents };
        options.onFile?.(finished);
        return finished;
      });
    },
  };
}

/** The format key of `formatter` formatting with these options. */
function keyOf(formatter: Formatter, options: FormatOptions): string {
  const listed = formatter !== 'none' && options.usePreformattedList !== false && preformattedList(formatter) !== null;
  return formatKey(formatKeyParts(formatter, listed));
}

// ---------------------------------------------------------------------------------------------------------
// dist/preformatted.json: contents known to be Prettier-stable, by SHA-256 (written by scripts/build.mjs)

export interface PreformattedFile {
  /** `prettier@<version> <options JSON>`: the list is ignored when it was made with another Prettier or options. */
  key: string;
  /** SHA-256 (hex) and length of each formatted content. */
  formatted: Array<{ sha256: string; length: number }>;
}

export function preformattedKey(prettierVersion: string): string {
  return `prettier@${prettierVersion} ${JSON.stringify(prettierOptions)}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const cachedLists = new Map<Formatter, { has(contents: string): boolean } | null>();

/**
 * The built list (next to this module in dist/, or in dist/ from the sources), or null: when it was made with
 * other options, or (for Prettier) with another Prettier than the one installed. oxfmt's output is Prettier's, so for
 * oxfmt the list holds when it was made with the Prettier sdkgen is tested with, whichever is installed, if any.
 */
export function preformattedList(formatter: Formatter = 'prettier'): { has(contents: string): boolean } | null {
  if (!cachedLists.has(formatter)) cachedLists.set(formatter, readPreformattedList(formatter));
  return cachedLists.get(formatter)!;
}

function readPreformattedList(formatter: Formatter): { has(contents: string): boolean } | null {
  try {
    const file = [
      new URL('./preformatted.json', import.meta.url),
      new URL('../../dist/preformatted.json', import.meta.url),
    ]
      .map((u) => fileURLToPath(u))
      .find((f) => existsSync(f));
    if (!file) return null;
    const list = JSON.parse(readFileSync(file, 'utf8')) as PreformattedFile;
    const version =
      formatter === 'oxfmt'
        ? PRETTIER_VERSION
        : (
            JSON.parse(readFileSync(createRequire(import.meta.url).resolve('prettier/package.json'), 'utf8')) as {
              version: string;
            }
          ).version;
    if (list.key !== preformattedKey(version)) return null;
    const byLength = new Map<number, Set<string>>();
    for (const { sha256: hash, length } of list.formatted)
      byLength.set(length, (byLength.get(length) ?? new Set()).add(hash));
    // Hash only contents whose length matches a listed one: most files are not candidates.
    return { has: (contents) => byLength.get(contents.length)?.has(sha256(contents)) ?? false };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Prettier

/** Below this much text, Prettier runs in this thread: a worker's start-up (thread, Prettier, JIT) costs more. */
const PARALLEL_MIN_BYTES = 400_000;
/** Roughly the least text worth a worker. */
const BYTES_PER_WORKER = 200_000;
/** Each worker holds its own Prettier and syntax trees: on GitHub's SDK ~0.4–0.6 GB of peak RSS per worker. */
const MAX_WORKERS = 4;
const MEMORY_PER_WORKER = 1.5 * 2 ** 30;

function defaultWorkers(bytes: number): number {
  const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
  if (bytes < PARALLEL_MIN_BYTES || cores < 2) return 1;
  const byMemory = Math.floor(totalmem() / MEMORY_PER_WORKER);
  return Math.max(1, Math.min(cores, MAX_WORKERS, byMemory, Math.floor(bytes / BYTES_PER_WORKER)));
}

async function formatWithPrettier(jobs: Job[], workers?: number): Promise<string[]> {
  const bytes = jobs.reduce((n, j) => n + j.contents.length, 0);
  const count = Math.min(workers ?? defaultWorkers(bytes), jobs.length);
  if (count > 1) return formatInWorkers(jobs, count);
  const prettier = await importModule<typeof import('prettier')>('prettier');
  const results: string[] = [];
  // One at a time: Prettier is synchronous work behind an async API, and awaiting every file at once only
  // keeps all their syntax trees alive together.
  for (const job of jobs) {
    try {
      results.push(await prettier.format(job.contents, { ...PRETTIER_OPTIONS, parser: job.parser }));
    } catch (error) {
      throw new FormatError(job.path, error);
    }
  }
  return results;
}

/** The worker: CommonJS source (eval), so that it runs the same from the sources (tests) and from dist/. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const prettier = require(workerData.prettier);
parentPort.once('message', async (jobs) => {
  const results = [];
  for (const job of jobs) {
    try {
      results.push({ ok: true, contents: await prettier.format(job.contents, { ...workerData.options, parser: job.parser }) });
    } catch (error) {
      results.push({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
  parentPort.postMessage(results);
});
`;

async function formatInWorkers(jobs: Job[], count: number): Promise<string[]> {
  const prettierPath = createRequire(import.meta.url).resolve('prettier');
  // Largest first, each to the least-loaded worker: balanced by bytes whatever the order of the files.
  const order = jobs.map((_, i) => i).sort((a, b) => jobs[b].contents.length - jobs[a].contents.length);
  const shares = Array.from({ length: count }, () => ({ bytes: 0, indices: [] as number[] }));
  for (const i of order) {
    const least = shares.reduce((min, s) => (s.bytes < min.bytes ? s : min), shares[0]);
    least.bytes += jobs[i].contents.length;
    least.indices.push(i);
  }
  const results: string[] = new Array(jobs.length);
  // Loaded here: worker threads cost start-up time that runs without Prettier workers do not need.
  const { Worker } = await import('node:worker_threads');
  const workers: Array<InstanceType<typeof Worker>> = [];
  try {
    await Promise.all(
      shares.map(
        (share) =>
          new Promise<void>((resolve, reject) => {
            const worker = new Worker(WORKER_SOURCE, {
              eval: true,
              workerData: { prettier: prettierPath, options: PRETTIER_OPTIONS },
            });
            workers.push(worker);
            worker.once('message', (answers: Array<{ ok: boolean; contents?: string; error?: string }>) => {
              for (let k = 0; k < answers.length; k++) {
                const index = share.indices[k];
                const answer = answers[k];
                if (!answer.ok) return reject(new FormatError(jobs[index].path, new Error(answer.error)));
                results[index] = answer.contents!;
              }
              resolve();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`a format worker exited (code ${code}) before answering`)));
            worker.postMessage(share.indices.map((i) => jobs[i]));
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------------
// oxfmt

export interface OxfmtModule {
  format(
    fileName: string,
    sourceText: string,
    options?: Record<string, unknown>,
  ): Promise<{ code: string; errors: Array<{ message: string }> }>;
}

/** A neutral name per parser: oxfmt picks its parser by file name, and sorts the keys of a file called package.json. */
const OXFMT_NAMES: Record<Parser, string> = { typescript: 'file.ts', json: 'file.json', markdown: 'file.md' };
/** oxfmt 0.78's `engines`: its builds need these Node versions. */
const OXFMT_NODE = { 20: 19, 22: 12 } as const;

/** Whether this Node satisfies oxfmt's `^20.19.0 || >=22.12.0`. */
export function nodeRunsOxfmt(version: string = process.versions.node): boolean {
  const [major, minor] = version.split('.').map(Number);
  if (major === 20) return minor >= OXFMT_NODE[20];
  if (major === 22) return minor >= OXFMT_NODE[22];
  return major > 22;
}

let preloaded: Promise<OxfmtModule | string> | undefined;

/**
 * Starts loading oxfmt (its module, its native build) now, so that it is ready by the time files are rendered:
 * generate calls this before it reads the spec.
 */
export function preloadOxfmt(): Promise<OxfmtModule | string> {
  preloaded ??= loadOxfmt();
  return preloaded;
}

/** The oxfmt module, ready to format (its native build loaded), or why it cannot be used. */
async function loadOxfmt(
  importOxfmt: () => Promise<OxfmtModule> = () => importModule<OxfmtModule>('oxfmt'),
): Promise<OxfmtModule | string> {
  if (!nodeRunsOxfmt()) return `it needs Node ^20.19 or >=22.12, this is ${process.versions.node}`;
  try {
    const oxfmt = await importOxfmt();
    // The native build is loaded on the first call: a platform without one fails here, not mid-run.
    const probe = await oxfmt.format('probe.ts', 'probe;\n', {});
    if (probe.code !== 'probe;\n') return 'its build does not format as expected';
    return oxfmt;
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0];
  }
}

/** A file a writer formats and writes: its contents, when read, are what it wrote. */
function writtenBy(writer: FormatWriter, path: string): RenderedFile {
  let contents: string | null = null;
  return {
    path,
    get contents() {
      return (contents ??= writer.written(path));
    },
  };
}

/**
 * Files formatted at once. oxfmt runs each call on a thread of its own: unbounded, a thousand files would
 * run (and hold their syntax trees) together — 0.7 GB on GitHub's SDK.
 */
export function oxfmtConcurrency(): number {
  const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
  return Math.max(2, Math.min(4, cores));
}

function oxfmtSession(
  oxfmt: OxfmtModule,
  parserOf: (file: FormatInput) => Parser | null,
  finishFile: FinishFile,
  { onFile, writer }: Pick<FormatOptions, 'onFile' | 'writer'>,
): Omit<FormatSession, 'key'> {
  const { experimentalTernaries: _prettierOnly, ...prettierOptions } = PRETTIER_OPTIONS;
  const options = { ...prettierOptions, sortPackageJson: false };
  const limit = oxfmtConcurrency();
  const waiting: Array<() => void> = [];
  let running = 0;
  const startWaiting = () => {
    while (running < limit && waiting.length > 0) {
      running++;
      waiting.shift()!();
    }
  };
  /** One oxfmt call, started when a thread is free: the formatted source, or why it could not be formatted. */
  const format = (parser: Parser, source: string): Promise<string | Error> =>
    new Promise((resolve) => {
      waiting.push(() => {
        oxfmt
          .format(OXFMT_NAMES[parser], source, options)
          .then(
            (result) => (result.errors.length > 0 ? new Error(result.errors[0].message) : result.code),
            (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
          )
          .then((settled) => {
            running--;
            startWaiting();
            // The next call goes to oxfmt's threads first; this one's files are finished meanwhile.
            resolve(settled);
          });
      });
      startWaiting();
    });

  type Batched = { contents: string; settle: (formatted: string | Error) => void };
  const batches = new Map<BatchParser, { files: Batched[]; bytes: number }>();
  const sendBatch = (parser: BatchParser) => {
    const batch = batches.get(parser);
    if (!batch) return;
    batches.delete(parser);
    const { files } = batch;
    void format(
      parser,
      joinBatch(
        parser,
        files.map((file) => file.contents),
      ),
    ).then((result) => {
      const parts = typeof result === 'string' ? splitBatch(parser, result, files.length) : null;
      if (parts) files.forEach((file, i) => file.settle(parts[i]));
      // Alone, each file comes out as it would have; a file that cannot be formatted is named.
      else for (const file of files) void format(parser, file.contents).then(file.settle);
    });
  };

  // Results, errors included, are settled values, so that no rejection goes unobserved before finish().
  const results: Array<Promise<RenderedFile | FormatError>> = [];
  return {
    add(file) {
      const parser = parserOf(file);
      const { path, contents, wrapComments } = file;
      // Finished here, so that no exception escapes the promise chains above (finish() would wait forever).
      const finished = (formatted: string | Error): RenderedFile | FormatError => {
        if (formatted instanceof Error) return new FormatError(path, formatted);
        try {
          const done = { path, contents: finishFile({ path, wrapComments }, formatted) };
          onFile?.(done);
          return done;
        } catch (error) {
          return new FormatError(path, error);
        }
      };
      const batched = parser !== null && parser !== 'json' && batchable(parser, contents);
      const by = parser ? writer?.() : null;
      if (parser && by?.format(file, wrapOf(file), parser, batched, options)) {
        results.push(Promise.resolve(writtenBy(by, path)));
      } else if (!parser) {
        results.push(Promise.resolve(finished(contents)));
      } else if (batched) {
        results.push(
          new Promise((resolve) => {
            const batch = batches.get(parser) ?? { files: [], bytes: 0 };
            batches.set(parser, batch);
            batch.files.push({ contents, settle: (formatted) => resolve(finished(formatted)) });
            batch.bytes += contents.length;
            if (batch.bytes >= BATCH_BYTES || batch.files.length >= BATCH_FILES) sendBatch(parser);
          }),
        );
      } else {
        results.push(format(parser, contents).then(finished));
      }
    },
    pending() {
      return waiting.length;
    },
    async finish() {
      for (const parser of [...batches.keys()]) sendBatch(parser);
      const files = await Promise.all(results);
      const failed = files.find((f): f is FormatError => f instanceof FormatError);
      if (failed) throw failed;
      return files as RenderedFile[];
    },
  };
}
