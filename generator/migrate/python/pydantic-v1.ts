/**
 * Hand edits of Stainless's Python modules that change only what runs under pydantic 1, where sdkgen's package
 * requires pydantic 2: Stainless's SDKs support both and branch on `PYDANTIC_V1` (knock-mgmt's owners rewrote the
 * `update_forward_refs()` calls of that branch in types/__init__.py), sdkgen's writes no such branch, and its
 * pyproject.toml never installs pydantic 1. Such an edit has nothing to do in sdkgen's package: it is reported, with
 * the reason and the hunk, not carried and not left for a person.
 */

/** A branch taken only under pydantic 1: `if PYDANTIC_V1:`, `if _compat.PYDANTIC_V1:`. */
const V1_BRANCH = /^(\s*)(?:el)?if\s+(?:[\w.]*\.)?PYDANTIC_V1\s*:\s*(#.*)?$/;

export interface NotApplicable {
  path: string;
  reason: string;
  hunks: string[];
}

/**
 * The lowest pydantic major version sdkgen's pyproject.toml allows (`pydantic>=2.0, <3` → 2), or null when it names
 * none.
 */
export function lowestPydanticMajor(pyproject: string | undefined): number | null {
  const spec = /["']pydantic\s*([^"'\]]*)["']/.exec(pyproject ?? '')?.[1];
  const lower = spec === undefined ? undefined : /(?:>=|==|~=|>)\s*(\d+)/.exec(spec)?.[1];
  return lower === undefined ? null : Number(lower);
}

/**
 * Of the rejected hunks of one module (unified-diff hunks against Stainless's text `base`), those whose every changed
 * line is inside a pydantic-1 branch of the module: [inBranch, others].
 */
export function splitPydanticV1Hunks(base: string, hunks: string[]): [string[], string[]] {
  const lines = base.split('\n');
  const branches: Array<{ start: number; end: number; indent: number }> = [];
  lines.forEach((line, i) => {
    const m = V1_BRANCH.exec(line);
    if (!m) return;
    const indent = m[1].length;
    let end = i + 1;
    while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) > indent)) end++;
    branches.push({ start: i + 1, end, indent });
  });
  if (branches.length === 0) return [[], hunks];
  const inBranch: string[] = [];
  const others: string[] = [];
  for (const hunk of hunks) (changesWithin(hunk, branches) ? inBranch : others).push(hunk);
  return [inBranch, others];
}

/** Whether every line the hunk removes or adds is in one of the branches' bodies (0-based line ranges of the base). */
function changesWithin(hunk: string, branches: Array<{ start: number; end: number; indent: number }>): boolean {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)/.exec(header);
  if (!start) return false;
  let at = Number(start[1]) - 1;
  let changed = false;
  for (const line of body) {
    const inside = (position: number) => branches.find((b) => position >= b.start && position <= b.end);
    if (line.startsWith('-')) {
      const branch = inside(at);
      if (!branch || at >= branch.end) return false;
      changed = true;
      at++;
    } else if (line.startsWith('+')) {
      // An added line goes before base line `at`: inside a body, indented as its statements are.
      const branch = inside(at);
      const text = line.slice(1);
      if (!branch || (text.trim() !== '' && indentOf(text) <= branch.indent)) return false;
      changed = true;
    } else at++;
  }
  return changed;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
