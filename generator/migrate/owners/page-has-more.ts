/**
 * A `hasNextPage()` override the owners added to a Stainless page class, in the form Stainless itself writes for a
 * scheme with a `has_more` field (anthropic's, letta's, kernel's `Page`; mixedbread's on `this.pagination?.has_more`):
 *
 *   override hasNextPage(): boolean {
 *     if (this.has_more === false) {
 *       return false;
 *     }
 *
 *     return super.hasNextPage();
 *   }
 *
 * It ends the list where a boolean of the response is false, and otherwise leaves the decision to the class. sdkgen's
 * page classes are declarative: where sdkgen's class of that name reads that same response field as its `hasMore`
 * (`core/page-base`'s `AbstractPage.hasNextPage()` returns false where it is false, and otherwise asks the scheme), the
 * override is done by sdkgen and listed with the test that shows it. Any other body (a check that also ends the list
 * where the field is absent, `!this.has_more`; more statements) stays for a person.
 */
import { PAGE_CLASS, readHunk, sdkgenPage } from './page-guards';

const TEST =
  "test/migrate-page-has-more-done.test.ts › a page whose response's has_more is false is the last, next cursor or not";

/** `this.has_more`, `this.pagination?.has_more`: the body path it reads, joined by `.`. */
const FIELD = String.raw`this((?:\??\.[A-Za-z_$][\w$]*)+)`;

/** The override as Stainless writes it (comments and blank lines aside), its body on one line or several. */
const OVERRIDE = new RegExp(
  String.raw`^(?:public\s+)?(?:override\s+)?hasNextPage\(\)\s*:\s*boolean\s*\{\s*` +
    String.raw`if\s*\(${FIELD}\s*===\s*false\)\s*(?:\{\s*return\s+false;?\s*\}|return\s+false;)` +
    String.raw`\s*return\s+super\.hasNextPage\(\);?\s*\}$`,
);

/** What the report says of a hunk that adds such an override sdkgen's page class has, with its test; else null. */
export function pageHasMoreDone(
  hunk: string,
  stainless: string,
  writes: ReadonlyArray<{ path: string; contents: string }>,
): { does: string; test: string } | null {
  const span = readHunk(hunk);
  if (span === null) return null;
  const body = hunk.slice(hunk.indexOf('\n') + 1).split('\n');
  const removed = body.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
  const added = body.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  if (removed.some((line) => line.trim() !== '')) return null;
  const code = added
    .filter((line) => !/^\s*(?:\/\/|\/\*|\*)/.test(line))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = OVERRIDE.exec(code);
  if (m === null) return null;
  const field = m[1].replace(/\?\./g, '.').slice(1);
  // The class it goes in (a page class: `extends AbstractPage<Item>`), the override between its members.
  const base = stainless.split('\n');
  let className: string | null = null;
  let start = -1;
  for (let i = Math.floor(span.firstChange); i >= 0; i--) {
    if (/^\}/.test(base[i] ?? '')) return null;
    const c = /^export (?:abstract )?class ([\w$]+)/.exec(base[i] ?? '');
    if (!c) continue;
    const declaration = base.slice(i, Math.floor(span.firstChange) + 1).join('\n');
    if (PAGE_CLASS.test(declaration)) className = c[1];
    start = i;
    break;
  }
  if (className === null) return null;
  // Stainless's class has no `hasNextPage` of its own (the override is the owners' only).
  const end = base.findIndex((line, i) => i > span.firstChange && /^\}/.test(line));
  if (base.slice(start, end).some((line) => /^\s+(?:override\s+)?hasNextPage\(/.test(line))) return null;
  const ours = sdkgenPage(className, writes);
  if (ours === null || ours.fields.get('hasMore') !== field) return null;
  // Stainless's constructor reading an absent field as false (`this.has_more = body.has_more || false`): the
  // override ended the list there too, where sdkgen's pages on unless its type says the response always has it.
  const defaulted = new RegExp(String.raw`^\s*this\.${field}\s*=\s*body\.${field}\s*(?:\|\||\?\?)\s*false;`, 'm');
  if (
    !field.includes('.') &&
    defaulted.test(base.slice(start, end).join('\n')) &&
    !(ours.typeOf(field) === 'boolean' && ours.required(field))
  )
    return null;
  return {
    does:
      `\`${className}.hasNextPage()\` is false where the response's \`${field}\` is false, as the owners' override ` +
      `makes it: sdkgen's \`${className}\` reads \`${field}\` as whether there is a next page (\`hasMore\`) and ends ` +
      `the list there, otherwise paging as its scheme says`,
    test: TEST,
  };
}
