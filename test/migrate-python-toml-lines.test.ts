/**
 * The one reader of pyproject.toml's lines the Python migration's TOML edits share (toml-lines.ts): headers, keys,
 * where a multi-line value ends, and which table each line is in.
 */
import { describe, expect, it } from 'vitest';
import {
  assignedText,
  assignmentKey,
  headerLines,
  tableAt,
  tableHeader,
  tomlLines,
  valueEnd,
} from '../generator/migrate/python/project/toml-lines';

describe('table headers', () => {
  it('reads tables, arrays of tables, quoted parts and a trailing comment', () => {
    expect(tableHeader('[project]')).toEqual({ name: 'project', array: false });
    expect(tableHeader('  [ tool . mypy ]  # settings')).toEqual({ name: 'tool.mypy', array: false });
    expect(tableHeader('[[tool.mypy.overrides]]')).toEqual({ name: 'tool.mypy.overrides', array: true });
    expect(tableHeader('[tool.hatch.metadata.hooks."fancy-pypi-readme"]')).toEqual({
      name: 'tool.hatch.metadata.hooks."fancy-pypi-readme"',
      array: false,
    });
    expect(tableHeader("[tool.'x.y']")?.name).toBe("tool.'x.y'");
  });

  it('takes no assignment, list item or unbalanced bracket for a header', () => {
    expect(tableHeader('exclude = ["a"]')).toBeNull();
    expect(tableHeader('["a", "b"]')).toBeNull();
    expect(tableHeader('  ["a"]')).toBeNull();
    expect(tableHeader('[[tool.x]')).toBeNull();
    expect(tableHeader('[tool.x] = 1')).toBeNull();
  });
});

describe('assignment keys', () => {
  it('reads bare, dotted and quoted keys as written', () => {
    expect(assignmentKey('name = "x"')).toBe('name');
    expect(assignmentKey('  "dev" = [')).toBe('"dev"');
    expect(assignmentKey("'a b' = 1")).toBe("'a b'");
    expect(assignmentKey('a . b=1')).toBe('a.b');
    expect(assignmentKey('# name = "x"')).toBeNull();
    expect(assignmentKey('"a",')).toBeNull();
  });

  it("reads what follows a key's `=`, a quoted key's own `=` aside", () => {
    expect(assignedText('"fix:ruff=x" =  "ruff check" # c')).toBe('"ruff check" # c');
    expect(assignedText('a = [')).toBe('[');
    expect(assignedText('"a",')).toBeNull();
  });
});

describe('where a value ends', () => {
  it('counts brackets outside strings and comments', () => {
    const lines = ['exclude = [', '  "a]", # b]', "  'c[',", ']', 'x = 1'];
    expect(valueEnd(lines, 0)).toBe(3);
    expect(valueEnd(lines, 4)).toBe(4);
    expect(valueEnd(['x = { a = [1,', '2] }'], 0)).toBe(1);
  });

  it('reads a multi-line string to its closing quotes', () => {
    const lines = ['text = """', '[not.a.table]', 'a \\""" still in', 'end"""', '[tool.x]'];
    expect(valueEnd(lines, 0)).toBe(3);
    expect(valueEnd(["t = '''", 'x = [', "'''"], 0)).toBe(2);
  });

  it('is -1 for a value never closed', () => {
    expect(valueEnd(['x = [', '"a",'], 0)).toBe(-1);
  });
});

describe('the table of each line', () => {
  const text = [
    'top = 1',
    '[project]',
    'dependencies = [',
    '  "httpx",',
    '  ["a"]',
    ']',
    'readme = """',
    '[tool.fake]',
    '"""',
    '',
    '[[tool.mypy.overrides]]',
    'module = "x"',
    '["quoted"]',
    'k = 1',
  ];

  it('follows the headers, not what looks like one inside a value', () => {
    const read = tomlLines(text);
    expect(read.map((l) => l.table)).toEqual([
      '',
      'project',
      'project',
      'project',
      'project',
      'project',
      'project',
      'project',
      'project',
      'project',
      'tool.mypy.overrides',
      'tool.mypy.overrides',
      '"quoted"',
      '"quoted"',
    ]);
    expect(read.map((l) => l.kind).join(' ')).toBe(
      'key header key value value value key value value other header key header key',
    );
    expect(read[2]).toMatchObject({ key: 'dependencies', end: 5 });
    expect(read[11]).toMatchObject({ array: true });
    expect(tableAt(text, 7)).toBe('project');
    expect(tableAt(text, 99)).toBe('"quoted"');
    expect(headerLines(text).map((h) => `${h.at} ${h.name} ${h.array}`)).toEqual([
      '1 project false',
      '10 tool.mypy.overrides true',
      '12 "quoted" false',
    ]);
  });

  it('lets the headers after a value never closed count', () => {
    expect(tomlLines(['x = [', '[tool.y]', 'z = 1']).map((l) => l.table)).toEqual(['', 'tool.y', 'tool.y']);
  });
});
