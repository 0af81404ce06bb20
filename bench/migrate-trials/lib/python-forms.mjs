// Check 4 of a Python trial, for hunks whose lines are in the migrated file in another form of the same meaning:
// - an import line (`from typing import TYPE_CHECKING, Dict, cast`) where the migrated module imports each of its
//   names from that module (sdkgen's statement lists names of its own beside them, or the names come in another
//   statement), or reads none of those it does not import (the owners' tests carried alone: an unused import);
// - an `__all__` line where the migrated module's `__all__` has each of its names and none of those the hunk took out;
// - a TOML list of strings (`requires = [...]`, mypy's `exclude`) where the migrated file's key of that name has each
//   item the owners added and none they took out (sdkgen's list has items of its own, or quotes them otherwise);
// - a line of a parenthesised import (`from m import (`, a name a line) where the whole statement, as the ref has it,
//   is imported alike (as above);
// - a dependency the owners added by its bare name (`"pytest-xdist",`) to a list of pyproject.toml where the migrated
//   file's group of that name (a dependency group or an extra: sdkgen keeps the dev group as an extra) has the same
//   dependency with a bound (`"pytest-xdist>=3.6.1"`), which asks for it all the same;
// - a skip mark the owners put on one of Stainless's tests (the base has its `def`) that the migrated module does not
//   define: sdkgen writes none of Stainless's tests of its runtime, so there is no test left to skip;
// - a TOML key set to an empty value (`conflicts = []`) that the migrated file's table does not set at all;
// - a line of Stainless's the owners moved (the base has it, word for word): Stainless's wording, not the owners',
//   which sdkgen's file says in its own (the README's requirements section moved up); or has it once the package's
//   old name is read as the new (a base whose package the owners moved: Stainless's docstring naming the old module,
//   left as it was, is no edit of theirs);
// - a parameter's annotation the owners widened to a union (a member a line, some repeated), where the migrated
//   module gives a parameter of that name a union of the same members, in any order, with the same default;
// - a keyword argument with a constant (`by_alias=True,`) added to a call in a function where the migrated module's
//   function of that name passes the keyword on from its parameter (`by_alias=by_alias,`) whose default is that
//   constant (`by_alias: bool = True,`): what every caller naming none gets, as the owners' line gave it;
// - a hunk partly there by chance (a `continue` line the file has elsewhere) of a file migrate's report lists more
//   hunks of as done by sdkgen's runtime (with a test that exists) than the line-by-line check claimed.
// Each is said in the reason; a hunk with any other line missing still fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { norm } from './owners.mjs';
import { rescoreHunks } from './python-rescore.mjs';
import { pyprojectDependencies } from './python-trial.mjs';

