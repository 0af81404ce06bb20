/**
 * Fields the owners added to Stainless's client class or declared otherwise (turbopuffer: `compression: boolean;`,
 * `readonly baseURL: string;`) are carried into sdkgen's client class (generator/migrate/owners/client-fields.ts),
 * `declare`d, so that their carried constructor sets them as they wrote it; the statements they added to Stainless's
 * `makeRequest` go into an override of sdkgen's around `super` (owners/request-pipeline.ts). Their run and strict
 * type-check, with their `buildRequest` carried whole: test/runtime/migrated-client-constructor-r33t.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { carriedFields } from '../generator/migrate/owners/client-fields';
import { carriedHooks, withHooks } from '../generator/migrate/owners/client-hooks';
import { carriedMakeRequest } from '../generator/migrate/owners/request-pipeline';

const stainless = `import { readEnv } from './internal/utils/env';

export class Acme {
  region: string | null;

  baseURL: string;
  maxRetries: number;
  private fetch: Fetch;
  #encoder: Opts.RequestEncoder;
  static DEFAULT_TIMEOUT = 60000;

  constructor({
    baseURL = readEnv('ACME_BASE_URL'),
    region = readEnv('ACME_REGION') ?? null,
    ...opts
  }: ClientOptions = {}) {
    const options: ClientOptions = { region, ...opts, baseURL };

    this.baseURL = options.baseURL!;
    this.maxRetries = options.maxRetries ?? 2;

    this._options = options;

    this.region = region;
  }
}
`;

const theirs = stainless
  .replace('  baseURL: string;\n', '  readonly baseURL: string;\n')
  .replace('  maxRetries: number;\n', '  maxRetries: number;\n  compression: boolean;\n  labels?: string[] = [];\n')
  .replace('  private fetch: Fetch;\n', '  private fetch: Promise<Fetch>;\n')
  .replace(
    '    this.baseURL = options.baseURL!;\n',
    "    baseURL = (baseURL || 'https://{region}.acme.test').replace('{region}', region ?? 'eu');\n    this.baseURL = baseURL;\n",
  )
  .replace(
    '    this.maxRetries = options.maxRetries ?? 2;\n',
    '    this.maxRetries = options.maxRetries ?? 2;\n    this.compression = options.compression ?? false;\n',
  );

const sdkgenClient = `import { AcmeCore } from './client-core.js';

/** API client for Acme. */
export class Acme extends AcmeCore {
  constructor(options: ClientOptions = {}) {
    super(options);
  }
}
`;

describe("the owners' fields of Stainless's client class", () => {
  it('those added or declared otherwise, declared in the class (an initializer kept); not an accessor of BaseClient', () => {
    expect(carriedFields(stainless, theirs, 'Acme').map((f) => f.text)).toEqual([
      '  declare readonly baseURL: string;',
      '  declare compression: boolean;',
      '  labels?: string[] = [];',
    ]);
    expect(carriedFields(stainless, stainless, 'Acme')).toEqual([]);
  });

  it("go first in sdkgen's class, whose constructor then sets the base URL as theirs did", () => {
    const hooks = carriedHooks(stainless, theirs, new Map(), () => false)!;
    const written = withHooks(sdkgenClient, hooks)!;
    expect(written).toContain(
      '/** API client for Acme. */\nexport class Acme extends AcmeCore {\n' +
        '  declare readonly baseURL: string;\n  declare compression: boolean;\n  labels?: string[] = [];\n\n' +
        '  constructor(options: ClientOptions = {}) {\n',
    );
    expect(written).toContain('    this.baseURL = baseURL;\n');
    expect(written).not.toContain('(this as { baseURL: string })');
    expect(written).toContain('    this.compression = options.compression ?? false;\n');
    // What is left to re-apply has Stainless's declarations back.
    expect(hooks.editedRest).toContain('  baseURL: string;\n  maxRetries: number;\n  private fetch: Promise<Fetch>;\n');
    expect(hooks.editedRest).not.toContain('compression: boolean');
  });
});

/** Stainless's `makeRequest` (2025), reduced: its first statements, its `buildRequest` call, its successful return. */
const makeRequest = `  private async makeRequest(
    optionsInput: PromiseOrValue<FinalRequestOptions>,
    retriesRemaining: number | null,
    retryOfRequestLogID: string | undefined,
  ): Promise<APIResponseProps> {
    const options = await optionsInput;
    const maxRetries = options.maxRetries ?? this.maxRetries;

    const { req, url, timeout } = await this.buildRequest(options, {
      retryCount: maxRetries - retriesRemaining,
    });

    const response = await this.fetchWithTimeout(url, req, timeout, controller);

    return { response, options, controller, requestLogID, retryOfRequestLogID, startTime };
  }`;

describe("the owners' statements in Stainless's makeRequest", () => {
  it("before its first statement, in its buildRequest call and before its return: around sdkgen's, as written", () => {
    const theirs = makeRequest
      .replace(
        '    const options = await optionsInput;\n',
        '    const started = Date.now();\n    const options = await optionsInput;\n',
      )
      .replace(
        '      retryCount: maxRetries - retriesRemaining,\n',
        '      retryCount: maxRetries - retriesRemaining,\n      started,\n',
      )
      .replace('\n    return { response', '\n    record(Date.now() - started);\n    return { response');
    expect(carriedMakeRequest(makeRequest, theirs)).toBe(
      [
        '  override async makeRequest(',
        '    call: APIRequest,',
        '    given: PromiseOrValue<RequestOptions> = {},',
        '    buildArgs: object = {},',
        '  ): Promise<APIResponseProps> {',
        '    const started = Date.now();',
        '    const props = await super.makeRequest(call, given, {',
        '      ...buildArgs,',
        '      started,',
        '    });',
        '    record(Date.now() - started);',
        '    return props;',
        '  }',
      ].join('\n'),
    );
  });

  it("none, or another kind (reading Stainless's locals, elsewhere, a line changed): not carried", () => {
    expect(carriedMakeRequest(makeRequest, makeRequest)).toBeNull();
    const readsOptions = makeRequest.replace(
      '\n    return { response',
      '\n    log(options.path);\n    return { response',
    );
    expect(carriedMakeRequest(makeRequest, readsOptions)).toBeNull();
    const inTheMiddle = makeRequest.replace(
      '    const response = await',
      '    console.log("sending");\n    const response = await',
    );
    expect(carriedMakeRequest(makeRequest, inTheMiddle)).toBeNull();
    const changed = makeRequest.replace('options.maxRetries ?? this.maxRetries', 'options.maxRetries ?? 5');
    expect(carriedMakeRequest(makeRequest, changed)).toBeNull();
  });
});
