/**
 * Schemas of one shape, none holding every word of the type: a config's `models` naming the spec's schemas otherwise
 * (openai-node's `ResponseInputFile` is `InputFileContent`, `BetaResponseInputAudio` `BetaInputAudio`,
 * `ToolChoiceApplyPatch` `SpecificApplyPatchParam`): the one sharing most of the type's words, with the fewest others;
 * a `Param` type's among the request schemas, another's among the rest.
 */
import { describe, expect, it } from 'vitest';
import { schemaFor, sharedWordSchemas } from '../../generator/migrate/derived-config/schema-match';
import type { Shape } from '../../generator/migrate/derived-config/input-types';

const object = (members: string[], detail: string[] = members): Shape => ({ kind: 'object', members, detail });
const file = object(['file_id', 'filename', 'type'], ['file_id', 'filename', 'type=input_file']);
const audio = object(['input_audio', 'type'], ['input_audio', 'type=input_audio']);
const patch = object(['type'], ['type=apply_patch']);
const shell = object(['type'], ['type=shell']);
const reference = object(['container_id', 'type'], ['container_id', 'type=container_reference']);
const text = object(['text', 'type'], ['text', 'type=text']);
const schema = (key: string, shape: Shape) => ({ key, name: key, shape });
const schemas = [
  schema('InputFileContent', file),
  schema('InputFileContentParam', file),
  schema('BetaInputFileContent', file),
  schema('BetaInputFileContentParam', file),
  schema('InputAudio', audio),
  schema('BetaInputAudio', audio),
  schema('SpecificApplyPatchParam', patch),
  schema('BetaSpecificApplyPatchParam', patch),
  schema('SpecificFunctionShellParam', shell),
  schema('AssistantToolsCode', object(['type'], ['type=code_interpreter'])),
  schema('ContainerReferenceParam', reference),
  schema('ContainerReferenceResource', reference),
  schema('TextContent', text),
  schema('MessageRequestContentTextObject', text),
  schema('AlphaWidget', object(['widget_id'])),
  schema('GammaWidget', object(['widget_id'])),
];

/** What the derived config finds for a type of that shape: by schemaFor, else by the shared words. */
const matched = (name: string, shape: Shape) =>
  schemaFor(name, schemas, shape, []) ??
  sharedWordSchemas(new Map([[name, null]]), new Map([[name, shape]]), schemas).get(name) ??
  null;

describe('migrate: derived config, schemas of one shape sharing some of the type’s words', () => {
  it('is the one sharing most of its words, with the fewest others', () => {
    expect(matched('ResponseInputFile', file)).toBe('InputFileContent');
    expect(matched('ResponseInputFileContent', file)).toBe('InputFileContent');
    expect(matched('BetaResponseInputFile', file)).toBe('BetaInputFileContent');
    expect(matched('ResponseInputAudio', audio)).toBe('InputAudio');
    expect(matched('BetaResponseInputAudio', audio)).toBe('BetaInputAudio');
  });

  it('looks among the schemas whose literal is the type’s first', () => {
    expect(matched('ToolChoiceApplyPatch', patch)).toBe('SpecificApplyPatchParam');
    expect(matched('BetaToolChoiceApplyPatch', patch)).toBe('BetaSpecificApplyPatchParam');
    expect(matched('ToolChoiceShell', shell)).toBe('SpecificFunctionShellParam');
  });

  it('takes a request schema for a Param type, another for the rest', () => {
    expect(matched('ResponseContainerReference', reference)).toBe('ContainerReferenceResource');
    expect(matched('TextContentBlockParam', text)).toBe('MessageRequestContentTextObject');
    expect(matched('TextContentBlock', text)).toBe('TextContent');
  });

  it('else takes the one of its shape no other type is', () => {
    const includable: Shape = { kind: 'enum', members: ['file_search_call.results', 'reasoning.encrypted_content'] };
    const enums = [schema('IncludeEnum', includable), schema('BetaIncludeEnum', includable)];
    const found = new Map<string, string | null>([
      ['BetaResponseIncludable', null],
      ['ResponseIncludable', null],
    ]);
    const shapes = new Map([
      ['BetaResponseIncludable', includable],
      ['ResponseIncludable', includable],
    ]);
    const result = sharedWordSchemas(found, shapes, enums);
    expect(result.get('BetaResponseIncludable')).toBe('BetaIncludeEnum');
    expect(result.get('ResponseIncludable')).toBe('IncludeEnum');
  });

  it('finds none where two tie, or none shares a word', () => {
    expect(matched('Widget', object(['widget_id']))).toBeNull();
    expect(matched('Unrelated', audio)).toBeNull();
  });

  it('takes no schema whose literal is another than the type declares', () => {
    // (A spec older than the SDK: no schema of `type: "all"`; `ThinkingConfigDisabled` shares words but is `disabled`.)
    const disabled = object(['type'], ['type=disabled']);
    const enabled = object(['budget', 'type'], ['budget', 'type=enabled']);
    const config = [schema('BetaThinkingConfigDisabled', disabled), schema('BetaThinkingConfigEnabled', enabled)];
    const all = object(['type'], ['type=all']);
    expect(schemaFor('BetaAllThinkingTurns', config, all, [])).toBeNull();
    expect(
      sharedWordSchemas(new Map([['BetaAllThinkingTurns', null]]), new Map([['BetaAllThinkingTurns', all]]), config),
    ).toEqual(new Map());
    // (Nor the only schema of its keys: a literal is the type's own.)
    expect(schemaFor('BetaAllThinkingTurns', [schema('Other', disabled)], all, [])).toBeNull();
  });

  it('takes no schema named as the type with a suffix where it is of another kind', () => {
    // (A union of errors is not the error envelope `BetaErrorResponse`, an object, which api.md lists apart.)
    const errors: Shape = { kind: 'union', members: ['BetaApiError', 'BetaNotFoundError'] };
    const envelope = schema('BetaErrorResponse', object(['error', 'type'], ['error', 'type=error']));
    expect(schemaFor('BetaError', [envelope], errors, [])).toBeNull();
    expect(schemaFor('BetaError', [envelope], null, [])).toBe('BetaErrorResponse');
  });
});
