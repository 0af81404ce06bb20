/**
 * A module of Stainless's the owners edited only by adding triple-slash directives (cartesia-js's
 * `/// <reference lib="dom" />` atop src/internal/utils/query.ts's neighbours) does at run time what it did: the
 * client methods of Stainless's that call it are not theirs for that (they stay sdkgen's hooks, not overrides
 * carried with Stainless's imports), while the directives themselves are carried atop sdkgen's module of that path.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';

const stainlessClient = [
  "import { stringifyQuery } from './internal/utils/query';",
  '',
  'export class Acme {',
  '  protected stringifyQuery(query: object | Record<string, unknown>): string {',
  '    return stringifyQuery(query);',
  '  }',
  '}',
  '',
].join('\n');
const stainlessQuery =
  '// File generated from our OpenAPI spec by Stainless.\n\n' +
  'export function stringifyQuery(q: object) { return String(q); }\n';
const sdkgenClient =
  "import { AcmeCore } from './client-core.js';\n\nexport class Acme extends AcmeCore {\n  pets = 1;\n}\n";
const sdkgenQuery = "export { stringifyQuery } from '../stainless-qs.js';\n";

function migrate(query: string) {
  return planMigration({
    current: [
      { path: 'src/client.ts', text: stainlessClient, blob: 'c1' },
      { path: 'src/internal/utils/query.ts', text: query, blob: query === stainlessQuery ? 'q1' : 'q2' },
    ],
    base: {
      blobs: new Map([
        ['src/client.ts', 'c1'],
        ['src/internal/utils/query.ts', 'q1'],
      ]),
      texts: new Map([
        ['src/client.ts', stainlessClient],
        ['src/internal/utils/query.ts', stainlessQuery],
      ]),
    },
    rendered: [
      { path: 'src/client.ts', contents: sdkgenClient },
      { path: 'src/internal/utils/query.ts', contents: sdkgenQuery },
    ],
  });
}

describe('a module of Stainless the owners edited in its triple-slash directives alone', () => {
  it("leaves the client's methods that call it sdkgen's, and carries the directives", () => {
    const plan = migrate(stainlessQuery.replace('\n\nexport', '\n\n/// <reference lib="dom" />\n\nexport'));
    expect(plan.carriedHooks).toEqual([]);
    expect(plan.writes.find((f) => f.path === 'src/client.ts')?.contents ?? sdkgenClient).toBe(sdkgenClient);
    expect(plan.writes.find((f) => f.path === 'src/internal/utils/query.ts')?.contents).toBe(
      `/// <reference lib="dom" />\n\n${sdkgenQuery}`,
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.needsHand).toEqual([]);
  });

  it('while a change to its code still makes them theirs', () => {
    const plan = migrate(stainlessQuery.replace('String(q)', 'JSON.stringify(q)'));
    expect(plan.carriedHooks).toEqual(['src/client.ts: stringifyQuery']);
  });
});
