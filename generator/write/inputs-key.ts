/**
 * The inputs key: a digest of everything that decides an output, recorded in its manifest (`inputsKey`), so that
 * `sdkgen check` with nothing changed answers without loading the spec, building the IR or rendering anything.
 *
 * It covers the bytes of every file the run read (the spec, each file it `$ref`s, the config and the Stainless config
 * it names: the manifest's `sources`, paths relative to the output directory), the options that shape the output
 * (the manifest's `inputs`), the format key, every file of the template layers used (an override folder, a target,
 * templates/base) and sdkgen's own code (SDKGEN_CODE, a hash of generator/ and of the packages bundled with it,
 * computed by scripts/build.mjs; from the sources, the same computed here). The key is bound to the rest of the
 * manifest (its file hashes), so that a manifest edited or merged by hand does not pass for the run's.
 *
 * A config that is a module (.ts, .js) can read anything when it runs: its output has no inputs key, and is checked
 * the long way.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileStamp, stampOfFile } from '../file-stamp';
import { packageRoot } from '../generate-layers';

/** sha256 of generator/ and the versions of the packages bundled into dist/, defined by scripts/build.mjs. */
declare const SDKGEN_CODE: string | undefined;

/** What the manifest records of a run's inputs: the digest, and the files it read (relative to the output). */
export interface InputsDigest {
  digest: string;
  sources: string[];
  /**
   * The stamp (file-stamp.ts) of every file hashed, by absolute path, taken once its bytes were read: a run that read
   * them after the digest reuses it only when each file's stamp before it read it is this (inputs-unchanged.ts's sameKeyedDigest).
   */
  stamps: Map<string, string>;
}

/** Where sdkgen's code identity comes from: this installation (a test stands in another build). */
export const CODE_IDENTITY = { get: codeIdentity };

/**
 * The digest of a run's inputs, or null when they cannot be keyed: a file is missing, or the config is a module.
 * `sources` are absolute paths (or relative to `outDir`); `templateDirs` the layers, highest first.
 *
 * `readStamps`: the stamps (file-stamp.ts) the run took of files before it read them, by absolute path, when the
 * digest is taken after the run read its inputs: each source and each file of a template layer (stampLayers), whose
 * listing tells a file added to a layer since. A file written, added or removed since is not what the run read, and
 * its key would pass an output made from the old bytes for current: the answer is then null (no key is recorded, and
 * the next check takes the long way), as it is for a file the run did not stamp.
 */
export function inputsDigest(
  outDir: string,
  parts: { inputs: unknown; formatKey: string; sources: string[]; templateDirs: string[] },
  readStamps: ReadonlyMap<string, string> | null = null,
): InputsDigest | null {
  const root = path.resolve(outDir);
  const sources = keyedSources(root, parts.sources);
  if (sources.some((file) => /\.[cm]?[jt]s$/.test(file))) return null;
  const hash = createHash('sha256');
  hash.update(`code\0${CODE_IDENTITY.get()}\0format\0${parts.formatKey}\0inputs\0${JSON.stringify(parts.inputs)}\0`);
  const piece = Buffer.allocUnsafe(PIECE);
  const stamps = new Map<string, string>();
  const hashed = (abs: string) => {
    const stamp = hashFile(hash, abs, piece, readStamps === null ? null : (readStamps.get(abs) ?? NOT_STAMPED));
    // (A file hashed twice, a source inside a layer, holds the same bytes both times.)
    if ((stamps.get(abs) ?? stamp) !== stamp) throw new Error(`${abs} was written while it was hashed`);
    stamps.set(abs, stamp);
  };
  try {
    for (const file of sources) {
      hash.update(`source\0${file}\0`);
      hashed(path.resolve(root, file));
    }
    for (const dir of parts.templateDirs) {
      hash.update(`layer\0${layerName(root, dir)}\0`);
      const files = filesUnder(dir);
      if (readStamps !== null && stampedUnder(readStamps, dir) !== files.length) return null;
      for (const file of files) {
        hash.update(`${file}\0`);
        hashed(path.join(dir, file));
      }
    }
  } catch {
    return null;
  }
  return { digest: hash.digest('hex'), sources, stamps };
}

/**
 * How a template layer is named in the key: one of sdkgen's own (templates/base, a target, the Python templates) by its
 * place in sdkgen, whose code identity covers where it is installed (relative to the output, the key would differ
 * between a checkout and a CI runner with sdkgen elsewhere); a user's folder by its path relative to the output.
 */
function layerName(root: string, dir: string): string {
  const own = path.relative(packageRoot(), dir);
  if (own.startsWith(`templates${path.sep}`) || own === 'templates') return `sdkgen:${own.split(path.sep).join('/')}`;
  return path.relative(root, dir).split(path.sep).join('/');
}

