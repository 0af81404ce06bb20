/**
 * The owners' patch to one of Stainless's runtime modules, where sdkgen writes its own runtime module (other code):
 * carried in part, it leaves sdkgen's module importing names the new SDK does not have, so that module (and the
 * client that imports it) fails to compile. anthropic-ts's owners patched Stainless's `core/api-promise.ts` to give
 * every response a `_request_id` (`WithRequestID`, `addRequestID`, `defaultParseResponse` from `internal/parse`):
 * migrate carried the import and `withResponse`'s return type into sdkgen's api-promise and left the other ten edits
 * for a person, and tsc failed in sdkgen's runtime (api-promise, base-client, page-base, pagination).
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';

const API_PROMISE = 'src/core/api-promise.ts';
const PARSE = 'src/internal/parse.ts';

// Stainless's module, as its newer runtime has it (shortened).
const STAINLESS = `import { type BaseAnthropic } from '../client';
import { type PromiseOrValue } from '../internal/types';
import { APIResponseProps, defaultParseResponse } from '../internal/parse';

export class APIPromise<T> extends Promise<T> {
  private parsedPromise: Promise<T> | undefined;

  constructor(
    private responsePromise: Promise<APIResponseProps>,
    private parseResponse: (
      client: BaseAnthropic,
      props: APIResponseProps,
    ) => PromiseOrValue<T> = defaultParseResponse,
  ) {
    super((resolve) => resolve(null as any));
  }

  /**
   * Gets the parsed response data and the raw \`Response\` instance.
   */
  async withResponse(): Promise<{ data: T; response: Response }> {
    const [data, response] = await Promise.all([this.parse(), this.asResponse()]);
    return { data, response };
  }

  private parse(): Promise<T> {
    return this.parsedPromise!;
  }
}
`;

// The owners' patch: the request's id on every response.
const OWNERS = STAINLESS.replace(
  "import { APIResponseProps, defaultParseResponse } from '../internal/parse';",
  "import {\n  type APIResponseProps,\n  type WithRequestID,\n  defaultParseResponse,\n  addRequestID,\n} from '../internal/parse';",
)
  .replace(
    'export class APIPromise<T> extends Promise<T> {\n  private parsedPromise: Promise<T> | undefined;',
    'export class APIPromise<T> extends Promise<WithRequestID<T>> {\n  private parsedPromise: Promise<WithRequestID<T>> | undefined;',
  )
  .replace(
    ') => PromiseOrValue<T> = defaultParseResponse,',
    ') => PromiseOrValue<WithRequestID<T>> = defaultParseResponse,',
  )
  .replace(
    '  async withResponse(): Promise<{ data: T; response: Response }> {\n    const [data, response] = await Promise.all([this.parse(), this.asResponse()]);\n    return { data, response };',
    "  async withResponse(): Promise<{ data: T; response: Response; request_id: string | null | undefined }> {\n    const [data, response] = await Promise.all([this.parse(), this.asResponse()]);\n    return { data, response, request_id: response.headers.get('request-id') };",
  )
  .replace('  private parse(): Promise<T> {', '  private parse(): Promise<WithRequestID<T>> {');

// sdkgen's module at that path (its own runtime) and its `internal/parse`, which keeps one name of Stainless's.
const SDKGEN = `import type { APIRequest, BaseClient } from './base-client.js';

export interface APIResponseProps {
  response: Response;
  request: APIRequest;
  client: BaseClient;
}

export class APIPromise<T> extends Promise<T> {
  /** The parsed body together with the raw \`Response\` (whose body has then been consumed). */
  async withResponse(): Promise<{ data: T; response: Response }> {
    const data = await this.#parse();
    return { data, response: (await this.#response).response };
  }
}
`;
const SDKGEN_PARSE = `// What Stainless's SDKs exported from this module that this SDK's runtime has, for code that imports it here.
export { type StainlessResponseProps as APIResponseProps } from '../core/api-promise.js';
`;

function migrated(owners: string) {
  return planMigration({
    current: [
      { path: API_PROMISE, blob: 'edited', text: owners },
      { path: PARSE, blob: 'parse', text: 'export type APIResponseProps = { response: Response };\n' },
    ],
    base: {
      blobs: new Map([
        [API_PROMISE, 'stainless'],
        [PARSE, 'parse'],
      ]),
      texts: new Map([
        [API_PROMISE, STAINLESS],
        [PARSE, 'export type APIResponseProps = { response: Response };\n'],
      ]),
    },
    rendered: [
      { path: API_PROMISE, contents: SDKGEN },
      { path: PARSE, contents: SDKGEN_PARSE },
    ],
  });
}

describe("the owners' patch to a module of Stainless's runtime that sdkgen writes its own of", () => {
  it('is not carried in part when the carried part imports names the new SDK does not have', () => {
    const plan = migrated(OWNERS);
    // sdkgen's module as it is: nothing of the patch in it.
    expect(plan.writes.find((w) => w.path === API_PROMISE)?.contents).toBe(SDKGEN);
    expect(plan.reapplied.map((r) => r.path)).not.toContain(API_PROMISE);
    // Every edit of the patch for a person, as made to Stainless's file.
    const rejected = plan.rejected.find((r) => r.path === API_PROMISE)?.hunks.join('\n') ?? '';
    expect(rejected).toContain('+  type WithRequestID,');
    expect(rejected).toContain("+    return { data, response, request_id: response.headers.get('request-id') };");
    expect(rejected).toContain('+  private parse(): Promise<WithRequestID<T>> {');
    // And the report says why, naming what the new SDK lacks.
    const reason = plan.needsHand.find((n) => n.path === API_PROMISE)?.reason ?? '';
    expect(reason).toContain("`WithRequestID`, `defaultParseResponse`, `addRequestID` from '../internal/parse'");
    expect(reason).toContain('src/internal/parse.ts');
  });

  it('is carried where all it imports is there (a method of theirs on sdkgen’s APIPromise)', () => {
    // nuntly-ts's owners added a `safeAwait()` to Stainless's APIPromise, importing `APIError`, which sdkgen has.
    const owners = STAINLESS.replace(
      "import { type BaseAnthropic } from '../client';",
      "import { type BaseAnthropic } from '../client';\nimport { APIResponseProps as Props } from '../internal/parse';",
    ).replace(
      '  private parse(): Promise<T> {',
      '  async settled(): Promise<T | null> {\n    return this.parse().catch(() => null);\n  }\n\n  private parse(): Promise<T> {',
    );
    const plan = migrated(owners);
    const written = plan.writes.find((w) => w.path === API_PROMISE)?.contents ?? '';
    expect(written).toContain('async settled(): Promise<T | null> {');
    expect(plan.needsHand.filter((n) => n.path === API_PROMISE)).toEqual([]);
  });
});
