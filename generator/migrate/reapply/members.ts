/**
 * Placing a hand edit made inside a class member (a resource's method) by the member it is in, where the lines around
 * it are not in sdkgen's text: the two generators document and write a method differently (sdkgen's example names
 * the result otherwise, its body hands on to `funcs/` or wraps its request call at another width), but the method is
 * there under the same name in the class of the same name. An edit to the method's `@example` replaces sdkgen's
 * example with the owners'; a statement the owners added to the body goes next to the statement it followed or
 * preceded, found by its text, else next to the request call (the body's final `return`), else at the body's start
 * or end as it was; an edit to a statement goes where sdkgen's body has that statement, its spacing aside; the
 * owners' statements in place of the request statement go in place of sdkgen's, around sdkgen's call
 * (request-rewrite.ts). What finds no such place is left to the caller to report.
 */
import type { Hunk } from '../../write/merge';
import { placedSignature } from './member-signature';
import { rewriteOfRequest } from './request-rewrite';

/** A class declared at the top level of a module; its name is the first group. */
export const CLASS_LINE = /^(?:export\s+)?(?:default\s+)?(?:abstract\s+)?class\s+([A-Za-z_$][\w$]*)/;

/** Where a hunk goes in sdkgen's lines: `start`–`end` replaced by `lines`. */
export interface MemberPlacement {
  start: number;
  end: number;
  lines: string[];
}

/** A method of a class: its doc block, header and body as line ranges of a file. */
interface Member {
  className: string;
  name: string;
  /** The doc block above its first declaration, [start, end) (end: the line after `*\/`), or null. */
  doc: { start: number; end: number } | null;
  /** The first line of its first declaration (an overload's, where it has some). */
  header: number;
  /** The lines of its body, [start, end): after the line that opens it, up to the line that closes it. */
  body: { start: number; end: number };
  /** The indentation of its declaration. */
  indent: number;
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const blank = (line: string) => line.trim() === '';

/** A member's declaration: modifiers, then its name and `(` or `<`. */
const MEMBER_HEADER =
  /^\s*(?:(?:public|private|protected|static|async|override|readonly|abstract|get|set)\s+)*\*?\s*([A-Za-z_$#][\w$]*)\s*[<(]/;

/** The methods (with a body) of the top-level classes of a module, laid out as a formatter lays them out. */
function members(lines: string[]): Member[] {
  const found: Member[] = [];
  for (let c = 0; c < lines.length; c++) {
    const className = CLASS_LINE.exec(lines[c])?.[1];
    if (className === undefined) continue;
    const close = lines.findIndex((line, i) => i > c && /^}/.test(line));
    const end = close < 0 ? lines.length : close;
    const first = lines.slice(c + 1, end).find((line) => !blank(line));
    if (first === undefined) continue;
    const indent = indentOf(first);
    const firstHeader = new Map<string, number>();
    for (let i = c + 1; i < end; i++) {
      const line = lines[i];
      if (blank(line) || indentOf(line) !== indent || /^\s*(?:\/\/|\/\*|\*|[})\]])/.test(line)) continue;
      const name = MEMBER_HEADER.exec(line)?.[1];
      if (name === undefined) continue;
      if (!firstHeader.has(name)) firstHeader.set(name, i);
      // The signature ends where its parentheses close (a line or several later): with `{`, a body follows; with
      // `;`, it is an overload; a body on the same line (`list() {}`) has no lines to place anything in.
      let open = i;
      let depth = 0;
      for (; open < end; open++) {
        depth += (lines[open].match(/\(/g) ?? []).length - (lines[open].match(/\)/g) ?? []).length;
        if (depth <= 0) break;
      }
      if (open >= end || !/\{\s*$/.test(lines[open])) {
        i = Math.min(open, end);
        continue;
      }
      let closing = open + 1;
      while (closing < end && !(indentOf(lines[closing]) === indent && /^\s*}/.test(lines[closing]))) closing++;
      const header = firstHeader.get(name)!;
      found.push({
        className,
        name,
        doc: docAbove(lines, header),
        header,
        body: { start: open + 1, end: closing },
        indent,
      });
      i = closing;
    }
    c = end;
  }
  return found;
}

