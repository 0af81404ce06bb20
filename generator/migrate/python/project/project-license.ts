/**
 * The package's licence as a Stainless Python SDK's pyproject.toml records it (`license = "Apache-2.0"` in
 * `[project]`, which Stainless writes from the config's `settings.license`; or the older table form
 * `license = { text = "MIT" }`), for the config `sdkgen migrate` writes from the repository. Without it the licence
 * would fall to the spec's `info.license`, which need not be the SDK's (composio's spec says "Proprietary" of its API
 * while its SDK is Apache-2.0, and hatchling refuses a `license` that is no SPDX expression).
 */
export function pyprojectLicense(pyproject: string | null): string | null {
  if (pyproject === null) return null;
  const project = /^\[project\][ \t]*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(pyproject)?.[1] ?? '';
  const line = /^license\s*=\s*(.+)$/m.exec(project)?.[1]?.trim() ?? null;
  if (line === null) return null;
  const value = /^"([^"]+)"/.exec(line)?.[1] ?? /^\{[^}]*\btext\s*=\s*"([^"]+)"/.exec(line)?.[1] ?? null;
  return value?.trim() || null;
}
