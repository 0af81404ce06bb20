/**
 * `.sdkgen/manifest.json` in an output directory: every file sdkgen wrote there, with its hash. Only
 * files listed in it are ever overwritten or deleted by a later run (unless --force).
 */
import { compareStrings } from '../naming/case';
import { createHash } from 'node:crypto';
import { inputsKey, type InputsDigest } from './inputs-key';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const MANIFEST_PATH = '.sdkgen/manifest.json';

export interface Manifest {
  generator: 'sdkgen';
  /** What the output was generated from (read by `sdkgen check`); absent in manifests of older runs. */
  inputs?: ManifestInputs;
  /** The format key (format/format-key.ts) the files were formatted under; absent in manifests of older runs. */
  format?: string;
  /**
   * A digest of every input that decides the output, bound to the rest of this manifest (inputs-key.ts): `check` with
   * the same key and every file still as written answers without generating. Absent when the inputs cannot be keyed.
   */
  inputsKey?: string;
  /** The files the run read (spec, `$ref`d files, configs), relative to the output directory: the key holds their bytes. */
  sources?: string[];
  /** Output path → sha256 of the contents sdkgen wrote. */
  files: Record<string, string>;
  /**
   * Output path → fingerprint of the text rendered before formatting (emit's RenderedFile.rendered) bound to the
   * file's hash (renderedEntry), for the files that went through the format stage: write/previous-output.ts reuses a
   * file whose fingerprint is unchanged.
   */
  rendered?: Record<string, string>;
  /**
   * Unit of the plan (emit/plan-units.ts) → its key bound to its files and their hashes (unitEntry): a regeneration
   * whose unit has the same key and files, each still as written, takes the files as they are, unplanned.
   */
  units?: Record<string, string>;
}

/** Paths are relative to the output directory, with `/` separators, so the manifest is the same from any cwd. */
export interface ManifestInputs {
  spec: string;
  config: string | null;
  templates?: string;
  target?: string;
  /** `--formatter`, when one was given: `sdkgen check` formats the same way. */
  formatter?: string;
  /** `--allow-ref-root`, when one was given. */
  allowRefRoot?: string;
  /** `--mcp`, when given: `sdkgen check` generates the MCP server too. */
  mcp?: boolean;
  /** `--no-funcs`, when given: `sdkgen check` leaves the standalone functions out too. */
  funcs?: false;
  /** `false` when generated with `--no-reference-docs`: `sdkgen check` leaves the docs out too. */
  referenceDocs?: false;
  /** `true` when the owners keep a Vitest config of their own: sdkgen's is vitest.sdkgen.config.mjs (emit/plan.ts). */
  ownersVitest?: true;
}

