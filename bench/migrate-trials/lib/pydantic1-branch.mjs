// Whether a line of a Python module runs only under pydantic 1: up the blocks it is in, one is opened by a pydantic-1
// test (`if PYDANTIC_V1:`, `elif _compat.PYDANTIC_V1:`), or is an `elif`/`else` clause of a test pydantic 2 passes
// (`if not PYDANTIC_V1:`, `if PYDANTIC_V2:`): anthropic's `_models.py` has `if not PYDANTIC_V1: … elif not
// TYPE_CHECKING:`, whose clause runs under pydantic 1 alone.

const V1_TEST = /^\s*(?:el)?if\s+(?:[\w.]*\.)?PYDANTIC_V1\s*:/;
const V2_TEST = /^\s*if\s+(?:not\s+(?:[\w.]*\.)?PYDANTIC_V1|(?:[\w.]*\.)?PYDANTIC_V2)\s*:/;
const CLAUSE = /^\s*(?:elif\b.*|else\s*):\s*(#.*)?$/;
/** A test pydantic 2 passes, alone or first of an `or`: `if (not PYDANTIC_V1) or hasattr(model, "model_dump"):`. */
const V2_OR =
  /^\s*if\s+(?:\(\s*)?(?:not\s+(?:[\w.]*\.)?PYDANTIC_V1|(?:[\w.]*\.)?PYDANTIC_V2)(?:\s*\))?(?:\s+or\s[^:]*)?\s*:\s*(#.*)?$/;

/** Whether the body of the `if` at line `at` ends in `return` or `raise`, no `elif`/`else` after it. */
function returns(lines, at) {
  const indent = indentOf(lines[at]);
  let end = at + 1;
  while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) > indent)) end++;
  if (end < lines.length && CLAUSE.test(lines[end])) return false;
  const body = lines.slice(at + 1, end).filter((line) => line.trim() !== '');
  if (body.length === 0) return false;
  const depth = indentOf(body[0]);
  // (The last statement at the body's depth: a closing bracket at that depth ends the one before it.)
  const last = body.filter((line) => indentOf(line) === depth && !/^\s*[)\]}]/.test(line)).pop() ?? '';
  return /^\s*(?:return|raise)\b/.test(last);
}

const indentOf = (line) => /^\s*/.exec(line)[0].length;

/** Whether line `at` (0-based) of `lines` is inside a block that runs only under pydantic 1. */
export function inPydantic1Branch(lines, at) {
  let indent = indentOf(lines[at]);
  for (let j = at - 1; j >= 0 && indent > 0; j--) {
    // (A statement after a pydantic-2 test whose body returns, in the same block: pydantic 2 returned above it.)
    if (lines[j].trim() !== '' && indentOf(lines[j]) === indent && V2_OR.test(lines[j]) && returns(lines, j))
      return true;
    if (lines[j].trim() === '' || indentOf(lines[j]) >= indent) continue;
    if (V1_TEST.test(lines[j])) return true;
    if (CLAUSE.test(lines[j]) && clauseOfV2Test(lines, j)) return true;
    indent = indentOf(lines[j]);
  }
  return false;
}

/**
 * Whether every line a hunk adds (`{ line, text }`, `line` 1-based in `lines`, the file the hunk was taken against)
 * runs only under pydantic 1. Each is read at its own line, not at the first line of the same text (a blank one, or a
 * line written twice, is elsewhere too); blank lines belong to no branch and say nothing.
 */
export function addsOnlyUnderPydantic1(lines, added) {
  const code = added.filter((a) => a.text.trim() !== '');
  return (
    code.length > 0 &&
    code.every((a) => lines[a.line - 1] === a.text.replace(/\n$/, '') && inPydantic1Branch(lines, a.line - 1))
  );
}

/** Whether the `elif`/`else` at line `at` belongs to an `if` chain opened by a test pydantic 2 passes. */
function clauseOfV2Test(lines, at) {
  const indent = indentOf(lines[at]);
  for (let j = at - 1; j >= 0; j--) {
    if (lines[j].trim() === '' || indentOf(lines[j]) > indent) continue;
    if (indentOf(lines[j]) < indent) return false;
    if (V2_TEST.test(lines[j])) return true;
    if (!CLAUSE.test(lines[j])) return false;
  }
  return false;
}
