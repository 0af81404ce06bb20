import { describe, expect, it } from 'vitest';
import { placeTestBlock } from '../../generator/migrate/reapply/test-blocks';

const withNewlines = (lines: string[]) => lines.map((line) => `${line}\n`);

// Stainless's client test, as the base has it: two groups.
const base = withNewlines([
  "import Acme from 'acme';",
  '',
  "describe('request building', () => {",
  "  test('sends the body', async () => {",
  '    expect(1).toBe(1);',
  '  });',
  '});',
  '',
  "describe('retries', () => {",
  "  test('retries', async () => {",
  '    expect(3).toBe(3);',
  '  });',
  '});',
]);

// The owners added a group between the two.
const edited = withNewlines([
  "import Acme from 'acme';",
  '',
  "describe('request building', () => {",
  "  test('sends the body', async () => {",
  '    expect(1).toBe(1);',
  '  });',
  '});',
  '',
  "describe('streaming', () => {",
  "  test('returns a stream', async () => {",
  '    expect(2).toBe(2);',
  '  });',
  '});',
  '',
  "describe('retries', () => {",
  "  test('retries', async () => {",
  '    expect(3).toBe(3);',
  '  });',
  '});',
]);

// sdkgen's client test words its tests otherwise: none of Stainless's lines are there.
const sdkgens = withNewlines([
  "import Acme from 'acme';",
  '',
  "describe('client', () => {",
  "  it('is made', () => {",
  '    expect(new Acme()).toBeDefined();',
  '  });',
  '});',
]);

describe("an owners' test group added between two of Stainless's", () => {
  it('is placed whole when the diff begins the insertion with the closing lines of the group above', () => {
    // As the diff gave it for groq's `tests/index.test.ts`: inserted after `expect(1)`, beginning `  });`, `});`, ``
    // (the lines that close Stainless's group, which also follow the insertion) and ending before the owners' own.
    const placed = placeTestBlock({ baseStart: 5, baseEnd: 5, start: 5, end: 11 }, base, edited, sdkgens);
    expect(placed).not.toBeNull();
    const text = [...sdkgens.slice(0, placed!.start), ...placed!.lines, ...sdkgens.slice(placed!.end)].join('');
    expect(text).toBe(
      [
        ...sdkgens,
        '\n',
        ...withNewlines([
          "describe('streaming', () => {",
          "  test('returns a stream', async () => {",
          '    expect(2).toBe(2);',
          '  });',
          '});',
        ]),
      ].join(''),
    );
  });

  it('is placed as it was when the insertion begins with the group', () => {
    const placed = placeTestBlock({ baseStart: 8, baseEnd: 8, start: 8, end: 14 }, base, edited, sdkgens);
    expect(placed?.lines.join('')).toContain("describe('streaming', () => {\n");
    expect(placed?.start).toBe(sdkgens.length);
  });
});
