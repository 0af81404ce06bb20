/**
 * JSON report, stable for tools (schemaVersion 1; fields are only ever added within a version):
 *
 * {
 *   "schemaVersion": 1,
 *   "old": { "input": "git:origin/main:specs/x.yml", "title": "…", "specVersion": "1.0.0", "clientName": "X" },
 *   "new": { …same shape… },
 *   "summary": { "breaking": 2, "nonBreaking": 3, "notes": 1, "semver": "major" | "minor" | "patch" | "none" },
 *   "changes": [
 *     {
 *       "kind": "param-made-required",            // see ChangeKind in model.ts / the README rule table
 *       "classification": "breaking" | "non-breaking" | "note",
 *       "reason": "calls that omit it no longer compile",
 *       "message": "parameter `q` is now required",
 *       "group": "servers" | "client" | "types",   // report group: resource path, client, or shared types
 *       "resource": "servers" | null,
 *       "method": "list" | null,
 *       "type": "Server" | null,                   // named type the change is inside
 *       "location": "servers.list › params.q",
 *       "direction": "request" | "response" | "both" | "error" | null,
 *       "before": "optional" | null,
 *       "after": "required" | null,
 *       "affects": ["servers.get (response)"],     // for named types: the methods using them
 *       "source": { "old": { "file": "…", "pointer": "#/paths/…" } | null, "new": … | null }
 *     }
 *   ]
 * }
 *
 * Changes are ordered: client, resources in SDK order, shared types; breaking first within a group.
 */
import type { DiffResult } from './model';

export function renderJson(result: DiffResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
