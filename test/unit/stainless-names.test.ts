/**
 * Stainless's naming rules (naming/stainless.ts): the built-in word casings, and a project's `custom_casings`
 * applied to single words and to runs of words.
 */
import { describe, expect, it } from 'vitest';
import { StainlessNames } from '../../generator/naming/stainless';

describe('StainlessNames', () => {
  const plain = new StainlessNames();

  it.each([
    ['get_kyc_link', 'getKYCLink'],
    ['list_api_keys', 'listAPIKeys'],
    ['remove_ai_tags', 'removeAITags'],
    ['list_mcp_servers', 'listMcpServers'],
  ])('method %s → %s without custom casings', (key, name) => {
    expect(plain.method(key)).toBe(name);
  });

  it.each([
    ['mongodb', 'MongoDB', 'mongoDB'],
    ['openapi', 'OpenAPI', 'openAPI'],
    ['github', 'GitHub', 'github'],
    ['signed_url', 'SignedURL', 'signedURL'],
    ['ai_answer', 'AIAnswer', 'aiAnswer'],
    ['sdks', 'SDKs', 'sdks'],
    ['json', 'Json', 'json'],
    ['get_jwt', 'GetJwt', 'getJwt'],
  ])('%s → class %s, property %s (typescript target)', (key, className, property) => {
    expect(plain.resourceClass(key)).toBe(className);
    expect(plain.resourceProperty(key)).toBe(property);
  });

  it('the legacy node target writes resource properties without acronyms', () => {
    const legacy = new StainlessNames(new Map(), { legacy: true });
    expect(legacy.resourceProperty('signed_url')).toBe('signedUrl');
    expect(legacy.resourceProperty('stop_ids_for_agency')).toBe('stopIdsForAgency');
    expect(legacy.resourceClass('mongodb')).toBe('MongoDB');
  });

  it('an initialism from custom_casings is written in capitals inside method and type names', () => {
    const names = new StainlessNames(new Map([['mcp', 'MCP']]));
    expect(names.method('list_mcp_servers')).toBe('listMCPServers');
    expect(names.resourceClass('mcp_servers')).toBe('MCPServers');
    expect(names.model('server_for_mcp')).toBe('ServerForMCP');
  });

  it('a custom casing of several words applies to the whole run, the longest first', () => {
    const names = new StainlessNames(
      new Map([
        ['openai_id_string', 'OpenAIIDString'],
        ['openai_id', 'OpenAIId'],
      ]),
    );
    expect(names.model('openai_id_string')).toBe('OpenAIIDString');
    expect(names.model('parse_openai_id_string_value')).toBe('ParseOpenAIIDStringValue');
    expect(names.model('openai_id')).toBe('OpenAIId');
    expect(names.camel('use_openai_id_string', { acronyms: false })).toBe('useOpenaiIdString');
  });
});
