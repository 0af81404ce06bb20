/**
 * `.sdkgen/manifest.json` in an output directory: every file sdkgen wrote there, with its hash. Only
 * files listed in it are ever overwritten or deleted by a later run (unless --force).
 */
import type { MockServer } from '../emit/mock-server';
import type { TakenUnit } from '../emit/render';
import { compareStrings } from '../naming/case';
import { sha256 } from '../sha256';
import { inputsKeyOfText, type InputsDigest } from './inputs-key';
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
  /**
   * How many warnings the run reported, when any: the same inputs give the same warnings, so a run that answers from
   * the inputs key without generating says how many there are (`--verbose` generates, and lists them).
   */
  warnings?: number;
  /** Output path → sha256 of the contents sdkgen wrote. */
  files: Record<string, string>;
  /**
   * Output path → fingerprint of the text rendered before formatting (emit's RenderedFile.rendered) bound to the
   * file's hash (renderedEntry), for the files that went through the format stage: write/previous-output.ts reuses a
   * file whose fingerprint is unchanged.
   */
  rendered?: Record<string, string>;
  /**
   * Unit of the plan (emit/typescript/plan-units.ts) → its key bound to its files and their hashes (unitEntry): a regeneration
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
  /** `--python-package`, when given: a regeneration from the manifest writes the same import name. */
  pythonPackage?: string;
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
  /** `true` when the owners keep a Vitest config of their own: sdkgen's is vitest.sdkgen.config.mjs (emit/typescript/plan.ts). */
  ownersVitest?: true;
  /** The era of the Stainless SDK migrated here (`YYYY-MM-DD`, recorded by `sdkgen migrate`): its forms are kept. */
  stainlessEra?: string;
  /**
   * The mock server the package's tests run where it is not sdkgen's Prism: Steady, or the owners' Prism fork, as the
   * migrated repository's scripts ran it (recorded by `sdkgen migrate`, emit/mock-server.ts).
   */
  mockServer?: Exclude<MockServer, null>;
  /** Files sdkgen writes that the owners deleted (recorded by `sdkgen migrate`): never written, they stay deleted. */
  deleted?: string[];
  /** Names the owners took out of the package's entry (recorded by `sdkgen migrate`): they stay out. */
  removedExports?: RemovedExports;
  /**
   * The version the migrated Python package had released (recorded by `sdkgen migrate`): every regeneration writes it
   * as the migration did, so that its text stays the base the owners' later releases merge over.
   */
  packageVersion?: string;
}

/**
 * The names the owners took out of the package's entry, src/index.ts (migrate/reapply/removed-exports.ts): every
 * generation leaves them out of it, and a file importing one from the entry imports it from its module instead.
 */
export interface RemovedExports {
  /** The package's name, as its README and docs import it (`import { X } from '<package>'`). */
  packageName: string | null;
  /** Each name, with where sdkgen's entry exported it from (`export { local as name } from 'module'`). */
  names: Array<{ name: string; module: string; local: string; type: boolean }>;
}

export function manifestInputs(
  outDir: string,
  options: {
    spec: string;
    config?: string | null;
    templates?: string | null;
    target?: string | null;
    pythonPackage?: string | null;
    formatter?: string | null;
    allowRefRoot?: string | null;
    mcp?: boolean;
    funcs?: boolean;
    referenceDocs?: boolean;
    ownersVitest?: boolean;
    stainlessEra?: string | null;
    mockServer?: MockServer;
    deleted?: readonly string[] | null;
    removedExports?: RemovedExports | null;
    packageVersion?: string | null;
  },
): ManifestInputs {
  const rel = (file: string) => path.relative(path.resolve(outDir), path.resolve(file)).split(path.sep).join('/');
  return {
    spec: rel(options.spec),
    config: options.config ? rel(options.config) : null,
    ...(options.templates ? { templates: rel(options.templates) } : {}),
    ...(options.target ? { target: options.target } : {}),
    ...(options.pythonPackage ? { pythonPackage: options.pythonPackage } : {}),
    ...(options.formatter ? { formatter: options.formatter } : {}),
    ...(options.allowRefRoot ? { allowRefRoot: rel(options.allowRefRoot) } : {}),
    ...(options.mcp ? { mcp: true } : {}),
    ...(options.funcs === false ? { funcs: false as const } : {}),
    ...(options.referenceDocs === false ? { referenceDocs: false as const } : {}),
    ...(options.ownersVitest === true ? { ownersVitest: true as const } : {}),
    ...(options.stainlessEra ? { stainlessEra: options.stainlessEra } : {}),
    ...(options.mockServer ? { mockServer: options.mockServer } : {}),
    ...(options.deleted?.length ? { deleted: [...options.deleted].sort() } : {}),
    ...(options.removedExports?.names.length ? { removedExports: options.removedExports } : {}),
    ...(options.packageVersion ? { packageVersion: options.packageVersion } : {}),
  };
}

