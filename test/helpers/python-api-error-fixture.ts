/**
 * Stainless's Python `APIError` (its `__init__` setting `self.body = body` last), the owners' `if is_dict(body): … else:
 * …` block setting `self.code`/`self.param` after it (dedalus-python's shape), and the carry of Stainless's module
 * with the owners' edit into an sdkgen module: what the Python reapply tests of `APIError`'s class body and
 * `__init__` start from (reassigned-after.ts, placed-over-reassignments.ts, class-declarations.ts, blank-line-runs.ts).
 */
import { reapplyPythonEdits } from '../../generator/migrate/python/reapply/balanced-hunks';
import { intoSdkgenModule } from '../../generator/migrate/python/reapply/carried-module';

/** Stainless's module: `APIError` whose `__init__` ends with `self.body = body`, then `APIStatusError`. */
export const API_ERROR_STAINLESS = [
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

/** The owners' block: sets `self.code` and `self.param` on every path. */
export const OWNERS_BLOCK = [
  '        if is_dict(body):',
  '            self.code = body.get("code")',
  '            self.param = body.get("param")',
  '        else:',
  '            self.code = None',
  '            self.param = None',
];

/** The owners' edit of API_ERROR_STAINLESS: the import of `is_dict`, and OWNERS_BLOCK after `self.body = body`. */
export const API_ERROR_EDITED = API_ERROR_STAINLESS.replace(
  'import httpx\n',
  'import httpx\n\nfrom ._utils import is_dict\n',
).replace('        self.body = body\n', ['        self.body = body', '', ...OWNERS_BLOCK, ''].join('\n'));

/** A private function of sdkgen's module that its own `__init__` statements call (two blank lines after it). */
export const FIELD_HELPER = ['def _field(body: object, key: str) -> str | None:', '    return None', '', ''];

/** Stainless's module with the owners' edit carried into `target` (sdkgen's module of the same name). */
export function carriedInto(
  target: string,
  stainless = API_ERROR_STAINLESS,
  edited = API_ERROR_EDITED,
): { text: string; rejected: string[] } {
  return intoSdkgenModule(stainless, target, edited, reapplyPythonEdits(stainless, edited, target, {}));
}
