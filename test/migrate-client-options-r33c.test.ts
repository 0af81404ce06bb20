/**
 * Which owners' edits to Stainless's `ClientOptions` migrate carries into sdkgen's src/client.ts
 * (generator/migrate/owners/client-options.ts), and how sdkgen's client.ts and index.ts then declare and export it.
 * The carried interface type-checks with users' imports in test/runtime/migrated-client-options-r33c.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  addedOptionLines,
  withOptionLines,
  withOptionsFromClient,
  withStainlessOptions,
} from '../generator/migrate/owners/client-options';

const stainless = `import { readEnv } from './internal/utils/env';

export interface ClientOptions {
  /**
   * Defaults to process.env['ACME_API_KEY'].
   */
  apiKey?: string | undefined;

  timeout?: number | undefined;
}

export class Acme {}
`;

const ADDED = ['  /**', '   * Whether to compress request bodies.', '   */', '  compression?: boolean | undefined;'];
const theirs = stainless.replace('  timeout?: number | undefined;\n', (line) => `${line}${ADDED.join('\n')}\n`);

const SDKGEN_CLIENT = `import { AcmeCore, type ClientOptions } from './client-core.js';

export type { ClientOptions };

export class Acme extends AcmeCore {}
`;

describe("owners' additions to Stainless's ClientOptions", () => {
  it('are their added lines, verbatim', () => {
    expect(addedOptionLines(stainless, theirs)).toEqual(ADDED);
    expect(withStainlessOptions(theirs, stainless)).toBe(stainless);
  });

  it('before a doc comment of Stainless’s: from their own `/**` to their member', () => {
    // As turbopuffer's: added after `timeout`, right before the next member's `/**` (a line diff finds the run as
    // starting after that `/**`).
    const documented = stainless.replace(
      '  timeout?: number | undefined;\n',
      (line) => `${line}  /**\n   * Options for fetch.\n   */\n  fetchOptions?: object | undefined;\n`,
    );
    const before = documented.replace('  timeout?: number | undefined;\n', (line) => `${line}${ADDED.join('\n')}\n`);
    expect(addedOptionLines(documented, before)).toEqual(ADDED);
  });

  it('none, or a changed or removed line of Stainless’s: nothing is carried', () => {
    expect(addedOptionLines(stainless, stainless)).toBeNull();
    const changed = theirs.replace('apiKey?: string | undefined;', 'apiKey?: string | null | undefined;');
    expect(addedOptionLines(stainless, changed)).toBeNull();
    const removed = theirs.replace('  timeout?: number | undefined;\n', '');
    expect(addedOptionLines(stainless, removed)).toBeNull();
    const commentOnly = stainless.replace(
      '  timeout?: number | undefined;\n',
      '  timeout?: number | undefined;\n  // ours\n',
    );
    expect(addedOptionLines(stainless, commentOnly)).toBeNull();
  });

  it('go into an interface of client.ts extending sdkgen’s, in place of its re-export', () => {
    expect(withOptionLines(SDKGEN_CLIENT, ADDED)).toBe(
      [
        "import { AcmeCore, type ClientOptions as CoreClientOptions } from './client-core.js';",
        '',
        "/** The client's options: sdkgen's (CoreClientOptions), and those you added. */",
        'export interface ClientOptions extends CoreClientOptions {',
        ...ADDED,
        '}',
        '',
        'export class Acme extends AcmeCore {}',
        '',
      ].join('\n'),
    );
  });

  it('are added to an interface client.ts declares itself', () => {
    const own = 'export interface ClientOptions {\n  apiKey?: string | undefined;\n}\n';
    expect(withOptionLines(own, ADDED)).toBe(
      ['export interface ClientOptions {', '  apiKey?: string | undefined;', ...ADDED, '}', ''].join('\n'),
    );
  });

  it('are exported by the package from client.ts', () => {
    const index = [
      "export { Acme as default, Acme } from './client.js';",
      "export { AcmeCore, type ClientOptions } from './client-core.js';",
      '',
    ].join('\n');
    expect(withOptionsFromClient(index)).toBe(
      [
        "export { Acme as default, Acme, type ClientOptions } from './client.js';",
        "export { AcmeCore } from './client-core.js';",
        '',
      ].join('\n'),
    );
    expect(withOptionsFromClient("export { type ClientOptions } from './client-core';\n")).toBe(
      "export { type ClientOptions } from './client';\n",
    );
    expect(withOptionsFromClient("export { Acme } from './client';\n")).toBeNull();
  });
});