/**
 * The manifest of `dir`, or null. Shared between callers (do not modify it): a run reads it several times (the
 * command, the previous output, the write stage), and a large SDK's is a megabyte of JSON. It is parsed again when
 * the file is another (its inode, size or modification time).
 */
export async function readManifest(dir: string): Promise<Manifest | null> {
  return readManifestSync(dir);
}

const parsed = new Map<string, { stamp: string; manifest: Manifest | null; text: string }>();

export function readManifestSync(dir: string): Manifest | null {
  return readManifestAndText(dir)?.manifest ?? null;
}

/** readManifestSync's manifest, with the text it was parsed from (shared too). */
export function readManifestAndText(dir: string): { manifest: Manifest; text: string } | null {
  const file = path.resolve(dir, MANIFEST_PATH);
  let known: { stamp: string; manifest: Manifest | null; text: string } | undefined;
  try {
    const stat = statSync(file);
    const stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    known = parsed.get(file);
    if (known?.stamp !== stamp) {
      const text = readFileSync(file, 'utf8');
      known = { stamp, manifest: parseManifest(text), text };
      parsed.set(file, known);
    }
  } catch {
    return null;
  }
  return known.manifest && { manifest: known.manifest, text: known.text };
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
    entry = sha256(key).slice(0, 32);
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
  let text = `${key}\0`;
  for (let i = 0; i < files.length; i++) text += `${files[i]}\0${hashes[i]}\0`;
  return sha256(text).slice(0, 32);
}

type ManifestFile = {
  path: string;
  contents: string;
  rendered?: string;
  reused?: { sha256: string; renderedEntry?: string; unit?: TakenUnit };
  unit?: { id: string; key: string };
};

const entries = new Map<string, string>();
const ENTRIES_MAX = 100_000;

/**
 * The manifest listing `files`; `hashOf` gives a file's sha256 when it is known already (by whoever wrote the file).
 * With the format key the files were formatted under, it records each file's render fingerprint too.
 *
 * The text is `JSON.stringify(manifest, null, 2)` (what `sdkgen check` compares it with), written out without the
 * object: its maps (thousands of entries) are joined as JSON.stringify lays them out. The inputs key binds the same
 * text with the key left empty (inputs-key.ts).
 */
export function manifestText(
  files: ManifestFile[],
  inputs: ManifestInputs | null = null,
  hashOf: (file: ManifestFile) => string = (file) => file.reused?.sha256 ?? sha256(file.contents),
  format: string | null = null,
  inputsDigest: InputsDigest | null = null,
  warnings = 0,
): string {
  // (The write stage's files come sorted: checked in one pass, not sorted again.)
  const sorted = inPathOrder(files) ? files : [...files].sort((a, b) => compareStrings(a.path, b.path));
  // The maps of paths: each path's value as JSON text.
  const hashes = new SortedMembers();
  const rendered = new SortedMembers();
  // The units, in the order first met: null for one that holds files of two keys. `taken`: the unit all its files
  // were taken with, with their hashes (null when not all were).
  const units = new Map<string, { key: string; files: string[]; hashes: string[]; taken: TakenUnit | null } | null>();
  const takenWith = (file: ManifestFile, hash: string) =>
    file.reused?.unit !== undefined && file.reused.sha256 === hash ? file.reused.unit : null;
  for (const file of sorted) {
    const hash = hashOf(file); // each file hashed once
    hashes.set(file.path, jsonString(hash));
    if (format === null) continue;
    const entry = file.rendered ? renderedEntry(file.rendered, hash) : file.reused?.renderedEntry;
    if (entry) rendered.set(file.path, jsonString(entry));
    if (!file.unit) continue;
    const { id, key } = file.unit;
    const unit = units.get(id);
    if (unit === undefined) units.set(id, { key, files: [file.path], hashes: [hash], taken: takenWith(file, hash) });
    else if (unit === null || unit.key !== key) units.set(id, null);
    else {
      unit.files.push(file.path);
      unit.hashes.push(hash);
      if (unit.taken !== takenWith(file, hash)) unit.taken = null;
    }
  }
  const unitEntries = new SortedMembers();
  // (Sorted as compareStrings sorts strings, by UTF-16 code units, without a comparator called for each pair.)
  for (const id of [...units.keys()].sort()) {
    const unit = units.get(id);
    if (!unit) continue;
    // Taken whole: the same key, files and hashes, so the entry it was taken under.
    const { taken } = unit;
    const entry =
      taken?.key === unit.key && taken.files === unit.files.length
        ? taken.entry
        : unitEntry(unit.key, unit.files, unit.hashes);
    unitEntries.set(id, jsonString(entry));
  }

  // The members before the maps.
  const head: Omit<Manifest, 'files' | 'rendered' | 'units'> = {
    generator: 'sdkgen',
    ...(inputs ? { inputs } : {}),
    ...(format !== null ? { format } : {}),
    ...(inputsDigest ? { inputsKey: '', sources: inputsDigest.sources } : {}),
    ...(warnings > 0 ? { warnings } : {}),
  };
  const maps = mapsText([
    ['files', hashes],
    ['rendered', rendered],
    ['units', unitEntries],
  ]);
  // (JSON.stringify's text of the head ends with its closing `\n}`: the maps go before it.)
  const headText = () => JSON.stringify(head, null, 2).slice(0, -2);
  const tail = `${maps}\n}\n`;
  if (inputsDigest) head.inputsKey = inputsKeyOfText(inputsDigest.digest, headText(), tail);
  return headText() + tail;
}

