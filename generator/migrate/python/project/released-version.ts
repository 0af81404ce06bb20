/**
 * The version the repository released stays the package's version (plan.ts): read from release-please's record or
 * pyproject.toml, and written into sdkgen's files that declare one.
 */
import type { RepoFile } from '../../repository/checkout-files';
import { withReleasedVersion } from '../../repository/release';

/** The version the repository released: release-please's record of it, else pyproject.toml's. */
export function releasedVersion(byPath: Map<string, RepoFile>): string | null {
  const manifest = byPath.get('.release-please-manifest.json')?.text;
  if (manifest) {
    try {
      const version = (JSON.parse(manifest) as Record<string, unknown>)['.'];
      if (typeof version === 'string' && version !== '') return version;
    } catch {
      // Not JSON: pyproject.toml says.
    }
  }
  return projectVersion(byPath.get('pyproject.toml')?.text ?? '');
}

/** `version = "…"` of pyproject.toml's `[project]` table. */
function projectVersion(text: string): string | null {
  const table = /^\[project\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1] ?? '';
  return /^version\s*=\s*"([^"]+)"/m.exec(table)?.[1] ?? null;
}

/** `file` declaring `version`: pyproject.toml's `[project]` version, and lines marked for release-please (`_version.py`). */
export function withVersion<T extends { path: string; contents: string }>(file: T, version: string): T {
  if (file.path === 'pyproject.toml') {
    const own = projectVersion(file.contents);
    if (own === null || own === version) return file;
    return {
      ...file,
      contents: file.contents.replace(
        /^(\[project\]\s*$[\s\S]*?^version\s*=\s*")[^"]+"/m,
        (_, head: string) => `${head}${version}"`,
      ),
    };
  }
  // (A local build of Stainless's CLI writes `_version.py` without release-please's marker: the version is still its.)
  if (/(^|\/)_version\.py$/.test(file.path) && !file.contents.includes('x-release-please-version'))
    return { ...file, contents: file.contents.replace(/^(__version__\s*=\s*")[^"]*"/m, `$1${version}"`) };
  return withReleasedVersion(file, version);
}