export function withSameMeaning(c4, repo, refSha, owners, doneByRuntime = []) {
  const { lost = [], partial = [], done = [] } = c4.details ?? {};
  if (lost.length + partial.length === 0) return c4;
  const unclaimed = new Map();
  for (const item of doneByRuntime.filter((d) => d.testFound))
    unclaimed.set(item.path, (unclaimed.get(item.path) ?? 0) + 1);
  for (const item of done) unclaimed.set(item.file, (unclaimed.get(item.file) ?? 0) - 1);
  const texts = new Map();
  const read = (ref, file) => {
    const key = `${ref ?? ''}\0${file}`;
    if (!texts.has(key)) {
      const p = path.join(repo, file);
      const r = ref
        ? spawnSync('git', ['show', `${ref}:${file}`], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 })
        : { status: fs.existsSync(p) ? 0 : 1, stdout: fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '' };
      texts.set(key, r.status === 0 ? r.stdout : null);
    }
    return texts.get(key);
  };
  const trivial = (s) => (s.match(/[A-Za-z0-9]/g) ?? []).length < 3;
  const forms = new Map();
  const sameMeaning = (miss) => {
    if (partial.includes(miss) && (unclaimed.get(miss.file) ?? 0) > 0) {
      unclaimed.set(miss.file, unclaimed.get(miss.file) - 1);
      forms.set(miss, "done by sdkgen's runtime, per migrate's report");
      return true;
    }
    const hunk = owners.hunks.find((h) => h.file === miss.file && h.header === miss.header);
    const now = read(null, miss.file);
    if (!hunk || now === null || hunk.added.length === 0) return false;
    if (
      miss.file.endsWith('.py') &&
      unionAlike(
        hunk.added.map((a) => a.text),
        hunk.removed,
        now,
      )
    ) {
      forms.set(miss, "a parameter's union of the same members");
      return true;
    }
    const base = read(owners.base, miss.file) ?? '';
    const baseLines = new Set(base.split('\n').map((l) => norm(l)));
    const renamed = renamedBase(repo, owners.base);
    const found = [];
    for (const added of hunk.added) {
      const line = added.text.replace(/\n$/, '');
      if (trivial(line) || norm(now).includes(norm(line))) continue;
      const refText = read(refSha, miss.file) ?? '';
      const form =
        (miss.file.endsWith('.py') && importedAlike(line, now) && 'import names') ||
        (miss.file.endsWith('.py') &&
          importedAlike(enclosingImport(refText, added.line) ?? '', now) &&
          'import names') ||
        (miss.file.endsWith('.py') &&
          skipOfAbsentTest(line, refText, added.line, base, now) &&
          "a skip mark on Stainless's test, not written") ||
        (miss.file.endsWith('pyproject.toml') &&
          boundedAlike(line, refText, added.line, now) &&
          'a dependency there with a bound') ||
        (miss.file.endsWith('.py') && exportedAlike(line, hunk.removed, now) && '__all__ names') ||
        (miss.file.endsWith('.py') &&
          defaultedAlike(line, refText, added.line, now) &&
          "a keyword's constant as the default of the parameter the call passes on") ||
        (miss.file.endsWith('.toml') &&
          listAlike(line, hunk.removed, tableOf(read(refSha, miss.file) ?? '', line), now) &&
          'list items') ||
        (miss.file.endsWith('.toml') &&
          emptiedAbsent(line, tableOf(read(refSha, miss.file) ?? '', line), now) &&
          'a key emptied, absent') ||
        (miss.file.endsWith('.toml') &&
          commentedOutItems(added, hunk.removed, read(refSha, miss.file) ?? '', now) &&
          'list items commented out, absent') ||
        (baseLines.has(norm(line)) && "Stainless's line moved") ||
        (renamed && baseLines.has(norm(renamed(line))) && "Stainless's line under the package's old name");
      if (!form) return false;
      found.push(form);
    }
    if (found.length === 0) return false;
    forms.set(miss, [...new Set(found)].join(', '));
    return true;
  };
  const alike = [...lost, ...partial].filter(sameMeaning);
  return rescoreHunks(c4, owners, [
    {
      key: 'sameMeaning',
      misses: alike,
      detail: (m) => ({ ...m, form: forms.get(m) }),
      note: (list) =>
        `${list.length} in the migrated file in another form of the same meaning: ${list.map((m) => `${m.file}: ${forms.get(m)}`).join('; ')}`,
    },
  ]);
}

const ABC_NAMES = new Set(
  'AbstractSet AsyncGenerator AsyncIterable AsyncIterator Awaitable Callable Collection Container Coroutine Generator Hashable ItemsView Iterable Iterator KeysView Mapping MappingView MutableMapping MutableSequence MutableSet Reversible Sequence Sized ValuesView'.split(
    ' ',
  ),
);

