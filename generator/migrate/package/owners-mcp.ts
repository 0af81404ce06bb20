/**
 * Stainless's MCP server package (`packages/mcp-server/`: its own package.json, build and published name) whose code
 * the owners changed, where sdkgen writes an MCP server of its own. sdkgen's server is another program (its code mode
 * runs the agent's code in a local Deno sandbox; Stainless's code tool, its method list and its docs search have no
 * file of sdkgen's to land in), so the owners' edits could only be dropped or left in files nothing runs. The package
 * is theirs now, as a sub-package sdkgen does not write is (repository/sub-packages.ts): kept whole, its edits and
 * its users' tools as they were, and sdkgen writes none of its own server's files there, then or on any later run
 * (the manifest's `inputs.deleted`). An owner who wants sdkgen's server moves theirs away and regenerates.
 *
 * Edits that only move a version (release-please's bump of the server's version string), that Stainless's later
 * generations made on main (its bot's commits: retell's `readEnvOrError` import), or that touch files that are no code
 * (a lockfile, the manifest's formatting) do not make it theirs: sdkgen's server replaces it, as before.
 */
import { editsAsHunks } from '../reapply/hunks';
import { hunkMadeBy, type GenerationChanges } from '../repository/generations';
import { SOURCE_FILE } from '../repository/imports';
import type { RepoFile } from '../repository/checkout-files';

/** A file of the repository: whose it is (as sub-packages.ts tells it), and its text (null: binary or unread). */
export interface PackageFile {
  path: string;
  origin: 'stainless' | 'edited' | 'own';
  text: string | null;
}

/** What migrate keeps of such a package, and which of sdkgen's files it leaves out. */
export interface OwnersMcpServer {
  /** The package's folder, `packages/mcp-server/`. */
  dir: string;
  /** Its files that make it the owners': Stainless's modules they changed, and their own modules in it. */
  edited: string[];
  /** sdkgen's files in the folder, left out: written neither now nor by a later regeneration. */
  leftOut: string[];
}

/** Folders that are never the package's code: what a build or an install writes. */
const NOT_CODE = /(^|\/)(?:node_modules|dist|build|coverage)\//;

/**
 * The packages of Stainless's below the root (a folder with a package.json in Stainless's output, `stainlessTexts`)
 * in which sdkgen writes files too (`rendered`) and whose code the owners changed: a module of Stainless's with an
 * edit that is more than a version string and not Stainless's later generations' (`generations`), or a module of
 * their own. Nested packages sdkgen does not write (the MCP server's Cloudflare worker) are left to sub-packages.ts,
 * unless the package holding them is kept whole.
 */
export function ownersMcpServers(
  files: PackageFile[],
  stainlessTexts: ReadonlyMap<string, string>,
  rendered: Iterable<string>,
  generations?: GenerationChanges,
): OwnersMcpServer[] {
  const written = [...rendered];
  const packages = [...stainlessTexts.keys()]
    .filter((path) => path.endsWith('/package.json') && !NOT_CODE.test(path))
    .map((path) => path.slice(0, -'package.json'.length));
  const found: OwnersMcpServer[] = [];
  for (const dir of packages.sort()) {
    if (found.some((outer) => dir.startsWith(outer.dir))) continue;
    const leftOut = written.filter((path) => path.startsWith(dir));
    if (leftOut.length === 0) continue;
    // A package of Stainless's nested in this one (its Cloudflare worker) is not this package's code.
    const nested = packages.filter((other) => other !== dir && other.startsWith(dir));
    const edited = files
      .filter((f) => f.path.startsWith(dir) && !nested.some((n) => f.path.startsWith(n)))
      .filter((f) => SOURCE_FILE.test(f.path) && !NOT_CODE.test(f.path.slice(dir.length)) && f.text !== null)
      .filter((f) => {
        if (f.origin === 'own') return true;
        if (f.origin === 'stainless') return false;
        const pristine = stainlessTexts.get(f.path);
        if (pristine === undefined) return true;
        const changes = generations?.get(f.path);
        return editsAsHunks(withoutVersions(pristine), withoutVersions(f.text!)).some(
          (hunk) => changes === undefined || !hunkMadeBy(hunk, changes),
        );
      })
      .map((f) => f.path)
      .sort();
    if (edited.length > 0) found.push({ dir, edited, leftOut: leftOut.sort() });
  }
  return found;
}

