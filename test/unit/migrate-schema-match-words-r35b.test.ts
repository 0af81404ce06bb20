/**
 * Schemas of one shape told apart by the type's words: a config's `models` renaming the spec's request and response
 * schemas (anthropic's `BetaToolUseBlock` is `BetaResponseToolUseBlock`, `ThinkingBlockParam` is
 * `RequestThinkingBlock`), found from the repository alone.
 */
import { describe, expect, it } from 'vitest';
import { schemaFor } from '../../generator/migrate/derived-config/schema-match';
import type { Shape } from '../../generator/migrate/derived-config/input-types';

const object = (...members: string[]): Shape => ({ kind: 'object', members });
const toolUse = object('id', 'input', 'name', 'type');
const toolUseParam = object('cache_control', 'id', 'input', 'name', 'type');
const thinking = object('signature', 'thinking', 'type');
const citation = object('cited_text', 'title', 'type', 'url');
const schemas = [
  { key: 'ResponseToolUseBlock', name: 'ResponseToolUseBlock', shape: toolUse },
  { key: 'BetaResponseToolUseBlock', name: 'ResponseToolUseBlock', shape: toolUse },
  { key: 'RequestToolUseBlock', name: 'RequestToolUseBlock', shape: toolUseParam },
  { key: 'BetaRequestToolUseBlock', name: 'RequestToolUseBlock', shape: toolUseParam },
  { key: 'ResponseThinkingBlock', name: 'ResponseThinkingBlock', shape: thinking },
  { key: 'RequestThinkingBlock', name: 'RequestThinkingBlock', shape: thinking },
  { key: 'ResponseWebSearchResultLocationCitation', name: 'ResponseWebSearchResultLocationCitation', shape: citation },
  { key: 'BetaResponseWebSearchResultLocationCitation', name: 'x', shape: citation },
];

describe('migrate: derived config, schemas of one shape', () => {
  it('is the one holding the type’s words with the fewest others', () => {
    expect(schemaFor('ToolUseBlock', schemas, toolUse, [])).toBe('ResponseToolUseBlock');
    expect(schemaFor('BetaToolUseBlock', schemas, toolUse, [])).toBe('BetaResponseToolUseBlock');
    expect(schemaFor('ToolUseBlockParam', schemas, toolUseParam, [])).toBe('RequestToolUseBlock');
    expect(schemaFor('BetaToolUseBlockParam', schemas, toolUseParam, [])).toBe('BetaRequestToolUseBlock');
  });

  it('holds them in any order, a plural as its singular', () => {
    expect(schemaFor('CitationsWebSearchResultLocation', schemas, citation, [])).toBe(
      'ResponseWebSearchResultLocationCitation',
    );
  });

  it('takes the request schema for a Param type and the response schema for the other, where both are one shape', () => {
    expect(schemaFor('ThinkingBlock', schemas, thinking, [])).toBe('ResponseThinkingBlock');
    expect(schemaFor('ThinkingBlockParam', schemas, thinking, [])).toBe('RequestThinkingBlock');
  });

  it('finds none where no schema holds every word', () => {
    expect(schemaFor('RawToolUseBlock', schemas, toolUse, [])).toBeNull();
  });
});
