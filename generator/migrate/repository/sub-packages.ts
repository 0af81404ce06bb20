/**
 * Packages of their own that Stainless wrote inside the SDK's repository and sdkgen does not: the Cloudflare worker
 * its MCP server target wrote (`packages/mcp-server/cloudflare-worker/`, `generate_cloudflare_worker`), or the whole
 * MCP server package when the config no longer asks for one. Each has its package.json, its own dependencies and
 * build, and talks to the SDK (or to the MCP server) only through a published package. Where the owners changed one
 * (edited a file of Stainless's in it, or added one of theirs), it is theirs now and stays whole: its hunks have no
 * file of sdkgen's to land in, and a deployed worker would be lost with them.
 */

/** A file's path and whether it is Stainless's as Stainless left it, Stainless's edited, or the owners' own. */
export interface SubPackageFile {
  path: string;
  origin: 'stainless' | 'edited' | 'own';
}

/**
 * The folders (`packages/mcp-server/cloudflare-worker/`) holding a package.json Stainless wrote, in which sdkgen
 * writes nothing and the owners changed or added a file; the outermost of nested ones.
 */
export function ownersSubPackages(
  files: SubPackageFile[],
  stainlessPaths: Iterable<string>,
  sdkgenPaths: Iterable<string>,
): string[] {
  const written = [...sdkgenPaths];
  const folders = [...stainlessPaths]
    .filter((path) => path.endsWith('/package.json') && !/(^|\/)node_modules\//.test(path))
    .map((path) => path.slice(0, -'package.json'.length))
    .filter((dir) => !written.some((path) => path.startsWith(dir)))
    .filter((dir) => files.some((f) => f.path.startsWith(dir) && f.origin !== 'stainless'))
    .sort();
  return folders.filter((dir) => !folders.some((outer) => outer !== dir && dir.startsWith(outer)));
}

/**
 * A kept package's package.json with its dependency on the SDK's build folder (`"acme": "link:../../dist/"`, where
 * Stainless's build wrote a package.json for it) pointed at the repository's root, whose package.json sdkgen's build
 * publishes (`file:../..`, as sdkgen's own MCP server depends on it); null when it has no such dependency.
 */
export function dependingOnTheRoot(dir: string, text: string, sdk: string): string | null {
  const up = '../'.repeat(dir.split('/').filter(Boolean).length);
  const escaped = sdk.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const pattern = new RegExp(
    `("${escaped}"\\s*:\\s*")(?:link|file):(?:\\./)?${up.replace(/\./g, '\\.')}dist/?(")`,
    'g',
  );
  const rewritten = text.replace(
    pattern,
    (_match, key: string, close: string) => `${key}file:${up.slice(0, -1)}${close}`,
  );
  return rewritten === text ? null : rewritten;
}
