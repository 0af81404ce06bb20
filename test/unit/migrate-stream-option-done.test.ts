/**
 * An owners' patch to Stainless's `internal/parse.ts` that reads a request's `stream` option as a stream of events
 * (groq's, for the streaming methods they wrote by hand) is done by sdkgen's client where that client reads the option
 * itself (an SDK with a method that streams); elsewhere it is still for a person.
 */
import { describe, expect, it } from 'vitest';
import { dropDoneBySdkgen } from '../../generator/migrate/owners/runtime-behaviours';

// The hunk as migrate found no place for it in sdkgen's `internal/parse.ts` (which has no `defaultParseResponse`).
const HUNK = [
  '@@ -23,6 +24,10 @@',
  ' ',
  '     if (props.options.__binaryResponse) {',
  '       return response as unknown as T;',
  '+    }',
  '+',
  '+    if (props.options.stream) {',
  '+      return Stream.fromSSEResponse(response, props.controller, client) as unknown as T;',
  '     }',
  ' ',
  "     const contentType = response.headers.get('content-type');",
  '',
].join('\n');

// Another patch to the same module, about something else.
const OTHER = [
  '@@ -40,3 +45,4 @@',
  '     const json = await response.json();',
  '+    console.log(json);',
  '     return json as T;',
  '',
].join('\n');

const client = (streams: boolean) =>
  [
    'export class BaseClient {',
    '  async request(options: { stream?: boolean }) {',
    ...(streams
      ? ['    if (options.stream && req.responseKind === undefined)', "      req = { ...req, responseKind: 'sse' };"]
      : []),
    '  }',
    '}',
    '',
  ].join('\n');

describe("an owners' patch making Stainless's parse read the `stream` option", () => {
  it("is done by sdkgen's client where it reads the option: listed with the test, nothing for a person", () => {
    const done: Array<{ path: string; does: string; test: string }> = [];
    const left = dropDoneBySdkgen(
      [{ path: 'src/internal/parse.ts', hunks: [HUNK, OTHER] }],
      done,
      undefined,
      client(true),
    );
    expect(left).toEqual([{ path: 'src/internal/parse.ts', hunks: [OTHER] }]);
    expect(done).toEqual([
      {
        path: 'src/internal/parse.ts',
        does: expect.stringContaining('`stream: true`'),
        test: expect.stringContaining('test/stainless-stream-forms.test.ts'),
      },
    ]);
  });

  it("is for a person where sdkgen's client does not read it (no method of the SDK streams)", () => {
    const done: Array<{ path: string; does: string; test: string }> = [];
    const rejected = [{ path: 'src/internal/parse.ts', hunks: [HUNK] }];
    expect(dropDoneBySdkgen(rejected, done, undefined, client(false))).toEqual(rejected);
    expect(dropDoneBySdkgen(rejected, done)).toEqual(rejected);
    expect(done).toEqual([]);
  });
});
