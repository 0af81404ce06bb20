/** What the README's pagination section shows of a page besides its items (plan-readme.ts). */
import type { Api, PagingValue } from '../../../ir/types';
import type { PyMethod } from '../types/model';
import { PYTHON_KEYWORDS, pyFieldName } from '../../../naming/python';

/**
 * A field of the page itself (a path of one key in the body, or a header's value, held in the property of its config
 * name), as the page class declares it; else null.
 */
function pageField(value: PagingValue | null): string | null {
  const key = Array.isArray(value) ? (value.length === 1 ? value[0] : null) : (value?.field ?? null);
  if (key === null) return null;
  const name = pyFieldName(key);
  return /^[A-Za-z_]\w*$/.test(name) && !PYTHON_KEYWORDS.has(name) ? name : null;
}

/**
 * The line that prints where a page stands, before its items are read, as Stainless's READMEs show it: a cursor
 * page's next cursor, a numbered page's number; '' where the page has no such field of its own (a cursor nested in
 * another field, an offset). It ends with a line break.
 */
export function cursorLine(api: Api, method: PyMethod): string {
  const scheme = api.paginationSchemes.find((s) => s.className === method.ir.pagination?.scheme);
  if (!scheme) return '';
  if (scheme.style === 'cursor') {
    const field = pageField(scheme.response.nextCursor);
    return field ? `print(first_page.${field})  # the cursor the next page is asked for with\n` : '';
  }
  if (scheme.style === 'page-number') {
    const field = pageField(scheme.response.currentPage);
    return field ? `print(first_page.${field})  # the page's number\n` : '';
  }
  return '';
}
