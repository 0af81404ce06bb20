/**
 * Where the Python package's files are. A single import name (`acme`) is the folder `src/acme/`; a dotted one
 * (Stainless's `package_name: cerebras.cloud.sdk`) is a package nested in namespace packages, `src/cerebras/cloud/sdk/`,
 * laid out as Stainless lays it out: the folders between the top one and the package's own hold an empty
 * `__init__.py` (`src/cerebras/cloud/__init__.py`; Stainless's holds its banner alone), the top one none (a namespace
 * package, which other distributions may share), and the wheel packs the top folder (`packages = ["src/cerebras"]`).
 */

/** The package's folder in the repository: `src/acme`, `src/cerebras/cloud/sdk` (no trailing slash). */
export function packageDir(importName: string): string {
  return `src/${importName.split('.').join('/')}`;
}

/** The folder the wheel packs: the package's own (`src/acme`), else the top namespace folder (`src/cerebras`). */
export function wheelFolder(importName: string): string {
  return `src/${importName.split('.')[0]}`;
}

/**
 * The `__init__.py` files of the folders between the top one and the package's own (`src/cerebras/cloud/__init__.py`
 * for `cerebras.cloud.sdk`): none for a single import name, nor for a name of two parts.
 */
export function namespaceInits(importName: string): string[] {
  const parts = importName.split('.');
  return parts.slice(1, -1).map((_, i) => `src/${parts.slice(0, i + 2).join('/')}/__init__.py`);
}

/** Whether a dotted module name's parts (`['cerebras', 'cloud', 'sdk', 'types']`) are of the package or in it. */
export function inPackage(dotted: readonly string[], importName: string): boolean {
  const parts = importName.split('.');
  return dotted.length >= parts.length && parts.every((part, i) => dotted[i] === part);
}

/**
 * A repository path's place in the package (`_client.py`, `types/x.py` for `src/cerebras/cloud/sdk/…` of
 * `cerebras.cloud.sdk`); null outside it. Migrate's stages tell the package's modules by this, never by the folder one
 * below `src/`, which a dotted name is not.
 */
export function pathInPackage(path: string, importName: string): string | null {
  const folder = `${packageDir(importName)}/`;
  return path.startsWith(folder) ? path.slice(folder.length) : null;
}

/** Whether a repository path is in the package and its place there (pathInPackage) matches `pattern`. */
export function inPackageMatching(path: string, importName: string, pattern: RegExp): boolean {
  const inside = pathInPackage(path, importName);
  return inside !== null && pattern.test(inside);
}