/** The doc block (`/** … *\/`) right above line `at`, or null. */
function docAbove(lines: string[], at: number): { start: number; end: number } | null {
  if (at === 0 || !/\*\/\s*$/.test(lines[at - 1])) return null;
  let start = at - 1;
  while (start >= 0 && !/^\s*\/\*\*/.test(lines[start])) start--;
  return start < 0 ? null : { start, end: at };
}

/** The member whose doc block or body holds base lines [start, end) (for an insertion, the point `start`). */
function memberAround(list: Member[], start: number, end: number): { member: Member; part: 'doc' | 'body' } | null {
  for (const member of list) {
    const { doc, body } = member;
    if (doc && start > doc.start && end < doc.end) return { member, part: 'doc' };
    if (start >= body.start && end <= body.end) return { member, part: 'body' };
  }
  return null;
}

/** Where a hunk made inside a method of Stainless's file goes in sdkgen's, by the method; null where it finds none. */
export function placeInMember(hunk: Hunk, base: string[], edited: string[], target: string[]): MemberPlacement | null {
  const around = memberAround(members(base), hunk.baseStart, hunk.baseEnd);
  if (around === null) return placeAcrossSignature(hunk, base, edited, target);
  const { member } = around;
  const theirs = members(target).find((m) => m.className === member.className && m.name === member.name);
  if (theirs === undefined) return null;
  if (around.part === 'doc') return placeInDoc(hunk, member, base, edited, target, theirs);
  const placed = placeInBody(hunk, member, base, edited, target, theirs);
  return placed && afterSuper(placed, target, theirs);
}

/**
 * A hunk that changes a method's declarations (its signature, overloads above it), and may go on into its body
 * (runway's return type changed with the request statement wrapped to match): the declarations' change made to
 * sdkgen's method of the same name (member-signature.ts), the body's part placed as any edit of the body.
 */
function placeAcrossSignature(hunk: Hunk, base: string[], edited: string[], target: string[]): MemberPlacement | null {
  const member = members(base).find(
    (m) => hunk.baseStart >= (m.doc?.end ?? m.header) && hunk.baseStart < m.body.start && hunk.baseEnd <= m.body.end,
  );
  if (member === undefined) return null;
  const same = (m: Member) => m.className === member.className && m.name === member.name;
  const theirs = members(target).find(same);
  const mine = members(edited).find(same);
  if (theirs === undefined || mine === undefined) return null;
  const intoBody = hunk.baseEnd > member.body.start;
  if (intoBody && !(hunk.start < mine.body.start && mine.body.start <= hunk.end)) return null;
  const region = (lines: string[], m: Member) => lines.slice(m.header, m.body.start).join('');
  const owners = [
    ...base.slice(member.header, hunk.baseStart),
    ...edited.slice(hunk.start, intoBody ? mine.body.start : hunk.end),
    ...(intoBody ? [] : base.slice(hunk.baseEnd, member.body.start)),
  ].join('');
  const signature = placedSignature(region(base, member), owners, region(target, theirs), ' '.repeat(theirs.indent));
  if (signature === null) return null;
  const placed = { start: theirs.header, end: theirs.body.start, lines: signature };
  if (!intoBody) return placed;
  const rest = { baseStart: member.body.start, baseEnd: hunk.baseEnd, start: mine.body.start, end: hunk.end };
  const body = placeInBody(rest, member, base, edited, target, theirs);
  if (body === null || body.start < theirs.body.start) return null;
  return {
    ...placed,
    end: body.end,
    lines: [...signature, ...target.slice(theirs.body.start, body.start), ...body.lines],
  };
}

/**
 * Statements reading `this` placed in a constructor of sdkgen's before its `super(…)` call (the owners added them at
 * the start of Stainless's constructor, whose class extends nothing; sdkgen's client class extends its core class)
 * go right after that call: a derived class's constructor cannot read `this` before it (TS2376, TS17009; a
 * ReferenceError when run). Statements that do not read it stay where they were placed, in the owners' order.
 */
