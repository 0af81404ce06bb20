/**
 * The era of the Stainless SDK a repository holds (stainless/era.ts, stainless/python-era.ts): its forms are kept by
 * the move, so that the migration's diff shows only what truly changed. Read from the base generation when there is
 * one (its commit's day, then its files), else from the files as they are.
 */
import { CLIENT_MODULE, inferStainlessEra } from '../../stainless/era';
import { inferStainlessPythonEra } from '../../stainless/python-era';
import { git, type RepoFile, type StainlessBase } from './stainless-repo';
import { packageDir } from '../../emit/python/package-root';

/** The era of a TypeScript SDK: its resource modules, its client module and its base's day. */
export function eraOfRepository(repo: string, base: StainlessBase | null, current: RepoFile[]): string | null {
  const resourceModule = (file: string) => /^src\/resources\/.+\.ts$/.test(file) || file === CLIENT_MODULE;
  return inferStainlessEra(filesOf(base, current, resourceModule), baseDay(repo, base));
}

/**
 * The era of a Python SDK (import name `pythonPackage`, dotted or not): its `_client.py`, `__init__.py`, its shared
 * types modules (`types/shared/`, `types/shared_params/`: whether they import a resource's), its base's day.
 */
export function pythonEraOfRepository(
  repo: string,
  base: StainlessBase | null,
  current: RepoFile[],
  pythonPackage: string,
): string | null {
  const dir = packageDir(pythonPackage);
  const packageFile = (file: string) =>
    file === `${dir}/_client.py` ||
    file === `${dir}/__init__.py` ||
    (file.startsWith(`${dir}/types/shared`) &&
      /^types\/shared(?:_params)?\/(?!__init__\.py$)[^/]+\.py$/.test(file.slice(dir.length + 1)));
  return inferStainlessPythonEra(filesOf(base, current, packageFile), baseDay(repo, base));
}

function filesOf(
  base: StainlessBase | null,
  current: RepoFile[],
  wanted: (file: string) => boolean,
): Array<{ path: string; text: string }> {
  return base
    ? [...base.texts].filter(([file]) => wanted(file)).map(([file, text]) => ({ path: file, text }))
    : current.flatMap((f) => (wanted(f.path) && f.text !== null ? [{ path: f.path, text: f.text }] : []));
}

function baseDay(repo: string, base: StainlessBase | null): string | null {
  const day = base ? git(repo, ['log', '-1', '--format=%cI', base.commit]) : null;
  return day?.ok ? day.stdout.trim() : null;
}
