/**
 * Issue 89, item 3: an owners' edit whose result sdkgen's file has counts as done however sdkgen's formatter wraps
 * it (reapply/same-tokens.ts): the owners' lines and a run of sdkgen's lines are the same when their tokens are,
 * whitespace, line breaks and a trailing comma before a closing bracket aside; strings and comments exactly; Python's
 * parentheses around an expression, and its one-item tuples, are tokens. Where scopes are read (Python), only in the
 * owners' scope (same-occurrence.ts `inOwnScope`).
 */
import { describe, expect, it } from 'vitest';
import { reapplyEdits } from '../../generator/migrate/reapply/hunks';
import { dropAlreadyThere } from '../../generator/migrate/owners/moot-edits';
import { alreadyThereLine } from '../../generator/cli/commands/migrate';
import { alreadyThereIn } from '../../generator/migrate/migration-plan';
import { reapplyPythonEdits } from '../../generator/migrate/python/reapply/balanced-hunks';
import { lines } from '../../generator/write/merge';
import { sameTokenRuns, type TokenLanguage } from '../../generator/migrate/reapply/same-tokens';

/** Whether the owners' text (all of its lines) says what all of sdkgen's says. */
function same(language: TokenLanguage, owners: string, sdkgens: string): boolean {
  const own = lines(owners);
  const runs = sameTokenRuns(own, 0, own.length, lines(sdkgens), language);
  return runs?.inTarget.some((run) => run.start === 0 && run.end === lines(sdkgens).length) ?? false;
}

describe('token streams (same-tokens.ts)', () => {
  const cases: Array<[string, TokenLanguage, string, string, boolean]> = [
    [
      'a call wrapped one argument a line, with a trailing comma',
      'typescript',
      "return this._client.post('/files', {\n  body,\n  headers: { 'X-Mode': 'a' },\n});\n",
      "return this._client.post('/files', { body, headers: { 'X-Mode': 'a' } });\n",
      true,
    ],
    ['arguments in another order', 'typescript', 'f(\n  a,\n  b,\n);\n', 'f(b, a);\n', false],
    ['a string differing in its spaces', 'typescript', "f(\n  'a b',\n);\n", "f('a  b');\n", false],
    ['a string in other quotes', 'typescript', "f('a');\n", 'f("a");\n', false],
    ['a comment differing', 'typescript', '// keep it\nf();\n', '// keep  it\nf();\n', false],
    ['a block comment reindented', 'typescript', '  /**\n   * A.\n   */\n', '/**\n * A.\n */\n', true],
    ['a semicolon left out', 'typescript', 'f()\n', 'f();\n', false],
    ['a template literal', 'typescript', 'const a = `x ${f({ b })} y`;\n', 'const a = `x ${f({b})} y`;\n', false],
    ['a regular expression differing in its spaces', 'typescript', 'x = / a/;\n', 'x = /a/;\n', false],
    [
      'a Python call whose arguments the owners wrapped',
      'python',
      'return self._post(\n    "/files",\n    body=body,\n    options=options,\n)\n',
      'return self._post("/files", body=body, options=options)\n',
      true,
    ],
    ['a dict wrapped', 'python', 'x = {\n    "a": 1,\n}\n', 'x = {"a": 1}\n', true],
    ['a list wrapped', 'python', 'x = [\n    a,\n]\n', 'x = [a]\n', true],
    ['a tuple of two wrapped', 'python', 'x = (\n    a,\n    b,\n)\n', 'x = (a, b)\n', true],
    ['a one-item tuple is not a bracketed item', 'python', 'x = (a,)\n', 'x = (a)\n', false],
    ['a subscript by a tuple is not by an item', 'python', 'x[a,]\n', 'x[a]\n', false],
    ['parentheses around a condition', 'python', 'if (a and b):\n    pass\n', 'if a and b:\n    pass\n', false],
    ['a line continued by a backslash', 'python', 'x = a + \\\n    b\n', 'x = a + b\n', true],
    ['arguments in another order', 'python', 'f(\n    a=1,\n    b=2,\n)\n', 'f(b=2, a=1)\n', false],
    ['a string differing in its spaces', 'python', 'f(\n    "a b",\n)\n', 'f("a  b")\n', false],
    ['a comment differing', 'python', '# keep it\nf()\n', '# keep  it\nf()\n', false],
    ['a docstring differing', 'python', '"""A  b."""\n', '"""A b."""\n', false],
    ['a statement indented into another block', 'python', '    f(a)\n', 'f(a)\n', false],
    [
      'a block whose lines are indented alike',
      'python',
      'if a:\n    f(\n        b,\n    )\n',
      'if a:\n    f(b)\n',
      true,
    ],
    ['a statement out of the block', 'python', 'if a:\n    f(b)\ng()\n', 'if a:\n    f(b)\n    g()\n', false],
    ['a call wrapped under its statement', 'python', 'x = f(\n  a)\n', 'x = f(a)\n', true],
  ];
  it.each(cases)('%s (%s)', (_, language, owners, sdkgens, want) => {
    expect(same(language, owners, sdkgens)).toBe(want);
  });
});

