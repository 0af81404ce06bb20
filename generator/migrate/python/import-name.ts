/**
 * Where a Stainless Python SDK's package is: `src/<package>/_client.py` with Stainless's header, or a package nested
 * in namespace packages (Stainless's `package_name: cerebras.cloud.sdk`, at `src/cerebras/cloud/sdk/`), whose import
 * name is dotted. sdkgen's Python target writes both layouts (emit/python/package-root.ts).
 */
import { hasStainlessHeader } from '../repository/stainless-repo';
import type { RepoFile } from '../repository/checkout-files';

const clientOf = (files: RepoFile[], layout: RegExp): RepoFile | undefined =>
  files.find((f) => layout.test(f.path) && f.text !== null && hasStainlessHeader(f.text));

/**
 * The import name of a Stainless Python SDK: the package under src/ whose client module Stainless wrote, at the top of
 * src/ (`acme`), else nested below it (`cerebras.cloud.sdk`); null when there is none.
 */
export function pythonImportName(files: RepoFile[]): string | null {
  const client = clientOf(files, /^src\/[A-Za-z_]\w*\/_client\.py$/);
  if (client) return client.path.split('/')[1];
  return nestedPythonPackage(files);
}

/**
 * The dotted import name of a Stainless Python SDK whose package is nested below src/ (`cerebras.cloud.sdk`), or null
 * when its package is at the top of src/ or there is none.
 */
export function nestedPythonPackage(files: RepoFile[]): string | null {
  const client = clientOf(files, /^src\/(?:[A-Za-z_]\w*\/){2,}_client\.py$/);
  return client ? client.path.split('/').slice(1, -1).join('.') : null;
}
