/**
 * The view of the MCP server package, `packages/mcp-server/**`.
 */
import type { CommonView } from './package';

/**
 * Every file of the MCP server package (`packages/mcp-server/**`): its package.json, tsconfigs, README, MCPB
 * manifest and sources. The server calls the API through the SDK, imported by its package name.
 */
export interface McpServerView extends CommonView {
  /** npm package name of the server, raw (for Markdown code): "@smithery/api-mcp". */
  mcpPackageName: string;
  /** The same as a JSON string literal: "\"@smithery/api-mcp\"". */
  mcpPackageNameJson: string;
  /** The command it installs (a JSON-safe plain name): "smithery-api-mcp". */
  binName: string;
  /** The SDK's package as a TypeScript string literal, for imports: "'@smithery/api'". */
  sdkImport: string;
  /**
   * Type-only imports of SDK modules, one line each, for the types whose name several modules declare (a Stainless
   * SDK's `BulkDeleteParams` of `objects.bulk` and of `users.bulk`), which the package's flat exports name only once:
   * "import type * as ResourcesObjectsBulk from '@knocklabs/node/resources/objects/bulk';".
   */
  moduleImports: string[];
  /** `instructions` for the server's clients as a TypeScript string literal, or "" for none. */
  instructions: string;
  /** Exact version of `@modelcontextprotocol/sdk` the server depends on: "1.32.2". */
  mcpSdkVersion: string;
  /** Tool mode when `--tools` is not given: "all" below the size threshold, else "dynamic". */
  defaultTools: string;
  /** Client options holding credentials ("apiKey"): their values are redacted from every tool result. */
  credentialOptions: string[];
  /** Environment variables the SDK reads (credentials first, then `<PREFIX>_BASE_URL`), for docs and the bundle manifest. */
  envVars: Array<{
    /** "SMITHERY_API_KEY". */
    name: string;
    /** MCPB `user_config` key: "smithery_api_key". */
    configKey: string;
    /** Its MCPB substitution: "${user_config.smithery_api_key}". */
    userConfigRef: string;
    /** One line of plain text (JSON- and Markdown-safe): "Bearer credential (apiKey)". */
    title: string;
    /** Whether the value is secret. */
    sensitive: boolean;
    /** Whether the client cannot be built without it. */
    required: boolean;
  }>;
  /** One-line description of the server as a JSON string literal. */
  descriptionJson: string;
  /** Number of tools in mode `all`. */
  toolCount: number;
  /** A tool name for examples: "servers_list". */
  exampleTool: string;
  /** One entry per SDK method. */
  endpoints: Array<{
    /** Tool name as a string literal: "'servers_releases_get'". */
    tool: string;
    /** Dotted resource path as a string literal: "'servers.releases'". */
    resource: string;
    /** "'read'" (GET, HEAD, OPTIONS) or "'write'". */
    operation: string;
    /** HTTP method and path as a string literal: "'GET /servers/{qualifiedName}/releases/{id}'". */
    route: string;
    /** Tool description as a string literal. */
    description: string;
    /** The input JSON Schema as an object literal (JSON text). */
    inputSchema: string;
    /** MCP tool annotations as an object literal: "{ readOnlyHint: true }". */
    annotations: string;
    /** Keys of arguments that are files (converted from data: URLs or text before the call), as an array literal. */
    uploads: string;
    /** Name of the response projection argument as a string literal ("'fields'"), or "null" when the response is not JSON. */
    projection: string;
    /** The SDK method's signature as a string literal, for code mode's docs: "'client.servers.get(qualifiedName: string)'". */
    signature: string;
    /** What it resolves to as a string literal: "'ServerGetResponse'". */
    returns: string;
    /** The SDK call for `client` and `args` (SDK types named through the namespace `API`), a `Promise<Response>`. */
    call: string;
  }>;
}
