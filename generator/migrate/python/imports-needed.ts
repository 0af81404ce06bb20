/**
 * Names the carried edits use that only the owners' module imported (stagehand's `TYPE_CHECKING` and `cast`, added to
 * Stainless's `from typing import …` line, which sdkgen writes otherwise): imported as they were, into sdkgen's
 * statement importing from the same module where it has one (import-merge.ts). A name left unimported would fail when
 * the module is loaded.
 */
import { withImportStatements } from './import-merge';

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
  return needed.length === 0 ? text : withImportStatements(text, needed);
}

/**
 * Names sdkgen's module (`target`) and the owners' (`edited`) both import that the carried text (`text`) lost (an owners'
 * move of a name within an import list whose removal placed and whose addition did not): sdkgen's import of each,
 * put back among the module's imports. Both versions have the name: losing it is no edit of anyone's.
 */
export function withImportsKept(target: string, edited: string, text: string): string {
  const ours = importedNames(target);
  const theirs = importedNames(edited);
  const now = importedNames(text.replace(/^[ \t]+(?=(?:from|import)\s)/gm, ''));
  const lost = [...ours].filter(([name]) => theirs.has(name) && !now.has(name) && !defines(text, name));
  return lost.length === 0
    ? text
    : withImportStatements(
        text,
        lost.map(([, statement]) => statement),
      );
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
