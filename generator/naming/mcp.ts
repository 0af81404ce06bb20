/**
 * Names of the MCP server generated beside an SDK: its npm package, its command, and its tools. Pure functions.
 *
 * Tool names follow what MCP clients accept everywhere (Claude's API is the strictest: `^[a-zA-Z0-9_-]{1,64}$`):
 * lowercase snake_case of the resource path and the method, `servers.releases` + `get` → `servers_releases_get`.
 */
import { createHash } from 'node:crypto';
import { words } from './case';

/** Longest tool name, in characters (all ASCII). */
export const MAX_TOOL_NAME_LENGTH = 64;

/** `@smithery/api` → `@smithery/api-mcp`. */
export function mcpPackageName(sdkPackage: string): string {
  return `${sdkPackage}-mcp`;
}

/** The command the package installs: `@smithery/api-mcp` → `smithery-api-mcp` (a bin name has no scope). */
export function mcpBinName(mcpPackage: string): string {
  return mcpPackage.replace(/^@/, '').replace(/\//g, '-');
}

function snake(text: string): string {
  return words(text)
    .map((w) => w.toLowerCase())
    .join('_');
}

/**
 * Tool names for methods given as `[resourcePath, methodName]`, in order: `servers_releases_get`, at most 64
 * characters (a longer one is cut and ends in a hash of the whole name), unique (a clash gets `_2`, `_3`… in order).
 */
export function mcpToolNames(methods: Array<[resourcePath: string, method: string]>): string[] {
  const taken = new Set<string>();
  return methods.map(([resourcePath, method]) => {
    const full =
      [...resourcePath.split('.'), method]
        .map(snake)
        .filter((part) => part !== '')
        .join('_') || 'call';
    let name = bounded(full, MAX_TOOL_NAME_LENGTH);
    for (let n = 2; taken.has(name); n++) name = `${bounded(full, MAX_TOOL_NAME_LENGTH - String(n).length - 1)}_${n}`;
    taken.add(name);
    return name;
  });
}

function bounded(name: string, max: number): string {
  if (name.length <= max) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, max - hash.length - 1).replace(/_+$/, '')}_${hash}`;
}
