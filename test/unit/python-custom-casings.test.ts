/**
 * Python class names take the words a config's `custom_casings` names as the config writes them, and only those: a
 * word in capitals no casing names is capitalized as a word. isaacus-python shows both sides: with
 * `qa: { initialism: true }` in its config (2026) Stainless wrote `QAResource` and `QACreateParams`; before the config
 * had it (2025), `QaResource` and `QaCreateParams`.
 */
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../generator/ir/types';
import { resourceClassStem } from '../../generator/emit/python/resources/resource-class';
import { pyClassName, pyTypeName, resourceClassName } from '../../generator/naming/python';

const QA = new Map([['qa', 'QA']]);

function resource(className: string, configKey: string): Resource {
  return { className, configKey, property: configKey, subresources: [] } as unknown as Resource;
}

describe('custom casings in Python class names', () => {
  it('leave a word no casing names capitalized as a word', () => {
    expect(pyClassName('QACreateParams')).toBe('QaCreateParams');
    expect(resourceClassName('QA')).toBe('QaResource');
    expect(resourceClassStem(resource('QA', 'qa'))).toBe('Qa');
  });

  it('write a word a casing names as the config writes it', () => {
    expect(pyClassName('QACreateParams', QA)).toBe('QACreateParams');
    expect(pyClassName('QaCreateParams', QA)).toBe('QACreateParams');
    expect(pyTypeName('QACreateParams', undefined, new Set(), QA)).toBe('QACreateParams');
    expect(resourceClassName('QA', QA)).toBe('QAResource');
    expect(resourceClassStem(resource('QA', 'qa'), new Set(), QA)).toBe('QA');
    // An initialism's plural keeps its `s` small, as the built-in `URLs`.
    expect(pyClassName('QasList', QA)).toBe('QAsList');
  });

  it('write a run of words a casing names as one word', () => {
    // `lumaai: { pascal: LumaAI }` (lumaai-api's config), over the words "Luma" and "AI" of a settled name.
    const luma = new Map([['lumaai', 'LumaAI']]);
    expect(pyClassName('LumaaiError', luma)).toBe('LumaAIError');
    expect(pyClassName('LumaAIError', luma)).toBe('LumaAIError');
    // A casing of several words, keyed with `_` as the config writes it.
    const idString = new Map([['openai_id_string', 'OpenAIIDString']]);
    expect(pyClassName('OpenaiIdStringValue', idString)).toBe('OpenAIIDStringValue');
  });

  it('keep the built-in acronyms', () => {
    expect(pyClassName('MessageSmsContent', QA)).toBe('MessageSMSContent');
    expect(pyClassName('OpenAIResponseMCPCall', QA)).toBe('OpenAIResponseMcpCall');
  });
});
