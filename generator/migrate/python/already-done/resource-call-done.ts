/**
 * The owners' edits of a resource method's request that sdkgen's method makes already, so that carried they would
 * land on code that does it another way:
 *
 * - a file sent as the raw body through their `binary_request` patch of Stainless's runtime (binary-request-done.ts):
 *   `binary_request=x,` added to the method's `self._post(…)` call and the `body=…(x, …)` line taken out. sdkgen's
 *   method sends `x` raw (`content=x`; `body=read_file_content(x)` in its forms before 2026-01-13): carried,
 *   `binary_request=` would be an unknown keyword of sdkgen's `_post` (pyright's error, a TypeError when called) and
 *   the removed line has nowhere to go. Each such edit is Stainless's lines back, reported done by sdkgen, where
 *   sdkgen's method sends `x` as its raw body.
 * - a dict the method builds (`extra_headers = {…}`) given entries or re-laid, where sdkgen's method builds it with
 *   every entry the owners added, none they took out, in their order (writer's `"Content-Type": content_type` beside
 *   Stainless's `Content-Disposition`, which sdkgen's method sends from the spec's header param): its result is there.
 *
 * Told by what the lines do, in the method of the same class and name in sdkgen's module, never by the repository.
 *
 * Hook: generator/migrate/python/plan.ts, beside `withBinaryRequestDone`, on each resource module Stainless wrote,
 * before its edits are re-applied.
 */
import { diff, lines } from '../../../write/merge';
import { inPackageMatching } from '../../../emit/python/package-root';
import type { MigrationPlan } from '../../migration-plan';

/** What sdkgen's method does in the place of the owners' `binary_request` edits, as the report says it. */
export const RESOURCE_BINARY_DOES =
  "the method sends the file as the request's raw body: sdkgen's method passes it as `content=` (or, in an SDK of " +
  "Stainless's forms before 2026-01-13, `body=read_file_content(…)`) to its client's request, whose runtime sends " +
  'a file, a path or bytes as they are (no `binary_request` keyword)';
/** A test that shows it: a generated method's binary body, as a server on 127.0.0.1 receives it. */
export const RESOURCE_BINARY_TEST =
  'test/python/content-type-r28-resources2.test.ts › a server receives the caller media type, and the default where ' +
  'an optional one is left out';

/** A resource module (the package's `resources/…`; pathInPackage). */
const RESOURCE_MODULE = /^resources\/.*\.py$/;

const strip = (line: string) => line.replace(/\n$/, '');
const indentOf = (line: string) => /^\s*/.exec(line)![0].length;
const escaped = (name: string) => name.replace(/[^\w]/g, '');

interface Method {
  className: string | null;
  name: string;
  lines: string[];
}

