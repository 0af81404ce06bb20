/**
 * A module's import statements read by what each binds, and the statements a piece of code carried out of it needs
 * (client-hooks.ts carries the owners' client methods with the imports their bodies use).
 */
import { identifiers } from './code-identifiers';

export interface ImportStatement {
  specifier: string;
  typeOnly: boolean;
  /** Local name → what the statement binds it as (`{ a as b }`: b → 'a'; `* as qs`: qs → '*'; default: 'default'). */
  bindings: Map<string, { imported: string; typeOnly: boolean }>;
  /** The statement as written. */
  text?: string;
}

/** A module's import statements (`import … from '…'`, over one line or several), by what each binds. */
export function importStatements(text: string): ImportStatement[] {
  const statements: ImportStatement[] = [];
  const pattern = /^import\s+(type\s+)?([\s\S]*?)\s+from\s+['"]([^'"\n]+)['"];?/gm;
  for (const match of text.matchAll(pattern)) {
    const [, typeKeyword, clause, specifier] = match;
    const bindings = new Map<string, { imported: string; typeOnly: boolean }>();
    const namespace = /^\*\s+as\s+([\w$]+)$/.exec(clause.trim());
    if (namespace) bindings.set(namespace[1], { imported: '*', typeOnly: false });
    const named = /\{([\s\S]*)\}/.exec(clause);
    const defaultName = /^([\w$]+)\s*(?:,|$)/.exec(clause.trim());
    if (defaultName && !namespace) bindings.set(defaultName[1], { imported: 'default', typeOnly: false });
    for (const part of named?.[1].split(',') ?? []) {
      const element = /^\s*(type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?\s*$/.exec(part);
      if (element) bindings.set(element[3] ?? element[2], { imported: element[2], typeOnly: Boolean(element[1]) });
    }
    statements.push({ specifier, typeOnly: Boolean(typeKeyword), bindings, text: match[0] });
  }
  return statements;
}

/** One import statement per module for the `used` names, each bound as the owners' client.ts binds it. */
export function importsFor(statements: ImportStatement[], used: Set<string>): string[] {
  return statements.flatMap(({ specifier, typeOnly, bindings }) => {
    const taken = [...bindings].filter(([local]) => used.has(local));
    if (taken.length === 0) return [];
    const lead = typeOnly ? 'import type' : 'import';
    const namespace = taken.find(([, b]) => b.imported === '*');
    if (namespace) return [`${lead} * as ${namespace[0]} from '${specifier}';`];
    const defaultImport = taken.find(([, b]) => b.imported === 'default');
    const named = taken
      .filter(([, b]) => b.imported !== 'default')
      .map(([local, b]) => `${b.typeOnly ? 'type ' : ''}${b.imported === local ? local : `${b.imported} as ${local}`}`);
    const clause = [defaultImport?.[0], named.length > 0 ? `{ ${named.join(', ')} }` : undefined]
      .filter((part) => part !== undefined)
      .join(', ');
    return [`${lead} ${clause} from '${specifier}';`];
  });
}

/** The import statements of `module` that `code` uses, one per module (as `importsFor`). */
export function importsUsedBy(module: string, code: string): string[] {
  return importsFor(importStatements(module), new Set(identifiers(code)));
}

/** The index of the line that ends the module's last import statement (-1: none). */
export function lastImportLine(lines: string[]): number {
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!/^import\s/.test(lines[i])) continue;
    let end = i;
    while (end < lines.length && !/\bfrom\s+['"][^'"]+['"];?\s*$|^import\s+['"][^'"]+['"];?\s*$/.test(lines[end]))
      end++;
    last = end;
    i = end;
  }
  return last;
}