describe('an edit whose result sdkgen wraps otherwise is already done (reapply/hunks.ts)', () => {
  const base = [
    'export class Files {',
    '  upload(body: string) {',
    "    return this._client.post('/files', { body });",
    '  }',
    '}',
    '',
  ].join('\n');
  const owners = (headers: string) =>
    base.replace(
      "    return this._client.post('/files', { body });",
      `    return this._client.post('/files', {\n      body,\n      headers: { ${headers} },\n    });`,
    );
  /** sdkgen's resource: the method's other lines worded otherwise, so that the hunk has no place by its context. */
  const sdkgens = [
    'export class Files extends APIResource {',
    '  /** Uploads a file. */',
    '  upload(body: string, options?: RequestOptions): APIPromise<FileObject> {',
    "    return this._client.post('/files', { body, headers: { 'X-Mode': 'a b' } });",
    '  }',
    '}',
    '',
  ].join('\n');
  const cases: Array<[string, string, number]> = [
    ['the same header', "'X-Mode': 'a b'", 1],
    ['a value differing in its spaces', "'X-Mode': 'a  b'", 0],
    ['another header', "'X-Other': 'a b'", 0],
  ];
  it.each(cases)('%s', (_, headers, done) => {
    const result = reapplyEdits(base, owners(headers), sdkgens, { code: true, tokens: 'typescript' });
    expect(result.alreadyThere ?? 0).toBe(done);
    expect(result.rejected).toHaveLength(1 - done);
    // Where: the line of sdkgen's file that has the owners' result.
    expect(result.alreadyThereAt ?? []).toEqual(done ? [{ line: 3, text: sdkgens.split('\n')[3] + '\n' }] : []);
  });

  const pyBase = [
    'class Files(SyncAPIResource):',
    '    def create(self, file: str) -> None:',
    '        headers = {"X-Mode": "a"}',
    '        return self._post("/files", body={"file": file}, headers=headers)',
    '',
    '',
    'class AsyncFiles(AsyncAPIResource):',
    '    async def create(self, file: str) -> None:',
    '        headers = {"X-Mode": "a"}',
    '        return await self._post("/files", body={"file": file}, headers=headers)',
    '',
  ].join('\n');
  /** The owners' async `create`: its headers wrapped one a line, `extra` the last. */
  const pyOwners = (extra: string) => {
    const at = pyBase.lastIndexOf('        headers = {"X-Mode": "a"}');
    const wrapped = `        headers = {\n            "X-Mode": "a",\n            ${extra},\n        }`;
    return pyBase.slice(0, at) + wrapped + pyBase.slice(at + '        headers = {"X-Mode": "a"}'.length);
  };
  /** sdkgen's module: signatures worded otherwise (no place by context); `sync` and `async` its headers' entries. */
  const pySdkgens = (sync: string, async: string) =>
    [
      'class FilesResource(SyncAPIResource):',
      '    def create(self, *, file: str, extra_headers: Headers | None = None) -> None:',
      `        headers = {${sync}}`,
      '        return self._post("/files", body={"file": file}, headers=headers)',
      '',
      '',
      'class AsyncFilesResource(AsyncAPIResource):',
      '    async def create(self, *, file: str, extra_headers: Headers | None = None) -> None:',
      `        headers = {${async}}`,
      '        return await self._post("/files", body={"file": file}, headers=headers)',
      '',
    ].join('\n');
  const mode = '"X-Mode": "a"';
  const pyCases: Array<[string, string, string, string, number]> = [
    ['the same entries, on one line', '"X-Timeout": "600"', `${mode}, "X-B": "b"`, `${mode}, "X-Timeout": "600"`, 1],
    [
      'the same entries in the sync twin only',
      '"X-Timeout": "600"',
      `${mode}, "X-Timeout": "600"`,
      `${mode}, "X-B": "b"`,
      0,
    ],
    ['a value differing in its spaces', '"X-Timeout": "a  b"', `${mode}, "X-B": "b"`, `${mode}, "X-Timeout": "a b"`, 0],
    ['the entries in another order', '"X-Timeout": "600"', `${mode}, "X-B": "b"`, `"X-Timeout": "600", ${mode}`, 0],
  ];
  it.each(pyCases)('Python: %s', (_, extra, sync, async, done) => {
    const result = reapplyPythonEdits(pyBase, pyOwners(extra), pySdkgens(sync, async), {});
    expect(result.alreadyThere ?? 0).toBe(done);
    expect(result.rejected).toHaveLength(1 - done);
    // Where: the async method's line.
    expect(result.alreadyThereAt?.map(({ line }) => line) ?? []).toEqual(done ? [8] : []);
  });
});

