/**
 * The client's `copy()` (and its alias `with_options`), and the sentinel its arguments default to, in the forms of
 * the SDK's era (stainless/python-era.ts).
 */
import type { StainlessPythonForms } from '../../../stainless/python-era';
import type { PyPackage } from '../types/model';
import { pyString } from '../docs/print-doc';
import { clientCredentialsCopy } from './print-client-oauth';
import { copiedBaseUrlOverriddenLine } from './operation-servers';
import { inStainlessOrder } from './websocket-base-url';

/** The sentinel of an argument left out, in `forms`'s era. */
export function notGiven(forms: StainlessPythonForms): string {
  return forms.omitSentinels ? 'not_given' : 'NOT_GIVEN';
}

export function copyMethod(pkg: PyPackage, httpClient: string, forms: StainlessPythonForms): string[] {
  const options = inStainlessOrder(pkg.clientOptions);
  // What the copy takes over besides its options (the access tokens of an OAuth2 client ID and secret, whether the
  // base URL was set).
  // The copy is `client` before it is returned, as in Stainless's `copy()` (unless an option has that name).
  const copy = options.some((o) => o.name === 'client') ? 'copied' : 'client';
  const handedOn = [...clientCredentialsCopy(pkg, copy), ...copiedBaseUrlOverriddenLine(pkg, copy)];
  const lines = ['    def copy(', '        self,', '        *,'];
  for (const option of options) lines.push(`        ${option.name}: ${option.annotation} | None = None,`);
  if (pkg.environments.length)
    lines.push(
      `        environment: Literal[${pkg.environments.map((e) => pyString(e.name)).join(', ')}] | None = None,`,
    );
  lines.push(
    '        base_url: str | httpx.URL | None = None,',
    `        timeout: float | Timeout | None | NotGiven = ${notGiven(forms)},`,
    `        http_client: ${httpClient} | None = None,`,
    `        max_retries: int | NotGiven = ${notGiven(forms)},`,
    '        default_headers: Mapping[str, str] | None = None,',
    '        set_default_headers: Mapping[str, str] | None = None,',
    '        default_query: Mapping[str, object] | None = None,',
    '        set_default_query: Mapping[str, object] | None = None,',
    '        _extra_kwargs: Mapping[str, Any] = {},',
    '    ) -> Self:',
    '        """',
    '        Create a new client instance re-using the same options given to the current client with optional overriding.',
    '        """',
    '        if default_headers is not None and set_default_headers is not None:',
    '            raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")',
    '',
    '        if default_query is not None and set_default_query is not None:',
    '            raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")',
    '',
    '        headers = self._custom_headers',
    '        if default_headers is not None:',
    '            headers = {**headers, **default_headers}',
    '        elif set_default_headers is not None:',
    '            headers = set_default_headers',
    '',
    '        params = self._custom_query',
    '        if default_query is not None:',
    '            params = {**params, **default_query}',
    '        elif set_default_query is not None:',
    '            params = set_default_query',
    '',
    '        http_client = http_client or self._client',
    `        ${handedOn.length ? `${copy} = ` : 'return '}self.__class__(`,
    ...options.map((o) => `            ${o.name}=${o.name} or self.${o.name},`),
    '            base_url=base_url or self.base_url,',
    ...(pkg.environments.length ? ['            environment=environment or self._environment,'] : []),
    '            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,',
    '            http_client=http_client,',
    '            max_retries=max_retries if is_given(max_retries) else self.max_retries,',
    '            default_headers=headers,',
    '            default_query=params,',
    '            **_extra_kwargs,',
    '        )',
    ...(handedOn.length ? [...handedOn, `        return ${copy}`] : []),
    '',
    '    # Alias for `copy` for nicer inline usage, e.g.',
    '    # client.with_options(timeout=10).foo.create(...)',
    '    with_options = copy',
    '',
  );
  return lines;
}
