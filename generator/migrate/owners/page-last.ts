/**
 * An owners' guard in a numbered page class's next-page method that ends the list on the last page by the response's
 * own numbers: `if (this.meta.pagination.page === this.meta.pagination.last_page) return null;` (hetzner's fix of
 * Stainless's `next_page === last_page`, which skipped the last page), `current_page >= total_pages`, either through
 * a binding (`const page = this.current_page;`). sdkgen's page-number class ends the list where the page it reads as
 * the current one (`currentPage`) is at or past the one it reads as the last (`totalPages`), and on an empty page:
 * where sdkgen's class of that name reads those same two fields, both declared numbers, the guard is done by sdkgen
 * and listed with the runtime test that shows it against a server. Any other condition in the method stays for a
 * person.
 */
import { BINDING, GUARD, ownersNextPageMethod, pathOf, sdkgenPage, type SdkgenPage } from './page-guards';

const TEST =
  'test/runtime/pagination.test.ts › page numbers › with totals: every item, and no request past the last page';

/** `current === last`, `current >= last`, `last <= current`, `current == last`: its two operands and operator. */
const COMPARISON = /^(.+?)\s*(===|==|>=|<=)\s*(.+)$/;

/** What the report says of a hunk that is such a last-page guard sdkgen's page class has, with its test; else null. */
export function pageLastDone(
  hunk: string,
  stainless: string,
  writes: ReadonlyArray<{ path: string; contents: string }>,
): { does: string; test: string } | null {
  const read = ownersNextPageMethod(hunk, stainless);
  if (read === null) return null;
  const ours = lastPageFields(sdkgenPage(read.className, writes));
  if (ours === null) return null;
  const { current, last } = ours;
  const fields = ownersBindings(read.owners);
  // Every guard in the owners' method is that comparison.
  let exact = false;
  let guards = 0;
  for (const line of read.owners) {
    const cond = GUARD.exec(line)?.[1];
    if (cond === undefined) continue;
    const ends = lastPageGuard(cond, fields, ours);
    if (ends === null) return null;
    exact ||= ends === 'exact';
    guards++;
  }
  if (guards === 0) return null;
  return {
    does:
      `\`${read.className}.${read.method}()\` returns no next page on the last page, as the owners' guard makes it: ` +
      `sdkgen's \`${read.className}\` reads \`${current}\` as the current page and \`${last}\` as the last, and ends ` +
      `the list where the one is at the other` +
      (exact ? ' or past it (where the owners’ `===` paged on), and on an empty page' : ', and on an empty page'),
    test: TEST,
  };
}

/**
 * The response fields sdkgen's page-number class reads as the current page and the last (`currentPage`,
 * `totalPages`), both declared numbers (an absent one the owners' `===` would compare as undefined); else null.
 */
export function lastPageFields(ours: SdkgenPage | null): { current: string; last: string } | null {
  if (ours === null || ours.base !== 'PageNumberPage') return null;
  const [current, last] = [ours.fields.get('currentPage'), ours.fields.get('totalPages')];
  if (current === undefined || last === undefined) return null;
  if (ours.typeOf(current) !== 'number' || ours.typeOf(last) !== 'number') return null;
  return { current, last };
}

/** The owners' bindings of response fields in a method's lines (`const page = this.meta.page;`), none defaulted. */
export function ownersBindings(lines: readonly string[]): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of lines) {
    const m = BINDING.exec(line);
    if (m !== null && m[3] === undefined) fields.set(m[1], pathOf(m[2]));
  }
  return fields;
}

/**
 * Whether a guard's condition (`currentPage === this.meta.pagination.last_page`) compares the current page with the
 * last, as sdkgen's class reads them (`ours`): `exact` (`===`, `==`), `at-or-past` (`>=`, `<=`), else null.
 */
export function lastPageGuard(
  cond: string,
  fields: ReadonlyMap<string, string>,
  ours: { current: string; last: string },
): 'exact' | 'at-or-past' | null {
  const m = COMPARISON.exec(cond.trim());
  if (m === null) return null;
  const operand = (text: string) => {
    const access = /^this((?:\??\.[\w$]+)+)$/.exec(text.trim());
    return access ? pathOf(access[1]) : (fields.get(text.trim()) ?? null);
  };
  const [a, b] = m[2] === '<=' ? [operand(m[3]), operand(m[1])] : [operand(m[1]), operand(m[3])];
  if (a !== ours.current || b !== ours.last) return null;
  return m[2] === '>=' || m[2] === '<=' ? 'at-or-past' : 'exact';
}
