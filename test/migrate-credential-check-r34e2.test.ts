/**
 * Owners' edits to Stainless's missing-credential check and the statements they added after its `const options = {…}`
 * (llamacloud-ts), as migrate carries them: the check into sdkgen's core class (owners/credential-check.ts), the
 * statements into a constructor of sdkgen's client class (owners/client-constructor.ts). The SDK's behaviour is tested
 * against a 127.0.0.1 server in test/runtime/migrated-credential-check-r34e2.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { carriedConstructor, credentialChecks } from '../generator/migrate/owners/client-constructor';
import { coreFields, withCredentialChecks } from '../generator/migrate/owners/credential-check';
import type { CarriedField } from '../generator/migrate/owners/client-fields';
import { carriedHooks } from '../generator/migrate/owners/client-hooks';

const stainless = `  constructor({
    baseURL = readEnv('ACME_BASE_URL'),
    apiKey = readEnv('ACME_API_KEY'),
    ...opts
  }: ClientOptions = {}) {
    if (apiKey === undefined) {
      throw new Errors.AcmeError('The ACME_API_KEY environment variable is missing or empty.');
    }

    const options: ClientOptions = {
      apiKey,
      ...opts,
      baseURL: baseURL || \`https://api.acme.test\`,
    };

    this.baseURL = options.baseURL!;
    this.fetch = options.fetch ?? Shims.getDefaultFetch();

    this._options = options;

    this.apiKey = apiKey;
  }`;

/** sdkgen's core client, as client-core.ts.hbs renders it (reduced). */
const core = `import { BaseClient, type BaseClientOptions, readEnv } from './core/base-client.js';
import { AcmeError } from './core/error.js';

export interface ClientOptions extends BaseClientOptions {
  apiKey?: string | null | undefined;
}

export class AcmeCore extends BaseClient<ClientOptions> {
  apiKey: string;

  constructor({ apiKey = readEnv('ACME_API_KEY'), ...options }: ClientOptions = {}) {
    if (apiKey == null) {
      throw new AcmeError('The ACME_API_KEY environment variable is missing or empty.');
    }
    super({ apiKey, ...options }, { defaultBaseURL: 'https://api.acme.test', envPrefix: 'ACME' });
    this.apiKey = apiKey;
  }
}`;

const inBrowser = stainless.replace(
  '    if (apiKey === undefined) {\n',
  '    if (apiKey === undefined && !isRunningInBrowser()) {\n',
);
const field: CarriedField = {
  name: 'apiKey',
  text: '  declare apiKey: string | undefined;',
  theirs: '  apiKey: string | undefined;',
  stainless: '  apiKey: string;',
};
const browserImport = "import { isRunningInBrowser } from './internal/detect-platform';";

describe("the owners' missing-credential check", () => {
  it('is read from the constructors: the credential, Stainless’s condition and theirs', () => {
    expect(credentialChecks(stainless, inBrowser)).toEqual({
      checks: [
        {
          option: 'apiKey',
          stainless: 'apiKey === undefined',
          theirs: 'apiKey === undefined && !isRunningInBrowser()',
        },
      ],
      parameters: ['baseURL', 'apiKey', 'opts'],
      rest: 'opts',
    });
    expect(credentialChecks(stainless, stainless)?.checks).toEqual([]);
  });

  it("goes into sdkgen's core check, Stainless's test read as sdkgen's, with their import and field", () => {
    const { checks, parameters, rest } = credentialChecks(stainless, inBrowser)!;
    const edited = withCredentialChecks(core, checks, { imports: [browserImport], fields: [field], parameters, rest });
    expect(edited).toContain(`import { AcmeError } from './core/error.js';\n${browserImport}\n`);
    expect(edited).toContain('    if (apiKey == null && !isRunningInBrowser()) {\n      throw new AcmeError(');
    expect(edited).toContain('  apiKey: string | undefined;\n');
    expect(edited).toContain('    this.apiKey = apiKey ?? undefined;\n');
  });

  it('imports no name the core binds already (its own isRunningInBrowser, where it refuses browsers)', () => {
    const refusing = core.replace(
      'export class',
      'function isRunningInBrowser(): boolean {\n  return false;\n}\n\nexport class',
    );
    const { checks, parameters, rest } = credentialChecks(stainless, inBrowser)!;
    const edited = withCredentialChecks(refusing, checks, { imports: [browserImport], fields: [], parameters, rest })!;
    expect(edited).not.toContain(browserImport);
    expect(edited).toContain('    if (apiKey == null && !isRunningInBrowser()) {\n');
  });

  it("is refused where it reads another of Stainless's parameters, or the core has no such check", () => {
    const readsBaseURL = stainless.replace(
      '    if (apiKey === undefined) {\n',
      '    if (apiKey === undefined && !baseURL) {\n',
    );
    const read = credentialChecks(stainless, readsBaseURL)!;
    expect(
      withCredentialChecks(core, read.checks, {
        imports: [],
        fields: [],
        parameters: read.parameters,
        rest: read.rest,
      }),
    ).toBeNull();
    const { checks, parameters, rest } = credentialChecks(stainless, inBrowser)!;
    const optional = core.replace(/ {4}if \(apiKey == null\) \{\n.*\n {4}\}\n/, '');
    expect(withCredentialChecks(optional, checks, { imports: [], fields: [], parameters, rest })).toBeNull();
  });

  it("the carried fields the core class declares are its own; a field with an initializer is the client's", () => {
    const added: CarriedField = {
      name: 'verbose',
      text: '  declare verbose: boolean;',
      theirs: '  verbose: boolean;',
      stainless: null,
    };
    expect(coreFields(core, [field, added])).toEqual([field]);
    expect(coreFields(null, [field])).toEqual([]);
  });
});

