/**
 * What Stainless's config options wrote beside the SDK that sdkgen does not write: `node_migration`'s upgrade guide
 * and CLI (MIGRATION.md, the package's `bin` program and the files it reads) and `generate_cloudflare_worker`'s
 * Cloudflare worker for the MCP server (a package of its own). Left as Stainless wrote them, they go with the migration
 * (git keeps them); the report names each with the option that wrote it, so that a reader knows why it went and what
 * to do. Changed by the owners, they are theirs and stay (plan.ts, sub-packages.ts). Pure helpers of plan.ts.
 */
import { isObject, parseObject } from '../json-object';
import type { RemovedCall } from '../owners/removed-calls';
import { importsOf } from './imports';

/** A group of removed files one of Stainless's config options wrote. */
export interface RemovedExtra {
  /** The config option (`node_migration`), or null for a package of Stainless's no option is known to write. */
  option: string | null;
  /** What the files were and what their going means, a phrase. */
  what: string;
  /** The files, or a package's folder (`packages/mcp-server/cloudflare-worker/`). */
  paths: string[];
}

/** Stainless's upgrade guide, written with the CLI by `node_migration`. */
export const UPGRADE_GUIDE = 'MIGRATION.md';

/** What the extras are found in: the repository's files, Stainless's base, and sdkgen's files. */
export interface ExtrasInputs {
  current: Array<{ path: string; text: string | null }>;
  base: { blobs: Map<string, string>; texts: Map<string, string> } | null;
  rendered: Array<{ path: string; contents: string }>;
}

/** Where Stainless's MCP server and sdkgen's keep their package.json. */
const MCP_PACKAGE_JSON = 'packages/mcp-server/package.json';

/**
 * The extras among the files the migration removes (`removed`): the `bin` programs that go with Stainless's `bin`
 * (`binsGo`) and the upgrade guide; each folder with a package.json of Stainless's (the outermost of nested ones) that
 * goes whole and in which sdkgen writes nothing, with what of the MCP server it imports that sdkgen's does not export.
 */
export function removedExtras(
  removed: readonly string[],
  binsGo: ReadonlySet<string>,
  { current, base, rendered }: ExtrasInputs,
): RemovedExtra[] {
  const stainlessPaths = base?.blobs.keys() ?? [];
  const sdkgenPaths = rendered.map((f) => f.path);
  const lacking = (dir: string) => mcpImportsLacking(dir, { current, base, rendered }).map((i) => i.specifier);
  const gone = new Set(removed);
  const extras: RemovedExtra[] = [];
  const upgrade = removed.filter((path) => binsGo.has(path) || path === UPGRADE_GUIDE).sort();
  if (upgrade.length > 0)
    extras.push({
      option: 'node_migration',
      what:
        "the upgrade guide and CLI for users of the SDK's older major version: sdkgen writes neither (the guide " +
        "tells of Stainless's runtime and of the CLI); users of older versions still find them in git and on npm",
      paths: upgrade,
    });
  const written = sdkgenPaths;
  const folders = [...stainlessPaths]
    .filter((path) => path.endsWith('/package.json') && !/(^|\/)node_modules\//.test(path) && gone.has(path))
    .map((path) => path.slice(0, -'package.json'.length))
    .filter((dir) => !written.some((path) => path.startsWith(dir)))
    .sort();
  for (const dir of folders.filter((d) => !folders.some((outer) => outer !== d && d.startsWith(outer)))) {
    const worker = /(^|\/)cloudflare-worker\/$/.test(dir);
    const lacks = lacking(dir);
    const rebuilt =
      lacks.length > 0
        ? `; it imports what sdkgen's MCP server does not export (${lacks.join(', ')}), so it cannot be rebuilt on it`
        : '; restored as yours, it builds on the published MCP server';
    const server = MCP_PACKAGE_JSON.slice(0, -'package.json'.length) === dir;
    extras.push({
      option: worker ? 'generate_cloudflare_worker' : server ? 'mcp_server' : null,
      what: worker
        ? "the MCP server's Cloudflare worker: sdkgen writes none; a worker deployed from it keeps running until " +
          `it is deployed again, and its source stays in git${rebuilt}`
        : server
          ? 'the MCP server package: the config asks for none now, so sdkgen writes none (its releases stay on npm)'
          : "a package of Stainless's that sdkgen does not write (git keeps it)",
      paths: [dir],
    });
  }
  return extras;
}

/**
 * The imports of the MCP server package (`name`) that `sources` make and sdkgen's MCP server package.json
 * (`sdkgenPackage`, its text; undefined where sdkgen writes none) does not export: `acme-mcp/server` where its
 * `exports` has no `./server`. Every import of it, where sdkgen writes none or names it otherwise.
 */
export function importsSdkgenLacks(
  sources: Array<{ text: string }>,
  name: string,
  sdkgenPackage: string | undefined,
): string[] {
  const ours = parseObject(sdkgenPackage ?? '');
  const exported = ours?.name !== name ? null : isObject(ours.exports) ? Object.keys(ours.exports) : ['.'];
  const lacking = new Set<string>();
  for (const specifier of sources.flatMap((source) => importsOf(source.text))) {
    if (specifier !== name && !specifier.startsWith(`${name}/`)) continue;
    const subpath = `.${specifier.slice(name.length)}`;
    if (exported === null || !exported.includes(subpath)) lacking.add(specifier);
  }
  return [...lacking].sort();
}

/**
 * The imports a package of Stainless's below the root (`dir`) makes of Stainless's MCP server that sdkgen's MCP server
 * does not export, each with its file and line.
 */
function mcpImportsLacking(
  dir: string,
  { current, base, rendered }: ExtrasInputs,
): Array<{ path: string; line: number; text: string; specifier: string }> {
  const name = parseObject(base?.texts.get(MCP_PACKAGE_JSON) ?? '')?.name;
  if (typeof name !== 'string') return [];
  const sdkgenMcp = rendered.find((f) => f.path === MCP_PACKAGE_JSON)?.contents;
  const found: Array<{ path: string; line: number; text: string; specifier: string }> = [];
  for (const file of current) {
    if (!file.path.startsWith(dir) || file.text === null) continue;
    const lines = file.text.split('\n');
    for (const specifier of importsSdkgenLacks([{ text: file.text }], name, sdkgenMcp)) {
      const at = lines.findIndex((line) => line.includes(`'${specifier}'`) || line.includes(`"${specifier}"`));
      found.push({ path: file.path, line: at + 1, text: at < 0 ? specifier : lines[at].trim(), specifier });
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
}

/**
 * The imports the packages of Stainless's the owners changed and keep (`kept`, their folders: the MCP server's
 * Cloudflare worker) make of what sdkgen's MCP server does not export: each fails once the worker is built on the
 * MCP server sdkgen publishes, so each is reported as a call to what the migration removed.
 */
export function keptImportsLacking(kept: readonly string[], inputs: ExtrasInputs): RemovedCall[] {
  return kept.flatMap((dir) =>
    mcpImportsLacking(dir, inputs).map(({ path, line, text, specifier }) => ({
      at: line > 0 ? `${path}:${line}` : path,
      command: text,
      removed: [`${specifier}, which sdkgen's MCP server does not export`],
      instead:
        "it fails to build on the MCP server sdkgen publishes: pin the worker's MCP server dependency to its last " +
        "release by Stainless, or build the worker on sdkgen's MCP server (`createServer`)",
    })),
  );
}
