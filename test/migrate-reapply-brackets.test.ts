/**
 * An owners' hunk placed by its context into sdkgen's module where the blocks around it are not those it was made
 * among (together-ai's edits flattening a namespace of Stainless's chat completions module): placed with the rest, it
 * left a block open and the module no longer parsed. Edits whose placement leaves a bracket unpaired are not carried
 * but returned for a person; those that keep the module whole still are.
 */
import { describe, expect, it } from 'vitest';
import { bracketsPair } from '../generator/migrate/reapply/brackets';
import { reapplyEdits } from '../generator/migrate/reapply/hunks';

const stainless = [
  'export interface Chat {',
  '  id: string;',
  '}',
  '',
  'export namespace Chat {',
  '  export interface Message {',
  '    content: string;',
  '  }',
  '}',
  '',
  'export const version = 1;',
  '',
].join('\n');

// The owners took Message out of the namespace, and raised the version.
const owners = [
  'export interface Chat {',
  '  id: string;',
  '}',
  '',
  'export interface Message {',
  '    content: string;',
  '  }',
  '',
  'export const version = 2;',
  '',
].join('\n');

// sdkgen's module: the namespace is there, its closing line among other declarations.
const sdkgen = [
  'export interface Chat {',
  '  id: string;',
  '}',
  '',
  'export namespace Chat {',
  '  export interface Message {',
  '    content: string;',
  '    role?: string;',
  '  }',
  '',
  '  export interface Usage {',
  '    tokens: number;',
  '  }',
  '}',
  '',
  'export const version = 1;',
  '',
].join('\n');

describe('migrate: re-applied edits keep a module’s brackets paired', () => {
  it('does not carry an edit that leaves a block open, and still carries the others', () => {
    const result = reapplyEdits(stainless, owners, sdkgen, { code: true });
    expect(bracketsPair(result.text)).toBe(true);
    expect(result.text).toContain('export const version = 2;');
    expect(result.rejected.length).toBeGreaterThan(0);
  });

  it('reads brackets in strings, comments and template text as text', () => {
    expect(bracketsPair("const a = '{'; // (\n/* [ */ const b = `x${[1].map((n) => `{${n}`)}`;\n")).toBe(true);
    expect(bracketsPair('function f() {\n  return (1;\n}\n')).toBe(false);
  });
});
