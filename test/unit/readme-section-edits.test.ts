/**
 * A README section both the person and sdkgen changed (write/markdown-sections.ts, write/section-edits.ts): on a
 * regeneration, the person's edits are made on sdkgen's new text of the section where each finds its place whole,
 * rather than the section kept as theirs with sdkgen's change left out; where one does not, it stays theirs, reported.
 * On a migration, a section the owners changed is sdkgen's, edited alike, where each of their edits finds its place on
 * sdkgen's text of it (what they cut or replaced is there too; what they added stands between lines both have, or
 * ends the section); else theirs, whole.
 */
import { describe, expect, it } from 'vitest';
import { mergeSections } from '../../generator/write/markdown-sections';
import { editsOnto } from '../../generator/write/section-edits';

const SDKGEN = (version: string, node = '18') => `# Acme SDK

## Installation

\`\`\`sh
npm install acme@${version}
\`\`\`

This package is in beta: its API may change between minor versions.

Node ${node} or newer is needed.

## Usage

Call the client.
`;

describe('a section both changed, on a regeneration', () => {
  it("takes sdkgen's new text with the person's cut made on it, where their cut touches sdkgen's change", () => {
    // They cut the lines right above the one sdkgen changes: the line merge conflicts (the changes touch).
    const cut = '\nThis package is in beta: its API may change between minor versions.\n';
    const edited = SDKGEN('1.0').replace(cut, '');
    const merged = mergeSections(SDKGEN('1.0'), edited, SDKGEN('1.0', '20'), 'lines', { keepEdited: true });
    expect(merged.kept).toEqual([]);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(SDKGEN('1.0', '20').replace(cut, ''));
  });

  it('adds their lines between the lines of text they went between, when those stand together still', () => {
    const base = ['## Usage\n', '\n', 'Call the client.\n', '\n', 'See api.md.\n'];
    const edited = ['## Usage\n', '\n', 'Call the client.\n', '\n', 'Our note.\n', '\n', 'See api.md.\n'];
    const target = ['## Usage\n', '\n', 'Call the client first.\n', '\n', 'Call the client.\n', '\n', 'See api.md.\n'];
    expect(editsOnto(base, edited, target)).toEqual([
      '## Usage\n',
      '\n',
      'Call the client first.\n',
      '\n',
      'Call the client.\n',
      '\n',
      'Our note.\n',
      '\n',
      'See api.md.\n',
    ]);
    // sdkgen wrote something between those lines: where theirs goes is not known.
    const between = ['## Usage\n', '\n', 'Call the client.\n', '\n', 'Then read.\n', '\n', 'See api.md.\n'];
    expect(editsOnto(base, edited, between)).toBeNull();
  });

  it('keeps the section as theirs, reported, where sdkgen changed the very lines they changed', () => {
    const edited = SDKGEN('1.0').replace('npm install acme@1.0', 'pnpm add acme@1.0');
    const merged = mergeSections(SDKGEN('1.0'), edited, SDKGEN('2.0'), 'lines', { keepEdited: true });
    expect(merged.kept).toEqual(['## Installation']);
    expect(merged.text).toContain('pnpm add acme@1.0');
    // Lines found twice, or punctuation alone, place nothing.
    expect(editsOnto(['a\n', 'x\n', 'b\n'], ['a\n', 'b\n'], ['x\n', 'a\n', 'x\n', 'b\n'])).toBeNull();
    expect(editsOnto(['a\n', '```\n', 'b\n'], ['a\n', 'b\n'], ['a\n', '```\n', 'c\n'])).toBeNull();
  });
});

describe('a section the owners only cut lines from, on a migration', () => {
  const STAINLESS = `# Acme Node API Library

## Installation

\`\`\`sh
npm install acme
\`\`\`

This package is in beta: its API may change between minor versions.
`;

  it("is sdkgen's, with the same lines cut, where sdkgen's text has them", () => {
    const owners = STAINLESS.replace('\nThis package is in beta: its API may change between minor versions.\n', '');
    const merged = mergeSections(STAINLESS, owners, SDKGEN('1.0'), 'edited').text;
    expect(merged).toContain('npm install acme@1.0');
    expect(merged).toContain('Node 18 or newer is needed.');
    expect(merged).not.toContain('in beta');
  });

  it("stays theirs where sdkgen's text lacks a line they cut, or what they added has no place in it", () => {
    const other = STAINLESS.replace('This package is in beta', 'This library is in beta');
    const cut = other.replace('\nThis library is in beta: its API may change between minor versions.\n', '');
    expect(mergeSections(other, cut, SDKGEN('1.0'), 'edited').text).toContain('npm install acme\n');
    // A line of theirs after Stainless's install command, which sdkgen's text does not have.
    const between = STAINLESS.replace('npm install acme\n', 'npm install acme\npnpm add acme\n');
    const merged = mergeSections(STAINLESS, between, SDKGEN('1.0'), 'edited').text;
    expect(merged).toContain('pnpm add acme\n');
    expect(merged).not.toContain('npm install acme@1.0');
  });

  it("is sdkgen's, edited alike, where they replaced a line sdkgen's text has too, or added lines at its end", () => {
    const replaced = STAINLESS.replace('in beta: its API may change between minor versions.', 'stable.');
    const merged = mergeSections(STAINLESS, replaced, SDKGEN('1.0'), 'edited').text;
    expect(merged).toContain('This package is stable.');
    expect(merged).toContain('npm install acme@1.0');
    expect(merged).toContain('Node 18 or newer is needed.');
    expect(merged).not.toContain('in beta');
    const appended = `${STAINLESS}\nWe answer issues within a day.\n`;
    expect(mergeSections(STAINLESS, appended, SDKGEN('1.0'), 'edited').text).toContain(
      'Node 18 or newer is needed.\n\nWe answer issues within a day.\n\n## Usage',
    );
  });
});