export function manifestInputs(
  outDir: string,
  options: {
    spec: string;
    config?: string | null;
    templates?: string | null;
    target?: string | null;
    formatter?: string | null;
    allowRefRoot?: string | null;
    mcp?: boolean;
    funcs?: boolean;
    referenceDocs?: boolean;
    ownersVitest?: boolean;
  },
): ManifestInputs {
  const rel = (file: string) => path.relative(path.resolve(outDir), path.resolve(file)).split(path.sep).join('/');
  return {
    spec: rel(options.spec),
    config: options.config ? rel(options.config) : null,
    ...(options.templates ? { templates: rel(options.templates) } : {}),
    ...(options.target ? { target: options.target } : {}),
    ...(options.formatter ? { formatter: options.formatter } : {}),
    ...(options.allowRefRoot ? { allowRefRoot: rel(options.allowRefRoot) } : {}),
    ...(options.mcp ? { mcp: true } : {}),
    ...(options.funcs === false ? { funcs: false as const } : {}),
    ...(options.referenceDocs === false ? { referenceDocs: false as const } : {}),
    ...(options.ownersVitest === true ? { ownersVitest: true as const } : {}),
  };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The manifest of `dir`, or null. Shared between callers (do not modify it): a run reads it several times (the
 * command, the previous output, the write stage), and a large SDK's is a megabyte of JSON. It is parsed again when
 * the file is another (its inode, size or modification time).
 */
export async function readManifest(dir: string): Promise<Manifest | null> {
  return readManifestSync(dir);
}

const parsed = new Map<string, { stamp: string; manifest: Manifest | null }>();

export function readManifestSync(dir: string): Manifest | null {
  const file = path.resolve(dir, MANIFEST_PATH);
  let text: string;
  let stamp: string;
  try {
    const stat = statSync(file);
    stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    const known = parsed.get(file);
    if (known?.stamp === stamp) return known.manifest;
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const manifest = parseManifest(text);
  parsed.set(file, { stamp, manifest });
  return manifest;
}

function parseManifest(text: string): Manifest | null {
  try {
    const parsed = JSON.parse(text) as Manifest;
    if (parsed && parsed.generator === 'sdkgen' && parsed.files && typeof parsed.files === 'object') return parsed;
  } catch {
    // fall through: a corrupt manifest protects nothing and claims nothing
  }
  return null;
}

/**
 * A file's `rendered` entry: its render fingerprint bound to the sha256 of what sdkgen wrote, so that the two are
 * only taken together: a manifest whose hash of a file was changed alone (a merge resolved by hand) reuses nothing
 * of that file.
 */
export function renderedEntry(fingerprint: string, written: string): string {
  const key = `${fingerprint}:${written}`;
  let entry = entries.get(key);
  if (entry === undefined) {
    entry = createHash('sha256').update(key).digest('hex').slice(0, 32);
    // A regeneration computes each reused file's entry twice: to reuse it, and for the new manifest.
    if (entries.size >= ENTRIES_MAX) entries.clear();
    entries.set(key, entry);
  }
  return entry;
}

/**
 * A unit's `key` entry: its key bound to the hashes of its files, so that a manifest whose hash of a file was changed
 * alone (a merge resolved by hand) takes nothing of that unit.
 */
export function unitEntry(key: string, files: readonly string[], hashes: readonly string[]): string {
  const hash = createHash('sha256').update(`${key}\0`);
  files.forEach((file, i) => hash.update(`${file}\0${hashes[i]}\0`));
  return hash.digest('hex').slice(0, 32);
}

type ManifestFile = {
  path: string;
  contents: string;
  rendered?: string;
  reused?: { sha256: string; renderedEntry?: string };
  unit?: { id: string; key: string };
};

/** The units of `files` (sorted by path) for the manifest: none that holds files of two keys. */
function unitEntries(files: ManifestFile[], hashOf: (file: ManifestFile) => string): Record<string, string> {
  const units = new Map<string, { key: string; files: string[]; hashes: string[] } | null>();
  for (const file of files) {
    if (!file.unit) continue;
    const { id, key } = file.unit;
    const unit = units.get(id);
    if (unit === undefined) units.set(id, { key, files: [file.path], hashes: [hashOf(file)] });
    else if (unit === null || unit.key !== key) units.set(id, null);
    else {
      unit.files.push(file.path);
      unit.hashes.push(hashOf(file));
    }
  }
  const entries: Array<[string, string]> = [];
  for (const [id, unit] of units) if (unit) entries.push([id, unitEntry(unit.key, unit.files, unit.hashes)]);
  return Object.fromEntries(entries.sort((a, b) => compareStrings(a[0], b[0])));
}

const entries = new Map<string, string>();
const ENTRIES_MAX = 100_000;

/**
 * The manifest listing `files`; `hashOf` gives a file's sha256 when it is known already (by whoever wrote the file).
 * With the format key the files were formatted under, it records each file's render fingerprint too.
 */
export function manifestText(
  files: ManifestFile[],
  inputs: ManifestInputs | null = null,
  hashOf: (file: ManifestFile) => string = (file) => file.reused?.sha256 ?? sha256(file.contents),
  format: string | null = null,
  inputsDigest: InputsDigest | null = null,
): string {
  const sorted = [...files].sort((a, b) => compareStrings(a.path, b.path));
  // Each file hashed once.
  const hashes = new Map(sorted.map((f) => [f, hashOf(f)]));
  const hashOfFile = (f: ManifestFile) => hashes.get(f)!;
  const rendered =
    format === null
      ? []
      : sorted.flatMap((f) => {
          const entry = f.rendered ? renderedEntry(f.rendered, hashOfFile(f)) : f.reused?.renderedEntry;
          return entry ? [[f.path, entry]] : [];
        });
  const units = format === null ? {} : unitEntries(sorted, hashOfFile);
  const manifest: Manifest = {
    generator: 'sdkgen',
    ...(inputs ? { inputs } : {}),
    ...(format !== null ? { format } : {}),
    ...(inputsDigest ? { inputsKey: '', sources: inputsDigest.sources } : {}),
    files: Object.fromEntries(sorted.map((f) => [f.path, hashOfFile(f)])),
    ...(rendered.length > 0 ? { rendered: Object.fromEntries(rendered) } : {}),
    ...(Object.keys(units).length > 0 ? { units } : {}),
  };
  if (inputsDigest) manifest.inputsKey = inputsKey(inputsDigest.digest, manifest);
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
