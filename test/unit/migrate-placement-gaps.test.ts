/**
 * Issue 89: an owners' hunk is carried to its own place or left for a person, never carried into a twin's place nor
 * counted done where only a twin has it. The context search (reapply/find-lines.ts) tries every start position, the
 * last one too; a Python line's scope (python/already-done/comment-only.ts `scopeOf`) is not cut short by a docstring's lines at
 * column 0; and an edit counted done because its lines stand in sdkgen's module (reapply/hunks.ts) stands there in its
 * own scope.
 */
import { describe, expect, it } from 'vitest';
import { find } from '../../generator/migrate/reapply/find-lines';
import { editsAsHunks, reapplyEdits } from '../../generator/migrate/reapply/hunks';
import { scopeOf } from '../../generator/migrate/python/already-done/comment-only';
import { intoSameFunctionLines } from '../../generator/migrate/python/reapply/same-function-lines';

describe('find (reapply/find-lines.ts)', () => {
  it('finds a run that ends the haystack when the search starts past it', () => {
    const haystack = ['a', 'b', 'c', 'd'];
    expect(find(haystack, ['c', 'd'], 3)).toBe(2);
    expect(find(haystack, ['d'], 4)).toBe(3);
    expect(find(haystack, ['a', 'b', 'c', 'd'], 2)).toBe(0);
  });

  it("places an edit whose context is sdkgen's file's last lines, right after an earlier hunk", () => {
    const tail = ['const seven = 7;', 'const eight = 8;', 'const nine = 9;', 'const ten = 10;'];
    const head = ['const one = 1;', 'const two = 2;', 'const three = 3;', 'const four = 4;', 'const five = 5;'];
    const text = (lines: string[]) => lines.map((line) => `${line}\n`).join('');
    const base = text([...head, 'const six = 6;', ...tail]);
    const edited = base.replace('six = 6', 'six = 66').replace('nine = 9', 'nine = 99');
    // sdkgen's module repeats the last lines above: only the context with the first edit made pins the second one.
    const target = text([...tail, ...head, 'const six = 6;', ...tail]);
    const carried = reapplyEdits(base, edited, target);
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(
      text([...tail, ...head, 'const six = 66;', ...tail]).replace(/nine = 9;\n(?=const ten = 10;\n$)/, 'nine = 99;\n'),
    );
  });
});

describe('scopeOf (python/already-done/comment-only.ts)', () => {
  const module = [
    'class AsyncFoo:',
    '    async def create(self):',
    '        """Create a foo.',
    '',
    'Example lines at column 0:',
    '    indented example',
    '"""',
    '        value = 1',
    "        text = '''",
    "inner'''",
    '        return value',
    '',
    '    def other(self):',
    '        pass',
    '',
    'top = 1',
  ];

  it("reads a line's scope past a docstring whose lines stand at column 0", () => {
    expect(scopeOf(module, 7)).toBe('AsyncFoo.create');
    expect(scopeOf(module, 10)).toBe('AsyncFoo.create');
    expect(scopeOf(module, 13)).toBe('AsyncFoo.other');
    expect(scopeOf(module, 15)).toBe('');
  });

  it("reads a string's own lines as in the scope of the line that opens it", () => {
    expect(scopeOf(module, 4)).toBe('AsyncFoo.create');
    expect(scopeOf(module, 6)).toBe('AsyncFoo.create');
    expect(scopeOf(module, 9)).toBe('AsyncFoo.create');
    expect(scopeOf(module, 2)).toBe('AsyncFoo.create');
  });
});

