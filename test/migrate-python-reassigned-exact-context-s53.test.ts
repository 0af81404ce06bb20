/**
 * An owners' block inserted into a function of Stainless's runtime, placed by the ordinary line-by-line carry (its
 * context lines are sdkgen's word for word), that sets what sdkgen's function sets right below its place: the rule of
 * reassigned-after.ts holds there too (dedalus-python's `APIError.__init__` shape, with sdkgen's `__init__` starting
 * as Stainless's does). Above sdkgen's assignments the block was undone by them.
 */
import { describe, expect, it } from 'vitest';
import { withBlocksOverReassignments } from '../generator/migrate/python/reapply/placed-over-reassignments';
import {
  API_ERROR_EDITED as EDITED,
  API_ERROR_STAINLESS as STAINLESS,
  carriedInto as carried,
  FIELD_HELPER as HELPER,
  OWNERS_BLOCK as BLOCK,
} from './helpers/python-api-error-fixture';

const SDKGEN = [
  'import httpx',
  '',
  '',
  ...HELPER,
  'class APIError(Exception):',
  '    message: str',
  '    code: str | None',
  '    param: str | None',
  '',
  '    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:',
  '        super().__init__(message)',
  '        self.request = request',
  '        self.message = message',
  '        self.body = body',
  '        self.code = _field(body, "code")',
  '        self.param = _field(body, "param")',
  '',
  '',
  'class APIStatusError(APIError):',
  '    pass',
  '',
].join('\n');

describe("an owners' block the line-by-line carry places above sdkgen's statements assigning the same", () => {
  it('takes their place where it sets each of their targets on every path', () => {
    const result = carried(SDKGEN);
    expect(result.rejected).toEqual([]);
    expect(result.text).toContain(
      ['        self.body = body', '', ...BLOCK, '', '', 'class APIStatusError'].join('\n'),
    );
    expect(result.text).not.toContain('_field');
  });

  it('goes after them where one calls a function from elsewhere', () => {
    const result = carried(SDKGEN.replace('_field(body, "code")', 'lookup(body, "code")'));
    expect(result.rejected).toEqual([]);
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
});

describe("an owners' block above statements of Stainless's own that sdkgen's module has too", () => {
  it('stays where they put it: the order of their lines is theirs', () => {
    const stainless = STAINLESS.replace(
      '        self.body = body\n',
      '        self.body = body\n        self.code = None\n',
    );
    const edited = stainless.replace(
      '        self.body = body\n',
      ['        self.body = body', '        if is_dict(body):', '            self.code = body.get("code")', ''].join(
        '\n',
      ),
    );
    const target = SDKGEN.replace('        self.code = _field(body, "code")\n', '        self.code = None\n');
    const result = carried(target, stainless, edited);
    expect(result.rejected).toEqual([]);
    expect(result.text).toContain(
      [
        '        self.body = body',
        '        if is_dict(body):',
        '            self.code = body.get("code")',
        '        self.code = None',
      ].join('\n'),
    );
  });
});

/**
 * Session 54: the block is found in the carried module by its statements, not its lines' text: a block the carry
 * re-wrapped (a call over lines, a trailing comma) or whose comments it worded otherwise is still the owners' block.
 */
describe("an owners' block found by its statements", () => {
  const rewrapped = SDKGEN.replace(
    '        self.body = body\n',
    [
      '        self.body = body',
      '        # the error body, where the API sent one',
      '        if is_dict(body):',
      '            self.code = body.get(',
      '                "code",',
      '            )',
      '            self.param = body.get("param")',
      '        else:  # none sent',
      '            self.code = None',
      '            self.param = None',
      '',
    ].join('\n'),
  );
  const edited = EDITED.replace(
    '        if is_dict(body):\n',
    '        # the body, if any\n        if is_dict(body):\n',
  );

  it("takes the place of sdkgen's statements where the carry re-wrapped it and worded its comments otherwise", () => {
    const out = withBlocksOverReassignments(STAINLESS, edited, rewrapped);
    expect(out).not.toContain('_field');
    expect(out).toContain(['            self.param = None', '', '', 'class APIStatusError'].join('\n'));
    expect(out).toContain('        # the error body, where the API sent one\n        if is_dict(body):');
  });
});
