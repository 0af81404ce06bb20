/**
 * An owners' block inserted into a function of Stainless's runtime that assigns what sdkgen's function of the same name
 * assigns right after the block's place (migrate/python/reapply/same-function-lines.ts, reassigned-after.ts):
 * dedalus-python's `APIError.__init__`, where the owners set `self.code`/`self.param`/`self.type` from the body in an
 * `if is_dict(body): … else: …` after `self.body = body`, and sdkgen's `__init__` sets the same three fields itself
 * right there. Placed above sdkgen's assignments, the owners' block was undone by them; it goes after them.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';
import { intoSdkgenModule } from '../generator/migrate/python/reapply/carried-module';

const STAINLESS = [
  'import httpx',
  '',
  '',
  'class APIError(Exception):',
  '    message: str',
  '',
  '    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:',
  '        super().__init__(message)',
  '        self.request = request',
  '        self.message = message',
  '        self.body = body',
  '',
  '',
  'class APIStatusError(APIError):',
  '    pass',
  '',
].join('\n');

const BLOCK = [
  '        if is_dict(body):',
  '            self.code = body.get("code")',
  '            self.param = body.get("param")',
  '        else:',
  '            self.code = None',
  '            self.param = None',
];

const EDITED = STAINLESS.replace('import httpx\n', 'import httpx\n\nfrom ._utils import is_dict\n').replace(
  '        self.body = body\n',
  ['        self.body = body', '', ...BLOCK, ''].join('\n'),
);

const SDKGEN = [
  'from __future__ import annotations',
  '',
  'import httpx',
  '',
  '',
  'class APIError(Exception):',
  '    message: str',
  '    code: str | None',
  '    param: str | None',
  '',
  '    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:',
  '        super().__init__(message)',
  '        self.message = message',
  '        self.request = request',
  '        self.body = body',
  '        self.code = _field(body, "code")',
  '        self.param = _field(body, "param")',
  '',
  '',
  'class APIStatusError(APIError):',
  '    pass',
  '',
].join('\n');

function carried(target: string): { text: string; rejected: string[] } {
  return intoSdkgenModule(STAINLESS, target, EDITED, reapplyPythonEdits(STAINLESS, EDITED, target, {}));
}

describe("an owners' block assigning what sdkgen's next statements assign", () => {
  it('goes after those statements, so that it is not undone', () => {
    const result = carried(SDKGEN);
    expect(result.rejected).toEqual([]);
    // (Blank lines between statements of the function aside.)
    expect(result.text.replace(/\n\n(?= {8}\S)/g, '\n')).toContain(
      [
        '        self.body = body',
        '        self.code = _field(body, "code")',
        '        self.param = _field(body, "param")',
        ...BLOCK,
        '',
      ].join('\n'),
    );
  });

  it("stays right after its neighbour where sdkgen's next statement assigns something else", () => {
    const other = SDKGEN.replace(
      '        self.code = _field(body, "code")\n        self.param = _field(body, "param")\n',
      '        self.extra = 1\n',
    );
    const result = carried(other);
    expect(result.rejected).toEqual([]);
    expect(result.text).toContain(['        self.body = body', '', ...BLOCK, '        self.extra = 1'].join('\n'));
  });
});
