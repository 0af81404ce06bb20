// Check 4 of a Python trial: an owners' line present in the migrated module word for word (whitespace aside) can still
// stand in another block than the owners put it in (after the `if` it was the body of, outside the `with` sdkgen runs
// the method in), and so mean something else. Indentation is meaning in Python: the line counts as carried only where
// it stands to the lines around it as the owners' line stands to theirs.
//
// Read by Python's own parser (`ast`), not by migrate's reading of the lines: each statement's first line and its
// level (how many statements enclose it; an `except`/`case` clause's body is its `try`'s/`match`'s). For an owners'
// line that begins a statement, the statement just above it and the one just after it ends (in line order; the owners'
// own lines passed over: they move with it, and its body would vouch for it) in the file at the ref, and its level
// less theirs; in the migrated module, each statement whose first line is the owners' (the
// same text, whitespace aside), with the statements just above and below it there. Where one of those has the same
// text as at the ref and stands to it as at the ref (the same difference of levels), the line is where the owners
// put it; where those of the same text all stand otherwise, it is at another depth. Where neither neighbour is the
// same line (sdkgen's module has lines of its own there) the harness cannot tell, and the line counts as there. A
// line with several occurrences is at another depth only where every occurrence is. The first statement of an
// `else:`/`except:`/`finally:`/`case` body stands to the statement the clause belongs to (its `if`, `try`, `match`),
// not to the last statement of the body before the clause: a generator may nest that body otherwise (in a `with`).

import { runPython } from './python-exec.mjs';

/**
 * Python (stdin: JSON `{ ref, migrated, lines }`, `lines` 1-based lines of `ref`; stdout: a JSON list of those lines
 * that stand at another depth in `migrated`, or null where a module does not parse).
 */
const DEPTH = `
import ast, json, re, sys

def statements(text):
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return None
    lines = text.split("\\n")
    found = {}
    # (clause: the line of the statement whose later clause node is, an except handler's or a case's: its try's, its
    # match's; the first statement of such a clause's body, or of an else:/finally: body, stands to that statement.)
    def walk(node, level, clause=None):
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            for i, child in enumerate(getattr(node, field, None) or []):
                if isinstance(child, ast.stmt):
                    if child.lineno not in found:
                        text = re.sub(r"\\s+", "", lines[child.lineno - 1])
                        later = field in ("orelse", "finalbody") or (field == "body" and clause is not None)
                        opener = (clause if field == "body" else node.lineno) if i == 0 and later else None
                        found[child.lineno] = (text, level, child.end_lineno or child.lineno, opener)
                    walk(child, level + 1)
                else:
                    walk(child, level, node.lineno)
    walk(tree, 0)
    return found, sorted(found)

def stands(module, at, skip):
    # (The statement just above the one at line at, and the one just after it ends: its level less theirs. Above the
    # first statement of an else:/except:/finally:/case body, the statement the clause belongs to: not the last
    # statement of the body before the clause, which a generator may nest otherwise.)
    found, order = module
    text, level, end, opener = found[at]
    above = [n for n in order if n < at and not skip(n)]
    if opener is not None and not skip(opener):
        above = [opener]
    below = [n for n in order if n > end and not skip(n)]
    pick = lambda n: None if n is None else (found[n][0], level - found[n][1])
    return [pick(above[-1] if above else None), pick(below[0] if below else None)]

data = json.load(sys.stdin)
ref, migrated = statements(data["ref"]), statements(data["migrated"])
if ref is None or migrated is None:
    print("null")
    sys.exit(0)
added = set(data["lines"])
# (The owners' own lines move with the line asked about: they tell nothing of where it went.)
theirs_skip = lambda n: n in added
texts = {ref[0][n][0] for n in added if n in ref[0]}
ours_skip = lambda n: migrated[0][n][0] in texts
wrong = []
for at in data["lines"]:
    if at not in ref[0]:
        continue
    text = ref[0][at][0]
    theirs = stands(ref, at, theirs_skip)
    verdicts = []
    for candidate in [n for n in migrated[1] if migrated[0][n][0] == text]:
        ours = stands(migrated, candidate, ours_skip)
        told = [o for o, t in zip(ours, theirs) if o is not None and t is not None and o[0] == t[0]]
        same = [o for o, t in zip(ours, theirs) if o is not None and t is not None and o == t]
        verdicts.append("right" if same else "wrong" if told else "unknown")
    if verdicts and all(v == "wrong" for v in verdicts):
        wrong.append(at)
print(json.dumps(wrong))
`;

/**
 * The lines of `lines` (1-based lines of the module `ref`, the owners' added lines) that stand in the migrated module
 * `migrated` at another depth than the owners put them (see above): a Set, empty where a module does not parse.
 */
export function linesAtAnotherDepth(ref, migrated, lines) {
  if (lines.length === 0) return new Set();
  const out = runPython(DEPTH, JSON.stringify({ ref, migrated, lines }), 'the modules');
  return new Set(JSON.parse(out) ?? []);
}
