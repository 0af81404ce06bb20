/**
 * Where a Stainless Python SDK's package is: `src/<package>/_client.py` with Stainless's header, the one layout
 * sdkgen's Python target writes. A package nested in namespace packages (Stainless's `package_name:
 * cerebras.cloud.sdk`, at `src/cerebras/cloud/sdk/`) is found too, to say why migrate cannot move it.
 */
import { hasStainlessHeader, type RepoFile } from '../repository/stainless-repo';

const clientOf = (files: RepoFile[], layout: RegExp): RepoFile | undefined =>
  files.find((f) => layout.test(f.path) && f.text !== null && hasStainlessHeader(f.text));

/** The import name of a Stainless Python SDK: the package under src/ whose client module Stainless wrote. */
export function pythonImportName(files: RepoFile[]): string | null {
  const client = clientOf(files, /^src\/[A-Za-z_]\w*\/_client\.py$/);
  return client ? client.path.split('/')[1] : null;
}

/**
 * The dotted import name of a Stainless Python SDK whose package is nested below src/ (`cerebras.cloud.sdk`), or null
 * when its package is at the top of src/ or there is none.
 */
export function nestedPythonPackage(files: RepoFile[]): string | null {
  const client = clientOf(files, /^src\/(?:[A-Za-z_]\w*\/){2,}_client\.py$/);
  return client ? client.path.split('/').slice(1, -1).join('.') : null;
}

/**
 * Why migrate does not move a Stainless Python SDK whose package is nested in namespace packages (the rest of the
 * sentence after the repository's path), or null when its package is not nested.
 */
export function nestedPackageRefusal(files: RepoFile[]): string | null {
  const nested = nestedPythonPackage(files);
  if (nested === null) return null;
  return (
    `is a Stainless Python SDK whose package, \`${nested}\` (src/${nested.replace(/\./g, '/')}/), is nested in ` +
    "namespace packages: sdkgen's Python target writes its package at src/<package>/ only (one import name without " +
    'dots), so migrate cannot move this one; nothing was changed'
  );
}
