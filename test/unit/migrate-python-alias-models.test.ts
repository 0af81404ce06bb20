/**
 * api.md types of a Stainless Python SDK the models matcher cannot take as a schema of their own:
 * - a module that only aliases another listed type (`StreamEvent = RawStreamEvent`, Stainless's deprecated name kept
 *   for its users) is that type's schema, and the type it aliases is the schema the alias matched by name (the spec's
 *   union of the events and a ping, which Stainless's union leaves out): both are models, the alias after it;
 * - a type whose schema another already is (two classes of one shape) is told, naming both, not left out silently;
 * - a type api.md lists that no module of Stainless's declares breaks no import (none could be written): it is told
 *   apart from the unmodelled types users import.
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../../generator/migrate/python/derived-config/python-models';
import type { UnmodelledType } from '../../generator/migrate/derived-config/unmodelled-types';
import { migrationReport } from '../../generator/cli/commands/migrate';
import type { MigrateResult } from '../../generator/api/migrate';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';

const API_MD = [
  '# Events',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types import (',
  '    RawStartEvent,',
  '    RawStopEvent,',
  '    RawStreamEvent,',
  '    StreamEvent,',
  '    StopEvent,',
  '    FinishEvent,',
  '    PDFBlock,',
  '    ThinkingTurns,',
  '    DocumentBlock,',
  '    PDFDocumentBlock,',
  '    KeepTurns,',
  ')',
  '```',
  '',
  'Methods:',
  '',
  '- <code title="get /v1/events">client.events.<a href="./src/acme/resources/events.py">list</a>() -> None</code>',
  '',
].join('\n');

const model = (name: string, fields: string) =>
  `from typing_extensions import Literal\n\nfrom .._models import BaseModel\n\n__all__ = ["${name}"]\n\n\nclass ${name}(BaseModel):\n${fields}`;

const FILES: Record<string, string> = {
  'src/acme/types/raw_start_event.py': model('RawStartEvent', '    type: Literal["start"]\n'),
  'src/acme/types/raw_stop_event.py': model('RawStopEvent', '    reason: str\n\n    type: Literal["stop"]\n'),
  'src/acme/types/raw_stream_event.py': [
    'from typing import Union',
    'from typing_extensions import Annotated, TypeAlias',
    '',
    '__all__ = ["RawStreamEvent"]',
    '',
    'RawStreamEvent: TypeAlias = Annotated[',
    '    Union[RawStartEvent, RawStopEvent], PropertyInfo(discriminator="type")',
    ']',
    '',
  ].join('\n'),
  'src/acme/types/stream_event.py': [
    'from .raw_stream_event import RawStreamEvent',
    '',
    '__all__ = ["StreamEvent"]',
    '',
    'StreamEvent = RawStreamEvent',
    '"""The RawStreamEvent type should be used instead"""',
    '',
  ].join('\n'),
  // Two classes of one shape: the spec has one schema of it.
  'src/acme/types/stop_event.py': model('StopEvent', '    code: int\n\n    type: Literal["halt"]\n'),
  'src/acme/types/finish_event.py': model('FinishEvent', '    code: int\n\n    type: Literal["halt"]\n'),
  'src/acme/types/thinking_turns.py': model('ThinkingTurns', '    type: Literal["thinking_turns"]\n\n    value: int\n'),
  'src/acme/types/document_block_param.py':
    'class DocumentBlockParam(TypedDict, total=False):\n    data: Required[str]\n\n    type: Required[Literal["document"]]\n',
  // (Stainless's module declares the request form alone, aliasing another's: users import `PDFDocumentBlockParam`.)
  'src/acme/types/pdf_document_block_param.py':
    'from .document_block_param import DocumentBlockParam\n\n__all__ = ["PDFDocumentBlockParam"]\n\n' +
    'PDFDocumentBlockParam = DocumentBlockParam\n',
  // (Only the request form of a type no schema is: users import `KeepTurnsParam`, so its loss breaks them.)
  'src/acme/types/keep_turns_param.py':
    'class KeepTurnsParam(TypedDict, total=False):\n    turns: Required[int]\n\n    type: Required[Literal["keep"]]\n',
  // (`PDFBlock` is declared by no module, nor exported: api.md lists it alone.)
  'src/acme/types/__init__.py': [
    'RawStartEvent',
    'RawStopEvent',
    'RawStreamEvent',
    'StreamEvent',
    'StopEvent',
    'ThinkingTurns',
    'DocumentBlockParam',
    'PDFDocumentBlockParam',
    'KeepTurnsParam',
  ]
    .map((name) => `from .${name.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toLowerCase()} import ${name} as ${name}\n`)
    .join(''),
};

const object = (...detail: string[]) => ({
  kind: 'object' as const,
  members: detail.map((d) => d.split('=')[0]).sort(),
  detail: detail.sort(),
});
const SCHEMAS = [
  { key: 'StartEvent', name: 'StartEvent', shape: object('type=start') },
  { key: 'StopEventBody', name: 'StopEventBody', shape: object('reason', 'type=stop') },
  { key: 'Ping', name: 'Ping', shape: object('type=ping') },
  { key: 'HaltEvent', name: 'HaltEvent', shape: object('code', 'type=halt') },
  { key: 'RequestDocumentBlock', name: 'RequestDocumentBlock', shape: object('data', 'type=document') },
  { key: 'ToolUsesKeep', name: 'ToolUsesKeep', shape: object('type=tool_uses', 'value') },
  { key: 'InputTokensKeep', name: 'InputTokensKeep', shape: object('type=input_tokens', 'value') },
  {
    key: 'StreamEvent',
    name: 'StreamEvent',
    shape: { kind: 'union' as const, members: ['Ping', 'StartEvent', 'StopEventBody'] },
  },
];

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
  return { models, unmodelled, notes };
}

describe('Python migration: alias modules, schemas taken twice, types no module declares', () => {
  it('models an alias module as a second model of the schema of the type it aliases, after it', () => {
    const { models, unmodelled } = run();
    const keys = models.map((m) => [m.key, m.schema]);
    expect(keys).toContainEqual(['raw_stream_event', 'StreamEvent']);
    expect(keys).toContainEqual(['stream_event', 'StreamEvent']);
    expect(keys.findIndex(([k]) => k === 'raw_stream_event')).toBeLessThan(
      keys.findIndex(([k]) => k === 'stream_event'),
    );
    expect(unmodelled.map((u) => u.name)).not.toContain('RawStreamEvent');
    expect(unmodelled.map((u) => u.name)).not.toContain('StreamEvent');
  });

  it("models a type whose request form's module only aliases another's as a second model of that schema", () => {
    const { models } = run();
    expect(models.filter((m) => m.schema === 'RequestDocumentBlock').map((m) => m.key)).toEqual([
      'document_block',
      'pdf_document_block',
    ]);
  });

  it('tells a type whose schema another type already is, naming both', () => {
    const { models, notes } = run();
    expect(models.filter((m) => m.schema === 'HaltEvent').map((m) => m.key)).toEqual(['stop_event']);
    expect(notes.find((n) => n.includes('FinishEvent'))).toMatch(/FinishEvent.*StopEvent|StopEvent.*FinishEvent/);
  });

  it('tells a type no module declares apart from the types users import', () => {
    const { unmodelled } = run();
    const pdf = unmodelled.find((u) => u.name === 'PDFBlock');
    expect(pdf?.kind).toBe('undeclared');
    expect(pdf?.why).toMatch(/no module/);
    // (One whose request form the module exports is imported by that name: no model breaks those imports.)
    expect(unmodelled.find((u) => u.name === 'KeepTurns')?.kind).toBe('no-schema');
  });

  it('tells a type whose literal no schema of its keys has as of no schema, not of several', () => {
    const { models, unmodelled } = run();
    expect(models.map((m) => m.key)).not.toContain('thinking_turns');
    const turns = unmodelled.find((u) => u.name === 'ThinkingTurns');
    expect([turns?.kind, turns?.candidates]).toEqual(['no-schema', []]);
  });

  it("is no break in the move's report: listed apart, out of the count of types with no model", () => {
    const { unmodelled, notes } = run();
    expect(notes.join('\n')).not.toMatch(/match no schema[^\n]*PDFBlock/);
    const { lockfiles: _lockfiles, ...plan } = emptyMigrationPlan();
    void _lockfiles;
    const result: MigrateResult = {
      ...plan,
      repo: '/work/acme-python',
      spec: '/work/acme-python/openapi.yml',
      config: '/work/acme-python/stainless.yml',
      derivedConfig: {
        path: 'stainless.yml',
        counts: { resources: 1, methods: 1, models: 6, schemes: 0 },
        notes: [],
        text: '',
        unmodelled,
      },
      base: null,
      dryRun: false,
      diagnostics: [],
      copiedInputs: [],
      lockfileUpdates: [],
      stlc: null,
    };
    const text = migrationReport(result);
    expect(text).toContain(
      '6 models, 0 pagination schemes; 2 type(s) of api.md with no model, listed below (2 of no schema of the spec, ' +
        '0 of several schemas to choose from, 0 of a declaration it does not read); 1 type(s) of api.md no module ' +
        'declares, listed below)',
    );
    expect(text).toContain(
      "Types Stainless's api.md lists that no model of stainless.yml names (2): sdkgen's SDK does not export them " +
        "under these names, so your users' imports of them break:\n  ThinkingTurns (",
    );
    expect(text).toContain(
      "Types Stainless's api.md lists that no module of Stainless's SDK declares (1): no import of them worked " +
        'before the move, so none breaks:\n  PDFBlock (from acme.types import PDFBlock): no module',
    );
  });
});
