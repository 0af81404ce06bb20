/**
 * Names the carried edits use that only the owners' module imported (stagehand's `TYPE_CHECKING` and `cast`, added to
 * Stainless's `from typing import …` line, which sdkgen writes otherwise): imported as they were, one statement each,
 * after sdkgen's imports. A name left unimported would fail when the module is loaded.
 */

/** `from <module> import <names>` on one line or in parentheses, and `import <module>`: the names they bind. */
const FROM_IMPORT = /^from\s+(\S+)\s+import\s+(\([^)]*\)|[^\n#]+)/gm;
const IMPORT = /^import\s+([^\n#]+)/gm;

export function withImportsNeeded(edited: string, text: string): string {
  const imported = importedNames(edited);
  // (sdkgen imports some modules inside the function using them: bound there too.)
  const bound = importedNames(text.replace(/^[ \t]+(?=(?:from|import)\s)/gm, ''));
  const code = withoutImports(text)
    .replace(/"""[\s\S]*?"""|'''[\s\S]*?'''/g, '')
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#.*$/gm, '');
  const needed: string[] = [];
  for (const [name, statement] of imported) {
    if (statement.startsWith('from __future__ ')) continue;
    if (bound.has(name) || !new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(code) || defines(text, name)) continue;
    needed.push(statement);
  }
  if (needed.length === 0) return text;
  const lines = text.split('\n');
  const at = afterImports(lines);
  return [...lines.slice(0, at), ...needed, ...lines.slice(at)].join('\n');
}

/**
 * Names sdkgen's module (`target`) and the owners' (`edited`) both import that the carried text (`text`) lost (an owners'
 * move of a name within an import list whose removal placed and whose addition did not): sdkgen's import of each,
 * as a statement of its own after the module's imports. Both versions have the name: losing it is no edit of anyone's.
 */
export function withImportsKept(target: string, edited: string, text: string): string {
  const ours = importedNames(target);
  const theirs = importedNames(edited);
  const now = importedNames(text.replace(/^[ \t]+(?=(?:from|import)\s)/gm, ''));
  const lost = [...ours].filter(([name]) => theirs.has(name) && !now.has(name) && !defines(text, name));
  if (lost.length === 0) return text;
  const lines = text.split('\n');
  const at = afterImports(lines);
  return [...lines.slice(0, at), ...lost.map(([, statement]) => statement), ...lines.slice(at)].join('\n');
}

/** Each name a module's top-level imports bind, with a statement importing that name alone. */
function importedNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, module, list] of text.matchAll(FROM_IMPORT)) {
    for (const element of list.replace(/[()]/g, '').split(',')) {
      const [original, alias] = element.trim().split(/\s+as\s+/);
      if (!original || original === '*') continue;
      const name = alias ?? original;
      names.set(name, `from ${module} import ${alias ? `${original} as ${alias}` : original}`);
    }
  }
  for (const [, list] of text.matchAll(IMPORT)) {
    for (const element of list.split(',')) {
      const [module, alias] = element.trim().split(/\s+as\s+/);
      if (module) names.set(alias ?? module.split('.')[0], `import ${element.trim()}`);
    }
  }
  return names;
}

function withoutImports(text: string): string {
  return text.replace(FROM_IMPORT, '').replace(IMPORT, '');
}

function defines(text: string, name: string): boolean {
  return new RegExp(`^(?:def|class|async def)\\s+${name}\\b|^${name}\\s*(?::[^=\\n]+)?=`, 'm').test(text);
}

/** The line after the module's leading imports (after its docstring and comments when it has none). */
function afterImports(lines: string[]): number {
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
