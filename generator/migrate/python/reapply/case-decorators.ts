/**
 * The owners' decorators of a method's test cases, on the cases of that method sdkgen's test module has and
 * Stainless's had not. Stainless's `tests/api_resources/` modules test each method in cases named
 * `test_{method,raw_response,streaming_response,path_params}_<method>[_with_all_params]`; owners whose API's fixtures
 * fail strict validation change those cases' decorators (modern-treasury-python: `@parametrize` → their own
 * `@loose_parametrize` on every case calling `legal_entities.retrieve`, `@pytest.mark.skip` added over the async ones).
 * Their hunks carry onto the cases both files have; a case only sdkgen writes (a `_with_all_params` case for a
 * parameter Stainless's spec did not have) keeps sdkgen's decorators and fails as theirs did before their edit.
 *
 * Where, in one class, every case of one method and kind (the `path_params` cases apart from those calling the API)
 * that both Stainless's module and theirs have had the same decorators in Stainless's and had them changed the same
 * way, a case of that method and kind in sdkgen's module that Stainless's lacked, with those same decorators, gets
 * theirs. Anything else is left as it is. A decorator over several lines (ruff wraps a long
 * `@pytest.mark.skip(reason=…)` so: knock-python's `tests/api_resources/users/`) is read and given whole. The owners'
 * own tests named otherwise (module-level functions, `pytest.mark.parametrize(…, ids=…)` cases: arcade-python,
 * openai-python) have no case of sdkgen's to give anything to; they carry as their hunks say.
 */

interface Case {
  /** The class the case is in ('' at the module's top level). */
  owner: string;
  name: string;
  /** The decorator lines, as written (with their indentation; a decorator over several lines, each of them). */
  decorators: string[];
  /** The index of its first decorator line (of its `def` line where it has none). */
  start: number;
}

const CASE = /^test_(method|raw_response|streaming_response|path_params)_(\w+?)(?:_with_all_params)?$/;

function casesOf(text: string): Case[] {
  const lines = text.split('\n');
  const cases: Case[] = [];
  let owner = '';
  // The decorators read so far right above the line (each whole, over the lines its brackets span), from `start`.
  let pending = null as { start: number; indent: string } | null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const cls = /^class (\w+)/.exec(line);
    if (cls) owner = cls[1];
    else if (/^\S/.test(line) && !/^[@#)]/.test(line)) owner = '';
    const decorator = /^(\s*)@/.exec(line);
    if (decorator) {
      if (pending?.indent !== decorator[1]) pending = { start: i, indent: decorator[1] };
      i = spanEnd(lines, i);
      continue;
    }
    const def = /^(\s*)(?:async\s+)?def\s+(test_\w+)\s*\(/.exec(line);
    const start = pending !== null && def && pending.indent === def[1] ? pending.start : i;
    pending = null;
    if (def) cases.push({ owner, name: def[2], decorators: lines.slice(start, i), start });
  }
  return cases;
}

/** The last line of the decorator or statement opened at line `i` (its brackets closed; strings and comments aside). */
function spanEnd(lines: string[], i: number): number {
  let depth = 0;
  for (let k = i; k < lines.length; k++) {
    const code = lines[k].replace(/[rRbBfFuU]*"(?:[^"\\]|\\.)*"|[rRbBfFuU]*'(?:[^'\\]|\\.)*'/g, '""');
    for (const char of code.replace(/#.*$/, '')) {
      if ('([{'.includes(char)) depth++;
      else if (')]}'.includes(char)) depth--;
    }
    if (depth <= 0) return k;
  }
  return lines.length - 1;
}

/** The method and kind of a case (`calls`: the cases calling the API, `path_params` apart), or null. */
function groupOf(c: Case): string | null {
  const m = CASE.exec(c.name);
  return m ? `${c.owner}\0${m[2]}\0${m[1] === 'path_params' ? 'path_params' : 'calls'}` : null;
}

const joined = (decorators: string[]) => decorators.map((d) => d.trim()).join('\n');

/**
 * sdkgen's test module `target` (the owners' hunks carried) with the owners' decorator change of a method's cases
 * (`stainless` → `owners`) made on that method's cases Stainless's module did not have.
 */
export function withOwnersCaseDecorators(path: string, stainless: string, owners: string, target: string): string {
  if (!/^tests\/api_resources\/.*\.py$/.test(path)) return target;
  const key = (c: Case) => `${c.owner}\0${c.name}`;
  const before = new Map(casesOf(stainless).map((c) => [key(c), c]));
  // Per group: the one change (Stainless's decorators → theirs) all its cases in both modules made, else null.
  const changes = new Map<string, { from: string; to: string[] } | null>();
  for (const theirs of casesOf(owners)) {
    const group = groupOf(theirs);
    const was = before.get(key(theirs));
    if (group === null || was === undefined) continue;
    const from = joined(was.decorators);
    const known = changes.get(group);
    const same = (to: string[]) => joined(to) === joined(theirs.decorators);
    if (known === undefined) changes.set(group, { from, to: theirs.decorators });
    else if (known !== null && (known.from !== from || !same(known.to))) changes.set(group, null);
  }
  const lines = target.split('\n');
  // From the last case up, so that each case's line numbers hold while the ones below change.
  for (const c of casesOf(target).reverse()) {
    const change = changes.get(groupOf(c) ?? '');
    if (!change || before.has(key(c)) || joined(change.to) === change.from) continue;
    if (joined(c.decorators) !== change.from) continue;
    // (Theirs at this case's depth, each line of a decorator over several as much deeper as it was.)
    const indent = /^\s*/.exec(lines[c.start + c.decorators.length])?.[0].length ?? 0;
    const from = /^\s*/.exec(change.to[0])![0].length;
    const theirs = change.to.map(
      (d) => `${' '.repeat(Math.max(0, indent + /^\s*/.exec(d)![0].length - from))}${d.trim()}`,
    );
    lines.splice(c.start, c.decorators.length, ...theirs);
  }
  return lines.join('\n');
}
