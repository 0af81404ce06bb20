/**
 * An owners' edit adding module-level functions to a module of Stainless's that sdkgen's module defines already, doing
 * the same: writer's `model_parse_json` and `model_json_schema` added to `_compat.py` (`if PYDANTIC_V1: return
 * model.parse_raw(data)` then `return model.model_validate_json(data)`), which sdkgen's `_compat.py` defines for
 * pydantic 2 alone. Carried, the function lands a second time beside sdkgen's: pyright reports the redeclaration, and
 * whichever comes later is the one that runs. Where each function the edit adds has sdkgen's namesake with the same
 * parameter names and defaults and the same statements (docstrings, comments, layout and pydantic 1's branches aside: sdkgen's
 * package requires pydantic 2, so those branches never run), the edit is Stainless's lines back and its result is
 * there already. Any other addition stays the owners' (repeated-members.ts then says what differs).
 *
 * Hook: generator/migrate/python/plan.ts, beside `withResourceCallsDone`, before the module's edits are re-applied;
 * declared-already.ts's step rides on it (the same kind: an addition of theirs whose result sdkgen's module has).
 */
import { diff, lines } from '../../../write/merge';
import { pythonCode } from './comment-only';
import { signatureParts, withDeclaredAlready } from './declared-already';
import { withWidenedAnnotationsDone } from './widened-annotations';

/** pydantic 1's branch of Stainless's runtime (`if PYDANTIC_V1:`, either spelling of its switch). */
const PYDANTIC_1_BRANCH = /^(\s*)if\s+(?:not\s+)?_?PYDANTIC_V1\s*:\s*$/;

interface ModuleFunction {
  params: string;
  body: string;
}

/** Each module-level function of `text` by name: its parameter names and defaults and its statements, as compared here. */
function moduleFunctions(text: string): Map<string, ModuleFunction> {
  const code = pythonCode(text);
  const out = new Map<string, ModuleFunction>();
  for (let at = 0; at < code.length; at++) {
    const def = /^(?:async\s+)?def\s+(\w+)\s*\(/.exec(code[at]!);
    if (def === null) continue;
    let end = at + 1;
    while (end < code.length && (code[end]!.trim() === '' || /^[\s)]/.test(code[end]!))) end++;
    const block = code.slice(at, end);
    // The signature runs to the first line closing its parentheses with a colon.
    let depth = 0;
    let bodyAt = block.length;
    for (let i = 0; i < block.length; i++) {
      for (const char of block[i]!) depth += '([{'.includes(char) ? 1 : ')]}'.includes(char) ? -1 : 0;
      if (depth === 0 && /:\s*$/.test(block[i]!)) {
        bodyAt = i + 1;
        break;
      }
    }
    out.set(def[1]!, {
      // (Names and defaults: a default runs, an annotation does not.)
      params: signatureParts(block.slice(0, bodyAt).join(' '))
        .map(({ name, rest }) => `${name}${defaultOf(rest)}`)
        .join(','),
      body: statements(block.slice(bodyAt)),
    });
  }
  return out;
}

/** A parameter's default as `signatureParts` gives its declaration (`:int=3` → `=3`), '' without one. */
function defaultOf(declaration: string): string {
  let depth = 0;
  for (let i = 0; i < declaration.length; i++) {
    const char = declaration[i]!;
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    else if (char === '=' && depth === 0) return declaration.slice(i);
  }
  return '';
}

/** A body's statements without its docstring, pydantic 1's branches and blank lines, whitespace out. */
function statements(body: string[]): string {
  const kept: string[] = [];
  let skipDeeperThan: number | null = null;
  for (const line of body) {
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    if (skipDeeperThan !== null && indent > skipDeeperThan) continue;
    skipDeeperThan = null;
    const branch = PYDANTIC_1_BRANCH.exec(line);
    if (branch && !/\bnot\b/.test(line)) {
      skipDeeperThan = branch[1]!.length;
      continue;
    }
    kept.push(line.replace(/\s+/g, ''));
  }
  // (A docstring first: a string alone, on one line or several.)
  if (kept.length > 0 && /^[rbuf]*("""|''')/i.test(kept[0]!)) {
    const quote = /("""|''')/.exec(kept[0]!)![1]!;
    const closing = kept.findIndex((line, i) =>
      i === 0 ? line.indexOf(quote, line.indexOf(quote) + 3) >= 0 : line.includes(quote),
    );
    kept.splice(0, closing + 1);
  } else if (kept.length > 0 && /^("[^"]*"|'[^']*')$/.test(kept[0]!)) kept.shift();
  return kept.join('\n');
}

/**
 * `edited` with Stainless's lines back for each edit adding only module-level functions that sdkgen's module (`ours`)
 * defines the same way, and how many edits that was; null where there is none.
 */
export function withSameFunctionsDone(
  pristine: string,
  edited: string,
  ours: string,
): { text: string; alreadyThere: number } | null {
  const functions = sameFunctionsDone(pristine, edited, ours);
  // (Then parameters, fields and classes they added that sdkgen's module declares already: declared-already.ts; and
  // parameters' annotations they widened that sdkgen's function takes already: widened-annotations.ts.)
  const declared = withDeclaredAlready(pristine, functions?.text ?? edited, ours);
  const widened = withWidenedAnnotationsDone(pristine, declared?.text ?? functions?.text ?? edited, ours);
  const steps = [functions, declared, widened].filter((step) => step !== null);
  if (steps.length === 0) return null;
  return { text: steps.at(-1)!.text, alreadyThere: steps.reduce((sum, step) => sum + step.alreadyThere, 0) };
}

function sameFunctionsDone(
  pristine: string,
  edited: string,
  ours: string,
): { text: string; alreadyThere: number } | null {
  if (pristine === edited || !/^(?:async\s+)?def\s/m.test(edited)) return null;
  const [a, b] = [lines(pristine), lines(edited)];
  const hunks = diff(a, b);
  if (hunks === null) return null;
  const [sdkgens, owners] = [moduleFunctions(ours), moduleFunctions(edited)];
  const out: string[] = [];
  let at = 0;
  let done = 0;
  for (const hunk of hunks) {
    if (a.slice(hunk.baseStart, hunk.baseEnd).some((line) => line.trim() !== '')) continue;
    const added = b.slice(hunk.start, hunk.end);
    const code = added.filter((line) => line.trim() !== '');
    const defs = code.map((line) => /^(?:async\s+)?def\s+(\w+)\s*\(/.exec(line)?.[1]).filter((n) => n !== undefined);
    // Only whole functions: each code line a `def` at the margin or indented under one.
    if (
      defs.length === 0 ||
      !/^(?:async\s+)?def\s/.test(code[0]!) ||
      code.some((l) => !/^(?:\s|\)|(?:async\s+)?def\s)/.test(l))
    )
      continue;
    const same = defs.every((name) => {
      const [mine, theirs] = [sdkgens.get(name), owners.get(name)];
      return mine !== undefined && theirs !== undefined && mine.params === theirs.params && mine.body === theirs.body;
    });
    if (!same) continue;
    out.push(...b.slice(at, hunk.start), ...a.slice(hunk.baseStart, hunk.baseEnd));
    at = hunk.end;
    done++;
  }
  if (done === 0) return null;
  out.push(...b.slice(at));
  return { text: out.join(''), alreadyThere: done };
}