describe("statements the owners added after Stainless's `const options`", () => {
  const theirs = inBrowser.replace(
    '    };\n\n    this.baseURL',
    "    };\n\n    if (apiKey === undefined && isRunningInBrowser()) {\n      options.fetchOptions = { credentials: 'include', ...options.fetchOptions };\n    }\n\n    this.baseURL",
  );

  it("run before super on a copy of the caller's options, the check left to the core", () => {
    expect(carriedConstructor(stainless, theirs, 'ClientOptions', false, true)).toBe(
      [
        '  constructor(options: ClientOptions = {}) {',
        "    const { apiKey = readEnv('ACME_API_KEY') } = options;",
        '    options = { ...options };',
        '    if (apiKey === undefined && isRunningInBrowser()) {',
        "      options.fetchOptions = { credentials: 'include', ...options.fetchOptions };",
        '    }',
        '    super(options);',
        '  }',
      ].join('\n'),
    );
  });

  it('without the core carrying the check, the constructor is not carried; one setting a member is not either', () => {
    expect(carriedConstructor(stainless, theirs)).toBeNull();
    const setsMember = stainless.replace(
      '    };\n\n    this.baseURL',
      '    };\n\n    if (apiKey) this.keyed = true;\n\n    this.baseURL',
    );
    expect(carriedConstructor(stainless, setsMember)).toBeNull();
  });
});

describe('through the client class (turbopuffer: a setting’s field redeclared beside it)', () => {
  const classOf = (members: string, constructor: string) => `export class Acme {\n${members}\n\n${constructor}\n}\n`;
  const base = classOf('  apiKey: string;\n  compression: boolean | null;', stainless);
  const theirs = classOf('  apiKey: string | undefined;\n  compression: boolean;', inBrowser);
  const withSetting = core.replace('  apiKey: string;\n', '  apiKey: string;\n  compression: boolean | null;\n');

  it('the credential’s field goes into the core with its check; the setting’s stays declared in the client', () => {
    const hooks = carriedHooks(base, theirs, new Map(), () => false, withSetting)!;
    expect(hooks.core?.names).toEqual(['apiKey check', 'apiKey']);
    expect(hooks.core?.text).toContain('  apiKey: string | undefined;\n  compression: boolean | null;\n');
    expect(hooks.fields?.map((field) => field.text)).toEqual(['  declare compression: boolean;']);
    // (Its check in the core, the constructor would only call `super(options)`: none is written.)
    expect(hooks.methods.map((m) => m.name)).not.toContain('constructor');
  });

  it('without sdkgen’s core, nothing goes there and the constructor is not carried', () => {
    const hooks = carriedHooks(base, theirs, new Map(), () => false, null)!;
    expect(hooks.core).toBeUndefined();
    expect(hooks.methods.map((m) => m.name)).not.toContain('constructor');
  });
});
