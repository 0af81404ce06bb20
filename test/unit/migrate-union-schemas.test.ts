/**
 * Unions api.md lists, found among the spec's unions by their variants' schemas (openai-node's `ResponseItem`, its
 * `ToolCallDelta` written out inside a property, `ResponseInputContent` of two unions of the same variants).
 */
import { describe, expect, it } from 'vitest';
import { unionSchemas } from '../../generator/migrate/derived-config/schema-match';
import { nestedSchemasOf } from '../../generator/migrate/derived-config/nested-schemas';
import type { Shape } from '../../generator/migrate/derived-config/input-types';

const union = (...members: string[]): Shape => ({ kind: 'union', members: members.sort() });
const schema = (key: string, shape: Shape | null = null) => ({ key, name: key, shape });

describe('migrate: derived config, unions', () => {
  it('takes the one union of its variants where variants api.md does not list are unknown', () => {
    const found = new Map<string, string | null>([
      ['ResponseItem', null],
      ['ResponseFileSearchCall', 'FileSearchCall'],
      ['ResponseFunctionCall', 'FunctionCall'],
    ]);
    const shapes = new Map([
      ['ResponseItem', union('ResponseFileSearchCall', 'ResponseFunctionCall', 'McpCall', 'Program')],
    ]);
    const schemas = [
      schema('FileSearchCall'),
      schema('FunctionCall'),
      schema('ItemResource', union('FileSearchCall', 'FunctionCall', 'MCPCall', 'ProgramItem')),
      schema('OutputItem', union('FileSearchCall', 'ReasoningItem', 'MCPCall', 'ProgramItem')),
    ];
    expect(unionSchemas(found, shapes, schemas).get('ResponseItem')).toBe('ItemResource');
    // (One api.md lists among the unknown stays without a model.)
    found.set('Program', null);
    const result = unionSchemas(found, shapes, schemas);
    expect(result.get('ResponseItem')).toBe('ItemResource');
    expect(result.has('Program')).toBe(false);
  });

  it('tells two unions of the same variants apart by the words of its name', () => {
    const found = new Map<string, string | null>([
      ['ResponseInputContent', null],
      ['ResponseFunctionCallOutputItem', null],
      ['ResponseInputText', 'InputTextContent'],
      ['ResponseInputFile', 'InputFileContent'],
    ]);
    const shapes = new Map([
      ['ResponseInputContent', union('ResponseInputText', 'ResponseInputFile')],
      ['ResponseFunctionCallOutputItem', union('ResponseInputText', 'ResponseInputFile')],
    ]);
    const schemas = [
      schema('InputTextContent'),
      schema('InputFileContent'),
      schema('FunctionAndCustomToolCallOutput', union('InputTextContent', 'InputFileContent')),
      schema('InputContent', union('InputTextContent', 'InputFileContent')),
    ];
    const result = unionSchemas(found, shapes, schemas);
    expect(result.get('ResponseInputContent')).toBe('InputContent');
    expect(result.get('ResponseFunctionCallOutputItem')).toBe('FunctionAndCustomToolCallOutput');
  });

  it('finds a union written out inside another schema, by its pointer', () => {
    const document = {
      components: {
        schemas: {
          CodeDelta: { type: 'object', properties: { code: { type: 'string' } } },
          FunctionDelta: { type: 'object', properties: { name: { type: 'string' } } },
          StepDelta: {
            type: 'object',
            properties: {
              tool_calls: {
                type: 'array',
                items: {
                  oneOf: [{ $ref: '#/components/schemas/CodeDelta' }, { $ref: '#/components/schemas/FunctionDelta' }],
                },
              },
            },
          },
        },
      },
    };
    const nested = nestedSchemasOf(document);
    const pointer = '#/components/schemas/StepDelta/properties/tool_calls/items';
    expect(nested.find((n) => n.pointer === pointer)?.shape).toEqual(union('CodeDelta', 'FunctionDelta'));
    const found = new Map<string, string | null>([
      ['ToolCallDelta', null],
      ['CodeToolCallDelta', 'CodeDelta'],
      ['FunctionToolCallDelta', 'FunctionDelta'],
    ]);
    const shapes = new Map([['ToolCallDelta', union('CodeToolCallDelta', 'FunctionToolCallDelta')]]);
    const schemas = [schema('CodeDelta'), schema('FunctionDelta')];
    expect(unionSchemas(found, shapes, schemas, nested).get('ToolCallDelta')).toBe(pointer);
  });
});