/** The stamp of a file the run did not stamp before reading it: no file has it. */
const NOT_STAMPED = '';

/**
 * The stamps of every file of the template layers `dirs`, taken before a run lists or reads them (inputsDigest's
 * readStamps): a stat of each, which reads nothing.
 */
export function stampLayers(dirs: string[]): Map<string, string> {
  const stamps = new Map<string, string>();
  for (const dir of dirs) {
    let files: string[];
    try {
      files = filesUnder(dir);
    } catch {
      continue; // gone: the run meets it, and no digest lists it
    }
    for (const file of files) {
      const abs = path.join(dir, file);
      const stamp = stamps.has(abs) ? null : stampOfFile(abs);
      if (stamp !== null) stamps.set(abs, stamp);
    }
  }
  return stamps;
}

/** How many of the files stamped are under `dir`: as many as it holds when none was added or removed since. */
function stampedUnder(readStamps: ReadonlyMap<string, string>, dir: string): number {
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  let count = 0;
  for (const file of readStamps.keys()) if (file.startsWith(prefix)) count++;
  return count;
}

/**
 * How much of a file is hashed at a time. Read whole, a large spec (GitHub's: 13 MB) takes a buffer its size, whose
 * every page the kernel must fault in: read a piece at a time into one buffer, it is hashed in half the time.
 */
const PIECE = 1 << 18;

/**
 * Hash the bytes of `file`, read a piece at a time into `piece`, and return its stamp once they were read. Throws when
 * that is not `stamp` (taken before the run read it): it was written since.
 */
function hashFile(hash: Hash, file: string, piece: Buffer, stamp: string | null): string {
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      const read = readSync(fd, piece, 0, piece.length, null);
      if (read === 0) break;
      hash.update(piece.subarray(0, read));
    }
    // (Taken once the bytes hashed were read: a write before them shows.)
    const now = fileStamp(fstatSync(fd));
    if (stamp !== null && now !== stamp) throw new Error(`${file} was written during the run`);
    return now;
  } finally {
    closeSync(fd);
  }
}

/** `sources` (absolute, or relative to `outDir`) as the manifest records them: relative to `outDir`, `/`-separated. */
export function keyedSources(outDir: string, sources: string[]): string[] {
  const root = path.resolve(outDir);
  return sources.map((file) => path.relative(root, path.resolve(root, file)).split(path.sep).join('/'));
}

/**
 * The manifest's `inputsKey`: the digest bound to the rest of the manifest, its text as written (manifest.ts) with the
 * key left empty.
 */
export function inputsKey(digest: string, manifest: { inputsKey?: string }): string {
  return inputsKeyOfText(digest, `${JSON.stringify({ ...manifest, inputsKey: '' }, null, 2)}\n`);
}

/**
 * inputsKey of a manifest as sdkgen writes it, from its text (not stringified again); of any other text, a key that is
 * not its own.
 */
export function inputsKeyOfWritten(digest: string, text: string, key: string): string {
  return inputsKeyOfText(digest, text.replace(`"inputsKey": ${JSON.stringify(key)}`, '"inputsKey": ""'));
}

/**
 * inputsKey, given the manifest's text with the key left empty (manifest.ts writes it without the object), whole or
 * in parts (each hashed as it is: a megabyte of text is not joined for the hash).
 */
export function inputsKeyOfText(digest: string, ...text: string[]): string {
  const hash = createHash('sha256').update(`${digest}\0`);
  for (const part of text) hash.update(part);
  return hash.digest('hex').slice(0, 32);
}

/** Every file under `dir`, relative, `/`-separated, in name order. */
function filesUnder(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    const file = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...filesUnder(dir, file));
    else out.push(file);
  }
  return out;
}

let code: string | undefined;

function codeIdentity(): string {
  if (typeof SDKGEN_CODE === 'string') return SDKGEN_CODE;
  code ??= codeHash(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
  return code;
}

/**
 * sha256 of sdkgen's code: every file under generator/ (path and text, in path order), package.json, and the
 * versions of the packages bundled into dist/ (`bundled`). scripts/build.mjs computes the same.
 */
export function codeHash(root: string, bundled: string[] = ['handlebars', 'js-yaml']): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(path.join(root, 'generator')))
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(root, 'generator', file)))
      .update('\0');
  hash.update(readFileSync(path.join(root, 'package.json')));
  const require = createRequire(path.join(root, 'package.json'));
  for (const name of bundled) {
    let version = 'none';
    try {
      version = (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string })
        .version;
    } catch {
      // not installed
    }
    hash.update(`\0${name}@${version}`);
  }
  return hash.digest('hex');
}
