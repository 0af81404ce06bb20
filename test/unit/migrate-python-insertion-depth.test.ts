/**
 * An owners' pure insertion into a Python module placed by the lines around it goes at the depth those lines have in
 * sdkgen's module, not the owners' (python/reapply/insertion-depth.ts): sdkgen's method body one block deeper (inside a
 * `with`), an `if` of Stainless's ended by a dedent. Where the lines around it moved by different depths (the insertion
 * sits between blocks sdkgen nests otherwise), it stays for a person.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../../generator/migrate/python/reapply/balanced-hunks';
import { intoSameFunctionLines } from '../../generator/migrate/python/reapply/same-function-lines';
import { editsAsHunks } from '../../generator/migrate/reapply/hunks';
import { insertionShift } from '../../generator/migrate/python/reapply/insertion-depth';

const HEAD = [
  'from ._client import timer',
  'from ._utils import check_size, default_headers, read_file',
  '',
  '',
  'class FilesResource(SyncAPIResource):',
];
const text = (lines: string[]) => [...HEAD, ...lines, ''].join('\n');

describe("an owners' insertion placed by its context (reapply/hunks.ts)", () => {
  it("goes one block deeper where sdkgen's method body stands inside a `with`", () => {
    const stainless = text([
      '    def upload(self, file: FileTypes) -> FileObject:',
      '        data = read_file(file)',
      '        headers = {"X-Kind": "upload"}',
      '        return self._post("/files", body=data, headers=headers)',
    ]);
    const owners = stainless.replace(
      '        data = read_file(file)\n',
      '        data = read_file(file)\n        log.debug("uploading %s", file)\n',
    );
    const sdkgens = text([
      '    def upload(self, file: FileTypes) -> FileObject:',
      '        with timer("upload"):',
      '            data = read_file(file)',
      '            headers = {"X-Kind": "upload"}',
      '            return self._post("/files", body=data, headers=headers)',
    ]);
    const carried = reapplyPythonEdits(stainless, owners, sdkgens, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toContain(
      '            data = read_file(file)\n            log.debug("uploading %s", file)\n            headers =',
    );
  });

  it('stays in the `if` block it ended, followed by a dedent, where sdkgen nests that `if` one block deeper', () => {
    // Kept at the owners' depth, the line would stand after the `if` (valid Python, run whatever `stream` is).
    const stainless = text([
      '    def create(self, *, stream: bool, body: Body) -> Run:',
      '        if stream:',
      '            warn_streaming()',
      '        return self._post("/runs", body=body, stream=stream)',
    ]);
    const owners = stainless.replace(
      '            warn_streaming()\n',
      '            warn_streaming()\n            body = with_stream_options(body)\n',
    );
    const sdkgens = text([
      '    def create(self, *, stream: bool, body: Body) -> Run:',
      '        with timer("create"):',
      '            if stream:',
      '                warn_streaming()',
      '            return self._post("/runs", body=body, stream=stream)',
    ]);
    const carried = reapplyPythonEdits(stainless, owners, sdkgens, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toContain(
      '                warn_streaming()\n                body = with_stream_options(body)\n            return',
    );
  });

  it('goes one block shallower where sdkgen writes the body unnested', () => {
    const stainless = text([
      '    def close(self) -> None:',
      '        with self._lock:',
      '            self._closed = True',
      '            self._client.close()',
    ]);
    const owners = stainless.replace(
      '            self._closed = True\n',
      '            self._closed = True\n            self._on_close()\n',
    );
    const sdkgens = text([
      '    def close(self) -> None:',
      '        self._closed = True',
      '        self._client.close()',
    ]);
    const carried = reapplyPythonEdits(stainless, owners, sdkgens, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toContain(
      '        self._closed = True\n        self._on_close()\n        self._client.close()',
    );
  });

  it("moves the code lines of a multi-line string it holds, never the string's own lines", () => {
    // The lines inside the triple-quoted string are its value: moved with the code, the query sent would change.
    const stainless = text([
      '    def upload(self, file: FileTypes) -> FileObject:',
      '        data = read_file(file)',
      '        headers = {"X-Kind": "upload"}',
      '        return self._post("/files", body=data, headers=headers)',
    ]);
    const owners = stainless.replace(
      '        data = read_file(file)\n',
      '        data = read_file(file)\n        query = """\nSELECT *\n  FROM files\n""".strip()\n        log.debug(query)\n',
    );
    const sdkgens = text([
      '    def upload(self, file: FileTypes) -> FileObject:',
      '        with timer("upload"):',
      '            data = read_file(file)',
      '            headers = {"X-Kind": "upload"}',
      '            return self._post("/files", body=data, headers=headers)',
    ]);
    const carried = reapplyPythonEdits(stainless, owners, sdkgens, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toContain(
      '            data = read_file(file)\n            query = """\nSELECT *\n  FROM files\n""".strip()\n            log.debug(query)\n',
    );
  });

  it('is left for a person where the lines around it moved by different depths', () => {
    // sdkgen put the line above in a `with` and not the line below: inside the `with` or after it, no one answer.
    const stainless = text([
      '    def retrieve(self, file_id: str) -> FileObject:',
      '        response = self._get(f"/files/{file_id}")',
      '        return response.parse()',
    ]);
    const owners = stainless.replace(
      '        response = self._get(f"/files/{file_id}")\n',
      '        response = self._get(f"/files/{file_id}")\n        record(response.headers)\n',
    );
    const sdkgens = text([
      '    def retrieve(self, file_id: str) -> FileObject:',
      '        with timer("retrieve"):',
      '            response = self._get(f"/files/{file_id}")',
      '        return response.parse()',
    ]);
    const carried = reapplyPythonEdits(stainless, owners, sdkgens, {});
    expect(carried.rejected).toHaveLength(1);
    expect(carried.text).not.toContain('record(response.headers)');
  });
});

describe("an owners' insertion placed by one side of its context (one-sided-insertions.ts)", () => {
  const stainless = text([
    '    def create(self, *, body: Body) -> Run:',
    '        if self._closed:',
    '            raise ClientClosedError()',
    '        headers = default_headers()',
    '        return self._post("/runs", body=body, headers=headers)',
  ]);
  const owners = stainless.replace(
    '        headers = default_headers()\n',
    '        headers = default_headers()\n        check_size(body)\n',
  );

  it("moves with the lines that placed it where sdkgen's method body stands a block deeper", () => {
    // (sdkgen's `return` is its own: only the lines above place the owners' line.)
    const sdkgens = text([
      '    def create(self, *, body: Body) -> Run:',
      '        with timer("create"):',
      '            if self._closed:',
      '                raise ClientClosedError()',
      '            headers = default_headers()',
      '            return self._post("/runs", body=body, headers=headers, timeout=self.timeout)',
    ]);
    const carried = reapplyPythonEdits(stainless, owners, sdkgens, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toContain(
      '            headers = default_headers()\n            check_size(body)\n            return self._post(',
    );
  });

  it('is left for a person where no line that placed it tells its depth', () => {
    // The owners' line ends the `if` block the three lines above it are the body of: one block out in Stainless's
    // method, and in sdkgen's, whose `if` those lines alone do not show, the `with` block or the method body.
    const deep = text([
      '    def create(self, *, body: Body) -> Run:',
      '        if self._closed:',
      '            log.debug("closed")',
      '            reopen(self)',
      '            self._closed = False',
      '        return self._post("/runs", body=body)',
    ]);
    const theirs = deep.replace(
      '            self._closed = False\n',
      '            self._closed = False\n        check_size(body)\n',
    );
    const sdkgens = text([
      '    def create(self, *, body: Body) -> Run:',
      '        with timer("create"):',
      '            if self._closed:',
      '                log.debug("closed")',
      '                reopen(self)',
      '                self._closed = False',
      '            return self._post("/runs", body=body, timeout=self.timeout)',
    ]);
    const carried = reapplyPythonEdits(deep, theirs, sdkgens, {});
    expect(carried.rejected).toHaveLength(1);
    expect(carried.text).not.toContain('check_size(body)');
  });
});

describe("an owners' insertion placed in sdkgen's function of the same name (same-function-lines.ts)", () => {
  it('is left for a person where the line below it stands at another depth than the line that placed it', () => {
    // The line above places it (sdkgen's function has lines of its own before it); the line below, `return`, stays
    // level with the owners' line in Stainless's function but is a block further out than the line above in sdkgen's.
    const stainless = text([
      '    def upload(self, file: FileTypes) -> FileObject:',
      '        data = read_file(file)',
      '        return self._post("/files", body=data)',
    ]);
    const owners = stainless.replace(
      '        data = read_file(file)\n',
      '        data = read_file(file)\n        check_size(data)\n',
    );
    const sdkgens = text([
      '    def upload(self, file: FileTypes) -> FileObject:',
      '        with timer("upload"):',
      '            data = read_file(file)',
      '        return self._post("/files", body=data)',
    ]);
    const carried = intoSameFunctionLines(stainless, {
      text: sdkgens,
      applied: 0,
      rejected: editsAsHunks(stainless, owners),
    });
    expect(carried.rejected).toHaveLength(1);
    expect(carried.text).toBe(sdkgens);
  });

  it("moves with the line that placed it where the other side's line moved by as much", () => {
    const stainless = text([
      '    def upload(self, file: FileTypes) -> FileObject:',
      '        data = read_file(file)',
      '        return self._post("/files", body=data)',
    ]);
    const owners = stainless.replace(
      '        data = read_file(file)\n',
      '        data = read_file(file)\n        check_size(data)\n',
    );
    // sdkgen's own line between them: the context of both sides is not found together.
    const sdkgens = text([
      '    def upload(self, file: FileTypes) -> FileObject:',
      '        with timer("upload"):',
      '            data = read_file(file)',
      '            headers = default_headers()',
      '            return self._post("/files", body=data)',
    ]);
    const carried = intoSameFunctionLines(stainless, {
      text: sdkgens,
      applied: 0,
      rejected: editsAsHunks(stainless, owners),
    });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toContain('            data = read_file(file)\n            check_size(data)\n');
  });
});

describe('insertionShift (python/reapply/insertion-depth.ts)', () => {
  const n = (theirs: string, ours: string, above: boolean) => ({ theirs, ours, above });
  it("reads the block opener above as the depth of the block's first statement", () => {
    expect(
      insertionShift(
        ['        x()'],
        [n('    if a:', '        if a:', true), n('        y()', '        y()', false)],
        false,
      ),
    ).toBe(null);
    expect(
      insertionShift(
        ['        x()'],
        [n('    if a:', '        if a:', true), n('        y()', '            y()', false)],
        false,
      ),
    ).toBe(4);
  });
  it('leaves lines inside brackets as they are where the depth is not one', () => {
    expect(
      insertionShift(
        ['        b=2,'],
        [n('        a=1,', '            a=1,', true), n('        c=3,', '        c=3,', false)],
        true,
      ),
    ).toBe(0);
  });
  it("keeps a class body's line level with the line below where sdkgen writes the block above it unnested", () => {
    // openai's `if TYPE_CHECKING:` after Stainless's `if PYDANTIC_V2: model_config = ConfigDict(…)` (its `)` at 8),
    // which sdkgen's BaseModel writes at the class body's level (its `)` at 4).
    const above = [n('        )', '    )', true), n('', '', true)];
    expect(
      insertionShift(['    if TYPE_CHECKING:'], [...above, n('    def to_dict(', '    def to_dict(', false)], false),
    ).toBe(0);
  });
  it('is left for a person where one neighbour alone, deeper than the lines, tells no depth', () => {
    // openai's conftest: the owners' `if http_client is None …` after an `else: raise TypeError(…)` and a blank line;
    // sdkgen's settings helper raises at its function's level. Moved with that line, it would go to the module's
    // level; kept at the owners' columns, after sdkgen's unconditional `raise`, in another function: never run.
    const raise = n('        raise TypeError(msg)', '    raise TypeError(msg)', true);
    expect(insertionShift(['    if http_client is None:'], [raise, n('', '', false)], false)).toBe(null);
    // (Unmoved, that line still does not say how many blocks the lines end in sdkgen's module.)
    const still = n('        raise TypeError(msg)', '        raise TypeError(msg)', true);
    expect(insertionShift(['    if http_client is None:'], [still, n('', '', false)], false)).toBe(null);
    // (Nor does a line below further out than them, the lines ending a block.)
    const below = n('    return client', '        return client', false);
    expect(insertionShift(['        client.close()'], [n('# done', '# done', true), below], false)).toBe(null);
  });
  it("keeps a module-level insertion after a class's last line at the module's level", () => {
    // openai's `_get_response_format_type` after the last class of the module (its last line in a method): column 0
    // ends every block above it, in sdkgen's module as in Stainless's.
    const last = n('            transcriptions.create,', '        transcriptions.create,', true);
    expect(insertionShift(['def _get_response_format_type(', '    x: str,', '):'], [last], false)).toBe(0);
  });
  it('reads the line level with the lines further up the context, past the block they end', () => {
    // `else:` level with the owners' line, its body between: sdkgen nests the `if`/`else` one block deeper.
    const neighbours = [
      n('    else:', '        else:', true),
      n('        raise TypeError(msg)', '            raise TypeError(msg)', true),
    ];
    expect(insertionShift(['    if http_client is None:'], neighbours, false)).toBe(4);
  });
  it('keeps the layout of lines inside brackets where one neighbour alone, not level, tells nothing', () => {
    expect(insertionShift(['            b=2,'], [n('        foo(', '    foo(', true)], true)).toBe(-4);
    expect(insertionShift(['        b=2,'], [n('            a=1,', '        a=1,', true)], true)).toBe(0);
  });
  it('is not pulled into the block the line above it ended', () => {
    // After a `with` block, level with the line below; sdkgen has the line below inside the `with`.
    const neighbours = [n('        x()', '        x()', true), n('    y()', '        y()', false)];
    expect(insertionShift(['    z()'], neighbours, false)).toBe(null);
  });
  it('moves nothing at the edge of a file or with tabs', () => {
    expect(insertionShift(['x = 1'], [], false)).toBe(0);
    expect(insertionShift(['\tx()'], [n('\ty()', '\t\ty()', true)], false)).toBe(0);
  });
});
