/**
 * A union of literals and an object written out in place (braintrust's `ToolChoice`: `Union[Literal["auto"],
 * Literal["none"], Function]`, `Function` a class of its own module; the spec's `tool_choice` an `anyOf` of the string
 * enums `auto` and `none` and an object titled `function`): the matcher reads each literal as its value and the object
 * by the name Stainless gives it (its title), so the type is that property's schema, not `function_call`'s, whose
 * object is titled `function` too but has other fields. Before, neither the alias reader nor the nested unions read
 * such a union, and the type went to a person.
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../../generator/migrate/python/derived-config/python-models';
import type { UnmodelledType } from '../../generator/migrate/derived-config/unmodelled-types';
import { nestedSchemasOf } from '../../generator/migrate/derived-config/nested-schemas';

const API_MD = [
  '# Shared Types',
  '',
  '```python',
  'from acme.types import FunctionToolChoice, ToolChoice, ToolMode',
  '```',
  '',
  '# Prompts',
  '',
  'Methods:',
  '',
  '- <code title="post /v1/prompt">client.prompts.<a href="./src/acme/resources/prompts.py">create</a>() -> None</code>',
  '',
].join('\n');

const header = (name: string, more = '') =>
  `from typing import Union\nfrom typing_extensions import Literal, TypeAlias\n\nfrom ..._models import BaseModel\n${more}\n__all__ = ["${name}"]\n\n\n`;

const FILES: Record<string, string> = {
  'src/acme/types/shared/function_tool_choice.py': `${header('FunctionToolChoice')}class FunctionToolChoice(BaseModel):\n    name: str\n`,
  'src/acme/types/shared/tool_choice.py': [
    header('ToolChoice", "Function', 'from .function_tool_choice import FunctionToolChoice\n'),
    'class Function(BaseModel):\n    function: FunctionToolChoice\n\n    type: Literal["function"]\n\n\n',
    'ToolChoice: TypeAlias = Union[Literal["auto"], Literal["none"], Function]\n',
  ].join(''),
  // (Literals written as one `Literal` of several values are the same variants.)
  'src/acme/types/shared/tool_mode.py': [
    header('ToolMode", "Named'),
    'class Named(BaseModel):\n    name: str\n\n\n',
    'ToolMode: TypeAlias = Union[Literal["auto", "required"], Named]\n',
  ].join(''),
};

const literal = (value: string) => ({ type: 'string', enum: [value], title: value });
const SPEC = {
  components: {
    schemas: {
      ModelParams: {
        type: 'object',
        properties: {
          function_call: {
            anyOf: [
              literal('auto'),
              literal('none'),
              { type: 'object', properties: { name: { type: 'string' } }, title: 'function' },
            ],
          },
          tool_choice: {
            anyOf: [
              literal('auto'),
              literal('none'),
              {
                type: 'object',
                title: 'function',
                properties: {
                  type: { type: 'string', enum: ['function'] },
                  function: { type: 'object', properties: { name: { type: 'string' } } },
                },
              },
            ],
          },
          tool_mode: {
            oneOf: [
              { type: 'string', enum: ['auto', 'required'] },
              { type: 'object', title: 'named', properties: { name: { type: 'string' } } },
            ],
          },
          // (Of no title: Stainless's name for it is not read, so this union has no shape.)
          untitled: { anyOf: [literal('auto'), { type: 'object', properties: { name: { type: 'string' } } }] },
        },
      },
    },
  },
};

describe('Python migration: a union of literals and an object written out in place', () => {
  const unmodelled: UnmodelledType[] = [];
  const models = pythonModels(
    API_MD,
    (file) => FILES[file] ?? null,
    'acme',
    {
      schemas: [{ key: 'ModelParams', name: 'ModelParams', shape: null }],
      responseSchemas: new Map(),
      nestedSchemas: nestedSchemasOf(SPEC),
    },
    [],
    new Map(),
    unmodelled,
  );
  const byKey = Object.fromEntries(models.map((m) => [m.key, m.schema]));

  it("is the property's union whose literals and titled object its variants name", () => {
    expect(byKey.tool_choice).toBe('#/components/schemas/ModelParams/properties/tool_choice');
    expect(byKey.tool_mode).toBe('#/components/schemas/ModelParams/properties/tool_mode');
    expect(unmodelled.map((u) => u.name)).not.toContain('ToolChoice');
  });

  it('names no union for an object in place without a title', () => {
    const untitled = nestedSchemasOf(SPEC).find((n) => n.pointer.endsWith('/untitled'));
    expect(untitled).toBeUndefined();
    const toolChoice = nestedSchemasOf(SPEC).find((n) => n.pointer.endsWith('/tool_choice'));
    expect(toolChoice?.shape).toEqual({ kind: 'union', members: ["'auto'", "'none'", 'Function'] });
  });
});
