/**
 * An owners' module at the path of sdkgen's runtime module, which sdkgen's code imports in its place (groq's own
 * `src/core/streaming.ts`, Stainless's streaming module): migrate tells whether sdkgen's code works with it as it is.
 */
import { describe, expect, it } from 'vitest';
import { servesSdkgensCode } from '../generator/migrate/owners/runtime-path-files';

const STAINLESS_STREAM = `export type ServerSentEvent = { event: string | null; data: string; raw: string[] };
export class Stream<Item> implements AsyncIterable<Item> {
  constructor(private iterator: () => AsyncIterator<Item>, readonly controller: AbortController) {}
  static fromSSEResponse<Item>(response: Response, controller: AbortController, client?: unknown): Stream<Item> {
    return new Stream(async function* () {}, controller);
  }
  [Symbol.asyncIterator]() {
    return this.iterator();
  }
}
export async function* _iterSSEMessages() {}
`;

const SDKGENS = [
  { path: 'src/core/streaming.ts', contents: "// sdkgen's own\nexport class Stream {}\n" },
  {
    path: 'src/core/base-client.ts',
    contents: "import { Stream } from './streaming.js';\nconst req = { stream: Stream };\n",
  },
  { path: 'src/index.ts', contents: "export { Stream, type ServerSentEvent } from './core/streaming.js';\n" },
  {
    path: 'src/resources/chat.ts',
    contents: "import { Stream } from '../core/streaming';\nexport const f = () => ({ stream: Stream });\n",
  },
];

describe("an owners' module at sdkgen's runtime path", () => {
  it("serves sdkgen's code when it exports what sdkgen's code imports, its stream class reading a response", () => {
    expect(servesSdkgensCode('src/core/streaming.ts', STAINLESS_STREAM, SDKGENS, 'groq-sdk')).toBe(true);
    const sdkgenStyle = STAINLESS_STREAM.replace(
      'static fromSSEResponse<Item>(response: Response, controller: AbortController, client?: unknown)',
      'static fromAPIResponse(props: unknown)',
    );
    expect(servesSdkgensCode('src/core/streaming.ts', sdkgenStyle, SDKGENS, 'groq-sdk')).toBe(true);
  });

  it('does not when its stream class has no way to read a response the client gives it', () => {
    const without = STAINLESS_STREAM.replace('static fromSSEResponse', 'static fromEvents');
    expect(servesSdkgensCode('src/core/streaming.ts', without, SDKGENS, 'groq-sdk')).toBe(false);
  });

  it("does not when a name sdkgen's code imports from it is missing", () => {
    const without = STAINLESS_STREAM.replace('export type ServerSentEvent', 'type ServerSentEvent');
    expect(servesSdkgensCode('src/core/streaming.ts', without, SDKGENS, 'groq-sdk')).toBe(false);
  });

  it("does not when sdkgen's code does not import it, or it is not at sdkgen's runtime path", () => {
    const alone = SDKGENS.filter((f) => f.path === 'src/core/streaming.ts');
    expect(servesSdkgensCode('src/core/streaming.ts', STAINLESS_STREAM, alone, 'groq-sdk')).toBe(false);
    expect(servesSdkgensCode('src/streaming.ts', STAINLESS_STREAM, SDKGENS, 'groq-sdk')).toBe(false);
  });
});
