/**
 * The era of the Stainless SDK a repository holds (stainless/era.ts, stainless/python-era.ts): its forms are kept by
 * the move, so that the migration's diff shows only what truly changed. Read from the base generation when there is
 * one (its commit's day, then its files), else from the files as they are.
 */
import { CLIENT_MODULE, inferStainlessEra, isApiMd } from '../../stainless/era';
import { inferStainlessPythonEra } from '../../stainless/python-era-inference';
import { git, type StainlessBase } from './stainless-repo';
import type { RepoFile } from './checkout-files';
import { packageDir } from '../../emit/python/package-root';

/** The era of a TypeScript SDK: its resource modules, its client module and its base's day. */
export function eraOfRepository(repo: string, base: StainlessBase | null, current: RepoFile[]): string | null {
  // (api.md tells which page aliases are Stainless's: stainless/page-alias-names.ts.)
  const resourceModule = (file: string) =>
    /^src\/resources\/.+\.ts$/.test(file) || file === CLIENT_MODULE || isApiMd(file);
  const shared = (file: string) => file === 'src/resources/shared.ts';
  return inferStainlessEra(
    withCheckoutShared(filesOf(base, current, resourceModule), current, shared),
    baseDay(repo, base),
  );
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
  const shared = (file: string) => packageFile(file) && file.startsWith(`${dir}/types/shared`);
  return inferStainlessPythonEra(
    withCheckoutShared(filesOf(base, current, packageFile), current, shared),
    baseDay(repo, base),
  );
}

/**
 * The shared types modules as the checkout holds them, where it holds any: which models are shared is the layout
 * users import today, and a later build (an owners' stlc build on main, newer than the base on `generated`) may have
 * moved them since the base.
 */
function withCheckoutShared(
  files: Array<{ path: string; text: string }>,
  current: RepoFile[],
  shared: (file: string) => boolean,
): Array<{ path: string; text: string }> {
  const now = current.flatMap((f) => (shared(f.path) && f.text !== null ? [{ path: f.path, text: f.text }] : []));
  return now.length === 0 ? files : [...files.filter((f) => !shared(f.path)), ...now];
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
