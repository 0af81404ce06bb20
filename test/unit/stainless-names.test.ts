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
    ['remove_ai_tags', 'removeAiTags'],
  ])('method %s → %s without custom casings', (key, name) => {
    expect(plain.method(key)).toBe(name);
  });

  it('an initialism from custom_casings is written in capitals inside method and type names', () => {
    const names = new StainlessNames(new Map([['ai', 'AI']]));
    expect(names.method('remove_ai_tags')).toBe('removeAITags');
    expect(names.resourceClass('ai_tags')).toBe('AITags');
    expect(names.model('tag_for_ai')).toBe('TagForAI');
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
