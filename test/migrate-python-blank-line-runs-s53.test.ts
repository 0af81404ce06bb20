/**
 * A carried Python module has no more blank lines in a row than ruff format leaves (reapply/blank-line-runs.ts): an
 * owners' block carried to the end of a method of sdkgen's (in the place of sdkgen's statement it sets again) brought its own blank line beside sdkgen's two before the
 * next class (dedalus-python's `APIError.__init__`: three, E303). A run sdkgen's module has itself stays, and blank
 * lines inside a string are the string's.
 */
import { describe, expect, it } from 'vitest';
import { withBlankRunsFormatted } from '../generator/migrate/python/reapply/blank-line-runs';
import { API_ERROR_STAINLESS, carriedInto } from './helpers/python-api-error-fixture';

/** Stainless's `APIError` without its class-level declaration. */
const STAINLESS = API_ERROR_STAINLESS.replace('    message: str\n\n', '');

const EDITED = STAINLESS.replace(
  '        self.body = body\n',
  [
    '        self.body = body',
    '',
    '        if body is None:',
    '            self.code = None',
    '        else:',
    '            self.code = "x"',
    '',
  ].join('\n'),
);

const SDKGEN = [
  'from __future__ import annotations',
  '',
  'import httpx',
  '',
  '',
  'def _code(body: object) -> str | None:',
  '    return None',
  '',
  '',
  'class APIError(Exception):',
  '    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:',
  '        super().__init__(message)',
  '        self.message = message',
  '        self.request = request',
  '        self.body = body',
  '        self.code = _code(body)',
  '',
  '',
  'class APIStatusError(APIError):',
  '    pass',
  '',
].join('\n');

const runs = (text: string) => text.match(/\n{4,}/g) ?? [];

describe('the blank lines of a carried module', () => {
  it('are at most two before a top-level line where the carry made more', () => {
    const result = carriedInto(SDKGEN, STAINLESS, EDITED);
    expect(result.rejected).toEqual([]);
    expect(result.text).toContain('            self.code = "x"\n');
    expect(runs(result.text)).toEqual([]);
    expect(result.text).toContain('\n\n\nclass APIStatusError(APIError):');
  });

  it('are cut to one inside a class, two at the top; a run sdkgen has, and one in a string, stay', () => {
    const carried = ['class A:', '    x = 1', '', '', '', '    y = 2', '', '', '', 'z = 3', ''].join('\n');
    expect(withBlankRunsFormatted(carried, [])).toBe(
      ['class A:', '    x = 1', '', '    y = 2', '', '', 'z = 3', ''].join('\n'),
    );
    expect(withBlankRunsFormatted(carried, [carried])).toBe(carried);
    const string = ['x = """', '', '', '', '"""', ''].join('\n');
    expect(withBlankRunsFormatted(string, [])).toBe(string);
  });
});
