/**
 * Hand edits of Stainless's Python modules that change only what runs under pydantic 1, where sdkgen's package
 * requires pydantic 2: Stainless's SDKs support both and branch on `PYDANTIC_V1` (knock-mgmt's owners rewrote the
 * `update_forward_refs()` calls of that branch in types/__init__.py). sdkgen's pyproject.toml never installs pydantic
 * 1, and where its module has such a branch at all (the forms of an era that had one), its `_compat.PYDANTIC_V1` is
 * the constant `False`: the branch never runs. Such an edit has nothing to do in sdkgen's package: it is reported,
 * with the reason and the hunk, not carried and not left for a person.
 */
import type { MigrationInputs, MigrationPlan } from '../migration-plan';

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

/**
 * Edits that change only what Stainless's modules run under pydantic 1, where sdkgen's package requires pydantic 2:
 * moved from `plan.rejected` to `plan.notApplicable`, with the hunks. A module of sdkgen's with a pydantic-1 branch
 * of its own keeps them rejected, unless the package's `_compat.py` binds `PYDANTIC_V1 = False` (the branch is dead).
 */
export function setAsideForPydanticV1(
  plan: Pick<MigrationPlan, 'rejected' | 'notApplicable'>,
  rendered: MigrationInputs['rendered'],
  stainlessText: (path: string) => string | undefined,
): void {
  const pyproject = rendered.find((f) => f.path === 'pyproject.toml')?.contents;
  const major = lowestPydanticMajor(pyproject);
  if (major === null || major < 2) return;
  const written = new Map(rendered.map((f) => [f.path, f.contents]));
  plan.rejected = plan.rejected.flatMap(({ path, hunks }) => {
    const text = stainlessText(path);
    const ours = written.get(path);
    if (!path.endsWith('.py') || ours === undefined || text === undefined) return [{ path, hunks }];
    const branch = /\bPYDANTIC_V1\b/.test(ours);
    if (branch && !v1NeverRuns(path, written)) return [{ path, hunks }];
    const [v1, others] = splitPydanticV1Hunks(text, hunks);
    if (v1.length > 0)
      plan.notApplicable.push({
        path,
        reason: branch
          ? `changes only what runs under pydantic 1; sdkgen's package requires pydantic ${major} (pyproject.toml), and its module's pydantic-1 branch never runs (_compat.PYDANTIC_V1 is False)`
          : `changes only what runs under pydantic 1; sdkgen's package requires pydantic ${major} (pyproject.toml), and its module has no such branch`,
        hunks: v1,
      });
    return others.length > 0 ? [{ path, hunks: others }] : [];
  });
}

/**
 * Whether the `_compat.py` of the package holding `path` (the nearest one up its folders, as `from .. import
 * _compat` finds it) binds `PYDANTIC_V1` to the constant `False` and nothing else.
 */
function v1NeverRuns(path: string, written: Map<string, string>): boolean {
  const parts = path.split('/').slice(0, -1);
  for (let n = parts.length; n > 0; n--) {
    const compat = written.get([...parts.slice(0, n), '_compat.py'].join('/'));
    if (compat === undefined) continue;
    const bindings = [...compat.matchAll(/^\s*PYDANTIC_V1\s*(?::[^=]*)?=(.*)$/gm)].map((m) => m[1].trim());
    return bindings.length > 0 && bindings.every((value) => /^False\b\s*(#.*)?$/.test(value));
  }
  return false;
}
