/**
 * Whether a regeneration's inputs are unchanged since the manifest was written: the verdict `generate` and `watch`
 * answer from without generating, and `check` from before it compares (diff/check.ts).
 */
import path from 'node:path';
import { loadConfig } from '../config';
import { Diagnostics } from '../diagnostics';
import { chooseFormatter, preformattedList, type Formatter } from '../format/format';
import { formatKey, formatKeyParts } from '../format/format-key';
import { PYTHON_FORMAT_KEY, PYTHON_TARGET, pythonTemplateDirs, templateLayers } from '../generate';
import { inputsDigest, inputsKeyOfWritten, keyedSources, type InputsDigest } from './inputs-key';
import { readManifestAndText, type ManifestInputs } from './manifest';
import { PreviousOutput } from './previous-output';

/** What a run would be given, for telling whether its output is up to date by the inputs key alone. */
export interface KeyedRun {
  /** The output directory. */
  dir: string;
  /** The inputs the run would record in the manifest (manifestInputs). */
  inputs: ManifestInputs;
  /** The config file, which may pick the formatter and a template folder. */
  config: string | null;
  formatter?: string | null;
  templates?: string | null;
  target?: string | null;
}

/** The inputs digest a run computed before generating, with what it was computed from (reused by the write). */
export interface KeyedDigest {
  dir: string;
  digest: InputsDigest;
  inputs: ManifestInputs;
  formatKey: string;
  templateDirs: string[];
}

/**
 * The files verified when the output is up to date by its inputs key alone: the key the manifest records is the key
 * of the inputs now (the same spec files, configs, options, templates, formatter and sdkgen), the manifest is as
 * sdkgen writes it, and every file it lists is there. Null otherwise: then the run generates. `edited` lists the files
 * that hold other bytes than sdkgen wrote: the same inputs give the same output, the bytes the manifest records, so
 * a run keeps those edits as they are (write.ts), and check calls them customized.
 */
export async function verifiedByInputsKey(run: KeyedRun): Promise<{ files: number; edited: string[] } | null> {
  return (await inputsKeyVerdict(run)).verified;
}

/**
 * verifiedByInputsKey's answer, and the digest of the inputs now over the files the last run read, when it was
 * computed: a run that generates after all records it when it reads the same files (their bytes before it read them).
 */
export async function inputsKeyVerdict(
  run: KeyedRun,
): Promise<{ verified: { files: number; edited: string[]; warnings: number } | null; keyed: KeyedDigest | null }> {
  const none = { verified: null, keyed: null };
  // A config that is a module runs when loaded, and its output has no key: not loaded for nothing.
  if (run.config !== null && MODULE_FILE.test(run.config)) return none;
  const read = readManifestAndText(run.dir);
  const manifest = read?.manifest;
  if (!read || !manifest?.inputsKey || !manifest.sources || !manifest.format) return none;
  let keyed: KeyedDigest | null = null;
  try {
    const config = await loadConfig(run.config, new Diagnostics());
    // (A Python package is formatted by Ruff, and made from templates/python alone, whatever the formatter option.)
    const python = run.target === PYTHON_TARGET;
    const formatKey = python ? PYTHON_FORMAT_KEY : formatKeyOf(chooseFormatter(run.formatter, config.formatter));
    if (formatKey !== manifest.format) return none;
    const templateDirs = python
      ? pythonTemplateDirs()
      : templateLayers(config, { templates: run.templates ?? null, target: run.target ?? null }).dirs;
    const parts = { inputs: run.inputs, formatKey, sources: manifest.sources, templateDirs };
    const digest = inputsDigest(run.dir, parts);
    if (digest !== null) keyed = { dir: path.resolve(run.dir), digest, inputs: run.inputs, formatKey, templateDirs };
  } catch {
    return none;
  }
  // The key binds the manifest's text as sdkgen wrote it: one edited by hand (or merged) is not the run's.
  if (keyed === null || inputsKeyOfWritten(keyed.digest.digest, read.text, manifest.inputsKey) !== manifest.inputsKey)
    return { verified: null, keyed };
  const previous = PreviousOutput.open(run.dir);
  try {
    const edited = (await previous?.editedFiles()) ?? null;
    const files = Object.keys(manifest.files).length;
    return { verified: edited === null ? null : { files, edited, warnings: manifest.warnings ?? 0 }, keyed };
  } finally {
    await previous?.close();
  }
}

/**
 * `keyed`'s digest when it is the digest of `parts` (the same output directory, files read, options, format key and
 * template layers) as the run read them, else null: each file's stamp before the run read it (`readStamps`: generate's)
 * is the one it had once hashed, so no file was written between the digest and the run's read.
 */
export function sameKeyedDigest(
  keyed: KeyedDigest | null,
  dir: string,
  parts: { inputs: unknown; formatKey: string; sources: string[]; templateDirs: string[] },
  readStamps: ReadonlyMap<string, string>,
): InputsDigest | null {
  if (keyed === null || keyed.dir !== path.resolve(dir) || keyed.formatKey !== parts.formatKey) return null;
  if (JSON.stringify(keyed.inputs) !== JSON.stringify(parts.inputs)) return null;
  if (JSON.stringify(keyed.templateDirs) !== JSON.stringify(parts.templateDirs)) return null;
  const sources = keyedSources(dir, parts.sources);
  if (JSON.stringify(sources) !== JSON.stringify(keyed.digest.sources)) return null;
  const hashed = keyed.digest.stamps;
  if (hashed.size !== readStamps.size) return null;
  for (const [file, stamp] of hashed) if (readStamps.get(file) !== stamp) return null;
  return keyed.digest;
}

/** A config file that is a module (inputs-key.ts keys none). */
const MODULE_FILE = /\.[cm]?[jt]s$/;

/** The format key of `formatter` when it can run, as generate and check format it (format.ts's keyOf). */
function formatKeyOf(formatter: Formatter): string {
  return formatKey(formatKeyParts(formatter, formatter !== 'none' && preformattedList(formatter) !== null));
}

/** `inputs unchanged: 4,517 files verified`: what check and generate say when they answer from the inputs key. */
export function verifiedCount(files: number): string {
  return `inputs unchanged: ${thousands(files)} files verified`;
}

/** `4,510 of 4,517 files reused`. */
export function reusedCount(reused: number, of: number): string {
  return `${thousands(reused)} of ${thousands(of)} files reused`;
}

/** `4,512`: a count as toLocaleString('en-US') writes it, without loading the locale's data (10 ms of a run). */
function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
