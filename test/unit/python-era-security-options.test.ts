/**
 * The era read from a Stainless Python SDK whose client sends each request the credentials of its operation's schemes
 * (`def _auth_headers(self, security: SecurityOptions)`): that form is what the client shows, whatever the config's
 * edition says (a config `sdkgen migrate --from-repo` writes has none), as the resources' form is.
 */
import { describe, expect, it } from 'vitest';
import { inferStainlessPythonEra } from '../../generator/stainless/python-era-inference';
import { pythonFormsOfEra } from '../../generator/stainless/python-era';

const client = (auth: string) =>
  [
    '    @cached_property',
    '    def users(self) -> UsersResource:',
    '        from .resources.users import UsersResource',
    '',
    '        return UsersResource(self)',
    '',
    '    @property',
    '    @override',
    auth,
    '        return {',
    '            **(self._api_key if security.get("api_key", False) else {}),',
    '        }',
    '',
    '        custom_headers_env = os.environ.get("ACME_CUSTOM_HEADERS")',
  ].join('\n');

const files = (auth: string) => [
  { path: 'src/acme/_client.py', text: client(auth) },
  { path: 'src/acme/__init__.py', text: 'from ._client import DefaultAioHttpClient\n' },
];

const GENERATED = '2026-04-25T10:00:00Z';

describe('the per-request credentials form read from the client', () => {
  it('a client whose `_auth_headers` takes `SecurityOptions` gives the era that form, with no edition', () => {
    const era = inferStainlessPythonEra(
      files('    def _auth_headers(self, security: SecurityOptions) -> dict[str, str]:'),
      GENERATED,
    );
    expect(era).toBe('2026-04-25+security-options');
    expect(pythonFormsOfEra(era, null).securityOptions).toBe(true);
    expect(pythonFormsOfEra(era, null).requestSecurity).toBe(true);
  });

  it('a client with the `auth_headers` property keeps the day alone, and the edition decides as before', () => {
    const era = inferStainlessPythonEra(files('    def auth_headers(self) -> dict[str, str]:'), GENERATED);
    expect(era).toBe('2026-04-25');
    expect(pythonFormsOfEra(era, null).securityOptions).toBe(false);
    expect(pythonFormsOfEra(era, '2026-01-30').securityOptions).toBe(true);
  });
});
