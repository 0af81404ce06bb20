/**
 * `_get_<option>_query_param()`: a client option's value for the query params it fills, as Stainless's Python clients
 * return it, one method per option named after the option (not after the param), in the order of the options, its
 * type the option's with None (`-> str | None: return self.<option>`):
 * - an option a Stainless config sends as a query param (`send_as_query_param`): the methods whose query param it
 *   fills read it so (`client_region = self._client._get_region_query_param()`, print-request.ts). Stainless's own
 *   test SDK writes `_get_client_query_param_query_param` so in an era before 2025-02-28 as in late 2025;
 * - a credential its option's `send_as_query_param` sends as a query param: onebusaway's `_get_api_key_query_param`
 *   (its `api_key`: `auth` and `send_as_query_param: key`). onebusaway's config gained that key on 2025-05-20 and the
 *   getter came with it; its generations before, of the scheme's `in: query` alone, have none, as Stainless's test
 *   SDK for a credential of a scheme `in: query` without the key.
 */
import type { PyPackage, PyResource } from '../types/model';
import { credentialOptions } from './credentials';

/** The client method a query param filled from a client option calls for its value (`_get_region_query_param`). */
export function clientQueryParamGetter(option: string): string {
  return `_get_${option}_query_param`;
}

/** The getters, each followed by a blank line. */
export function queryKeyGetter(pkg: PyPackage): string[] {
  const used = new Set<string>();
  const visit = (resource: PyResource): void => {
    for (const method of resource.methods)
      for (const param of method.params) if (param.in === 'query' && param.clientOption) used.add(param.clientOption);
    resource.subresources.forEach(visit);
  };
  pkg.resources.forEach(visit);
  if (pkg.topLevel) visit(pkg.topLevel);
  for (const option of credentialOptions(pkg))
    if (option.sentAs.kind === 'query' && option.sentAs.sendAsQueryParam) used.add(option.name);
  return pkg.clientOptions
    .filter((option) => used.has(option.name))
    .flatMap((option) => [
      `    def ${clientQueryParamGetter(option.name)}(self) -> ${option.annotation.replace(/ \| None$/, '')} | None:`,
      `        return self.${option.name}`,
      '',
    ]);
}
