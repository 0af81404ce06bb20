// Owners' hunks migrate reports as changing only types ("Hand edits that change only types in Stainless's code"):
// check 4 counts such a hunk as carried when the harness finds, by itself, that the hunk's lines are the same code
// once its casts (`x as any`, `(a || b) as T`, `as unknown as T`) and non-null assertions (`x!`) are read away, in a
// TypeScript file. What the owners' casts were for, the compiler accepting the file, is what checks 5 and 6 measure.

import { filesWithHunks } from './report-sections.mjs';

/** The files migrate's report (--verbose text) lists as having type-only hand edits: `{ path, hunks }`. */
export function typesOnlyByReport(report) {
  return filesWithHunks(report, 'Hand edits that change only types');
}

/** Whether an owners' hunk (owners.mjs's shape) of `file` changes only types. */
export function onlyTypes(file, h) {
  if (!/\.[cm]?tsx?$/.test(file) || h.added.length === 0 || h.removed.length === 0) return false;
  const removed = h.removed.join('\n');
  const added = h.added.map((a) => a.text).join('\n');
  // An import or export, or a line of a list of renamed names (`  A as B,`); a cast followed by a comma is a cast.
  if (/^\s*(import|export)\b|^\s*(type\s+)?[\w$]+\s+as\s+[\w$]+\s*([,}]|$)/m.test(`${removed}\n${added}`)) return false;
  const code = (s) => untyped(s).replace(/\s+/g, '');
  return removed !== added && code(removed) === code(added);
}

function untyped(text) {
  const cast = /\s+as\s+(unknown\s+as\s+)?[A-Za-z_$][\w$.]*(<[^;=()]*>)?(\[\])*(?![\w$.<])/;
  let s = text;
  for (let guard = 0; guard < 50; guard++) {
    // The last cast first: `(x as A) as B`.
    let m = null;
    for (let from = 0, found; (found = cast.exec(s.slice(from))); from += found.index + found[0].length)
      m = { index: from + found.index, length: found[0].length };
    if (m === null) break;
    let open = -1;
    if (s[m.index - 1] === ')') {
      for (let i = m.index - 1, depth = 0; i >= 0; i--) {
        if (s[i] === ')') depth++;
        else if (s[i] === '(' && --depth === 0) {
          open = i;
          break;
        }
      }
    }
    s =
      open >= 0 && !/[\w$)\]]/.test(s[open - 1] ?? '')
        ? s.slice(0, open) + s.slice(open + 1, m.index - 1) + s.slice(m.index + m.length)
        : s.slice(0, m.index) + s.slice(m.index + m.length);
  }
  return s.replace(/([\w$)\]])!(?=[.[)\],;:\s]|$)/g, '$1');
}
