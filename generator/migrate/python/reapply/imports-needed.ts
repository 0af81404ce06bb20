/**
 * Names the carried edits use that only the owners' module imported (stagehand's `TYPE_CHECKING` and `cast`, added to
 * Stainless's `from typing import …` line, which sdkgen writes otherwise): imported as they were, into sdkgen's
 * statement importing from the same module where it has one (import-merge.ts). A name left unimported would fail when
 * the module is loaded.
 */
import { withImportStatements } from './import-merge';
import { pythonImports, type PythonImport } from '../source/import-statements';

export function withImportsNeeded(edited: string, text: string): string {
  const imported = importedNames(edited);
  // (sdkgen imports some modules inside the function using them: bound there too.)
  const bound = importedNames(text, 'any depth');
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
  const now = importedNames(text, 'any depth');
  const lost = [...ours].filter(([name]) => theirs.has(name) && !now.has(name) && !defines(text, name));
  return lost.length === 0
    ? text
    : withImportStatements(
        text,
        lost.map(([, statement]) => statement),
      );
}

/** Each name a module's top-level imports bind (at any depth: a function's too), with a statement importing it alone. */
function importedNames(text: string, depth: 'top' | 'any depth' = 'top'): Map<string, string> {
  const names = new Map<string, string>();
  const statements = pythonImports(text).filter((s) => depth === 'any depth' || s.indent === '');
  // (Those of `from` first, then those of `import`: a name both bind is the plain import's.)
  for (const statement of statements.filter((s) => s.module !== null))
    for (const { bound, text: element } of statement.names)
      names.set(bound, `from ${statement.module} import ${element}`);
  for (const statement of statements.filter((s) => s.module === null))
    for (const { bound, text: element } of statement.names) names.set(bound, `import ${element}`);
  return names;
}

/** The text without its top-level import statements' lines. */
function withoutImports(text: string): string {
  const lines = text.split('\n');
  const inImport = new Set(
    pythonImports(lines)
      .filter((s: PythonImport) => s.indent === '')
      .flatMap((s) => Array.from({ length: s.end - s.start }, (_, k) => s.start + k)),
  );
  return lines.filter((_, at) => !inImport.has(at)).join('\n');
}

function defines(text: string, name: string): boolean {
  return new RegExp(`^(?:def|class|async def)\\s+${name}\\b|^${name}\\s*(?::[^=\\n]+)?=`, 'm').test(text);
}
