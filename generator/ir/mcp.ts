/**
 * The MCP server's part of the IR: its package, command and tool names, settled from an SDK's IR (the tools
 * are the SDK's methods, so nothing else is read). Called by generate() when an MCP server is asked for.
 */
import { mcpBinName, mcpPackageName, mcpToolNames } from '../naming/mcp';
import type { Api, McpServer, Resource } from './types';

export interface McpRequest {
  /** npm package name of the server (a Stainless config's `mcp_server.package_name`); null: `<sdk package>-mcp`. */
  packageName: string | null;
  /** What the server tells a client about using its tools (`mcp_server.instructions`), or null. */
  instructions: string | null;
}

export function withMcpServer(api: Api, request: McpRequest): Api {
  const methods: Array<[string, string]> = [];
  const visit = (r: Resource) => {
    for (const m of r.methods) if (!m.noMcpTool) methods.push([r.path, m.name]);
    r.subresources.forEach(visit);
  };
  // The client's own methods first (their resource path is '').
  if (api.topLevel) visit(api.topLevel);
  api.resources.forEach(visit);
  const names = mcpToolNames(methods);
  const packageName = request.packageName ?? mcpPackageName(api.packageName);
  const mcp: McpServer = {
    packageName,
    binName: mcpBinName(packageName),
    instructions: request.instructions,
    tools: methods.map(([resource, method], i) => ({ name: names[i]!, resource, method })),
  };
  return { ...api, mcp };
}
