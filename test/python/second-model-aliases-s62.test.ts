/**
 * A Stainless config may name one schema as a model twice (a second key, in the same resource or another): Stainless's
 * Python SDKs declare the second as an alias of the first, one line in a module of its own (openai's conversations
 * `InputFileContent = ResponseInputFile` and `InputFileContentParam = ResponseInputFileParam`; anthropic's
 * `MessageStreamEvent = RawMessageStreamEvent`, a union, and `BetaBase64PdfBlockParam = BetaRequestDocumentBlockParam`,
 * a type only requests take, whose model module neither writes). Each module the first has, the second has, aliasing
 * it: a union nothing refers to still has its second name, users import it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { generatePythonInto, pythonPackageByEra, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /responses:
    post:
      operationId: createResponse
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                input: { type: array, items: { $ref: '#/components/schemas/InputFile' } }
                documents: { type: array, items: { $ref: '#/components/schemas/DocumentBlock' } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/InputFile' }
  /events/{id}:
    get:
      operationId: getEvent
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/StreamEvent' }
  /conversations/items:
    get:
      operationId: listConversationItems
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
  /conversations:
    get:
      operationId: listConversations
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
components:
  schemas:
    InputFile:
      type: object
      required: [type]
      properties:
        type: { type: string, enum: [input_file] }
        file_id: { type: string }
    DocumentBlock:
      type: object
      required: [type, data]
      properties:
        type: { type: string, enum: [document] }
        data: { type: string }
    StartEvent:
      type: object
      required: [type]
      properties:
        type: { type: string, enum: [start] }
    StopEvent:
      type: object
      required: [type]
      properties:
        type: { type: string, enum: [stop] }
    StreamEvent:
      oneOf:
        - $ref: '#/components/schemas/StartEvent'
        - $ref: '#/components/schemas/StopEvent'
      discriminator: { propertyName: type }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
resources:
  responses:
    models:
      response_input_file: '#/components/schemas/InputFile'
      request_document_block: '#/components/schemas/DocumentBlock'
    methods:
      create: post /responses
  events:
    models:
      raw_start_event: '#/components/schemas/StartEvent'
      raw_stop_event: '#/components/schemas/StopEvent'
      raw_stream_event: '#/components/schemas/StreamEvent'
      stream_event: '#/components/schemas/StreamEvent'
      start_event: '#/components/schemas/StartEvent'
    methods:
      retrieve: get /events/{id}
  conversations:
    methods:
      list: get /conversations
    subresources:
      items:
        models:
          input_file_content: '#/components/schemas/InputFile'
          pdf_block: '#/components/schemas/DocumentBlock'
        methods:
          list: get /conversations/items
`;

describe('a second model of a schema', () => {
  let file: (name: string) => string;
  beforeAll(async () => {
    file = await pythonPackageByEra('py-second-models', SPEC, CONFIG, 'acme_sdk')(null);
  }, 180_000);

  it("is an alias of the first's model, in a module of its own (an object's, another resource's)", () => {
    expect(file('types/conversations/input_file_content.py')).toBe(
      [
        'from ..response_input_file import ResponseInputFile',
        '',
        '__all__ = ["InputFileContent"]',
        '',
        'InputFileContent = ResponseInputFile',
        '',
      ].join('\n'),
    );
    expect(file('types/conversations/__init__.py')).toContain(
      'from .input_file_content import InputFileContent as InputFileContent',
    );
  });

  it("and of its params form where the first has one, with no __all__ (Stainless's)", () => {
    expect(file('types/conversations/input_file_content_param.py')).toBe(
      [
        'from __future__ import annotations',
        '',
        'from ..response_input_file_param import ResponseInputFileParam',
        '',
        'InputFileContentParam = ResponseInputFileParam',
        '',
      ].join('\n'),
    );
    expect(file('types/conversations/__init__.py')).toContain(
      'from .input_file_content_param import InputFileContentParam as InputFileContentParam',
    );
  });

  it('of a union nothing refers to, and of an object in the same resource', () => {
    expect(file('types/stream_event.py')).toBe(
      [
        'from .raw_stream_event import RawStreamEvent',
        '',
        '__all__ = ["StreamEvent"]',
        '',
        'StreamEvent = RawStreamEvent',
        '',
      ].join('\n'),
    );
    expect(file('types/start_event.py')).toContain('StartEvent = RawStartEvent\n');
    expect(file('types/start_event.py')).not.toContain('class ');
    expect(file('types/__init__.py')).toContain('from .stream_event import StreamEvent as StreamEvent');
  });

  it("of a type only requests take: its params form's alias alone, as the first has no model module", () => {
    expect(() => file('types/request_document_block.py')).toThrow();
    expect(() => file('types/conversations/pdf_block.py')).toThrow();
    expect(file('types/conversations/pdf_block_param.py')).toContain(
      'from ..request_document_block_param import RequestDocumentBlockParam\n\n' +
        'PdfBlockParam = RequestDocumentBlockParam\n',
    );
  });

  // pyright over the generated package: seconds of CPU, `npm run test:python`'s (SDKGEN_PYTHON_TESTS=full, CI's).
  if (!PYTHON_FULL) console.log(`second-model-aliases: pyright is ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    "type-checks strict, each alias standing for its first's type",
    async () => {
      const dir = pythonTempDir('py-second-models-pyright');
      const out = generatePythonInto(dir, path.join(dir, 'sdk'), {
        spec: { name: 'openapi.yaml', text: SPEC },
        config: { name: 'stainless.yml', text: CONFIG },
      });
      writeFileSync(
        path.join(out, 'use_aliases.py'),
        [
          'from acme_sdk.types import StreamEvent, RawStreamEvent, StartEvent, RawStartEvent',
          'from acme_sdk.types.conversations import InputFileContent, InputFileContentParam, PdfBlockParam',
          'from acme_sdk.types import ResponseInputFile, ResponseInputFileParam, RequestDocumentBlockParam',
          '',
          '',
          'def first(event: StreamEvent) -> RawStreamEvent:',
          '    return event',
          '',
          '',
          'def start(event: RawStartEvent) -> StartEvent:',
          '    return event',
          '',
          '',
          'def content(file: ResponseInputFile) -> InputFileContent:',
          '    return file',
          '',
          '',
          'param: InputFileContentParam = {"type": "input_file", "file_id": "f"}',
          'same: ResponseInputFileParam = param',
          'block: PdfBlockParam = {"type": "document", "data": "x"}',
          'request: RequestDocumentBlockParam = block',
          '',
        ].join('\n'),
      );
      const errors = await pyrightErrorsUnderOwnSettings(out, ['src/acme_sdk', 'use_aliases.py']);
      expect(errors).toEqual([]);
    },
    300_000,
  );
});
