/**
 * Import statements a carry adds to a module, put where the module's own imports are: a name imported `from` a module
 * the text already imports from at its top level goes into that statement (into its parentheses, or onto its line
 * while it fits Ruff's line length, else laid out in parentheses as Ruff does), the rest as statements of their own
 * after the module's leading imports. A statement of its own beside one from the same module is what Ruff's isort
 * rewrites, and a person reviewing the move reads as noise.
 */

/** Ruff's line length in Stainless's and sdkgen's pyproject.toml. */
const LINE_LENGTH = 120;

const FROM_ONE = /^from\s+(\S+)\s+import\s+([^()#\n]+?)\s*$/;
const FROM_OPEN = /^from\s+(\S+)\s+import\s*\(\s*(#.*)?$/;

/** `text` with each of `statements` (`from m import a`, `from m import a as b`, `import m`) put among its imports. */
export function withImportStatements(text: string, statements: string[]): string {
  let lines = text.split('\n');
  const alone: string[] = [];
  for (const given of statements) {
    // A plain `import x` the module binds already (a carry placed it, or sdkgen's module has it): not again.
    const statement = withoutBound([...lines, ...alone], given);
    if (statement === null) continue;
    const merged = intoExisting(lines, statement);
    if (merged === null) alone.push(statement);
    else lines = merged;
  }
  if (alone.length === 0) return lines.join('\n');
  const at = afterImports(lines);
  return [...lines.slice(0, at), ...alone, ...lines.slice(at)].join('\n');
}

/** The lines with `statement`'s name added to a top-level statement importing from the same module; null if none. */
function intoExisting(lines: string[], statement: string): string[] | null {
  const wanted = FROM_ONE.exec(statement);
  if (wanted === null) return null;
  const [, module, list] = wanted;
  const names = list.split(',').map((name) => name.trim().replace(/\s+/g, ' '));
  const end = afterImports(lines);
  for (let i = 0; i < end; i++) {
    const open = FROM_OPEN.exec(lines[i]);
    if (open !== null && open[1] === module) {
      const close = lines.findIndex((line, j) => j > i && /^\s*\)/.test(line));
      if (close < 0) return null;
      const present = lines.slice(i + 1, close).flatMap((line) => namesOf(line.replace(/#.*$/, '')));
      const added = names.filter((name) => !present.includes(name));
      const indent = /^\s*/.exec(lines[i + 1] ?? '')?.[0] || '    ';
      return [...lines.slice(0, close), ...added.map((name) => `${indent}${name},`), ...lines.slice(close)];
    }
    const one = FROM_ONE.exec(lines[i]);
    if (one !== null && one[1] === module) {
      const present = namesOf(one[2]);
      const all = [...present, ...names.filter((name) => !present.includes(name))];
      const line = `from ${module} import ${all.join(', ')}`;
      const laidOut =
        line.length <= LINE_LENGTH ? [line] : [`from ${module} import (`, ...all.map((name) => `    ${name},`), ')'];
      return [...lines.slice(0, i), ...laidOut, ...lines.slice(i + 1)];
    }
  }
  return null;
}

const PLAIN = /^import\s+([\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*)\s*(?:#.*)?$/;

/**
 * `statement` less the modules a top-level `import` of `lines` imports already under the same name (`import a.b`,
 * `import a as b`); null when nothing is left. A `from` statement is left as it is (intoExisting merges it).
 */
function withoutBound(lines: string[], statement: string): string | null {
  const wanted = PLAIN.exec(statement.trim());
  if (wanted === null) return statement;
  const bound = new Set(
    lines.flatMap((line) => {
      const plain = PLAIN.exec(line);
      return plain === null ? [] : plain[1].split(',').map(normalElement);
    }),
  );
  const left = wanted[1]
    .split(',')
    .map(normalElement)
    .filter((element) => !bound.has(element));
  if (left.length === 0) return null;
  return `import ${left.join(', ')}`;
}

/** `a.b  as  c` → `a.b as c`. */
function normalElement(element: string): string {
  return element.trim().replace(/\s+/g, ' ');
}

function namesOf(list: string): string[] {
  return list
    .split(',')
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter((name) => name !== '');
}

/** The line after the module's leading imports (after its docstring and comments when it has none). */
export function afterImports(lines: string[]): number {
  let after = 0;
  let open = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (open > 0) {
      open += (line.match(/\(/g) ?? []).length - (line.match(/\)/g) ?? []).length;
      if (open <= 0) after = i + 1;
      continue;
    }
    if (/^(from\s+\S+\s+import|import)\s/.test(line)) {
      open = (line.match(/\(/g) ?? []).length - (line.match(/\)/g) ?? []).length;
      if (open <= 0) after = i + 1;
      continue;
    }
    if (/^(class|def|async def|if|try|@)\b/.test(line) || /^[A-Za-z_]\w*\s*(:|=)/.test(line)) break;
  }
  return after;
}

/**
 * Top-level import statements, as lines added to a module (a parenthesised list joined onto one line); null when a
 * line is anything else (code, a comment, an indented line).
 */
export function topLevelImports(added: string[]): string[] | null {
  const statements: string[] = [];
  let open: string | null = null;
  for (const line of added) {
    if (line.trim() === '') continue;
    if (open !== null) {
      if (/^\s*\)\s*$/.test(line)) {
        if (open.endsWith('import ')) return null;
        statements.push(open);
        open = null;
      } else if (/^\s+[\w. ]+,?\s*$/.test(line))
        open += `${open.endsWith('import ') ? '' : ', '}${line.trim().replace(/,$/, '')}`;
      else return null;
      continue;
    }
    const start = /^from\s+(\S+)\s+import\s*\(\s*$/.exec(line);
    if (start !== null) open = `from ${start[1]} import `;
    else if (FROM_ONE.test(line) || /^import\s+[\w.]+(\s+as\s+\w+)?(\s*,\s*[\w.]+(\s+as\s+\w+)?)*\s*$/.test(line))
      statements.push(line.trim());
    else return null;
  }
  return open === null && statements.length > 0 ? statements : null;
}
