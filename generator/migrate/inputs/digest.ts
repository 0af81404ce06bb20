/**
 * The inputs key of a migrated repository (write/inputs-key.ts), so that its first `sdkgen check` or `generate`
 * answers without generating. The key covers the files the run read, at the paths the repository keeps them from
 * now on (inputs/place.ts: copied in, or where they were), and only when each holds the bytes the run read: then
 * the check there computes the same key. Otherwise (a spec left a URL, a file read that has no place in the
 * repository, a copy that differs) the manifest has no key, and the first regeneration records it.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileStamp } from '../../file-stamp';
import { inputsDigest, type InputsDigest } from '../../write/inputs-key';
import type { ManifestInputs } from '../../write/manifest';

export interface MigratedRun {
  /** Every file the run read (generate's `sources`: the config first, then the spec's), absolute. */
  sources: string[];
  /** Of those, the spec's: its root document first. */
  specFiles: string[];
  /** The stamps of the files read and of the template layers' files, taken before the run read them (generate's). */
  readStamps: ReadonlyMap<string, string>;
  formatKey: string;
  templateDirs: string[];
}

/**
 * The digest for `repo`'s manifest. `placed` is where the repository keeps the spec's root document and the config
 * (absolute); a split spec keeps its files laid out around the root as they were. `gone` gives the bytes the run read
 * of a file no longer on disk (the derived config's temporary copy), else null.
 *
 * A file read from where it was is the run's when its stamp is the one taken before the run read it; a copy is the
 * run's when it holds the bytes of such a file, and is keyed with its stamp before it was compared.
 */
export function migratedInputsDigest(
  repo: string,
  run: MigratedRun,
  placed: { spec: string; config: string | null },
  inputs: ManifestInputs,
  gone: (file: string) => Buffer | null = () => null,
): InputsDigest | null {
  const [root] = run.specFiles;
  if (root === undefined) return null;
  const at = new Map<string, string>();
  for (const file of run.specFiles)
    at.set(file, path.resolve(path.dirname(placed.spec), path.relative(path.dirname(root), file)));
  const others = run.sources.filter((file) => !at.has(file));
  // A config and a Stainless config it names are two files: which copy is which is not known here.
  if (others.length > 1 || (others.length === 1 && placed.config === null)) return null;
  if (others.length === 1) at.set(others[0], placed.config!);
  const stamps = new Map(run.readStamps);
  try {
    for (const [file, kept] of at) {
      if (kept === file) continue;
      const read = gone(file) ?? readUnchanged(file, run.readStamps.get(file));
      const copy = readStamped(kept);
      if (read === null || !read.equals(copy.bytes)) return null;
      stamps.set(kept, copy.stamp);
    }
  } catch {
    return null;
  }
  return inputsDigest(
    repo,
    {
      inputs,
      formatKey: run.formatKey,
      sources: run.sources.map((file) => at.get(file)!),
      templateDirs: run.templateDirs,
    },
    stamps,
  );
}

/** The bytes of `file` when its stamp is still `stamp` once they are read (the bytes the run read), else null. */
function readUnchanged(file: string, stamp: string | undefined): Buffer | null {
  const fd = openSync(file, 'r');
  try {
    const bytes = readFileSync(fd);
    return fileStamp(fstatSync(fd)) === stamp ? bytes : null;
  } finally {
    closeSync(fd);
  }
}

/** The bytes of `file`, and its stamp before they were read. */
function readStamped(file: string): { bytes: Buffer; stamp: string } {
  const fd = openSync(file, 'r');
  try {
    const stamp = fileStamp(fstatSync(fd));
    return { bytes: readFileSync(fd), stamp };
  } finally {
    closeSync(fd);
  }
}
