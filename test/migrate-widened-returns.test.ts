/**
 * A method whose return type the owners widened beyond an `APIPromise` (`APIPromise<R> | Promise<R>`, a React Email
 * render awaited first): migrate writes its generated tests as awaited calls, so that they type-check, as an edit to
 * sdkgen's text (the manifest keeps sdkgen's own), and lists the method in its report.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';
import { awaitWidenedCalls, widenedMethods } from '../generator/migrate/owners/widened-returns';

const resource = (send: string) =>
  [
    "import { APIResource } from '../core/resource';",
    "import { APIPromise } from '../core/api-promise';",
    '',
    'export class Emails extends APIResource {',
    '  retrieve(id: string): APIPromise<EmailSendResponse> {',
    '    return this._client.get(`/emails/${id}`);',
    '  }',
    '',
    send,
    '}',
    '',
    'export interface EmailSendResponse {',
    '  id: string;',
    '}',
    '',
    'export interface EmailSendParams {',
    '  to: string;',
    '  react?: unknown;',
    '}',
    '',
  ].join('\n');

const stainlessSend = [
  '  send(body: EmailSendParams): APIPromise<EmailSendResponse> {',
  "    return this._client.post('/emails', { body });",
  '  }',
].join('\n');

const ownersSend = [
  '  send(',
  '    body: EmailSendParams,',
  '    options?: RequestOptions,',
  '  ): APIPromise<EmailSendResponse> | Promise<EmailSendResponse> {',
  '    if (body.react) {',
  "      return render(body).then((b) => this._client.post('/emails', { body: b, ...options }));",
  '    }',
  "    return this._client.post('/emails', { body, ...options });",
  '  }',
].join('\n');

const checked = (name: string, call: string) =>
  [
    `  test('${name}', async () => {`,
    `    const responsePromise = ${call};`,
    '    const rawResponse = await responsePromise.asResponse();',
    '    expect(rawResponse).toBeInstanceOf(Response);',
    '    const response = await responsePromise;',
    '    expect(response).not.toBeInstanceOf(Response);',
    '    const dataAndResponse = await responsePromise.withResponse();',
    '    expect(dataAndResponse.data).toBe(response);',
    '    expect(dataAndResponse.response).toBe(rawResponse);',
    '  });',
  ].join('\n');

const tests = [
  "describe('resource emails', () => {",
  checked('retrieve', "client.emails.retrieve('id')"),
  '',
  checked('send: only required params', "client.emails.send({\n      to: 'to',\n    })"),
  '',
  "  test('send: required and optional params', async () => {",
  "    const response = await client.emails.send({ to: 'to', react: {} });",
  '  });',
  '});',
  '',
].join('\n');

describe('methods whose return type the owners widened', () => {
  it('are found in one-line and multi-line declarations, not where only APIPromises are returned', () => {
    expect([...widenedMethods(resource(ownersSend))]).toEqual(['send']);
    expect([...widenedMethods(resource(stainlessSend))]).toEqual([]);
    const oneLine = '  list(q: string): Promise<Page> | APIPromise<Page> {\n    return x;\n  }\n';
    expect([...widenedMethods(oneLine)]).toEqual(['list']);
    const pages = '  list(): PagePromise<ItemsPage, Item> {\n    return x;\n  }\n';
    expect([...widenedMethods(pages)]).toEqual([]);
  });

  it("have their checked tests awaited, through planMigration; sdkgen's own text stays the manifest's", () => {
    const resourcePath = 'src/resources/emails.ts';
    const testPath = 'tests/api-resources/emails.test.ts';
    const plan = planMigration({
      current: [
        { path: resourcePath, blob: 'edited', text: resource(ownersSend) },
        { path: testPath, blob: `pristine-${testPath}`, text: tests },
      ],
      base: {
        blobs: new Map([
          [resourcePath, `pristine-${resourcePath}`],
          [testPath, `pristine-${testPath}`],
        ]),
        texts: new Map([
          [resourcePath, resource(stainlessSend)],
          [testPath, tests],
        ]),
      },
      rendered: [
        { path: resourcePath, contents: resource(stainlessSend) },
        { path: testPath, contents: tests },
      ],
    });
    const written = plan.writes.find((w) => w.path === testPath)!.contents;
    expect(written).toContain("const response = await client.emails.send({\n      to: 'to',\n    });\n  });");
    expect(written).toContain("const responsePromise = client.emails.retrieve('id');");
    expect(written.match(/asResponse/g)).toHaveLength(1);
    expect(plan.generated.find((f) => f.path === testPath)!.contents).toBe(tests);
    expect(plan.awaitedTests).toEqual([`${resourcePath}: send`]);
    expect(plan.writes.find((w) => w.path === resourcePath)!.contents).toContain('| Promise<EmailSendResponse>');
  });

  it('leave tests that type-check under --strict (they did not before)', () => {
    // A lib of its own (no lib.dom): the check takes milliseconds rather than seconds.
    const lib = [
      'interface Array<T> { length: number; [n: number]: T }',
      'interface Boolean {}',
      'interface CallableFunction {}',
      'interface Function {}',
      'interface IArguments {}',
      'interface NewableFunction {}',
      'interface Number {}',
      'interface Object {}',
      'interface RegExp {}',
      'interface String {}',
      'interface PromiseLike<T> {',
      '  then<A = T, B = never>(f?: (v: T) => A | PromiseLike<A>, r?: (e: unknown) => B | PromiseLike<B>): PromiseLike<A | B>;',
      '}',
      'interface Promise<T> {',
      '  then<A = T, B = never>(f?: (v: T) => A | PromiseLike<A>, r?: (e: unknown) => B | PromiseLike<B>): Promise<A | B>;',
      '}',
      'declare var Promise: { new <T>(f: (resolve: (v: T) => void) => void): Promise<T> };',
      'declare class Response {}',
      'declare class APIPromise<T> extends Promise<T> {',
      '  asResponse(): Promise<Response>;',
      '  withResponse(): Promise<{ data: T; response: Response }>;',
      '}',
      'declare const client: {',
      '  emails: {',
      '    retrieve(id: string): APIPromise<{ id: string }>;',
      '    send(body: { to: string; react?: unknown }): APIPromise<{ id: string }> | Promise<{ id: string }>;',
      '  };',
      '};',
      'declare function describe(name: string, f: () => void): void;',
      'declare function test(name: string, f: () => Promise<void>): void;',
      'interface Checks { toBe(v: unknown): void; toBeInstanceOf(v: unknown): void }',
      'declare function expect(v: unknown): Checks & { not: Checks };',
      '',
    ].join('\n');
    const errors = (source: string) => {
      const name = '/virtual/t.ts';
      const options = { strict: true, noEmit: true, noLib: true, types: [], target: ts.ScriptTarget.ES2022 };
      const host = ts.createCompilerHost(options);
      const readFile = host.getSourceFile;
      host.getSourceFile = (file, language) =>
        file === name ? ts.createSourceFile(file, lib + source, language) : readFile.call(host, file, language);
      return ts
        .getPreEmitDiagnostics(ts.createProgram([name], options, host))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
    };
    expect(errors(tests)).toEqual([
      expect.stringMatching(/^Property 'asResponse' does not exist on type 'APIPromise<.*> \| Promise<.*>'/),
      expect.stringMatching(/^Property 'withResponse' does not exist on type 'APIPromise<.*> \| Promise<.*>'/),
    ]);
    expect(errors(awaitWidenedCalls(tests, new Set(['send'])))).toEqual([]);
  });
});