describe("the last pass over hunks for a person drops those sdkgen's module has wrapped otherwise (moot-edits.ts)", () => {
  const path = 'src/resources/files.ts';
  const stainless = "export function upload(body: string) {\n  return post('/files', { body });\n}\n";
  const owners = (value: string) =>
    stainless.replace(
      "  return post('/files', { body });",
      `  return post('/files', {\n    body,\n    mode: ${value},\n  });`,
    );
  const sdkgen =
    "// sdkgen\n\nexport function upload(body: string): Promise<File> {\n  return post('/files', { body, mode: 'a b' });\n}\n";
  const cases: Array<[string, string, Array<{ path: string; hunks: number; lines?: number[] }>]> = [
    ['the same value', "'a b'", [{ path, hunks: 1, lines: [4] }]],
    ['a value differing in its spaces', "'a  b'", []],
    ['another value', 'mode', []],
  ];
  it.each(cases)('%s', (_, value, want) => {
    // (Rejected as a hunk by a re-apply that reads no tokens.)
    const hunks = reapplyEdits(stainless, owners(value), 'export {};\n').rejected;
    expect(hunks).toHaveLength(1);
    const alreadyThere: Array<{ path: string; hunks: number; lines?: number[] }> = [];
    const left = dropAlreadyThere([{ path, hunks }], [{ path, contents: sdkgen }], () => stainless, alreadyThere);
    expect(alreadyThere).toEqual(want);
    expect(left).toHaveLength(1 - want.length);
  });
});

describe('the report says where each edit already there is (cli/commands/migrate.ts)', () => {
  const cases: Array<[{ path: string; hunks: number; lines?: number[] }, string]> = [
    [{ path: 'src/a.ts', hunks: 1 }, 'src/a.ts (1 hunk)'],
    [{ path: 'src/a.ts', hunks: 1, lines: [12] }, 'src/a.ts (1 hunk, at line 12)'],
    [{ path: 'src/a.ts', hunks: 3, lines: [12, 12, 40] }, 'src/a.ts (3 hunks, at lines 12 and 40)'],
    [{ path: 'src/a.ts', hunks: 3, lines: [12, 40] }, 'src/a.ts (3 hunks, 2 of them at lines 12 and 40)'],
  ];
  it.each(cases)('%j', (entry, want) => {
    expect(alreadyThereLine(entry)).toBe(want);
  });
});

describe("the plan's entry finds each result again in the file as written (migration-plan.ts alreadyThereIn)", () => {
  // (Lines moved by what was written above them since: a banner of two lines in place of one.)
  const written = '// line one\n// line two\nimport x from "x";\n\nconst a = f(b, c);\nconst a = f(b, c);\n';
  const cases: Array<[string, number, { line: number; text: string }[] | undefined, number[] | undefined]> = [
    ['moved down by two', 1, [{ line: 3, text: 'const a = f(b, c);\n' }], [5]],
    ['the nearest of two', 1, [{ line: 5, text: 'const a = f(b, c);\n' }], [6]],
    ['of two hunks, one place known', 2, [{ line: 3, text: 'const a = f(b, c);\n' }], [5]],
    ['no place known', 1, undefined, undefined],
  ];
  it.each(cases)('%s', (_, hunks, found, want) => {
    expect(alreadyThereIn('src/a.ts', { alreadyThere: hunks, alreadyThereAt: found }, written)).toEqual({
      path: 'src/a.ts',
      hunks,
      ...(want ? { lines: want } : {}),
    });
  });
});
