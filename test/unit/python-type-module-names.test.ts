/**
 * A type's module name in the Python package: a word Stainless's names write in a mixed case of its own (`OAuth`,
 * `OpenAPI`) is one word of the module's name, as in Stainless's SDKs (VAIF's `types/auth/oauth_retrieve_params.py`,
 * openplugin's `types/openapi_param_parser_retrieve_params.py`).
 */
import { describe, expect, it } from 'vitest';
import { typeModuleName } from '../../generator/naming/python';

describe('typeModuleName', () => {
  it('keeps a mixed-case word whole', () => {
    expect(typeModuleName('OAuthRetrieveParams')).toBe('oauth_retrieve_params');
    expect(typeModuleName('OpenAPIParamParserRetrieveResponse')).toBe('openapi_param_parser_retrieve_response');
    expect(typeModuleName('OpenAIListResponse')).toBe('openai_list_response');
    expect(typeModuleName('GitHubRepository')).toBe('github_repository');
    expect(typeModuleName('ProviderOAuth')).toBe('provider_oauth');
    expect(typeModuleName('OAuth2Token')).toBe('oauth2_token');
  });

  it('splits other names at their capitals as before', () => {
    expect(typeModuleName('PromptCreateParams')).toBe('prompt_create_params');
    expect(typeModuleName('StopIDsForAgency')).toBe('stop_ids_for_agency');
    expect(typeModuleName('Import')).toBe('import_');
    // (Not a word of the list: a capital inside a word still starts one.)
    expect(typeModuleName('OAuthorization')).toBe('o_authorization');
  });
});
