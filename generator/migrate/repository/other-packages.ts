/** Folders of a repository that are not this SDK's code: installed packages, build output, other languages' SDKs. */

/** Installed packages and build output committed to the repository: not code the owners wrote. */
export const NOT_OWN_CODE = /(^|\/)node_modules\/|^dist\//;

/** Files that make a folder another language's package (a Stainless SDK for Go, Python… beside this one). */
const OTHER_PACKAGE_MARKER =
  /^(go\.mod|pyproject\.toml|setup\.py|build\.gradle(\.kts)?|pom\.xml|Gemfile|Cargo\.toml|composer\.json|[^/]+\.csproj)$/;

/** The folders below the root holding another language's package: none of theirs is this SDK's. */
export function otherPackageFolders(paths: string[]): string[] {
  return paths
    .map((p) => ({
      dir: p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '',
      name: p.slice(p.lastIndexOf('/') + 1),
    }))
    .filter(({ dir, name }) => dir !== '' && !NOT_OWN_CODE.test(dir) && OTHER_PACKAGE_MARKER.test(name))
    .map(({ dir }) => dir);
}
