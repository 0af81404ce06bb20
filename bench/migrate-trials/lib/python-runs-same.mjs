// Check 4 of a Python trial: owners' hunks of Stainless's lines that the migrated module does not have, whose edit
// changes nothing the migrated package runs, read from git and the migrated file alone (migrate's report must list
// the file as not applying too; the caller checks that):
//
// - types alone: every line pairs with one it replaces that is the same once `cast(T, x)` is read as `x` and a `def`'s
//   annotations are left out (apollo's `data = cast(object, decoded)`, `values: SequenceNotStr[str]`);
// - a name replaced by the literal Stainless's module (the base) binds it to in its pydantic-2 branch
//   (`allow_none=allow_none` → `allow_none=False`);
// - pydantic 1's support taken out: the lines taken out name pydantic 1's switch or API, those added none, and the
//   migrated file names none of it (the package requires pydantic 2; checked by the caller).

/** Names only pydantic 1 has, and Stainless's switch for it (either of its names). */
export const PYDANTIC_1 =
  /\b_?PYDANTIC_V[12]\b|\ballow_population_by_field_name\b|\b__root__\b|\bupdate_forward_refs\b/;

/**
 * Why the hunk (`removed`, `added`: its lines) changes nothing the migrated file (`now`) runs, given the base's text of
 * the file (`base`); null when it may.
 */
export function runsTheSame(removed, added, now, base) {
  const code = (lines) => lines.map((l) => l.replace(/\n$/, '').trim()).filter((l) => l !== '');
  const [r, a] = [code(removed), code(added)];
  const has = new Set(now.split('\n').map((l) => l.trim()));
  // (A line of punctuation alone, `)`, is in every module: it says nothing.)
  const saysSomething = (l) => (l.match(/[A-Za-z0-9_]/g) ?? []).length >= 3;
  if (r.length === 0 || r.some((l) => saysSomething(l) && has.has(l))) return null;
  if (r.some((l) => PYDANTIC_1.test(l)) && !a.some((l) => PYDANTIC_1.test(l)) && !PYDANTIC_1.test(now))
    return "takes pydantic 1's support out";
  if (r.length !== a.length) return null;
  if (r.every((l, i) => l !== a[i] && withoutTypes(l) !== null && withoutTypes(l) === withoutTypes(a[i])))
    return 'types alone';
  if (r.every((l, i) => inlinesValue(l, a[i], base))) return "a name's value under pydantic 2 put in its place";
  return null;
}

function withoutTypes(line) {
  const def = /^((?:async\s+)?def\s+\w+)\s*\((.*)\)\s*(?:->.*)?:\s*(#.*)?$/.exec(line);
  if (def) {
    const params = topLevel(def[2]).map((p) => {
      const [head, ...rest] = p.split('=');
      const name = head.split(':')[0].trim();
      return rest.length ? `${name}=${rest.join('=').trim()}` : name;
    });
    return params.some((p) => p.includes(':')) ? null : `${def[1]}(${params.join(', ')})`;
  }
  let text = line.replace(/\s+/g, ' ');
  for (;;) {
    const at = text.search(/\bcast\(/);
    if (at < 0) return text;
    const open = at + 5;
    let depth = 1;
    let close = -1;
    for (let i = open; i < text.length && close < 0; i++) {
      if ('([{'.includes(text[i])) depth++;
      else if (')]}'.includes(text[i]) && --depth === 0) close = i;
    }
    const parts = close < 0 ? [] : topLevel(text.slice(open, close));
    if (parts.length !== 2) return null;
    text = `${text.slice(0, at)}${parts[1].trim()}${text.slice(close + 1)}`;
  }
}

function inlinesValue(before, after, base) {
  for (const m of before.matchAll(/\b[A-Za-z_]\w*\b/g)) {
    const name = m[0];
    const literal = after.slice(m.index, after.length - (before.length - m.index - name.length));
    if (`${before.slice(0, m.index)}${literal}${before.slice(m.index + name.length)}` !== after) continue;
    if (!/^(True|False|None|-?\d+(\.\d+)?|"[^"]*"|'[^']*')$/.test(literal)) continue;
    // The base binds it to that literal, in the branch pydantic 2 runs (an `else:` of a `PYDANTIC_V1` test).
    const lines = base.split('\n');
    const at = lines.findIndex((l) => l.trim() === `${name} = ${literal}`);
    if (at < 0) continue;
    const indent = /^\s*/.exec(lines[at])[0].length;
    for (let j = at - 1; j >= 0; j--) {
      if (lines[j].trim() === '' || /^\s*/.exec(lines[j])[0].length >= indent) continue;
      if (/^\s*else\s*:/.test(lines[j])) {
        const test = lines
          .slice(0, j)
          .reverse()
          .find((l) => /^\s*/.exec(l)[0].length === /^\s*/.exec(lines[j])[0].length);
        if (test && /^\s*if\s+(?:[\w.]*\.)?PYDANTIC_V1\s*:/.test(test)) return true;
      }
      break;
    }
  }
  return false;
}

function topLevel(list) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if ('([{'.includes(list[i])) depth++;
    else if (')]}'.includes(list[i])) depth--;
    else if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  if (list.slice(start).trim() !== '') parts.push(list.slice(start));
  return parts;
}

/**
 * Whether a hunk only takes names out of imports (one-line statements, or items of a parenthesised list) that the
 * migrated module's code reads: an import the owners' code no longer needed that sdkgen's code does (a params module
 * their own method does without), which the module cannot load without.
 */
export function importsStillRead(removed, added, now) {
  if (added.some((l) => l.trim() !== '')) return false;
  const names = [];
  for (const line of removed.map((l) => l.replace(/\n$/, ''))) {
    if (line.trim() === '') continue;
    const one = /^\s*from\s+\S+\s+import\s+([^()#]+?)\s*$/.exec(line);
    const item = /^\s+([\w.]+(?:\s+as\s+\w+)?)\s*,?\s*$/.exec(line);
    const list = one?.[1] ?? item?.[1];
    if (list === undefined) return false;
    for (const element of list.split(',')) {
      const [name, alias] = element.trim().split(/\s+as\s+/);
      if (name) names.push(alias ?? name);
    }
  }
  const code = now
    .replace(/^[ \t]*from\s+\S+\s+import\s+(\([^)]*\)|[^\n]+)|^[ \t]*import\s+[^\n]+/gm, '')
    .replace(/#.*$/gm, '');
  return names.length > 0 && names.every((name) => new RegExp(`(?<![\\w.])${name}\\b`).test(code));
}
