/**
 * `_get_<option>_query_param()`: the credential a client sends as a query param, as Stainless's Python clients
 * return it from API_KEY_QUERY_PARAM_GETTER_SINCE on (onebusaway's `_get_api_key_query_param`, first written on
 * 2025-05-20 by a generation whose config named the option's security scheme, and still on 2026-05-23). Written
 * after `with_options = copy` where the client has one credential sent as a query param, of a security scheme.
 */
import type { StainlessPythonForms } from '../../../stainless/python-era';
import type { PyPackage } from '../types/model';
import { credentialOptions } from './credentials';

export function queryKeyGetter(pkg: PyPackage, forms: StainlessPythonForms): string[] {
  if (!forms.apiKeyQueryParamGetter) return [];
  const inQuery = credentialOptions(pkg).filter((o) => o.sentAs.kind === 'query');
  if (inQuery.length !== 1 || inQuery[0].scheme === null) return [];
  const option = inQuery[0];
  return [`    def _get_${option.name}_query_param(self) -> str | None:`, `        return self.${option.name}`, ''];
}
