/**
 * Unions api.md lists, found among the spec's unions by their variants' schemas (openai-node's `ResponseItem`, its
 * `ToolCallDelta` written out inside a property, `ResponseInputContent` of two unions of the same variants).
 */
import { describe, expect, it } from 'vitest';
import { unionSchemas } from '../../generator/migrate/derived-config/schema-match';
import { nestedSchemasOf } from '../../generator/migrate/derived-config/nested-schemas';
import type { Shape } from '../../generator/migrate/derived-config/input-types';
import { declaredShapes } from '../../generator/migrate/derived-config/declared-shapes';

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

  it('finds an array of a type api.md lists: the array of its schema, a component or written out inside another', () => {
    const source = [
      'export type ResponseInputMessageContentList = Array<ResponseInputContent>;',
      'export type ResponseFunctionCallOutputItemList = Array<Shared.ResponseFunctionCallOutputItem>;',
      '',
    ].join('\n');
    const listed = (name: string) => ({ name, module: './src/resources/responses.ts' });
    const shapes = declaredShapes(
      [listed('ResponseInputMessageContentList'), listed('ResponseFunctionCallOutputItemList')],
      () => source,
    );
    expect(shapes.get('ResponseInputMessageContentList')).toEqual({ kind: 'array', members: ['ResponseInputContent'] });
    const document = {
      components: {
        schemas: {
          InputContent: { oneOf: [] },
          ToolOutput: { oneOf: [] },
          InputMessageContentList: { type: 'array', items: { $ref: '#/components/schemas/InputContent' } },
          FunctionCallOutputItemParam: {
            type: 'object',
            properties: {
              output: {
                oneOf: [{ type: 'string' }, { type: 'array', items: { $ref: '#/components/schemas/ToolOutput' } }],
              },
            },
          },
        },
      },
    };
    const found = new Map<string, string | null>([
      ['ResponseInputMessageContentList', null],
      ['ResponseFunctionCallOutputItemList', null],
      ['ResponseInputContent', 'InputContent'],
      ['ResponseFunctionCallOutputItem', 'ToolOutput'],
    ]);
    const schemas = [
      schema('InputContent'),
      schema('ToolOutput'),
      schema('InputMessageContentList', { kind: 'array', members: ['InputContent'] }),
    ];
    const result = unionSchemas(found, shapes, schemas, nestedSchemasOf(document));
    expect(result.get('ResponseInputMessageContentList')).toBe('InputMessageContentList');
    expect(result.get('ResponseFunctionCallOutputItemList')).toBe(
      '#/components/schemas/FunctionCallOutputItemParam/properties/output/oneOf/1',
    );
  });
});
