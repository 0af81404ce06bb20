/**
 * Where the migrated repository keeps its spec and config. A fresh clone's `sdkgen check` and `sdkgen update` read
 * them from the paths the manifest records, so inputs given from outside the repository (a path outside its git work
 * tree, or a spec URL) are copied in; inputs already inside it stay where they are.
 *
 * A file the owners keep in the repository with the same text (their `openapi.stainless.yml`) is used where it is.
 * Otherwise a copy goes to the SDK folder's root under the name it has (`openapi.yml`, `stainless.yml`), where
 * migrate and generate look first; where an owner's file of that name differs (or git ignores the path), to `sdkgen/`
 * instead; and where that is taken too, a person is handed the command. A spec split over several files is copied
 * whole, its files laid out as they were (under `openapi/`, or `sdkgen/openapi/`), so that it is still the document
 * the owners edit — bundling would rewrite every `$ref` between them. Decides only: api/migrate.ts writes the copies with the migration.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface InputFile {
  /** Where it was read from, as the report names it (a URL's document by its URL). */
  from: string;
  /** Where the repository keeps it, relative to the SDK folder (`/` separators). */
  to: string;
  contents: string;
}

export interface PlacedInputs {
  /** The spec and config sdkgen reads from now on: absolute paths (or the URL, when it could not be copied). */
  spec: string;
  config: string | null;
  /** The files to write (a file already there with the same text is not listed). */
  copies: InputFile[];
  needsHand: Array<{ path: string; reason: string }>;
}

export interface InputsToPlace {
  /** The SDK folder and the git work tree holding it, absolute. */
  repo: string;
  root: string;
  /** The spec as given (a path or a URL), and the files the loader read for it: the root document first. */
  spec: { given: string; files: string[]; url: string | null; display: (file: string) => string };
  /** The config file, absolute; null: none (or one written into the repository). */
  config: string | null;
  /** The text of a file of the repository (relative to the SDK folder), or null when it has none. */
  existing: (file: string) => string | null;
  /** Whether git ignores a path (relative to the SDK folder): a copy there would not reach a clone. */
  ignored?: (file: string) => boolean;
  /**
   * A file the repository keeps (an owner's, relative to the SDK folder) with exactly this text, or null: the owners'
   * own copy of the config (`openapi.stainless.yml` beside the SDK) is used where it is, never duplicated.
   */
  keptWithText?: (contents: string) => string | null;
}

const FALLBACK = 'sdkgen';

export function placeInputs(inputs: InputsToPlace): PlacedInputs {
  const { repo, root } = inputs;
  const inside = (file: string) => {
    const rel = path.relative(root, file);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  const copies: InputFile[] = [];
  const needsHand: PlacedInputs['needsHand'] = [];
  const taken = new Set<string>();
  // The first folder where every file is free (or holds that text already); null when none is.
  const place = (files: Array<{ from: string; rel: string; contents: string }>, folders: string[]) => {
    for (const folder of folders) {
      const at = files.map((f) => ({ ...f, to: folder === '' ? f.rel : `${folder}/${f.rel}` }));
      const free = at.every(({ to, contents }) => {
        const there = inputs.existing(to);
        return !taken.has(to) && (there === null || there === contents) && inputs.ignored?.(to) !== true;
      });
      if (!free) continue;
      for (const f of at) {
        taken.add(f.to);
        if (inputs.existing(f.to) === null) copies.push({ from: f.from, to: f.to, contents: f.contents });
      }
      return at;
    }
    return null;
  };
  const slash = (p: string) => p.split(path.sep).join('/');

  let spec = inputs.spec.url ?? path.resolve(inputs.spec.given);
  const specFiles = inputs.spec.files;
  const theirSpec =
    specFiles.length === 1 && !specFiles.every(inside)
      ? (inputs.keptWithText?.(readFileSync(specFiles[0], 'utf8')) ?? null)
      : null;
  if (theirSpec !== null) spec = path.join(repo, theirSpec);
  else if (inputs.spec.url !== null || !specFiles.every(inside)) {
    const rootFile = specFiles[0];
    const common = commonFolder(specFiles.map((f) => path.dirname(f)));
    const files = specFiles.map((file) => ({
      from: inputs.spec.display(file),
      rel: slash(specFiles.length === 1 ? specName(file, inputs.spec.url) : path.relative(common, file)),
      contents: readFileSync(file, 'utf8'),
    }));
    const folders = specFiles.length === 1 ? ['', FALLBACK] : ['openapi', `${FALLBACK}/openapi`];
    const placed = place(files, folders);
    if (placed !== null) spec = path.join(repo, placed[specFiles.indexOf(rootFile)].to);
    else
      needsHand.push({
        path: folders.map((f) => (f === '' ? files[0].rel : `${f}/${files[0].rel}`)).join(', '),
        reason:
          `the spec (${inputs.spec.given}) is outside the repository, and yours are at both places sdkgen copies it ` +
          `to: commit a copy of it elsewhere in the repository, then \`sdkgen generate <that copy> -o .\` records it`,
      });
  }

  let config = inputs.config;
  if (config !== null && !inside(config)) {
    const from = config;
    const contents = readFileSync(from, 'utf8');
    const theirs = inputs.keptWithText?.(contents) ?? null;
    const placed =
      theirs !== null ? [{ to: theirs }] : place([{ from, rel: path.basename(from), contents }], ['', FALLBACK]);
    if (placed !== null) config = path.join(repo, placed[0].to);
    else
      needsHand.push({
        path: `${path.basename(from)}, ${FALLBACK}/${path.basename(from)}`,
        reason:
          `the config (${from}) is outside the repository, and yours are at both places sdkgen copies it to: commit ` +
          'a copy of it elsewhere in the repository, then `sdkgen generate -o . --config <that copy>` records it',
      });
  }
  return { spec, config, copies, needsHand };
}

/** A spec's file name in the repository: its own, or for a URL without one, `openapi.json`/`openapi.yml` by its text. */
function specName(file: string, url: string | null): string {
  const name = url === null ? path.basename(file) : path.posix.basename(new URL(url).pathname);
  if (/\.(json|ya?ml)$/i.test(name)) return name;
  return /^\s*[{[]/.test(readFileSync(file, 'utf8')) ? 'openapi.json' : 'openapi.yml';
}

/** The deepest folder holding all of `dirs`. */
function commonFolder(dirs: string[]): string {
  let common = dirs[0];
  for (const dir of dirs.slice(1))
    while (path.relative(common, dir).startsWith('..') || path.isAbsolute(path.relative(common, dir)))
      common = path.dirname(common);
  return common;
}
