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
import { BINDING, GUARD, ownersNextPageMethod, pathOf, sdkgenPage } from './page-guards';

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
  const ours = sdkgenPage(read.className, writes);
  if (ours === null || ours.base !== 'PageNumberPage') return null;
  const [current, last] = [ours.fields.get('currentPage'), ours.fields.get('totalPages')];
  if (current === undefined || last === undefined) return null;
  // (Both numbers, as the response declares them: an absent one the owners' `===` would compare as undefined.)
  if (ours.typeOf(current) !== 'number' || ours.typeOf(last) !== 'number') return null;
  // The owners' bindings of response fields, as they are (none defaulted).
  const fields = new Map<string, string>();
  for (const line of read.owners) {
    const m = BINDING.exec(line);
    if (m !== null && m[3] === undefined) fields.set(m[1], pathOf(m[2]));
  }
  const operand = (text: string) => {
    const access = /^this((?:\??\.[\w$]+)+)$/.exec(text.trim());
    return access ? pathOf(access[1]) : (fields.get(text.trim()) ?? null);
  };
  // Every guard in the owners' method is that comparison.
  let exact = false;
  let guards = 0;
  for (const line of read.owners) {
    const cond = GUARD.exec(line)?.[1];
    if (cond === undefined) continue;
    const m = COMPARISON.exec(cond.trim());
    if (m === null) return null;
    const [a, b] = m[2] === '<=' ? [operand(m[3]), operand(m[1])] : [operand(m[1]), operand(m[3])];
    if (a !== current || b !== last) return null;
    exact ||= m[2] !== '>=' && m[2] !== '<=';
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