/** The names a `from M import …` statement binds, by module, in a module's text (parenthesised lists too). */
function importsByModule(text) {
  const byModule = new Map();
  for (const [, module, list] of text.matchAll(/^[ \t]*from\s+(\S+)\s+import\s+(\([^)]*\)|[^\n#]+)/gm)) {
    const names = byModule.get(module) ?? new Set();
    for (const element of list.replace(/[()]/g, '').split(',')) {
      const name = element.replace(/#.*$/, '').trim();
      if (name) names.add(name.replace(/\s+/g, ' '));
    }
    byModule.set(module, names);
  }
  return byModule;
}

function importedAlike(line, now) {
  const [statement] = importsByModule(line);
  if (!statement) return false;
  const [module, names] = statement;
  const imported = importsByModule(now);
  // `typing` re-exports the abstract collections of `collections.abc` under the same names.
  const abcAlike = module === 'typing' || module === 'collections.abc';
  const there = new Set([
    ...(imported.get(module) ?? []),
    ...(abcAlike
      ? [...(imported.get('typing') ?? []), ...(imported.get('collections.abc') ?? [])].filter((n) => ABC_NAMES.has(n))
      : []),
  ]);
  // A name the migrated module's code never reads need not be imported (the owners' tests carried without those of
  // Stainless's that read it: importing it would be an unused import).
  const code = now
    .replace(/^[ \t]*from\s+\S+\s+import\s+(\([^)]*\)|[^\n]*)/gm, '')
    .replace(/^[ \t]*import\s[^\n]*/gm, '')
    .replace(/#.*$/gm, '');
  const read = (name) => new RegExp(`(?<![\\w.])${name.split(' as ').pop()}(?!\\w)`).test(code);
  return [...names].every((name) => there.has(name) || !read(name));
}

/** The quoted strings of a one-line list (`["a", 'b']`), unquoted, or null when the text is no such list. */
function strings(text) {
  const list = /\[([\s\S]*)\]/.exec(text);
  if (!list) return null;
  return [...list[1].matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]);
}

function exportedAlike(line, removed, now) {
  if (!/^__all__\s*[+]?=\s*\[.*\]\s*$/.test(line.trim())) return false;
  const names = strings(line);
  const all = /^__all__\s*=\s*\[([\s\S]*?)\]/m.exec(now);
  if (!names || !all) return false;
  const there = new Set(strings(`[${all[1]}]`));
  const gone = (strings(`[${removed.join(' ')}]`) ?? []).filter((name) => !names.includes(name));
  return names.every((name) => there.has(name)) && gone.every((name) => !there.has(name));
}

/** The TOML table a line is in (its `[header]` above it), '' for none or where the line is not found. */
function tableOf(text, line) {
  const lines = text.split('\n');
  const at = lines.indexOf(line);
  for (let i = at; i >= 0; i--) {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(lines[i]);
    if (header && !/=/.test(lines[i])) return header[1];
  }
  return '';
}

/** The text of a TOML table (its lines after its header, to the next header); the whole text for ''. */
function tableText(text, table) {
  if (table === '') return text;
  const lines = text.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^\\s*\\[\\[?\\s*${escape(table)}\\s*\\]`).test(l));
  if (at < 0) return '';
  const end = lines.findIndex((l, i) => i > at && /^\s*\[[^\]=]+\]\s*(#.*)?$/.test(l));
  return lines.slice(at + 1, end < 0 ? lines.length : end).join('\n');
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function listAlike(line, removed, table, whole) {
  const now = tableText(whole, table);
  const assignment = /^\s*([A-Za-z0-9_.-]+)\s*=\s*(\[.*\])\s*(#.*)?$/.exec(line);
  if (!assignment) return false;
  const items = strings(assignment[2]);
  const before =
    strings(
      `[${removed
        .join(' ')
        .replace(/^[^=]*=\s*/, '')
        .replace(/^\[|\]\s*$/g, '')}]`,
    ) ?? [];
  if (!items) return false;
  const value = new RegExp(`^\\s*${escape(assignment[1])}\\s*=\\s*(\\[[\\s\\S]*?\\])`, 'm').exec(now);
  if (!value) return false;
  const there = new Set(strings(value[1].replace(/\n/g, ' ')) ?? []);
  const added = items.filter((item) => !before.includes(item));
  const gone = before.filter((item) => !items.includes(item));
  return added.every((item) => there.has(item)) && gone.every((item) => !there.has(item));
}

/**
 * Items of a TOML list laid out an item a line that the owners commented out (`"TC004",` → `# "TC004", # fails lint`):
 * the line added is a comment, each line removed an item of the list that line stands in at the ref, and the migrated
 * file's key of that name in the same table (sdkgen's list, laid out its own way) has none of them.
 */
function commentedOutItems(added, removed, refText, whole) {
  if (!/^\s*#/.test(added.text) || removed.length === 0 || !added.line) return false;
  const ITEM_LINE = /^\s*("(?:[^"\\]|\\.)*"|'[^']*')\s*,?\s*(#.*)?$/;
  if (!removed.every((l) => ITEM_LINE.test(l))) return false;
  const items = removed.map((l) => strings(`[${ITEM_LINE.exec(l)[1]}]`)[0]);
  const lines = refText.split('\n');
  let key = null;
  let table = '';
  for (let i = added.line - 2; i >= 0 && key === null; i--) {
    const code = lines[i].replace(/#.*$/, '');
    if (/\]/.test(code) && !/=\s*\[\s*$/.test(code)) return false;
    key = /^\s*([A-Za-z0-9_.-]+)\s*=\s*\[\s*$/.exec(code)?.[1] ?? null;
  }
  if (key === null) return false;
  for (let i = added.line - 1; i >= 0; i--) {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(lines[i]);
    if (header && !/=/.test(lines[i])) {
      table = header[1];
      break;
    }
  }
  const value = new RegExp(`^\\s*${escape(key)}\\s*=\\s*(\\[[\\s\\S]*?\\])`, 'm').exec(tableText(whole, table));
  if (!value) return false;
  const there = new Set(strings(value[1].replace(/\n/g, ' ')) ?? []);
  return items.every((item) => !there.has(item));
}

/** The parenthesised `from m import (…)` statement of the ref's line `at` (1-based), whole; null for any other line. */
function enclosingImport(refText, at) {
  if (!at) return null;
  const lines = refText.split('\n');
  let start = at - 1;
  while (start >= 0 && !/^\s*from\s+\S+\s+import\s+\(/.test(lines[start])) {
    if (start < at - 1 && /\)/.test(lines[start].replace(/#.*$/, ''))) return null;
    if (at - 1 - start > 200) return null;
    start--;
  }
  if (start < 0) return null;
  let end = start;
  while (end < lines.length && !/\)/.test(lines[end].replace(/#.*$/, ''))) end++;
  return end < at - 1 || end >= lines.length ? null : lines.slice(start, end + 1).join('\n');
}

/**
 * A skip mark (`@pytest.mark.skip(…)`) at the ref's line `at` on a test function of Stainless's (its `def` is in the
 * base) that the migrated module does not define at all.
 */
function skipOfAbsentTest(line, refText, at, base, now) {
  if (!at || !/^\s*@pytest\.mark\.skip(if)?\b/.test(line)) return false;
  const lines = refText.split('\n');
  let i = at;
  while (i < lines.length && /^\s*(@|#|$)/.test(lines[i])) i++;
  const name = /^\s*(?:async\s+)?def\s+(test\w*)\s*\(/.exec(lines[i] ?? '')?.[1];
  if (!name) return false;
  const defines = (text) => new RegExp(`^\\s*(?:async\\s+)?def\\s+${name}\\s*\\(`, 'm').test(text);
  return defines(base) && !defines(now);
}

/**
 * A bare dependency (`"pytest-xdist",`, no specifier nor marker) at the ref's line `at` of a list of pyproject.toml
 * (`dev = [` of `[dependency-groups]`), where the migrated file's dependencies of a group of that key (a dependency
 * group or an extra) name the same distribution.
 */
function boundedAlike(line, refText, at, whole) {
  const item = /^\s*["']([A-Za-z0-9][A-Za-z0-9._-]*)["']\s*,?\s*(#.*)?$/.exec(line);
  if (!item || !at) return false;
  const lines = refText.split('\n');
  let key = null;
  let i = at - 2;
  for (; i >= 0 && key === null; i--) {
    const code = lines[i].replace(/#.*$/, '');
    if (/\]/.test(code) && !/=\s*\[/.test(code)) return false;
    key = /^\s*"?([A-Za-z0-9_.-]+)"?\s*=\s*\[/.exec(code)?.[1] ?? null;
  }
  if (key === null) return false;
  let table = '';
  for (; i >= 0; i--) {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(lines[i]);
    if (header && !/=/.test(lines[i])) {
      table = header[1];
      break;
    }
  }
  const name = item[1].toLowerCase().replace(/[-_.]+/g, '-');
  const sections =
    table === 'project' && key === 'dependencies'
      ? ['project.dependencies']
      : table === 'project.optional-dependencies' || table === 'dependency-groups'
        ? [`project.optional-dependencies.${key}`, `dependency-groups.${key}`]
        : [];
  const deps = pyprojectDependencies(whole);
  return sections.some((section) => deps.has(`${section} ${name}`));
}

function emptiedAbsent(line, table, whole) {
  const assignment = /^\s*([A-Za-z0-9_.-]+)\s*=\s*(\[\s*\]|\{\s*\}|""|'')\s*(#.*)?$/.exec(line);
  if (!assignment) return false;
  return !new RegExp(`^\\s*${escape(assignment[1])}\\s*=`, 'm').test(tableText(whole, table));
}

/**
 * For a base whose package the owners moved (owners-base.mjs's commit "trial: <from> of the named base at <to>"), the
 * renaming of a line from the old import name to the new; null for any other base.
 */
function renamedBase(repo, base) {
  const subject = spawnSync('git', ['log', '-1', '--format=%s', base], { cwd: repo, encoding: 'utf8' }).stdout ?? '';
  const m = /^trial: (src\/(?:[A-Za-z_]\w*\/)?) of the named base at src\/([A-Za-z_]\w*)\/$/.exec(subject.trim());
  if (!m) return null;
  const [from, to] = [m[1] === 'src/' ? 'src' : m[1].slice('src/'.length, -1), m[2]];
  const word =
    from === 'src' ? /\bsrc(?=\.[A-Za-z_]|\s+import\b)|(?<=\bimport\s+)src\b/g : new RegExp(`\\b${from}\\b`, 'g');
  return (line) => line.replace(word, to);
}

/** `name: A | B = d,` of the lines of one parameter: its name, its union's members (spaces out), its default. */
function unionParameter(lines) {
  const text = lines.map((l) => l.replace(/\n$/, '').trim()).join(' ');
  const m = /^([A-Za-z_]\w*)\s*:\s*(.+?),?$/.exec(text);
  if (!m || lines.slice(1).some((l) => !/^\s*\|/.test(l))) return null;
  const members = [];
  let [depth, start, fallback] = [0, 0, ''];
  let type = m[2];
  for (let i = 0; i <= type.length; i++) {
    const c = type[i];
    if (c !== undefined && '([{'.includes(c)) depth++;
    else if (c !== undefined && ')]}'.includes(c)) depth--;
    else if (c === '=' && depth === 0) {
      fallback = type.slice(i + 1).trim();
      type = type.slice(0, i);
    }
    if (i >= type.length || (c === '|' && depth === 0)) {
      members.push(type.slice(start, i).replace(/\s+/g, ''));
      start = i + 1;
      if (i >= type.length) break;
    }
  }
  return { name: m[1], members: new Set(members), fallback };
}

/** Whether the added lines widen one parameter's union, which the migrated module `now` has with the same members. */
export function unionAlike(added, removed, now) {
  const after = unionParameter(added);
  const before = unionParameter(removed);
  if (!after || !before || before.name !== after.name || after.members.size <= before.members.size) return false;
  const lines = now.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!new RegExp(`^\\s*${after.name}\\s*:`).test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && /^\s*\|/.test(lines[end])) end++;
    const there = unionParameter(lines.slice(i, end));
    if (
      there &&
      there.fallback === after.fallback &&
      there.members.size === after.members.size &&
      [...after.members].every((x) => there.members.has(x))
    )
      return true;
  }
  return false;
}

/**
 * Whether `line` (a line of a keyword argument with a constant, added at 1-based `at` of `refText`; the argument on one
 * line or over several, as a tuple, dict or call of constants) is, in the migrated module `now`, part of the default of
 * the parameter of that name of the function of the same name, whose body passes it on by name.
 */
export function defaultedAlike(line, refText, at, now) {
  const ref = refText.split('\n');
  const argument = keywordArgumentAt(ref, at - 1);
  if (argument === null) return false;
  const { name, value, first } = argument;
  if (!constantValue(value)) return false;
  const indentOf = (l) => /^\s*/.exec(l)[0].length;
  let fn = null;
  for (let i = first - 1; i >= 0 && fn === null; i--) {
    const def = /^(\s*)(?:async\s+)?def\s+(\w+)\s*\(/.exec(ref[i]);
    if (def && def[1].length < indentOf(ref[first])) fn = def[2];
  }
  if (fn === null) return false;
  const lines = now.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^\\s*(?:async\\s+)?def\\s+${fn}\\s*\\(`).test(l));
  if (start < 0) return false;
  let end = start + 1;
  while (
    end < lines.length &&
    (lines[end].trim() === '' || indentOf(lines[end]) > indentOf(lines[start]) || /^\s*\)/.test(lines[end]))
  )
    end++;
  const body = lines.slice(start, end);
  const passed = new RegExp(`^\\s*${name}\\s*=\\s*${name}\\s*,?\\s*$`);
  if (!body.some((l) => passed.test(l))) return false;
  const declared = new RegExp(`^\\s*${name}\\s*(?::[^=]*)?=(?!=)`);
  return body.some((l, k) => {
    if (!declared.test(l)) return false;
    const span = bracketSpan(body, k);
    const text = [l.replace(declared, ''), ...body.slice(k + 1, span)].join('\n');
    return valueKey(text) === valueKey(value);
  });
}

/** The keyword argument (`name=value`, on one line or over the lines its brackets span) line `index` is part of. */
function keywordArgumentAt(lines, index) {
  for (let k = index; k >= 0 && k > index - 60; k--) {
    const keyword = /^\s*([A-Za-z_]\w*)\s*=(?!=)/.exec(lines[k]);
    if (keyword === null) continue;
    const end = bracketSpan(lines, k);
    if (end <= index) return null;
    return {
      name: keyword[1],
      value: [lines[k].replace(keyword[0], ''), ...lines.slice(k + 1, end)].join('\n'),
      first: k,
    };
  }
  return null;
}

/** The line after the last one the brackets opened on line `k` span (strings and comments aside). */
function bracketSpan(lines, k) {
  let depth = 0;
  for (let i = k; i < lines.length; i++) {
    for (const c of blankStrings(lines[i]).replace(/#.*$/, '')) {
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth--;
    }
    if (depth <= 0) return i + 1;
  }
  return lines.length;
}

const blankStrings = (text) => text.replace(/(["'])(?:\\.|(?!\1)[^\n])*\1/g, '""');

/** A value's code without spaces, line breaks, comments and the commas a wrap adds (before a closer, at the end). */
function valueKey(text) {
  return text
    .split('\n')
    .map((l) => l.replace(/(["'])(?:\\.|(?!\1)[^\n])*\1|#.*$/g, (all, quote) => (quote ? all : '')))
    .join('')
    .replace(/\s+/g, '')
    .replace(/,(?=[)\]}])/g, '')
    .replace(/,$/, '');
}

/** A constant: True, False, None, numbers, strings, and displays or calls (a name's) of constants alone. */
function constantValue(value) {
  const code = blankStrings(value).replace(/#.*$/gm, '').trim().replace(/,$/, '');
  if (code === '') return false;
  for (const m of code.matchAll(
    /\s+|([A-Za-z_][\w.]*)(\s*\(|\s*=(?!=))?|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|""|[()[\]{},:]|(.)/g,
  )) {
    if (m[3] !== undefined) return false;
    if (m[1] !== undefined && m[2] === undefined && !['True', 'False', 'None'].includes(m[1])) return false;
  }
  return true;
}
