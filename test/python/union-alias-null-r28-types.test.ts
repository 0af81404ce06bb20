/**
 * A union of classes with a `{ type: 'null' }` member, declared as an alias of its own: Stainless's Python SDKs keep
 * `None` among the alias's members in a model module (llama-stack's `ToolOpenAIResponseToolMcpAllowedTools:
 * TypeAlias = Union[List[str], ToolOpenAIResponseToolMcpAllowedToolsAllowedToolsFilter, None]`, reducto's
 * `ResultParse`, letta's `ToolCalls`), the field `Optional[…]` of it; a params module's alias has no `None`
 * (llama-stack's `ToolOpenAIResponseInputToolMcpAllowedTools`), the field `Optional[…]` of it alone.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.1.0
info: { title: Tools, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /tools:
    post:
      operationId: createTool
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Tool' }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Tool' }
components:
  schemas:
    Filter:
      title: Filter
      type: object
      properties: { names: { type: array, items: { type: string } } }
    Tool:
      title: Tool
      type: object
      required: [name]
      properties:
        name: { type: string }
        allowed:
          anyOf:
            - { type: array, items: { type: string } }
            - { $ref: '#/components/schemas/Filter' }
            - { type: 'null' }
`;

const CONFIG = `
organization: { name: tools }
targets:
  python: { package_name: tools }
resources:
  tools:
    methods:
      create: post /tools
`;

describe('a union alias with a null member', () => {
  const generated = pythonPackageByEra('py-union-alias-null', SPEC, CONFIG, 'tools');

  it('keeps None among a model alias’s members, not a params alias’s', async () => {
    const read = await generated(null);
    const response = read('types/tool_create_response.py');
    expect(response).toMatch(/^Allowed: TypeAlias = Union\[List\[str\], AllowedFilter, None\]$/m);
    expect(response).toMatch(/^ {4}allowed: Optional\[Allowed\] = None$/m);
    const params = read('types/tool_create_params.py');
    expect(params).toMatch(/^Allowed: TypeAlias = Union\[SequenceNotStr\[str\], AllowedFilter\]$/m);
    expect(params).toMatch(/^ {4}allowed: Optional\[Allowed\]$/m);
  }, 120_000);
});
