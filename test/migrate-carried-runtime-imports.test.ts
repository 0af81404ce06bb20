/**
 * What the owners' edits carried into sdkgen's modules import (supermemory's TypeScript SDK: a client method of theirs
 * calling Stainless's `getDefaultFetch` and casting to its `RequestInit`): Stainless's runtime modules sdkgen writes
 * nothing in place of stay, as those the owners' own code imports do; names they added to an import find sdkgen's
 * import of the same module, whose specifier ends in `.js`; the fetch API's types are at Stainless's
 * `internal/builtin-types`. And a lockfile of a package of Stainless's that goes (its MCP server's) takes the edits its
 * package manager made with it, none of them a person's.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';
import { reapplyEdits } from '../generator/migrate/reapply/hunks';
import { STAINLESS_RUNTIME_PATHS } from '../generator/emit/typescript/stainless-runtime-paths';

const WIDGETS = 'src/resources/widgets.ts';
const SHIMS = 'src/internal/shims.ts';
const SHIM_TYPES = 'src/internal/shim-types.ts';

const stainlessWidgets = `import { APIResource } from '../core/resource';
import * as Shims from '../internal/shims';

export class Widgets extends APIResource {
  list() {
    return this._client.get('/widgets');
  }
}

export const platform = Shims.platform;
`;

const ownersWidgets = stainlessWidgets.replace(
  'export const platform',
  `export function ping(url: string) {
  return Shims.getDefaultFetch()(url);
}

export const platform`,
);

const sdkgenWidgets = `import { APIResource } from '../core/resource.js';

export class Widgets extends APIResource {
  list() {
    return this._client.get('/widgets');
  }
}

export const platform = 'node';
`;

const stainlessShims = `import type { Fetch } from './builtin-types';
import type { ReadableStream } from './shim-types';

export const platform = 'node';
export function getDefaultFetch(): Fetch {
  return fetch;
}
export type Stream = ReadableStream;
`;

function plan(current: Array<{ path: string; text: string; edited?: boolean }>, pristine: Record<string, string>) {
  return planMigration({
    current: current.map(({ path, text, edited }) => ({ path, blob: edited ? 'edited' : `stainless:${path}`, text })),
    base: {
      blobs: new Map(Object.keys(pristine).map((path) => [path, `stainless:${path}`])),
      texts: new Map(Object.entries(pristine)),
    },
    rendered: [
      { path: 'src/client.ts', contents: 'export class Client {}\n' },
      { path: WIDGETS, contents: sdkgenWidgets },
      { path: 'src/internal/builtin-types.ts', contents: "export { type Fetch } from '../core/base-client.js';\n" },
      { path: 'packages/mcp-server/package.json', contents: '{ "name": "acme-mcp" }\n' },
    ],
  });
}

describe("migrate: Stainless's modules that the owners' carried edits import", () => {
  const stainless = { [WIDGETS]: stainlessWidgets, [SHIMS]: stainlessShims, [SHIM_TYPES]: 'export {};\n' };
  const current = [
    { path: WIDGETS, text: ownersWidgets, edited: true },
    { path: SHIMS, text: stainlessShims },
    { path: SHIM_TYPES, text: 'export {};\n' },
  ];

  it('stay where sdkgen writes nothing in their place, with what they import in turn', () => {
    const result = plan(current, stainless);
    const written = result.writes.find((w) => w.path === WIDGETS)?.contents ?? '';
    expect(written).toContain('return Shims.getDefaultFetch()(url);');
    expect(written).toContain("import * as Shims from '../internal/shims';");
    expect(result.keptImported).toEqual(expect.arrayContaining([SHIMS, SHIM_TYPES]));
    expect(result.removed).not.toContain(SHIMS);
    expect(result.removed).not.toContain(SHIM_TYPES);
  });

  it('go when no carried edit imports them', () => {
    const result = plan([{ path: WIDGETS, text: stainlessWidgets }, ...current.slice(1)], stainless);
    expect(result.keptImported).not.toContain(SHIMS);
    expect(result.removed).toEqual(expect.arrayContaining([SHIMS, SHIM_TYPES]));
  });
});

describe("migrate: names the owners added to an import sdkgen's module writes with an extension", () => {
  it("go into sdkgen's import of the same module, none twice", () => {
    const stainless =
      "import {\n  Search,\n  SearchDocumentsParams,\n} from './resources/search';\n\nexport { Search };\n";
    const owners =
      "import {\n  Search,\n  SearchParams,\n  SearchDocumentsParams,\n  SearchDocumentsResponse,\n} from './resources/search';\n\nexport { Search };\n";
    const sdkgen =
      "import {\n  Search,\n  type SearchDocumentsParams,\n  type SearchDocumentsResponse,\n} from './resources/search.js';\n\nexport { Search };\n";
    const carried = reapplyEdits(stainless, owners, sdkgen, { code: true });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(
      "import {\n  Search,\n  type SearchDocumentsParams,\n  type SearchDocumentsResponse,\n  SearchParams,\n} from './resources/search.js';\n\nexport { Search };\n",
    );
  });
});

describe("Stainless's internal/builtin-types", () => {
  it("answers the fetch API's types by Stainless's names", () => {
    const module = STAINLESS_RUNTIME_PATHS.get('internal/builtin-types');
    const declared = (module?.declares ?? []).map((line) => /^export type (\w+)/.exec(line)?.[1]);
    expect(declared).toEqual(
      expect.arrayContaining(['RequestInit', 'Response', 'RequestInfo', 'HeadersInit', 'BodyInit']),
    );
    expect(module?.reexports.map((r) => r.names)).toContain('type Fetch');
  });
});

describe("migrate: a lockfile of a package of Stainless's that goes", () => {
  it('goes with it, its edits no hand edit to carry', () => {
    const path = 'packages/mcp-server/yarn.lock';
    const pristine = 'zod@^3:\n  version "3.25.0"\n';
    const result = plan([{ path, text: `${pristine}\nminisearch@^7:\n  version "7.2.0"\n`, edited: true }], {
      [path]: pristine,
    });
    expect(result.removed).toContain(path);
    expect(result.rejected.map((r) => r.path)).not.toContain(path);
    expect(result.needsHand.map((n) => n.path)).not.toContain(path);
  });

  it("is still a person's where it is a file sdkgen has no counterpart of and not a lockfile", () => {
    const path = 'packages/mcp-server/src/extra.ts';
    const pristine = 'export const a = 1;\n';
    const result = plan([{ path, text: 'export const a = 2;\n', edited: true }], { [path]: pristine });
    expect(result.rejected.map((r) => r.path)).toContain(path);
  });
});

describe("migrate: a test the owners added to Stainless's test file that sdkgen writes its own of", () => {
  const stainless =
    "import Acme from 'acme';\n\ndescribe('instantiate client', () => {\n  const env = process.env;\n\n" +
    "  describe('defaultHeaders', () => {\n    test('they are used', () => {\n      expect(1).toBe(1);\n    });\n  });\n});\n";
  const ownersTest =
    "  describe('local', () => {\n    test('points at the local server', async () => {\n" +
    "      expect(new Acme({ baseURL: 'http://localhost:8787' }).baseURL).toEqual('http://localhost:8787');\n" +
    '    });\n  });\n\n';
  const sdkgen =
    "import Acme from '../src/index.js';\nimport { describe, expect, it } from './harness.js';\n\n" +
    "describe('instantiate client', () => {\n  describe('defaultQuery', () => {\n    it('is sent', () => {\n" +
    '      expect(2).toBe(2);\n    });\n  });\n});\n';

  it('goes first into sdkgen’s group of the same name, as sdkgen calls its tests', () => {
    const owners = stainless.replace("  describe('defaultHeaders'", `${ownersTest}  describe('defaultHeaders'`);
    const carried = reapplyEdits(stainless, owners, sdkgen, { code: true });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toContain(
      "describe('instantiate client', () => {\n  describe('local', () => {\n    it('points at the local server', async () => {",
    );
    expect(carried.text).toContain("  });\n\n  describe('defaultQuery', () => {");
  });

  it('goes at the end of the file when added at the top level', () => {
    const owners = `${stainless}\ndescribe('local', () => {\n  test('works', () => {\n    expect(3).toBe(3);\n  });\n});\n`;
    const carried = reapplyEdits(stainless, owners, sdkgen, { code: true });
    expect(carried.rejected).toEqual([]);
    expect(
      carried.text.endsWith(
        "});\n\ndescribe('local', () => {\n  it('works', () => {\n    expect(3).toBe(3);\n  });\n});\n",
      ),
    ).toBe(true);
  });

  it('is left for a person when its group is not in sdkgen’s file', () => {
    const owners = stainless.replace(
      "    test('they are used'",
      "    test('also', () => {});\n\n    test('they are used'",
    );
    const carried = reapplyEdits(stainless, owners, sdkgen.replace("'instantiate client'", "'client'"), {
      code: true,
    });
    expect(carried.rejected.length).toBe(1);
  });
});

describe("migrate: a statement the owners added to the client's re-export namespace", () => {
  it("opens sdkgen's namespace of the same name", () => {
    const stainless =
      'export interface ClientOptions {\n  apiKey?: string;\n}\n\nexport class Acme {}\n\n' +
      'export declare namespace Acme {\n  export type RequestOptions = Opts.RequestOptions;\n\n' +
      '  export {\n    type Widget as Widget,\n  };\n}\n';
    const owners = stainless
      .replace('export class Acme {}', 'export interface LocalOptions {\n  port?: number;\n}\n\nexport class Acme {}')
      .replace(
        '  export type RequestOptions = Opts.RequestOptions;\n',
        '  export type RequestOptions = Opts.RequestOptions;\n\n  export { type LocalOptions as LocalOptions };\n',
      );
    const sdkgen =
      'export class Acme {\n  readonly apiKey = 1;\n}\n\n// Types read through the client name.\n' +
      'export declare namespace Acme {\n  export { type ClientOptions as ClientOptions };\n\n' +
      '  export {\n    type Widget as Widget,\n  };\n}\n';
    const carried = reapplyEdits(stainless, owners, sdkgen, { code: true, declarations: true });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toContain(
      'export declare namespace Acme {\n  export { type LocalOptions as LocalOptions };\n\n  export { type ClientOptions',
    );
    expect(carried.text).toContain('export interface LocalOptions {');
  });
});
