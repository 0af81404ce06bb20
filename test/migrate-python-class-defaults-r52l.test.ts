/**
 * Defaults the owners gave to attributes a class of Stainless's runtime declares, where sdkgen's class of the same name
 * declares them too without one (migrate/python/reapply/class-declarations.ts): dedalus-python's `APIError`, where
 * `code: Optional[str] = None` and `param: Optional[str] = None` (and `type: Optional[str]`) went in above `__init__`,
 * whose `# noqa: ARG002` they dropped in the same hunk. sdkgen's `APIError` declares `code: Optional[str]` … and its
 * `__init__` line has no `noqa`: the hunk found no context and stayed for a person. sdkgen's declarations take the
 * owners' defaults.
 */
import { describe, expect, it } from 'vitest';
import { carriedInto } from './helpers/python-api-error-fixture';

const INIT = '    def __init__(self, message: str, *, body: object | None) -> None:';

const STAINLESS = [
  'from typing import Optional',
  '',
  '',
  'class APIError(Exception):',
  '    message: str',
  '',
  '    body: object | None',
  '    """The body."""',
  '',
  `${INIT}  # noqa: ARG002`,
  '        super().__init__(message)',
  '        self.message = message',
  '',
  '',
  'class APIStatusError(APIError):',
  '    pass',
  '',
].join('\n');

const EDITED = STAINLESS.replace(
  `${INIT}  # noqa: ARG002\n`,
  ['    code: Optional[str] = None', '    param: Optional[str] = None', '    type: Optional[str]', '', INIT, ''].join(
    '\n',
  ),
);

const SDKGEN = [
  'from __future__ import annotations',
  '',
  'from typing import Optional',
  '',
  '',
  'class APIError(Exception):',
  '    message: str',
  '    body: object | None',
  '    """The decoded body."""',
  '',
  '    code: Optional[str]',
  '    param: Optional[str]',
  '    type: Optional[str]',
  '',
  INIT,
  '        super().__init__(message)',
  '        self.message = message',
  '        self.code = None',
  '',
  '',
  'class APIStatusError(APIError):',
  '    pass',
  '',
].join('\n');

const carried = (target: string) => carriedInto(target, STAINLESS, EDITED);

describe("defaults the owners gave to a class's attributes that sdkgen's class declares without one", () => {
  it("go onto sdkgen's declarations, the rest of the hunk's result being there already", () => {
    const result = carried(SDKGEN);
    expect(result.rejected).toEqual([]);
    expect(result.text).toBe(
      SDKGEN.replace(
        '    code: Optional[str]\n    param: Optional[str]\n',
        '    code: Optional[str] = None\n    param: Optional[str] = None\n',
      ),
    );
  });

  it("stay for a person where sdkgen's class declares the attribute with another type", () => {
    const other = SDKGEN.replace('    code: Optional[str]\n', '    code: int\n');
    const result = carried(other);
    expect(result.rejected).toHaveLength(1);
    expect(result.text).toBe(other);
  });
});
