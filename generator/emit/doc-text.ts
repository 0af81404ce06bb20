/**
 * Spec description text as both targets print it in doc comments, before each escapes it for its language.
 */

/**
 * HTML line breaks (`<br>`, `<br/>`, `<br />`, a run of them, with the spaces around) as a paragraph break, as
 * Stainless's SDKs print a description (its Markdown printer keeps other inline HTML, `<a href>`, as written). None
 * are left at either end; code spans and fences keep theirs.
 */
export function htmlBreaksAsParagraphs(text: string): string {
  if (!/<br\b/i.test(text)) return text;
  return (
    text
      .split(/(```[\s\S]*?```|`[^`\n]*`)/)
      // (The indentation of the line a break leads to is kept: a list item's paragraph is indented under it.)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part.replace(/[ \t]*(?:<br\s*\/?>\s*)+/gi, (m) => `\n\n${/\n([ \t]*)$/.exec(m)?.[1] ?? ''}`),
      )
      .join('')
      .replace(/^\n\n/, '')
      .replace(/\n\n$/, '')
  );
}