describe("an edit counted done where sdkgen's module has its lines (reapply/hunks.ts), Python", () => {
  const base = [
    'class Foo:',
    '    def create(self):',
    '        a = 1',
    '        b = 2',
    '        return call(a, b)',
    '',
    '',
    'class AsyncFoo:',
    '    async def create(self):',
    '        a = 1',
    '        b = 2',
    '        return await call(a, b)',
    '',
  ].join('\n');
  const edited = base.replaceAll('        a = 1\n', '        a = 1\n        a = patch(a)\n');
  // sdkgen's async copy words its body otherwise: the async edit's context finds no place there.
  const asyncOtherwise = (body: string) =>
    base.replace(
      '    async def create(self):\n        a = 1\n        b = 2\n        return await call(a, b)\n',
      `    async def create(self):\n${body}`,
    );

  it("is not done where only the sync twin has its lines (the sync copy's edit carried): it is left for a person", () => {
    const target = asyncOtherwise('        first = 1\n        second = 2\n        return await call(first, second)\n');
    const carried = reapplyEdits(base, edited, target, { scopeOf, code: true });
    expect(carried.applied).toBe(1);
    expect(carried.alreadyThere).toBeUndefined();
    expect(carried.rejected).toHaveLength(1);
    expect(carried.rejected[0]).toContain('+        a = patch(a)');
  });

  it('is done where its own scope has its lines', () => {
    const target = asyncOtherwise('        first = 1\n        a = patch(a)\n        return await call(first, a)\n');
    const carried = reapplyEdits(base, edited, target, { scopeOf, code: true });
    expect(carried.applied).toBe(1);
    expect(carried.alreadyThere).toBe(1);
    expect(carried.rejected).toEqual([]);
  });
});

describe("a pure insertion carried into sdkgen's function of the same name (python/reapply/same-function-lines.ts)", () => {
  const stainless = [
    'import os',
    'import pathlib',
    '',
    '',
    'def _transform_file(file):',
    '    if isinstance(file, os.PathLike):',
    '        path = pathlib.Path(file)',
    '        return (path.name, path.read_bytes())',
    '    return file',
    '',
  ].join('\n');
  // sdkgen's module has the statement in two functions, among lines of its own: the hunk's context finds no one place.
  const sdkgens = [
    'import os',
    'import pathlib',
    '',
    '',
    'def read_body_bytes(body):',
    '    if isinstance(body, os.PathLike):',
    '        path = pathlib.Path(file)',
    '        return path.read_bytes()',
    '    return body',
    '',
    '',
    'def _transform_file(file):',
    '    if is_file_content(file):',
    '        path = pathlib.Path(file)',
    '        data = path.read_bytes()',
    '        return (path.name, data)',
    '    return file',
    '',
  ].join('\n');
  const carry = (owners: string) => {
    const rejected = editsAsHunks(stainless, owners);
    return intoSameFunctionLines(stainless, { text: sdkgens, applied: 0, rejected });
  };

  it('is carried after the neighbouring line that stands once in the function', () => {
    const owners = stainless.replace(
      '        path = pathlib.Path(file)\n',
      '        path = pathlib.Path(file)\n        print(path)\n',
    );
    const carried = carry(owners);
    expect(carried.rejected).toEqual([]);
    expect(carried.applied).toBe(1);
    expect(carried.text).toBe(
      sdkgens.replace(
        '    if is_file_content(file):\n        path = pathlib.Path(file)\n',
        '    if is_file_content(file):\n        path = pathlib.Path(file)\n        print(path)\n',
      ),
    );
  });

  it('stays for a person where the added lines read a name sdkgen’s module does not bind', () => {
    const owners = stainless.replace(
      '        path = pathlib.Path(file)\n',
      '        path = pathlib.Path(file)\n        log_path(path)\n',
    );
    const carried = carry(owners);
    expect(carried.rejected).toHaveLength(1);
    expect(carried.text).toBe(sdkgens);
  });

  it("stays for a person where no neighbouring line stands once in sdkgen's function", () => {
    const owners = stainless.replace('    return file\n', '    print(file)\n    return file\n');
    const twice = sdkgens.replace(
      '        return (path.name, data)\n',
      '        return (path.name, data)\n    return file\n',
    );
    const carried = intoSameFunctionLines(stainless, {
      text: twice,
      applied: 0,
      rejected: editsAsHunks(stainless, owners),
    });
    expect(carried.rejected).toHaveLength(1);
    expect(carried.text).toBe(twice);
  });
});

describe('a pure insertion next to brackets alone (python/reapply/same-function-lines.ts)', () => {
  it('is not pinned by a line of brackets', () => {
    const stainless = 'def call(a):\n    result = go(\n        a,\n    )\n    return result\n';
    const owners = stainless.replace('    )\n', '    )\n    print(result)\n');
    const sdkgens = 'def call(a):\n    result = go(\n        a,\n        b=1,\n    )\n    return result or None\n';
    const carried = intoSameFunctionLines(stainless, {
      text: sdkgens,
      applied: 0,
      rejected: editsAsHunks(stainless, owners),
    });
    expect(carried.rejected).toHaveLength(1);
    expect(carried.text).toBe(sdkgens);
  });
});
