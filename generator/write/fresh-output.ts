/**
 * A new output directory, written while the SDK is still being rendered. The files go to a worker thread as each
 * one is final (output-worker.ts), and the worker writes them into a temporary sibling of the output directory and
 * hashes them for the manifest, while this thread renders the next ones. finish() writes what is left and the
 * manifest, then renames the folder into place in one step, as write.ts's writeFresh does with everything at the end.
 * The format stage hands it files still to be formatted (format.ts's FormatWriter): the worker formats and writes
 * them, and their text is read back only if asked for (written()).
 *
 * Nothing is lost either way: until finish() the output path is untouched, and abort() (any error before the
 * rename) removes the temporary folder and the parent folders open() created.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RenderedFile } from '../emit/render';
import type { FormatWriter } from '../format/format';
import { cleanerOnly, INTERRUPTS, othersDecide } from '../interrupts';
import type { OxfmtParser, WrapOptions } from '../format/oxfmt-thread';
import type { InputsDigest } from './inputs-key';
import { MANIFEST_PATH, manifestText, type ManifestInputs } from './manifest';
import { OutputWorker } from './output-worker';
import { emptyResult, fileMode, isProtected, removeEmptyUpTo, type WriteResult } from './write';

export class FreshOutput implements FormatWriter {
  private done = false;
  /** Whether the writer has written every file (its text can be read back), and the folder is in place. */
  private filesWritten = false;
  private renamed = false;

  private constructor(
    /** The output directory (absolute). */
    readonly dir: string,
    private readonly temp: string,
    /** The outermost parent folder open() created, if it created any. */
    private readonly createdParent: string | null,
    private readonly worker: OutputWorker,
  ) {
    for (const signal of INTERRUPTS) process.once(signal, this.interrupted);
  }

  /**
   * Ctrl-C (or a kill) while the files are still being written: the temporary folder is removed, then the signal
   * does what it would have done (unless someone else listens for it, such as `--watch`, which then decides).
   */
  private readonly interrupted = cleanerOnly((signal: NodeJS.Signals): void => {
    this.forgetSignals();
    if (!this.done) {
      this.done = true;
      void this.worker.stop();
      // (The worker may still be creating files in it: rmSync retries a folder that is not empty yet.)
      rmSync(this.temp, { recursive: true, force: true, maxRetries: 5 });
      if (this.createdParent) removeEmptyUpTo(path.dirname(this.temp), this.createdParent);
    }
    if (!othersDecide(signal)) process.kill(process.pid, signal);
  });

  private forgetSignals(): void {
    for (const signal of INTERRUPTS) process.off(signal, this.interrupted);
  }

  /**
   * Starts writing `dir` when it does not exist yet; null when it does (write.ts's writeOutput updates it then).
   * Throws what the file system throws when the folders cannot be made.
   */
  static open(dir: string): FreshOutput | null {
    const target = path.resolve(dir);
    if (existsSync(target)) return null;
    const parent = path.dirname(target);
    const createdParent = mkdirSync(parent, { recursive: true }) ?? null;
    const temp = path.join(parent, `.${path.basename(target)}.sdkgen-${randomBytes(4).toString('hex')}.tmp`);
    try {
      mkdirSync(temp);
      return new FreshOutput(target, temp, createdParent, new OutputWorker('write', temp));
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      if (createdParent) removeEmptyUpTo(parent, createdParent);
      throw error;
    }
  }

  /** Hands a final file to the writer (a protected path is never written, as in writeOutput). */
  add(file: RenderedFile): void {
    this.worker.add(file);
  }

  /**
   * Hands a rendered file to the writer, to be formatted there and written (format.ts's FormatWriter): its text never
   * comes back to this thread, which needs only its hash (for the manifest).
   */
  format(
    file: RenderedFile,
    wrap: WrapOptions,
    parser: OxfmtParser,
    batched: boolean,
    options: Record<string, unknown>,
  ): boolean {
    return !this.done && this.worker.format(file, wrap, parser, batched, options);
  }

  /** The text written for a file the writer formatted: read back, once written (finish(), or abandon()). */
  written(file: string): string {
    if (!this.filesWritten)
      throw new Error(`${file} is formatted by the output worker: its text is there once written`);
    return readFileSync(path.join(this.renamed ? this.dir : this.temp, file), 'utf8');
  }

  /**
   * Gives up writing (the output directory appeared meanwhile): waits for the writer, so that the files it formatted
   * are read back, then removes everything, as abort() does. Returns `files`, those it formatted with their contents.
   */
  async abandon(files: RenderedFile[]): Promise<RenderedFile[]> {
    try {
      if (!files.some((file) => this.worker.formats(file.path))) return files;
      await this.worker.finish(files);
      this.filesWritten = true;
      // (Spreading a file the writer formatted reads its contents back now, before abort() removes the folder.)
      return files.map((file) => (this.worker.formats(file.path) ? { ...file } : file));
    } finally {
      await this.abort();
    }
  }

  /**
   * Writes `files` (the whole output, as writeOutput receives it: what was not handed over yet, or handed over with
   * other contents, is written now, and what was handed over but is not in it is removed) and the manifest, then
   * renames the folder into place. On failure everything is removed and the error thrown. The inputs digest is
   * computed while the workers write the last files.
   */
  async finish(
    files: RenderedFile[],
    inputs: ManifestInputs | null,
    formatKey: string | null = null,
    inputsDigest: () => InputsDigest | null = () => null,
    warnings = 0,
  ): Promise<WriteResult> {
    try {
      // (The digest is computed on this thread once the last files are handed over, before their hashes come back; so
      // are the units' keys, which a Python run works out when first read, for the manifest.)
      const [{ hashes }, digest] = await Promise.all([
        this.worker.finish(files),
        Promise.resolve().then(() => {
          for (const file of files) void file.unit?.key;
          return inputsDigest();
        }),
      ]);
      this.filesWritten = true;
      const listed = files.filter((f) => !isProtected(f.path));
      const manifest = path.join(this.temp, MANIFEST_PATH);
      mkdirSync(path.dirname(manifest), { recursive: true });
      writeFileSync(
        manifest,
        manifestText(listed, inputs, (f) => hashes.get(f.path)!, formatKey, digest, warnings),
        {
          mode: fileMode(MANIFEST_PATH),
        },
      );
      renameSync(this.temp, this.dir);
      this.renamed = true;
      this.done = true;
      this.forgetSignals();
      const paths = listed.map((f) => f.path);
      return { ...emptyResult(), written: paths, created: paths };
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  /** Stops the writer and removes everything it wrote, and the parent folders open() created (when empty). */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    this.forgetSignals();
    await this.worker.stop();
    rmSync(this.temp, { recursive: true, force: true });
    if (this.createdParent) removeEmptyUpTo(path.dirname(this.temp), this.createdParent);
  }
}