/** The method (a `def` inside a class) line `at` of `text` is in, with its lines; null outside a method. */
function methodAt(text: string[], at: number): Method | null {
  let start = -1;
  for (let i = Math.min(at, text.length - 1); i >= 0; i--) {
    if (/^\s+(?:async\s+)?def\s+\w+\s*\(/.test(text[i]!)) {
      start = i;
      break;
    }
    if (/^class\s/.test(text[i]!)) return null;
  }
  if (start < 0) return null;
  const method = methodFrom(text, start);
  return at < start + method.lines.length ? method : null;
}

function methodFrom(text: string[], start: number): Method {
  const indent = indentOf(text[start]!);
  let end = start + 1;
  for (; end < text.length; end++) {
    const line = text[end]!;
    if (line.trim() === '') continue;
    // (The signature's closing `) -> T:` is at the def's indent: only a statement starting there ends it.)
    if (indentOf(line) < indent || (indentOf(line) === indent && /^\s*(?:@|(?:async\s+)?def\s|class\s)/.test(line)))
      break;
  }
  let className: string | null = null;
  for (let i = start - 1; i >= 0; i--) {
    const cls = /^class\s+(\w+)/.exec(text[i]!);
    if (cls) {
      className = cls[1]!;
      break;
    }
  }
  const name = /def\s+(\w+)/.exec(text[start]!)![1]!;
  return { className, name, lines: text.slice(start, end).map(strip) };
}

/** The method of that class and name in `text` (sdkgen's module), or null. */
function sameMethod(text: string[], like: Method): Method | null {
  let inClass = like.className === null;
  for (let i = 0; i < text.length; i++) {
    const cls = /^class\s+(\w+)/.exec(text[i]!);
    if (cls) inClass = cls[1] === like.className;
    else if (inClass && new RegExp(`^\\s+(?:async\\s+)?def\\s+${escaped(like.name)}\\s*\\(`).test(text[i]!))
      return methodFrom(text, i);
  }
  return null;
}

/**
 * Whether `line` sends `name` as a request's raw body, in any form the owners or sdkgen write: their
 * `binary_request=x`; `content=x` (`None` when `x` is omitted, or a path read first: `read_file_content(x) if
 * isinstance(x, os.PathLike) else x`, Stainless's since 2026-01-13); `body=read_file_content(x)` (`await
 * async_read_file_content(x)`, Stainless's from 2025-07-30, its runtime sending bytes raw; sdkgen's forms of that era).
 */
function sendsRawLine(line: string, name: string): boolean {
  const forms = [
    `binary_request\\s*=\\s*${name}`,
    `content=(?:None if isinstance\\(${name}, \\w+\\) else )?${name}`,
    `content=(?:await )?(?:async_)?read_file_content\\(${name}\\) if isinstance\\(${name}, os\\.PathLike\\) else ${name}`,
    `body=(?:await )?(?:async_)?read_file_content\\(${name}\\)`,
  ];
  return new RegExp(`^\\s*(?:${forms.join('|')})\\s*,?\\s*$`).test(line);
}

/** The name a line sends as the raw body (sendsRawLine), or null. */
function rawSentBy(line: string): string | null {
  const names = line.match(/\b[A-Za-z_]\w*\b/g) ?? [];
  return names.find((name) => sendsRawLine(line, name)) ?? null;
}

/**
 * Whether sdkgen's method sends `name` as its request's raw body (sendsRawLine), with no other body beside it. In
 * Stainless's forms before its runtime sent raw bodies (python-era.ts, RAW_BINARY_BODY_SINCE) the method passes a file
 * param through the params' transform, `body=maybe_transform(x, …Params)`: the transform passes a file as it is, and
 * sdkgen's runtime sends a file given as the body as its bytes (test/python/binary-body-era-r59d.test.ts).
 */
function sendsRaw(method: Method, name: string): boolean {
  const fileParam = new RegExp(`^\\s*${name}: (?:Required\\[)?File(?:Types|Content)\\b`);
  const transformed = new RegExp(`^\\s*body=(?:await )?(?:async_)?maybe_transform\\(${name}, [\\w.]+\\),?\\s*$`);
  const isFile = method.lines.some((line) => fileParam.test(line));
  const sends = method.lines.filter((line) => sendsRawLine(line, name) || (isFile && transformed.test(line)));
  const otherBodies = method.lines.filter((line) => /^\s*body=/.test(line) && !sends.includes(line));
  return sends.length > 0 && otherBodies.length === 0;
}

/** The entries of a dict display `NAME = {…}` written over `text` (squeezed of layout), or null when it is not one. */
function dictStatement(text: string): { name: string; entries: string[] } | null {
  const match = /^\s*(\w+)\s*=\s*\{([\s\S]*)\}\s*$/.exec(text);
  if (match === null) return null;
  const entries: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const char of match[2]!) {
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    else if (char === ',' && depth === 0) {
      entries.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  entries.push(current);
  const squeezed = entries.map((entry) => entry.replace(/\s+/g, ' ').trim()).filter((entry) => entry !== '');
  return depth === 0 && quote === null ? { name: match[1]!, entries: squeezed } : null;
}

/** sdkgen's statement building the dict `name` in its method, or null. */
function dictIn(method: Method, name: string): string[] | null {
  const start = method.lines.findIndex((line) => new RegExp(`^\\s*${escaped(name)}\\s*=\\s*\\{`).test(line));
  if (start < 0) return null;
  for (let end = start + 1; end <= method.lines.length; end++) {
    const dict = dictStatement(method.lines.slice(start, end).join('\n'));
    if (dict !== null) return dict.entries;
  }
  return null;
}

/** Whether the owners' edit of a dict display has its result in sdkgen's: what they added is there, in order. */
function dictResultThere(removed: string[], added: string[], ours: Method): boolean {
  const [before, after] = [dictStatement(removed.join('\n')), dictStatement(added.join('\n'))];
  if (before === null || after === null || before.name !== after.name) return false;
  const sdkgens = dictIn(ours, after.name);
  if (sdkgens === null) return false;
  const takenOut = before.entries.filter((entry) => !after.entries.includes(entry));
  if (takenOut.some((entry) => sdkgens.includes(entry))) return false;
  if (!after.entries.every((entry) => sdkgens.includes(entry))) return false;
  // (A `**spread` after an entry wins over it: the entries keep the owners' order in sdkgen's dict.)
  const at = after.entries.map((entry) => sdkgens.indexOf(entry));
  return at.every((index, i) => i === 0 || index > at[i - 1]!);
}

/**
 * `edited` (the owners' text of a resource module Stainless wrote) with Stainless's lines back for each edit whose
 * result sdkgen's module (`ours`, as rendered) has, and the count of dict edits whose result is there; each edit of
 * the body listed in `plan.doneBySdkgen`. Null where there is none.
 */
export function withResourceCallsDone(
  path: string,
  pristine: string,
  edited: string,
  ours: string,
  plan: Pick<MigrationPlan, 'doneBySdkgen'>,
  importName: string,
): { text: string; alreadyThere: number } | null {
  if (!inPackageMatching(path, importName, RESOURCE_MODULE) || pristine === edited) return null;
  const [a, b, sdkgen] = [lines(pristine), lines(edited), lines(ours)];
  const hunks = diff(a, b);
  if (hunks === null) return null;
  const done: Array<{ path: string; does: string; test: string }> = [];
  let alreadyThere = 0;
  const out: string[] = [];
  let at = 0;
  for (const hunk of hunks) {
    const owners = methodAt(b, Math.max(hunk.start - 1, 0));
    const method = owners === null ? null : sameMethod(sdkgen, owners);
    if (owners === null || method === null) continue;
    const removed = a.slice(hunk.baseStart, hunk.baseEnd).map(strip);
    const added = b.slice(hunk.start, hunk.end).map(strip);
    // The names the owners' method sends raw (their `binary_request=`, or a raw form of Stainless's later runtime)
    // and sdkgen's sends raw too, in whichever form it writes for the era.
    const sent = owners.lines.map(rawSentBy).filter((name): name is string => name !== null && sendsRaw(method, name));
    const code = (text: string[]) => text.filter((line) => line.trim() !== '');
    const bodyEdit =
      sent.length > 0 &&
      code(added).length + code(removed).length > 0 &&
      code(added).every((line) => sent.some((name) => sendsRawLine(line, name))) &&
      code(removed).every((line) => sent.some((name) => new RegExp(`^\\s*body=.*\\b${name}\\b.*,?\\s*$`).test(line)));
    const dictEdit = !bodyEdit && dictResultThere(removed, added, method);
    if (!bodyEdit && !dictEdit) continue;
    out.push(...b.slice(at, hunk.start), ...a.slice(hunk.baseStart, hunk.baseEnd));
    at = hunk.end;
    if (bodyEdit) done.push({ path, does: RESOURCE_BINARY_DOES, test: RESOURCE_BINARY_TEST });
    else alreadyThere++;
  }
  if (done.length + alreadyThere === 0) return null;
  out.push(...b.slice(at));
  plan.doneBySdkgen.push(...done);
  return { text: out.join(''), alreadyThere };
}
