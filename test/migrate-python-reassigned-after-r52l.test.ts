/**
 * An owners' block inserted into a function of Stainless's runtime that assigns what sdkgen's function of the same name
 * assigns right after the block's place (migrate/python/reapply/same-function-lines.ts, reassigned-after.ts):
 * dedalus-python's `APIError.__init__`, where the owners set `self.code`/`self.param`/`self.type` from the body in an
 * `if is_dict(body): … else: …` after `self.body = body`, and sdkgen's `__init__` sets the same three fields itself
 * right there. Placed above sdkgen's assignments, the owners' block was undone by them; it goes after them. Where it
 * sets each of their targets on every path (its `if … else` does), sdkgen's statements would do nothing after it: they
 * go, as a person merging by hand takes them out, with the private function of sdkgen's they alone called (session 53).
 */
import { describe, expect, it } from 'vitest';
import {
  carriedInto as carried,
  FIELD_HELPER as HELPER,
  OWNERS_BLOCK as BLOCK,
} from './helpers/python-api-error-fixture';

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

/** SDKGEN with the private function its statements call, above the class. */
const WITH_HELPER = SDKGEN.replace('class APIError', [...HELPER, 'class APIError'].join('\n'));

describe("an owners' block assigning what sdkgen's next statements assign", () => {
  it('takes their place where it sets each of their targets on every path: nothing of sdkgen’s is left undone', () => {
    const result = carried(WITH_HELPER);
    expect(result.rejected).toEqual([]);
    expect(result.text).toContain(
      ['        self.body = body', '', ...BLOCK, '', '', 'class APIStatusError'].join('\n'),
    );
    expect(result.text).not.toContain('_field(body');
  });

  it('takes the private function only they called with them, and keeps one something else reads', () => {
    const result = carried(WITH_HELPER);
    expect(result.rejected).toEqual([]);
    expect(result.text).not.toContain('_field');
    // (The blank lines that parted it from what follows go with it.)
    expect(result.text).toContain('from ._utils import is_dict\n\n\nclass APIError(Exception):');
    const read = WITH_HELPER.replace('    pass\n', '    extra = _field(None, "x")\n');
    const kept = carried(read);
    expect(kept.rejected).toEqual([]);
    expect(kept.text).toContain(HELPER.join('\n'));
    expect(kept.text).not.toContain('= _field(body');
  });

  it('goes after those statements, so that it is not undone, where one calls a function from elsewhere', () => {
    const called = SDKGEN.replace('_field(body, "code")', 'lookup(body, "code")');
    const result = carried(called);
    expect(result.rejected).toEqual([]);
    // (Blank lines between statements of the function aside.)
    expect(result.text.replace(/\n\n(?= {8}\S)/g, '\n')).toContain(
      [
        '        self.body = body',
        '        self.code = lookup(body, "code")',
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
