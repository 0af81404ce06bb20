/**
 * Which owners' edits to Stainless's `defaultParseResponse` migrate carries into an override of the client's
 * `parseJSON` (generator/migrate/owners/response-parse.ts), and which stay for a person; and how the trials' check 4
 * reads a hunk migrate's report says went into another file (bench/migrate-trials/lib/carried-elsewhere.mjs). The
 * carried override is tested against a 127.0.0.1 server in test/runtime/migrated-response-parse-r35e.test.ts.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { carriedParse, parseModules } from '../generator/migrate/owners/response-parse';
// @ts-expect-error: the harness is plain JavaScript
import { carriedElsewhere, movedLine } from '../bench/migrate-trials/lib/carried-elsewhere.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { checkHunks } from '../bench/migrate-trials/lib/checks.mjs';

const stainless = `import { type Acme } from '../client';
import { formatRequestDetails, loggerFor } from './utils/log';

export async function defaultParseResponse<T>(client: Acme, props: APIResponseProps): Promise<T> {
  const { response, requestLogID } = props;
  const body = await (async () => {
    const contentType = response.headers.get('content-type');
    const isJSON = contentType?.includes('application/json');
    if (isJSON) {
      const json = await response.json();
      return json as T;
    }
    return (await response.text()) as unknown as T;
  })();
  loggerFor(client).debug(\`[\${requestLogID}] response parsed\`, formatRequestDetails({ body }));
  return body;
}
`;

const MODULE = 'src/internal/parse.ts';
const carry = (theirs: string) => carriedParse(MODULE, stainless, theirs, 'src/client.ts');

describe("owners' lines around Stainless's JSON parse", () => {
  it('go into parseJSON where they wrote them; their import moves to the client, relative to it', () => {
    const theirs = stainless
      .replace(
        "import { type Acme } from '../client';\n",
        "import { type Acme } from '../client';\nimport { merge } from './custom/perf';\n",
      )
      .replace(
        '      const json = await response.json();\n',
        '      const started = Date.now();\n      const json = await response.json();\n      merge(json, (response as any).clock, started);\n',
      );
    const carried = carry(theirs)!;
    expect(carried.method).toBe(
      [
        '  override parseJSON(text: string, response: Response): unknown {',
        '    const started = Date.now();',
        '    const json = JSON.parse(text);',
        '    merge(json, (response as any).clock, started);',
        '    return json;',
        '  }',
      ].join('\n'),
    );
    expect(carried.imports).toEqual(["import { merge } from './internal/custom/perf';"]);
    // Nothing of theirs is left in the module: the import went with the lines that read it.
    expect(carried.editedRest).toBe(stainless);
  });

  it('name the response `_response` when their lines do not read it; an import the module reads elsewhere stays', () => {
    const theirs = stainless
      .replace(
        "import { type Acme } from '../client';\n",
        "import { type Acme } from '../client';\nimport { seen } from './custom/perf';\n",
      )
      .replace('      return json as T;\n', '      seen(json);\n      return json as T;\n')
      .concat('\nexport const watch = seen;\n');
    const carried = carry(theirs)!;
    expect(carried.method).toContain('  override parseJSON(text: string, _response: Response): unknown {');
    expect(carried.editedRest).toBe(
      stainless
        .replace(
          "import { type Acme } from '../client';\n",
          "import { type Acme } from '../client';\nimport { seen } from './custom/perf';\n",
        )
        .concat('\nexport const watch = seen;\n'),
    );
    // An edit elsewhere in the function leaves it to a person.
    expect(carry(theirs.replace('  return body;\n', '  seen(body);\n  return body;\n'))).toBeNull();
  });

  it('stay for a person when they read another of its locals, or change its lines', () => {
    expect(
      carry(
        stainless.replace('      return json as T;\n', '      note(json, contentType);\n      return json as T;\n'),
      ),
    ).toBeNull();
    expect(
      carry(stainless.replace('      return json as T;\n', '      note(props.options);\n      return json as T;\n')),
    ).toBeNull();
    expect(carry(stainless.replace('      return json as T;\n', '      return normalise(json) as T;\n'))).toBeNull();
    expect(carry(stainless)).toBeNull();
  });

  it("are carried from Stainless's core.ts of before 2025 too, whose parse logs the body before returning it", () => {
    const core = `async function defaultParseResponse<T>(props: APIResponseProps): Promise<T> {
  const { response } = props;
  const contentType = response.headers.get('content-type');
  if (contentType?.includes('application/json')) {
    const json = await response.json();

    debug('response', response.status, response.url, response.headers, json);

    return json as T;
  }
  return (await response.text()) as unknown as T;
}
`;
    const theirs = core.replace('    return json as T;\n', '    json.seen = true;\n    return json as T;\n');
    const carried = carriedParse('src/core.ts', core, theirs, 'src/client.ts')!;
    expect(carried.method).toContain('    const json = JSON.parse(text);\n    json.seen = true;\n    return json;\n');
    expect(parseModules(new Map([['src/core.ts', core]]))).toEqual(['src/core.ts']);
  });

  it("are found in Stainless's modules that define the function", () => {
    const texts = new Map([
      [MODULE, stainless],
      ['src/client.ts', 'export class Acme {}\n'],
    ]);
    expect(parseModules(texts)).toEqual([MODULE]);
  });
});

describe("check 4's reading of a hunk carried into another file", () => {
  const report = [
    "Stainless's client methods you made yours (changed, or calling a module you changed), carried into sdkgen's client class as overrides of its hooks (3):",
    '  src/client.ts: buildRequest',
    '  src/client.ts: parseJSON (from src/internal/parse.ts)',
    '  src/client-core.ts: apiKey check (from src/client.ts)',
    'Hand edits carried over to the new files (1):',
    '  src/resources/a.ts (1 hunk)',
  ].join('\n');

  it("reads the report's `(from …)` items", () => {
    expect(carriedElsewhere(report)).toEqual(
      new Map([
        ['src/internal/parse.ts', ['src/client.ts']],
        ['src/client.ts', ['src/client-core.ts']],
      ]),
    );
  });

  it("reads a moved import's specifier from the other file, and `=== undefined` as `== null`", () => {
    expect(movedLine("import { merge } from './custom/perf';", MODULE, 'src/client.ts')).toBe(
      "import { merge } from './internal/custom/perf';",
    );
    expect(movedLine('if (apiKey === undefined && !x) {', 'src/client.ts', 'src/client-core.ts')).toBe(
      'if (apiKey == null && !x) {',
    );
  });

  it('counts such a hunk as carried when the other file has its lines, and as lost otherwise', () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'check4-elsewhere-'));
    try {
      mkdirSync(path.join(repo, 'src', 'internal'), { recursive: true });
      writeFileSync(path.join(repo, MODULE), "export { x } from '../core/x.js';\n");
      writeFileSync(
        path.join(repo, 'src', 'client.ts'),
        "import { merge } from './internal/custom/perf';\nclass A {\n  override parseJSON(text: string, response: Response): unknown {\n    const json = JSON.parse(text);\n    merge(json, (response as any).clock);\n    return json;\n  }\n}\n",
      );
      const hunk = (header: string, added: string[]) => ({
        file: MODULE,
        header,
        added: added.map((text) => ({ text })),
        removed: [],
        text: added.map((line) => `+${line}\n`).join(''),
      });
      const owners = {
        hunks: [
          hunk('@@ -2,0 +3 @@', ["import { merge } from './custom/perf';"]),
          hunk('@@ -9,0 +10 @@', ['      merge(json, (response as any).clock);']),
          hunk('@@ -12,0 +13 @@', ['      mergeOther(json);']),
        ],
        ownersDeleted: [],
      };
      const carriedTo = carriedElsewhere(report);
      const withReading = checkHunks(repo, owners, 'HEAD', [], [], [], [], [], carriedTo);
      expect(withReading.details.elsewhere).toHaveLength(2);
      expect(withReading.details.lost.map((l: { header: string }) => l.header)).toEqual(['@@ -12,0 +13 @@']);
      expect(withReading.reason).toContain("1/3 owners' hunks not carried");
      const without = checkHunks(repo, owners, 'HEAD');
      expect(without.details.lost).toHaveLength(3);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
