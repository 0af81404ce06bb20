/**
 * Which owners' edits to Stainless's client constructor migrate carries into a constructor of sdkgen's client class
 * (generator/migrate/owners/client-constructor.ts), and which it leaves for a person. The carried constructor's
 * behaviour is tested against a 127.0.0.1 server in test/runtime/migrated-client-constructor-r33t.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { carriedConstructor, coreSettingsDone } from '../generator/migrate/owners/client-constructor';
import { carriedHooks } from '../generator/migrate/owners/client-hooks';

const stainless = `  constructor({
    baseURL = readEnv('ACME_BASE_URL'),
    apiKey = readEnv('ACME_API_KEY'),
    ...opts
  }: ClientOptions = {}) {
    const options: ClientOptions = {
      apiKey,
      ...opts,
      baseURL: baseURL || \`https://api.acme.test\`,
    };

    this.baseURL = options.baseURL!;
    this.timeout = options.timeout ?? Acme.DEFAULT_TIMEOUT /* 1 minute */;
    this.maxRetries = options.maxRetries ?? 2;
    this.fetch = options.fetch ?? Shims.getDefaultFetch();

    this._options = options;

    this.apiKey = apiKey;
  }`;

describe("owners' edits to Stainless's client constructor", () => {
  it('none: nothing is carried', () => {
    expect(carriedConstructor(stainless, stainless)).toBeNull();
  });

  it('a property of theirs set from their option: set after super, the options handed on as given', () => {
    const theirs = stainless.replace(
      '    this.maxRetries = options.maxRetries ?? 2;\n',
      '    this.maxRetries = options.maxRetries ?? 2;\n    this.verbose = opts.verbose === undefined ? false : opts.verbose;\n',
    );
    expect(carriedConstructor(stainless, theirs)).toBe(
      [
        '  constructor(options: ClientOptions = {}) {',
        '    super(options);',
        '    this.verbose = options.verbose === undefined ? false : options.verbose;',
        '  }',
      ].join('\n'),
    );
  });

  it("their fetch: set after super as they wrote it (BaseClient's `fetch` setter)", () => {
    const theirs = stainless.replace(
      '    this.fetch = options.fetch ?? Shims.getDefaultFetch();\n',
      '    this.fetch =\n      options.fetch ??\n      makeFetch({ keepAlive: true });\n',
    );
    expect(carriedConstructor(stainless, theirs)).toBe(
      [
        '  constructor(options: ClientOptions = {}) {',
        '    super(options);',
        '    this.fetch =',
        '      options.fetch ??',
        '      makeFetch({ keepAlive: true });',
        '  }',
      ].join('\n'),
    );
  });

  it('their base URL: computed before super from the parameters as Stainless read them, set after it', () => {
    const theirs = stainless.replace(
      '    this.baseURL = options.baseURL!;\n',
      "    baseURL = (baseURL || 'https://api.acme.test').replace(/\\/v1$/, '');\n    this.baseURL = baseURL;\n",
    );
    const carried = carriedConstructor(stainless, theirs)!;
    expect(carried).toContain("    let { baseURL = readEnv('ACME_BASE_URL') } = options;\n");
    expect(carried).not.toContain('apiKey');
    expect(carried).toContain(
      "    baseURL = (baseURL || 'https://api.acme.test').replace(/\\/v1$/, '');\n    super(options);\n",
    );
    expect(carried).toContain('    (this as { baseURL: string }).baseURL = baseURL;\n  }');
  });

  it('another default for an option BaseClient reads: handed to super as that option', () => {
    const theirs = stainless.replace('Acme.DEFAULT_TIMEOUT /* 1 minute */', '5_000');
    expect(carriedConstructor(stainless, theirs)).toBe(
      [
        '  constructor(options: ClientOptions = {}) {',
        '    super({',
        '      ...options,',
        '      timeout: options.timeout ?? 5_000,',
        '    });',
        '  }',
      ].join('\n'),
    );
  });

  it("a setting of sdkgen's core class (read-only in BaseClient): done where the core sets it so, else for a person", () => {
    const theirs = stainless.replace(
      '    this._options = options;\n',
      "    this._options = options;\n    this.idempotencyHeader = 'Idempotency-Key';\n",
    );
    const core = "    super({ ...options }, { idempotencyHeader: 'Idempotency-Key', retryCount: true });";
    expect(carriedConstructor(stainless, theirs, 'ClientOptions', false, false, core)).toBe(
      ['  constructor(options: ClientOptions = {}) {', '    super(options);', '  }'].join('\n'),
    );
    expect(
      carriedConstructor(stainless, theirs, 'ClientOptions', false, false, core.replace('Key', 'Token')),
    ).toBeNull();
    expect(carriedConstructor(stainless, theirs)).toBeNull();
    // Listed as done by sdkgen (the report's runtime list names this test), only where the core sets it so.
    expect(coreSettingsDone(stainless, theirs, core)).toEqual(["this.idempotencyHeader = 'Idempotency-Key';"]);
    expect(coreSettingsDone(stainless, theirs, core.replace('Key', 'Token'))).toEqual([]);
  });

  it('another edit (a member BaseClient computes, other code, a parameter): the constructor is left for a person', () => {
    const level = stainless.replace(
      '    this.apiKey = apiKey;\n',
      "    this.apiKey = apiKey;\n    this.logLevel = 'debug';\n",
    );
    expect(carriedConstructor(stainless, level)).toBeNull();
    const logged = stainless.replace(
      '    this.apiKey = apiKey;\n',
      "    this.apiKey = apiKey;\n    console.log('made');\n",
    );
    expect(carriedConstructor(stainless, logged)).toBeNull();
    const parameter = stainless.replace("apiKey = readEnv('ACME_API_KEY'),", "apiKey = readEnv('ACME_KEY'),");
    expect(carriedConstructor(stainless, parameter)).toBeNull();
  });
});

describe("a constructor whose every edit sdkgen's core class does", () => {
  const theirs = stainless.replace(
    '    this._options = options;\n',
    "    this._options = options;\n    this.idempotencyHeader = 'Idempotency-Key';\n",
  );
  const core = "    super({ ...options }, { idempotencyHeader: 'Idempotency-Key', retryCount: true });";
  const classOf = (constructor: string) => `export class Acme {\n  apiKey: string;\n\n${constructor}\n}\n`;

  it("writes no constructor only calling super (the edit is done by sdkgen, the owners' text left as Stainless's)", () => {
    const hooks = carriedHooks(classOf(stainless), classOf(theirs), new Map(), () => false, core)!;
    expect(hooks).not.toBeNull();
    expect(hooks.methods.map((m) => m.name)).not.toContain('constructor');
    expect(hooks.doneInCore).toEqual(["this.idempotencyHeader = 'Idempotency-Key';"]);
    expect(hooks.editedRest).toBe(classOf(stainless));
  });
});
