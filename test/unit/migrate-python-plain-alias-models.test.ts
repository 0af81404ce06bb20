/**
 * api.md types a Stainless Python SDK declares as plain aliases (dedalus's `JSONValueInput: TypeAlias = Union[str,
 * float, bool, Dict[str, Optional["JSONValueInput"]], List[…], None]` and `JSONObjectInput: TypeAlias = Dict[str,
 * Optional["JSONValueInput"]]`), where the spec names their schemas otherwise (`JSONValue`, `JSONObject`): the models
 * matcher reads the alias's value as the schema's type reads (its variants in words: `integer` and `number` are both
 * `float`, null left out, a map's or a list's values, itself, another named type) and takes the one schema of that
 * shape. A name the spec has keeps its schema whatever the shapes; several schemas of the shape, none its words: none.
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../../generator/migrate/python/derived-config/python-models';
import { aliasShapeOf, pythonAliasShape } from '../../generator/migrate/derived-config/alias-shapes';
import type { UnmodelledType } from '../../generator/migrate/derived-config/unmodelled-types';
import type { TypeRef } from '../../generator/ir/types';

const API_MD = [
  '# Shared Types',
  '',
  '```python',
  'from acme.types import JSONObjectInput, JSONValueInput, Labels, Metadata, Scores',
  '```',
  '',
  '# Things',
  '',
  'Methods:',
  '',
  '- <code title="get /v1/things">client.things.<a href="./src/acme/resources/things.py">list</a>() -> None</code>',
  '',
].join('\n');

const alias = (name: string, imports: string, value: string) =>
  `from __future__ import annotations\n\n${imports}\n\n__all__ = ["${name}"]\n\n${name}: TypeAlias = ${value}\n`;

const FILES: Record<string, string> = {
  'src/acme/types/shared/json_value_input.py': alias(
    'JSONValueInput',
    'from typing import Dict, List, Union, Optional\nfrom typing_extensions import TypeAlias',
    'Union[\n    str, float, bool, Dict[str, Optional["JSONValueInput"]], List[Optional["JSONValueInput"]], None\n]',
  ),
  'src/acme/types/shared/json_object_input.py':
    alias(
      'JSONObjectInput',
      'from typing import Dict, Optional\nfrom typing_extensions import TypeAlias',
      'Dict[str, Optional["JSONValueInput"]]',
    ) + '\nfrom .json_value_input import JSONValueInput\n',
  // (Named as a schema of the spec whose shape is another: the name holds.)
  'src/acme/types/shared/metadata.py': alias('Metadata', 'from typing import Dict', 'Dict[str, str]'),
  // (Two schemas of its shape, neither holding its words: neither is taken.)
  'src/acme/types/shared/labels.py': alias('Labels', 'from typing import List', 'List[str]'),
  'src/acme/types/shared/scores.py': alias('Scores', 'from typing import Dict', 'Dict[str, float]'),
  'src/acme/types/__init__.py': ['JSONObjectInput', 'JSONValueInput', 'Labels', 'Metadata', 'Scores']
    .map((name) => `from .shared import ${name} as ${name}\n`)
    .join(''),
};

const ref = (key: string): TypeRef => ({ kind: 'ref', schemaId: `openapi.json#/components/schemas/${key}` });
const map = (additional: TypeRef): TypeRef =>
  ({ kind: 'object', properties: [], additional, propertyNames: null }) as unknown as TypeRef;
const string: TypeRef = { kind: 'string', format: null };
const TYPES: Record<string, TypeRef> = {
  JSONValue: {
    kind: 'union',
    variants: [
      string,
      { kind: 'integer' },
      { kind: 'number' },
      { kind: 'boolean' },
      map(ref('JSONValue')),
      { kind: 'array', items: ref('JSONValue') },
      { kind: 'null' },
    ],
  } as TypeRef,
  JSONObject: map(ref('JSONValue')),
  Metadata: map({ kind: 'unknown' }),
  TagList: { kind: 'array', items: string },
  NameList: { kind: 'array', items: string },
  ScoreMap: map({ kind: 'number' }),
};
const SCHEMAS = Object.entries(TYPES).map(([key, type]) => ({
  key,
  name: key,
  shape: aliasShapeOf(`openapi.json#/components/schemas/${key}`, type),
}));

function run() {
  const unmodelled: UnmodelledType[] = [];
  const notes: string[] = [];
  const models = pythonModels(
    API_MD,
    (file) => FILES[file] ?? null,
    'acme',
    { schemas: SCHEMAS, responseSchemas: new Map() },
    notes,
    new Map(),
    unmodelled,
  );
  return { models: new Map(models.map((m) => [m.key, m.schema])), unmodelled };
}

describe("Python migration: api.md's plain aliases", () => {
  it("reads the alias's value in the words the spec's type reads in", () => {
    const value = pythonAliasShape(FILES['src/acme/types/shared/json_value_input.py'], 'JSONValueInput');
    expect(value).toEqual({ kind: 'alias', members: ['boolean', 'list<self>', 'map<self>', 'number', 'string'] });
    expect(value).toEqual(SCHEMAS.find((s) => s.key === 'JSONValue')!.shape);
    expect(pythonAliasShape(FILES['src/acme/types/shared/json_object_input.py'], 'JSONObjectInput')).toEqual({
      kind: 'alias',
      members: ['map<ref>'],
    });
    // (Also as the owners' edit and older SDKs write it: a `TypeAliasType`, over lines; a params form's sequence.)
    const typeAliasType = [
      'JSONValueInput = TypeAliasType(',
      '    "JSONValueInput",',
      '    Union[str, float, bool, Dict[str, Optional["JSONValueInput"]], SequenceNotStr[Optional["JSONValueInput"]]],',
      ')',
    ].join('\n');
    expect(pythonAliasShape(typeAliasType, 'JSONValueInput')).toEqual(value);
    // (A literal, a model's other forms, a bare named type: no plain alias shape.)
    expect(pythonAliasShape('Kind: TypeAlias = Literal["a", "b"]\n', 'Kind')).toBeNull();
    expect(pythonAliasShape('Thing: TypeAlias = Other\n', 'Thing')).toBeNull();
    expect(pythonAliasShape('class Thing(BaseModel):\n    x: int\n', 'Thing')).toBeNull();
  });

  it('models a plain alias by the one schema of its shape, and one that refers to it', () => {
    const { models, unmodelled } = run();
    expect(models.get('json_value_input')).toBe('JSONValue');
    expect(models.get('json_object_input')).toBe('JSONObject');
    expect(unmodelled.map((u) => u.name)).not.toContain('JSONValueInput');
    expect(unmodelled.map((u) => u.name)).not.toContain('JSONObjectInput');
  });

  it('keeps a name the spec has; takes none of several schemas of the shape', () => {
    const { models, unmodelled } = run();
    expect(models.get('metadata')).toBe('Metadata');
    expect(models.has('labels')).toBe(false);
    const labels = unmodelled.find((u) => u.name === 'Labels');
    expect(labels?.kind).toBe('several');
    expect(labels?.candidates.sort()).toEqual(['#/components/schemas/NameList', '#/components/schemas/TagList']);
    // (One schema of its shape, named otherwise with none of its words: it is it, as an object's is.)
    expect(models.get('scores')).toBe('ScoreMap');
  });
});