/** Whether the files' paths are in compareStrings order, each once. */
function inPathOrder(files: readonly ManifestFile[]): boolean {
  for (let i = 1; i < files.length; i++) if (!(files[i - 1].path < files[i].path)) return false;
  return true;
}

/**
 * A map's members (name → JSON text of its value), given in the order of their names (compareStrings): a name given
 * again comes right after itself, and keeps its place with the last value, as an object's name does.
 */
class SortedMembers {
  readonly names: string[] = [];
  readonly values: string[] = [];

  set(name: string, value: string): void {
    const last = this.names.length - 1;
    if (last >= 0 && this.names[last] === name) this.values[last] = value;
    else {
      this.names.push(name);
      this.values.push(value);
    }
  }
}

/**
 * The maps, as JSON.stringify writes them as the last members of an object, with an indent of 2: a map with no
 * members is left out, but `files`; the names of a map that are array indices come first, in numeric order, as an
 * object holds them; the others in the map's order.
 */
function mapsText(maps: Array<[string, SortedMembers]>): string {
  let text = '';
  for (const [name, { names, values }] of maps) {
    if (names.length === 0 && name !== 'files') continue;
    text += `,\n  ${JSON.stringify(name)}: `;
    if (names.length === 0) {
      text += '{}';
      continue;
    }
    let keys = names;
    let texts = values;
    if (names.some(isArrayIndex)) {
      const all = names.map((_, i) => i);
      const indices = all.filter((i) => isArrayIndex(names[i])).sort((a, b) => Number(names[a]) - Number(names[b]));
      const order = [...indices, ...all.filter((i) => !isArrayIndex(names[i]))];
      keys = order.map((i) => names[i]);
      texts = order.map((i) => values[i]);
    }
    // Appended one by one: V8 joins the pieces once, when the text is used.
    for (let i = 0; i < keys.length; i++)
      text += `${i === 0 ? '{\n    ' : ',\n    '}${jsonString(keys[i])}: ${texts[i]}`;
    text += '\n  }';
  }
  return text;
}

/**
 * JSON.stringify(text): quoted as it is when nothing in it is escaped (a path, a hex digest: the manifest's tens of
 * thousands of strings), which takes half the time of JSON.stringify's call.
 */
function jsonString(text: string): string {
  return ESCAPED.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** What JSON.stringify escapes in a string (a surrogate when alone; any one here, to be sure). */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Whether an object orders `name` as an array index (before its other names): `0`, `17`, not `017` nor 2³²−1. */
function isArrayIndex(name: string): boolean {
  // (Most names are paths, which start with a letter or a dot: not even matched.)
  const first = name.charCodeAt(0);
  return first >= 48 && first <= 57 && /^(?:0|[1-9]\d{0,9})$/.test(name) && Number(name) < 4294967295;
}