/**
 * planMigration's part: the servers kept as the owners' (none without Stainless's output to tell their edits), and
 * sdkgen's files without those left out.
 */
export function keptMcpServers<F extends { path: string }>(
  current: RepoFile[],
  base: { blobs: ReadonlyMap<string, string>; texts: ReadonlyMap<string, string> } | null,
  rendered: F[],
  generations?: GenerationChanges,
): { servers: OwnersMcpServer[]; rendered: F[] } {
  if (base === null) return { servers: [], rendered };
  const origin = (f: RepoFile): PackageFile['origin'] =>
    !base.blobs.has(f.path) ? 'own' : f.blob === base.blobs.get(f.path) ? 'stainless' : 'edited';
  const files = current.map((f) => ({ path: f.path, text: f.text, origin: origin(f) }));
  const servers = ownersMcpServers(
    files,
    base.texts,
    rendered.map((f) => f.path),
    generations,
  );
  const leftOut = new Set(servers.flatMap((server) => server.leftOut));
  return { servers, rendered: rendered.filter((f) => !leftOut.has(f.path)) };
}

/** A text with every quoted version (`'4.24.0'`, `"1.2.3-beta.1"`) made the same: a release's bump is no edit. */
function withoutVersions(text: string): string {
  return text.replace(/(['"`])v?\d+\.\d+\.\d+(?:-[\w.]+)?(?:\+[\w.]+)?\1/g, '$1<version>$1').replace(/\r\n/g, '\n');
}

/** What the migration report says of such a package. */
export function ownersMcpServerReason(server: OwnersMcpServer): string {
  const shown = server.edited.slice(0, 4).join(', ') + (server.edited.length > 4 ? ', …' : '');
  return (
    `Stainless's server, whose code you changed (${shown}), kept whole as yours: sdkgen's MCP server is another ` +
    `program your edits have no place in, so it writes none of its ${server.leftOut.length} file(s) there, now or ` +
    "later (the manifest's inputs.deleted). To take sdkgen's server instead, move yours away, remove those paths " +
    'from inputs.deleted and regenerate'
  );
}

/** Stainless's banner atop each file it writes, which names the spec and CONTRIBUTING.md as where the file comes from. */
const STAINLESS_BANNER = /File generated from our OpenAPI spec by Stainless\.(?: See CONTRIBUTING\.md for details\.)?/i;

/**
 * A file of a package of Stainless's kept whole as the owners' with Stainless's banner saying what it is now: no
 * generator writes it any more (sdkgen writes none of its files, and CONTRIBUTING.md is sdkgen's), so the banner
 * would send a reader to the wrong place. Null for a file without the banner.
 */
export function withOwnersBanner(text: string): string | null {
  const head = text.slice(0, 600);
  if (!STAINLESS_BANNER.test(head)) return null;
  return (
    head.replace(
      STAINLESS_BANNER,
      "Written by Stainless's generator; this repository's own since `sdkgen migrate`, which does not regenerate it.",
    ) + text.slice(600)
  );
}

/** The files of a package kept whole (`dir`) that carry Stainless's banner, each with it saying they are the owners'. */
export function rebanneredFiles(current: RepoFile[], dir: string): Array<{ path: string; contents: string }> {
  return current.flatMap((file) => {
    const contents = file.path.startsWith(dir) && file.text !== null ? withOwnersBanner(file.text) : null;
    return contents === null ? [] : [{ path: file.path, contents }];
  });
}
