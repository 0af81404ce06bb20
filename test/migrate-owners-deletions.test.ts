/**
 * An owners' edit that only took something out of Stainless's file (spotify's owners took the client ID and secret,
 * which their tests no longer needed, out of Stainless's client tests: whole lines, and an object argument on one
 * line) is carried where sdkgen's file has none of what it took out: nothing is left for a person. Where sdkgen's
 * file still has it, it is a person's to carry, as before.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';
// @ts-expect-error: the harness is plain JavaScript
import { hasResult } from '../bench/migrate-trials/lib/already-done.mjs';

const path = 'tests/index.test.ts';
const stainless = `describe('instantiate client', () => {
  test('custom fetch', async () => {
    const client = new Acme({
      baseURL: 'http://localhost:5000/',
      clientID: 'My Client ID',
      clientSecret: 'My Client Secret',
      fetch: (url) => Promise.resolve(new Response('{}')),
    });
    expect(client).toBeDefined();
  });
});

describe('request building', () => {
  const client = new Acme({ clientID: 'My Client ID', clientSecret: 'My Client Secret' });
  test('handles undefined', () => {
    expect(client.buildURL('/a', {})).toBeDefined();
  });
});
`;
const owners = stainless
  .replace("      clientID: 'My Client ID',\n      clientSecret: 'My Client Secret',\n", '')
  .replace("new Acme({ clientID: 'My Client ID', clientSecret: 'My Client Secret' })", 'new Acme()');

const sdkgenWithout = `import { describe, expect, it } from './harness.js';

describe('instantiate client', () => {
  it('with a custom fetch', async () => {
    const client = new Acme({
      baseURL: "http://localhost:5000/",
      fetch: (url) => Promise.resolve(new Response('{}')),
    });
    expect(client).toBeDefined();
  });
});
`;
const sdkgenWith = sdkgenWithout.replace('      fetch: (url)', "      clientID: 'My Client ID',\n      fetch: (url)");

function migrate(sdkgen: string) {
  return planMigration({
    current: [{ path, blob: 'edited', text: owners }],
    base: { blobs: new Map([[path, 'stainless']]), texts: new Map([[path, stainless]]) },
    rendered: [{ path, contents: sdkgen }],
  });
}

describe('migrate: an owners’ edit that only took something out', () => {
  it('is carried where sdkgen’s file has none of it', () => {
    const result = migrate(sdkgenWithout);
    expect(result.rejected).toEqual([]);
    expect(result.writes.find((w) => w.path === path)!.contents).toBe(sdkgenWithout);
    // Listed as edits whose result sdkgen's file has already: the lines taken out, and the argument.
    expect(result.alreadyThere).toEqual([{ path, hunks: 2 }]);
  });

  it('is for a person where sdkgen’s file still has a piece of it', () => {
    const result = migrate(sdkgenWith);
    expect(result.rejected.map((r) => r.path)).toEqual([path]);
    expect(result.rejected[0].hunks.some((h) => h.includes("-      clientID: 'My Client ID',"))).toBe(true);
  });
});

describe("the trials' harness, reading such an edit listed as already done", () => {
  const owned = (removed: string[], added: string[]) => ({ removed, added: added.map((text) => ({ text })) });
  const argument = owned(
    ["  const client = new Acme({ clientID: 'My Client ID', clientSecret: 'My Client Secret' });"],
    ['  const client = new Acme();'],
  );
  const lines = owned(["      clientID: 'My Client ID',", "      clientSecret: 'My Client Secret',"], []);

  it('finds its result where the migrated file has none of what it took out', () => {
    expect(hasResult(path, argument, sdkgenWithout)).toBe(true);
    expect(hasResult(path, lines, sdkgenWithout)).toBe(true);
  });

  it('does not where the migrated file has a piece of it, in either quote', () => {
    expect(hasResult(path, lines, sdkgenWith)).toBe(false);
    expect(hasResult(path, argument, sdkgenWithout.replace('fetch:', 'clientID: "My Client ID",\n      fetch:'))).toBe(
      false,
    );
  });
});
