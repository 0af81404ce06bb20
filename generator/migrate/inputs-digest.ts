/**
 * The inputs key of a migrated repository (write/inputs-key.ts), so that its first `sdkgen check` or `generate`
 * answers without generating. The key covers the files the run read, at the paths the repository keeps them from
 * now on (copy-inputs.ts: copied in, or where they were), and only when each holds the bytes the run read: then
 * the check there computes the same key. Otherwise (a spec left a URL, a file read that has no place in the
 * repository, a copy that differs) the manifest has no key, and the first regeneration records it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inputsDigest, type InputsDigest } from '../write/inputs-key';
import type { ManifestInputs } from '../write/manifest';

export interface MigratedRun {
  /** Every file the run read (generate's `sources`: the config first, then the spec's), absolute. */
  sources: string[];
  /** Of those, the spec's: its root document first. */
  specFiles: string[];
  formatKey: string;
  templateDirs: string[];
}

/**
 * The digest for `repo`'s manifest. `placed` is where the repository keeps the spec's root document and the config
 * (absolute); a split spec keeps its files laid out around the root as they were. `read` gives the bytes the run read
 * of a file no longer on disk (the derived config's temporary copy).
 */
export function migratedInputsDigest(
  repo: string,
  run: MigratedRun,
  placed: { spec: string; config: string | null },
  inputs: ManifestInputs,
  read: (file: string) => Buffer = (file) => readFileSync(file),
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
  try {
    for (const [file, kept] of at) if (!read(file).equals(readFileSync(kept))) return null;
  } catch {
    return null;
  }
  return inputsDigest(repo, {
    inputs,
    formatKey: run.formatKey,
    sources: run.sources.map((file) => at.get(file)!),
    templateDirs: run.templateDirs,
  });
}
