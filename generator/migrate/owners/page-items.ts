/**
 * An owners' change to how a Stainless page class's constructor reads its items from the response: another field
 * (`this.data = body.data || [];` → `this.items = body.items ?? [];`), or another default for an absent one
 * (`body.data` → `body.data ?? []`). sdkgen's page classes are declarative: where sdkgen's class of that name reads its
 * items from that same field (`items: ['items']`) and declares it as the page's property of that name, its runtime
 * gives `page.items` as that field, an empty array where the response leaves it out or null (`core/page-base`'s
 * `absent` fill), and iterates it: the change is done by sdkgen, listed with the runtime test that shows it. A property
 * named otherwise than the field (`this.data = body.items ?? []`: sdkgen's page has no `data`), a default other than an
 * empty array, or any other statement stays for a person.
 */
import { changedLines } from '../reapply/changed-lines';
import { PAGE_CLASS, readHunk, sdkgenPage } from './page-guards';

const TEST =
  'test/runtime/pagination.test.ts › cursors › a field the page says is there is there when the body leaves it out (the items too)';

/** `this.items = body.items ?? [];`, `this.data = body.data || [];`, `this.data = body.data;`. */
const ITEMS = /^\s*this\.([\w$]+)\s*=\s*body\??\.([\w$]+)\s*(?:(?:\?\?|\|\|)\s*\[\]\s*)?;\s*$/;

/** What the report says of a hunk that is such a change sdkgen's page class has, with its test; else null. */
export function pageItemsDone(
  hunk: string,
  stainless: string,
  writes: ReadonlyArray<{ path: string; contents: string }>,
): { does: string; test: string } | null {
  const span = readHunk(hunk);
  if (span === null) return null;
  const { removed, added } = changedLines(hunk);
  const code = (lines: string[]) => lines.filter((line) => line.trim() !== '');
  if (code(added).length !== 1 || code(removed).length > 1) return null;
  const m = ITEMS.exec(code(added)[0]);
  if (m === null || m[1] !== m[2] || !code(removed).every((line) => ITEMS.test(line))) return null;
  // In a page class's constructor: the nearest member header above the change, in a class extending AbstractPage.
  const base = stainless.split('\n');
  let inConstructor = false;
  let className: string | null = null;
  for (let i = Math.floor(span.firstChange); i >= 0; i--) {
    const line = base[i] ?? '';
    if (/^ {2}(?:public\s+)?constructor\s*\(/.test(line)) inConstructor = true;
    else if (!inConstructor && /^ {2}[\w$]/.test(line)) return null;
    if (/^\}/.test(line)) return null;
    const c = /^export (?:abstract )?class ([\w$]+)/.exec(line);
    if (!c) continue;
    if (inConstructor && PAGE_CLASS.test(base.slice(i, Math.floor(span.firstChange) + 1).join('\n'))) className = c[1];
    break;
  }
  if (className === null) return null;
  const ours = sdkgenPage(className, writes);
  const field = m[1];
  if (ours === null || ours.fields.get('items') !== field || ours.typeOf(field) === null) return null;
  return {
    does:
      `\`${className}\` reads its items from the response's \`${field}\`, an empty list where it is absent or null, ` +
      `as the owners' constructor makes it: sdkgen's \`${className}\` reads \`${field}\` as its items, has it as ` +
      `\`page.${field}\` (an empty array where the response leaves it out) and iterates it`,
    test: TEST,
  };
}
