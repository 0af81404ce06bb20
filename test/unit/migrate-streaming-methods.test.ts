/**
 * groq's owners made `chat.completions.create` stream by hand (their Stainless config declared no streaming): they
 * renamed Stainless's `CompletionCreateParams` interface `ChatCompletionCreateParamsBase`, declared the two variants
 * and their union, and overloaded the method on the flag. sdkgen's module streams that method already (the spec's
 * `stream` flag), under Stainless's names. The method's edit is then done by sdkgen; their declarations are carried
 * without taking away sdkgen's (its union, which its method takes; its params namespace).
 */
import { describe, expect, it } from 'vitest';
import { dropStreamingDoneBySdkgen, madeStreaming } from '../../generator/migrate/owners/streaming-methods';
import { reapplyEdits } from '../../generator/migrate/reapply/hunks';

const OVERLOADS = [
  '@@ -24,2 +25,18 @@ export class Completions extends APIResource {',
  '-  create(body: CompletionCreateParams, options?: RequestOptions): APIPromise<ChatCompletion> {',
  "-    return this._client.post('/chat/completions', { body, ...options });",
  '+  create(body: ChatCompletionCreateParamsNonStreaming, options?: RequestOptions): APIPromise<ChatCompletion>;',
  '+  create(',
  '+    body: ChatCompletionCreateParamsStreaming,',
  '+    options?: RequestOptions,',
  '+  ): APIPromise<Stream<ChatCompletionChunk>>;',
  '+  create(',
  '+    body: ChatCompletionCreateParams,',
  '+    options?: RequestOptions,',
  '+  ): APIPromise<ChatCompletion> | APIPromise<Stream<ChatCompletionChunk>> {',
  "+    return this._client.post('/chat/completions', {",
  '+      body,',
  '+      ...options,',
  '+      stream: body.stream ?? false,',
  '+    }) as APIPromise<ChatCompletion> | APIPromise<Stream<ChatCompletionChunk>>;',
  '',
].join('\n');

const sdkgensMethod = (streams: boolean) =>
  [
    'export class Completions extends APIResource {',
    '  create(params: CompletionCreateParamsNonStreaming, options?: RequestOptions): APIPromise<ChatCompletion>;',
    '  create(',
    '    params: CompletionCreateParamsStreaming,',
    '    options?: RequestOptions,',
    `  ): APIPromise<${streams ? 'Stream<ChatCompletionChunk>' : 'ChatCompletion'}>;`,
    '  create(params: CompletionCreateParams, options?: RequestOptions): APIPromise<ChatCompletion> {',
    "    return this._client.request({ method: 'post', path: '/chat/completions' }, options);",
    '  }',
    '}',
    '',
  ].join('\n');

describe('a method the owners made stream', () => {
  it('is told by its overloads, one returning a Stream', () => {
    expect(madeStreaming(OVERLOADS)).toEqual({ method: 'create', items: new Set(['ChatCompletionChunk']) });
    // One signature changed, no overloads: not this.
    expect(
      madeStreaming('@@ -1 +1 @@\n-  create(body: A): APIPromise<B> {\n+  create(body: C): APIPromise<Stream<B>> {\n'),
    ).toBeNull();
  });

  it('is done by sdkgen where its module streams the same items from that method; else for a person', () => {
    const path = 'src/resources/chat/completions.ts';
    const done: Array<{ path: string; does: string; test: string }> = [];
    const rejected = [{ path, hunks: [OVERLOADS] }];
    expect(dropStreamingDoneBySdkgen(rejected, () => sdkgensMethod(true), done)).toEqual([]);
    expect(done).toEqual([
      {
        path,
        does: expect.stringContaining('`create` streams'),
        test: expect.stringContaining('test/stainless-stream-flag-params.test.ts'),
      },
    ]);
    expect(dropStreamingDoneBySdkgen(rejected, () => sdkgensMethod(false), [])).toEqual(rejected);
    expect(dropStreamingDoneBySdkgen(rejected, () => undefined, [])).toEqual(rejected);
  });
});

