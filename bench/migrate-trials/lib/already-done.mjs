// Owners' hunks migrate reports as already done ("Hand edits whose result sdkgen's file has already"): check 4 counts
// such a hunk as carried when the harness finds, by itself, that the migrated file has its result. The report only
// says which files and how many hunks; what counts as the result is judged here, independently of migrate's code:
//   - a JSON file: each `"key": value` line the hunk adds is a member of an object of the migrated JSON with that
//     value, whatever the layout; or the hunk repairs an invalid string escape Stainless wrote (`\'`), and the
//     migrated file is valid JSON (what the repair was for);
//   - any file: each line the hunk adds is in the migrated file, compared trimmed, without a trailing comma or
//     semicolon, a `type ` modifier or a ` as <the same name>` rename; no line it removes (that says something) is;
//   - any file: the hunk only takes a span out (what it adds is what it removes less that span, or nothing), and no
//     piece of the span (split at commas, semicolons, brackets and line ends, three letters or digits) is in the
//     migrated file, spaces ignored and either quote (spotify's owners took the client ID and secret out of tests);
//   - a Python file whose hunk narrows a parameter's annotation (union members taken out, python-narrowing.mjs): every
//     function of that name in the migrated module takes the parameter no wider (never read as a span taken out); one
//     that widens it, over as many lines as its signature runs: every such function takes it as `object` or `Any`;
//   - a Python file: as any file, but for two kinds of added line read by what they do (already-done-python.mjs): an
//     import of a name from one of the package's own modules where the migrated module imports that name from another
//     of them and its code reads it (braintrust's fix of Stainless's self-import), and a whole module-level function
//     whose namesake there takes the same parameters and runs the same statements (writer's `model_parse_json`); a
//     `from typing import` line they added names to, each imported there from `typing` or `typing_extensions` (the
//     line they changed, left as Stainless wrote it, is then no sign against it).

import { pythonImportExtended, pythonLinesPresent } from './already-done-python.mjs';
import { asResourceCall, eraFormPresent } from './era-forms.mjs';
import { narrowingDone, narrowingOf, wideningDone, wideningOf } from './python-narrowing.mjs';
import { filesWithHunks } from './report-sections.mjs';

/** The files migrate's report (--verbose text) lists as having hand edits already done: `{ path, hunks }`. */
export function alreadyDoneByReport(report) {
  return filesWithHunks(report, "Hand edits whose result sdkgen's file has already");
}

/**
 * Whether the migrated file `text` at `file` has the result of the owners' hunk `h` (owners.mjs's shape). `context`:
 * `atRef`, the file at the ref, and `migrated(path)`, another migrated file's text or null, for the 2023 forms
 * (era-forms.mjs) that tell a line by where it stands.
 */
export function hasResult(file, h, text, context = {}) {
  if (text === null) return false;
  const added = h.added.map((a) => a.text);
  if (file.endsWith('.json')) return jsonHasResult(added, h.removed, text);
  // (A narrowed annotation is done only where the migrated parameter is as narrow: a span taken out and found nowhere
  // says nothing of it.)
  const narrowing = file.endsWith('.py') ? narrowingOf(h, context.atRef ?? '') : null;
  if (narrowing !== null) return narrowingDone(narrowing, text);
  // (A widening of an annotation laid out over lines: its member lines are no lines the migrated module has.)
  const widening = file.endsWith('.py') ? wideningOf(h, context.atRef ?? '') : null;
  if (widening !== null && wideningDone(widening, text)) return true;
  if (spanTakenOutIsGone(h.removed.join('\n'), added.join('\n'), text)) return true;
  const lines = new Set(text.split('\n').map(comparable).filter(Boolean));
  const says = (l) => (l.match(/[A-Za-z0-9]/g) ?? []).length >= 3;
  const present = (l) => !comparable(l) || lines.has(comparable(l));
  const presentAt = (a) =>
    present(a.text) || (/\.[cm]?tsx?$/.test(file) && eraFormPresent(a.line, context.atRef, text, context.migrated));
  return (
    added.some(says) &&
    (file.endsWith('.py')
      ? pythonLinesPresent(added, text, present, context.atRef ?? '', {
          file,
          migrated: context.migrated ?? null,
          removed: h.removed,
        })
      : h.added.every(presentAt)) &&
    h.removed
      .filter(says)
      // (An import line they only added names to: its being there says nothing against their result.)
      .filter((l) => !(file.endsWith('.py') && pythonImportExtended(l, added)))
      .every((l) => !lines.has(comparable(l)))
  );
}

function comparable(line) {
  return asResourceCall(line)
    .trim()
    .replace(/[,;]$/, '')
    .replace(/(^|[\s{,])type\s+/g, '$1')
    .replace(/\b([A-Za-z_$][\w$]*) as \1\b/g, '$1');
}

function jsonHasResult(added, removed, text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  // A repair of an escape JSON does not have (`\'`), in lines of the same keys: the valid file is the result.
  const keyOf = (l) => /^\s*("(?:[^"\\]|\\.)*")\s*:/.exec(l)?.[1];
  const invalid = (l) => /(^|[^\\])(\\\\)*\\[^"\\/bfnrtu]/.test(l);
  if (removed.some(invalid) && !added.some(invalid) && removed.map(keyOf).join('\n') === added.map(keyOf).join('\n'))
    return true;
  const members = [];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        members.push([k, JSON.stringify(x)]);
        walk(x);
      }
  };
  walk(parsed);
  return added.every((l) => {
    const m = /^\s*("(?:[^"\\]|\\.)*")\s*:\s*(.*?)\s*,?\s*$/.exec(l);
    if (!m) return /^[\s{}[\],]*$/.test(l);
    let key;
    let value;
    try {
      key = JSON.parse(m[1]);
      value = m[2] === '{' || m[2] === '[' ? null : JSON.stringify(JSON.parse(m[2]));
    } catch {
      return false;
    }
    return members.some(([k, v]) => k === key && (value === null || v === value));
  });
}

/** Whether `after` is `before` with one span taken out, and no piece of that span is in `text`. */
function spanTakenOutIsGone(before, after, text) {
  if (before.trim() === '' || after.length >= before.length) return false;
  let start = 0;
  while (start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < after.length - start && before.at(-1 - end) === after.at(-1 - end)) end++;
  if (start + end !== after.length) return false;
  const flat = (s) => s.replace(/\s+/g, '').replaceAll('"', "'");
  const pieces = before
    .slice(start, before.length - end)
    .split(/[,;(){}[\]\n]/)
    .map(flat)
    .filter((p) => /[A-Za-z0-9]{3}/.test(p));
  const migrated = flat(text);
  return pieces.length > 0 && pieces.every((p) => !migrated.includes(p));
}