function afterSuper(placed: MemberPlacement, target: string[], theirs: Member): MemberPlacement {
  if (theirs.name !== 'constructor' || placed.start !== placed.end) return placed;
  const code = placed.lines.map((line) => line.replace(/\/\/.*$/, '').replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""'));
  if (!code.some((line) => /\b(?:this|super)\b/.test(line))) return placed;
  const call = statements(target, theirs.body).find((s) => /^\s*super\s*\(/.test(target[s.start]));
  return call === undefined || placed.start > call.start ? placed : { ...placed, start: call.end, end: call.end };
}

/** The `@example` block of a doc block, [start, end): from its tag to its closing fence (or the block's end). */
function exampleIn(lines: string[], doc: { start: number; end: number }): { start: number; end: number } | null {
  const tag = lines.findIndex((line, i) => i > doc.start && i < doc.end && /^\s*\*\s*@example\b/.test(line));
  if (tag < 0) return null;
  let end = tag + 1;
  let fences = 0;
  while (end < doc.end - 1) {
    const line = lines[end];
    if (/^\s*\*\s*@\w/.test(line) && fences % 2 === 0) break;
    if (/^\s*\*\s*(```|~~~)/.test(line)) fences++;
    end++;
    if (fences === 2) break;
  }
  // A blank doc line left after it belongs between it and what follows, not to it.
  while (end > tag + 1 && /^\s*\*\s*$/.test(lines[end - 1])) end--;
  return { start: tag, end };
}

function placeInDoc(
  hunk: Hunk,
  member: Member,
  base: string[],
  edited: string[],
  target: string[],
  theirs: Member,
): MemberPlacement | null {
  const example = exampleIn(base, member.doc!);
  // An edit inside the example, or one that writes an example where Stainless's doc had none.
  const inExample =
    example === null
      ? edited.slice(hunk.start, hunk.end).some((line) => /^\s*\*\s*@example\b/.test(line))
      : hunk.baseEnd > hunk.baseStart
        ? hunk.baseStart >= example.start && hunk.baseEnd <= example.end
        : hunk.baseStart > example.start && hunk.baseStart < example.end;
  if (!inExample) return placeByText(hunk, base, edited, target, theirs.doc ?? null);
  // The owners' example as they left it, whole: the method's in the edited file.
  const mine = members(edited).find((m) => m.className === member.className && m.name === member.name);
  const ownExample = mine?.doc ? exampleIn(edited, mine.doc) : null;
  const shift = (lines: string[]) => reindent(lines, member.indent, theirs.indent);
  const replacement = ownExample ? shift(edited.slice(ownExample.start, ownExample.end)) : [];
  // The example found must be the one the hunk edited: every line the hunk adds is in it.
  const mineText = new Set(replacement.map((line) => line.trim()));
  const addedText = edited.slice(hunk.start, hunk.end).filter((line) => !/^\s*\*?\s*$/.test(line));
  if (!addedText.every((line) => mineText.has(line.trim()))) return null;
  if (theirs.doc === null) {
    if (replacement.length === 0) return null;
    const pad = ' '.repeat(theirs.indent);
    return { start: theirs.header, end: theirs.header, lines: [`${pad}/**\n`, ...replacement, `${pad} */\n`] };
  }
  const at = exampleIn(target, theirs.doc);
  if (at !== null) {
    const same =
      at.end - at.start === replacement.length && replacement.every((l, i) => sameLine(l, target[at.start + i]));
    // Already the owners' example (another hunk of the same example put it there): nothing more to do.
    if (same) return { start: at.start, end: at.start, lines: [] };
    // Removed: with the blank doc line before it.
    const start = replacement.length === 0 && /^\s*\*\s*$/.test(target[at.start - 1]) ? at.start - 1 : at.start;
    return { start, end: at.end, lines: replacement };
  }
  if (replacement.length === 0) return { start: theirs.doc.start, end: theirs.doc.start, lines: [] };
  // sdkgen's doc block has no example: the owners' goes at its end, after a blank doc line.
  const close = theirs.doc.end - 1;
  if (!/^\s*\*\/\s*$/.test(target[close])) return null;
  const gap =
    /^\s*\*\s*$/.test(target[close - 1]) || /^\s*\/\*\*\s*$/.test(target[close - 1])
      ? []
      : [`${' '.repeat(theirs.indent)} *\n`];
  return { start: close, end: close, lines: [...gap, ...replacement] };
}

/** Lines equal but for their indentation and trailing space. */
function sameLine(a: string, b: string | undefined): boolean {
  return b !== undefined && a.trim() === b.trim();
}

/**
 * An edit elsewhere in a doc block (its description), by its own lines within sdkgen's doc block of the method: the
 * lines it replaces found there once, or for an addition, the line it followed or preceded.
 */
function placeByText(
  hunk: Hunk,
  base: string[],
  edited: string[],
  target: string[],
  region: { start: number; end: number } | null,
): MemberPlacement | null {
  if (region === null) return null;
  const added = edited.slice(hunk.start, hunk.end);
  const removed = base.slice(hunk.baseStart, hunk.baseEnd);
  const within = (needle: string[]): number | null => {
    let found: number | null = null;
    for (let at = region.start; at + needle.length <= region.end; at++) {
      if (!needle.every((line, i) => sameLine(line, target[at + i]))) continue;
      if (found !== null) return null;
      found = at;
    }
    return found;
  };
  const says = (line: string | undefined) => line !== undefined && /\w{3}/.test(line);
  if (removed.length > 0) {
    if (!removed.some(says)) return null;
    const at = within(removed);
    return at === null ? null : { start: at, end: at + removed.length, lines: added };
  }
  const before = base[hunk.baseStart - 1];
  const after = base[hunk.baseStart];
  const afterBefore = says(before) ? within([before]) : null;
  if (afterBefore !== null) return { start: afterBefore + 1, end: afterBefore + 1, lines: added };
  const beforeAfter = says(after) ? within([after]) : null;
  return beforeAfter === null ? null : { start: beforeAfter, end: beforeAfter, lines: added };
}

/** A body's statements: each from a line at the body's indentation to the next (blank lines after it left out). */
function statements(lines: string[], body: { start: number; end: number }): Array<{ start: number; end: number }> {
  const first = lines.slice(body.start, body.end).find((line) => !blank(line));
  if (first === undefined) return [];
  const indent = indentOf(first);
  const starts: number[] = [];
  for (let i = body.start; i < body.end; i++) {
    const line = lines[i];
    if (!blank(line) && indentOf(line) === indent && !/^\s*[)}\].]/.test(line)) starts.push(i);
  }
  return starts.map((start, k) => {
    let end = k + 1 < starts.length ? starts[k + 1] : body.end;
    while (end > start + 1 && blank(lines[end - 1])) end--;
    return { start, end };
  });
}

/** A statement as compared across generators: its code without any whitespace. */
function statementKey(lines: string[], s: { start: number; end: number }): string {
  return lines
    .slice(s.start, s.end)
    .join('')
    .replace(/\s+/g, '')
    .replace(/,([)\]}])/g, '$1');
}

/** The request a method makes: its body's final statement, when that returns (`return this._client.post(…)`). */
function requestStatement<T extends { start: number }>(lines: string[], list: T[]): T | null {
  const last = list[list.length - 1];
  return last !== undefined && /^\s*return\b/.test(lines[last.start]) ? last : null;
}

function placeInBody(
  hunk: Hunk,
  member: Member,
  base: string[],
  edited: string[],
  target: string[],
  theirs: Member,
): MemberPlacement | null {
  const ours = statements(base, member.body);
  const sdkgens = statements(target, theirs.body);
  const shift = (lines: string[]) => reindent(lines, bodyIndent(base, member), bodyIndent(target, theirs));
  const added = shift(edited.slice(hunk.start, hunk.end));
  const keys = sdkgens.map((s) => statementKey(target, s));
  const onlyWith = (key: string) =>
    keys.indexOf(key) >= 0 && keys.indexOf(key) === keys.lastIndexOf(key) ? keys.indexOf(key) : -1;

  const inside = ours.some((s) => s.start < hunk.baseStart && hunk.baseStart < s.end);
  if (hunk.baseEnd === hunk.baseStart && !inside) {
    // An insertion between two statements: next to the one it followed or preceded.
    const k = ours.filter((s) => s.start < hunk.baseStart).length;
    const lines = added.filter((line, i) => !(blank(line) && (i === 0 || i === added.length - 1)));
    if (k > 0) {
      const at = onlyWith(statementKey(base, ours[k - 1]));
      if (at >= 0) return { start: sdkgens[at].end, end: sdkgens[at].end, lines };
    }
    if (k < ours.length) {
      const at = onlyWith(statementKey(base, ours[k]));
      if (at >= 0) return { start: sdkgens[at].start, end: sdkgens[at].start, lines };
      // Before the request call: before sdkgen's, however it makes it.
      const request = requestStatement(target, sdkgens);
      if (ours[k] === requestStatement(base, ours) && request !== null)
        return { start: request.start, end: request.start, lines };
    }
    if (k === 0) return { start: theirs.body.start, end: theirs.body.start, lines };
    if (k === ours.length) return { start: theirs.body.end, end: theirs.body.end, lines };
    return null;
  }
  // A change to statements (or lines added inside one): the whole statements it touches, as the owners left them,
  // where sdkgen's are the same.
  const touched = ours.filter((s) => s.start < hunk.baseEnd && hunk.baseStart < s.end);
  if (touched.length === 0) return null;
  const first = touched[0];
  const last = touched[touched.length - 1];
  if (hunk.baseStart < first.start || hunk.baseEnd > last.end) return null;
  const before = base.slice(first.start, hunk.baseStart);
  const after = base.slice(hunk.baseEnd, last.end);
  const replacement = shift([...before, ...edited.slice(hunk.start, hunk.end), ...after]);
  const at = onlyWith(statementKey(base, first));
  const same = at >= 0 && touched.every((s, i) => statementKey(base, s) === keys[at + i]);
  if (same) return { start: sdkgens[at].start, end: sdkgens[at + touched.length - 1].end, lines: replacement };
  return placeRequestRewrite(
    touched,
    replacement,
    { lines: base, member, list: ours },
    {
      lines: target,
      member: theirs,
      list: sdkgens,
    },
  );
}

type Statement = { start: number; end: number };

/**
 * A change that ends with Stainless's request statement (the owners' statements around its call) goes in place of
 * sdkgen's request statement, around sdkgen's call (reapply/request-rewrite.ts); the statements before it the change
 * touches too must be sdkgen's statements just before its own.
 */
function placeRequestRewrite(
  touched: Statement[],
  replacement: string[],
  stainless: { lines: string[]; member: Member; list: Statement[] },
  sdkgen: { lines: string[]; member: Member; list: Statement[] },
): MemberPlacement | null {
  const request = requestStatement(stainless.lines, stainless.list);
  const sdkgenRequest = requestStatement(sdkgen.lines, sdkgen.list);
  if (request === null || sdkgenRequest === null || touched[touched.length - 1] !== request) return null;
  const earlier = touched.slice(0, -1);
  const from = sdkgen.list.indexOf(sdkgenRequest) - earlier.length;
  const key = (side: typeof stainless, s: Statement) => statementKey(side.lines, s);
  if (from < 0 || !earlier.every((s, i) => key(stainless, s) === key(sdkgen, sdkgen.list[from + i]))) return null;
  const text = (side: typeof stainless, list: Statement[]) =>
    list.map((s) => side.lines.slice(s.start, s.end).join('')).join('');
  const lines = rewriteOfRequest(
    replacement,
    {
      signature: signatureOf(stainless.lines, stainless.member),
      request: text(stainless, [request]),
      others: text(
        stainless,
        stainless.list.filter((s) => !touched.includes(s)),
      ),
    },
    {
      signature: signatureOf(sdkgen.lines, sdkgen.member),
      request: text(sdkgen, [sdkgenRequest]),
      others: text(sdkgen, sdkgen.list.slice(0, from)),
    },
  );
  return lines && { start: sdkgen.list[from].start, end: sdkgenRequest.end, lines };
}

/** A method's implementation signature: from its last declaration's first line to the `{` opening its body. */
function signatureOf(lines: string[], member: Member): string {
  let at = member.body.start - 1;
  while (
    at > member.header &&
    !(indentOf(lines[at]) === member.indent && MEMBER_HEADER.exec(lines[at])?.[1] === member.name)
  )
    at--;
  return lines.slice(at, member.body.start).join('');
}

function bodyIndent(lines: string[], member: Member): number {
  const first = lines.slice(member.body.start, member.body.end).find((line) => !blank(line));
  return first === undefined ? member.indent + 2 : indentOf(first);
}

/** Lines moved from one indentation to another (a line indented less than `from` keeps what it has). */
function reindent(lines: string[], from: number, to: number): string[] {
  if (from === to) return lines;
  return lines.map((line) => {
    if (blank(line)) return line;
    const indent = indentOf(line);
    return indent < from ? line : `${' '.repeat(indent - from + to)}${line.trimStart()}`;
  });
}