describe("the owners' params declarations, carried into sdkgen's streaming module", () => {
  const stainless = [
    "import { APIResource } from '../../core/resource';",
    '',
    'export interface ChatCompletion {',
    '  id: string;',
    '}',
    '',
    'export interface CompletionCreateParams {',
    '  model: string;',
    '',
    '  stream?: boolean | null;',
    '}',
    '',
    'export namespace CompletionCreateParams {',
    '  export interface Document {',
    '    text: string;',
    '  }',
    '}',
    '',
    'export declare namespace Completions {',
    '  export { type ChatCompletion as ChatCompletion, type CompletionCreateParams as CompletionCreateParams };',
    '}',
    '',
  ].join('\n');
  const owners = stainless
    .replace(
      'export interface CompletionCreateParams {',
      [
        'export type ChatCompletionCreateParams =',
        '  | ChatCompletionCreateParamsNonStreaming',
        '  | ChatCompletionCreateParamsStreaming;',
        '',
        'export interface ChatCompletionCreateParamsBase {',
      ].join('\n'),
    )
    .replace(
      '    text: string;\n  }\n}\n',
      [
        '    text: string;',
        '  }',
        '}',
        '',
        'export interface ChatCompletionCreateParamsNonStreaming extends ChatCompletionCreateParamsBase {',
        '  stream?: false | null;',
        '}',
        '',
        'export interface ChatCompletionCreateParamsStreaming extends ChatCompletionCreateParamsBase {',
        '  stream: true;',
        '}',
        '',
      ].join('\n'),
    );
  const sdkgens = [
    "import { APIResource } from '../../core/resource';",
    "import * as CompletionsAPI from './completions';",
    '',
    'export class Completions extends APIResource {',
    '  create(params: CompletionCreateParams): void {}',
    '}',
    '',
    'export interface ChatCompletion {',
    '  id: string;',
    '}',
    '',
    'export type CompletionCreateParams = CompletionCreateParamsNonStreaming | CompletionCreateParamsStreaming;',
    '',
    'export interface CompletionCreateParamsBase {',
    '  model: string;',
    '',
    '  stream?: boolean | null;',
    '}',
    '',
    'export namespace CompletionCreateParams {',
    '  export interface Document {',
    '    text: string;',
    '  }',
    '',
    '  export type CompletionCreateParamsNonStreaming = CompletionsAPI.CompletionCreateParamsNonStreaming;',
    '}',
    '',
    'export interface CompletionCreateParamsNonStreaming extends CompletionCreateParamsBase {',
    '  stream?: false | null;',
    '}',
    '',
    'export interface CompletionCreateParamsStreaming extends CompletionCreateParamsBase {',
    '  stream: true;',
    '}',
    '',
    'export declare namespace Completions {',
    '  export { type ChatCompletion as ChatCompletion, type CompletionCreateParams as CompletionCreateParams };',
    '}',
    '',
  ].join('\n');

  it("keeps sdkgen's union its method takes, and its namespace whole; adds theirs", () => {
    const result = reapplyEdits(stainless, owners, sdkgens, { declarations: true });
    expect(result.rejected).toEqual([]);
    // What sdkgen's method takes is still declared (else: TS2709, a namespace used as a type).
    expect(result.text).toContain(
      'export type CompletionCreateParams = CompletionCreateParamsNonStreaming | CompletionCreateParamsStreaming;',
    );
    // sdkgen's namespace keeps its alias: the owners' insertion after the namespace did not replace it.
    expect(result.text).toContain(
      '  export type CompletionCreateParamsNonStreaming = CompletionsAPI.CompletionCreateParamsNonStreaming;\n}\n',
    );
    // Their names are declared, for their code and their users'.
    expect(result.text).toContain('export type ChatCompletionCreateParams =');
    expect(result.text).toContain('export interface ChatCompletionCreateParamsBase {');
    expect(result.text).toContain(
      'export interface ChatCompletionCreateParamsStreaming extends ChatCompletionCreateParamsBase {',
    );
  });
});
