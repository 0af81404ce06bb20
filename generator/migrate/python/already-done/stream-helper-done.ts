/**
 * The owners' stream branch of Stainless's `assert_matches_type` (`tests/utils.py`, which sdkgen writes in its place):
 * julep-python's `elif is_stream_class_type(type_):` whose work is `assert isinstance(value, (Stream, AsyncStream))`.
 * sdkgen's helper does that already. Only that branch is done: the lines of the hunk around it (another branch they
 * added, a changed line) stay in the hunk, for a person. A branch that does more than check the value's class (reads
 * the stream's events, asserts anything else) is not this behaviour, and its hunk stays whole.
 */

/** The check sdkgen's helper makes: the value an instance of Stainless's stream classes. */
const STREAM_CHECK = /^assert\s+isinstance\(\s*value\s*,\s*\(?\s*(?:Async)?Stream\b[\w\s,]*\)?\s*\)$/;
/** The branch's head, on the declared type being a stream class. */
const STREAM_BRANCH = /^(?:if|elif)\s+.*\b(?:is_stream_class_type|(?:Async)?Stream)\b.*:$/;
/** What else such a branch may hold that checks nothing: a guard around reading the chunk type, and nothing else. */
const INERT =
  /^(?:try:|except(?:\s+\w+(?:\s+as\s+\w+)?)?:|pass|(?:\w+\s*=\s*)?extract_stream_chunk_type\(\s*type_\s*\)|return)$/;

export const STREAM_HELPER_BEHAVIOUR = {
  does:
    "`assert_matches_type` passes a method's `Stream[T]` or `AsyncStream[T]` result that is an instance of that " +
    'stream class (the events are not read: that would consume the stream)',
  test: 'test/python/tests-utils-stream.test.ts › passes a stream of the declared class and fails any other value',
};

/**
 * The hunk without the stream branch it adds (or the one stream check it adds to a branch of Stainless's): `done`
 * where it held one, `hunk` null where nothing else is left of it.
 */
export function withoutStreamCheck(hunk: string): { done: boolean; hunk: string | null } {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const code = (line: string) => line.slice(1).replace(/#.*$/, '').trim();
  const indent = (line: string) => line.slice(1).length - line.slice(1).trimStart().length;
  const check = body.findIndex((line) => line.startsWith('+') && STREAM_CHECK.test(code(line)));
  if (check < 0) return { done: false, hunk };
  // The branch: its head, the added line above the check at less indentation, and its body, every line of it added.
  let head = check;
  for (let i = check - 1; i >= 0 && body[i]!.startsWith('+'); i--)
    if (code(body[i]!) !== '' && indent(body[i]!) < indent(body[check]!)) {
      head = STREAM_BRANCH.test(code(body[i]!)) ? i : -1;
      break;
    }
  if (head < 0) return { done: false, hunk };
  let end = check + 1;
  if (head !== check)
    while (end < body.length && (code(body[end]!) === '' || indent(body[end]!) > indent(body[head]!))) {
      // (A line of Stainless's inside it, or one they took out: the branch is an edit of theirs, not an added one.)
      if (!body[end]!.startsWith('+')) return { done: false, hunk };
      end++;
    }
  // (Blank lines closing it belong to what follows.)
  while (end > check + 1 && body[end - 1]!.slice(1).trim() === '') end--;
  const inside = body.slice(head + 1, end).filter((_, i) => head + 1 + i !== check);
  if (inside.some((line) => code(line) !== '' && !INERT.test(code(line)))) return { done: false, hunk };
  const rest = [...body.slice(0, head), ...body.slice(end)];
  if (!rest.some((line) => /^[-+]/.test(line) && line.slice(1).trim() !== '')) return { done: true, hunk: null };
  const taken = end - head;
  const counted = header!.replace(/\+(\d+)(?:,(\d+))?/, (_, start: string, count?: string) => {
    return `+${start},${Number(count ?? '1') - taken}`;
  });
  return { done: true, hunk: `${[counted, ...rest].join('\n')}\n` };
}
