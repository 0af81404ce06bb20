/**
 * Which exported types of a generated SDK a user can reach, read from its sources with the TypeScript parser: the
 * types a resource method's signature names (parameters, return type, overloads), a page class's fields and
 * interfaces, every type of the shared module,
 * and, in turn, every type their declarations name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export function reachableTypes(sdkDir: string): { reachable: Set<string>; declared: Set<string> } {
  const resources = path.join(sdkDir, 'src/resources');
  const pagination = path.join(sdkDir, 'src/pagination.ts');
  const files = [
    ...walk(resources).filter((f) => f.endsWith('.ts') && !f.endsWith(`${path.sep}index.ts`)),
    ...(existsSync(pagination) ? [pagination] : []),
  ];
  const declarations = new Map<string, string[]>();
  const roots: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const shared = path.basename(file) === 'shared.ts';
    for (const statement of source.statements) {
      // A page class's interfaces (`ServersPageResponse`, `ServersPageParams`, and the namespace of the former's
      // object fields) belong to pagination, which api.md does not list, as Stainless's does not; the types they
      // name are reachable from every page.
      if (file === pagination && (ts.isInterfaceDeclaration(statement) || ts.isModuleDeclaration(statement))) {
        roots.push(statement.getText(source).replace(/^[\s\S]*?\binterface\s+[\w$]+/, ''));
        continue;
      }
      if (ts.isClassDeclaration(statement)) {
        for (const member of statement.members) {
          // A page class's fields are reachable from every page.
          if (ts.isPropertyDeclaration(member)) roots.push(member.type?.getText(source) ?? '');
          if (!ts.isMethodDeclaration(member)) continue;
          roots.push(
            ...member.parameters.map((p) => p.type?.getText(source) ?? ''),
            member.type?.getText(source) ?? '',
          );
        }
      } else if (isReExportNamespace(statement)) {
        // `export declare namespace Members { export { … } }` only names, through the resource class, types declared
        // elsewhere: not a type of its own.
        continue;
      } else if (
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isModuleDeclaration(statement)
      ) {
        const name = statement.name.getText(source);
        declarations.set(name, [...(declarations.get(name) ?? []), statement.getText(source)]);
        if (shared) roots.push(name);
      }
    }
  }
  const reachable = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    for (const name of queue.shift()!.match(/\b[A-Za-z_$][\w$]*\b/g) ?? []) {
      if (reachable.has(name) || !declarations.has(name)) continue;
      reachable.add(name);
      queue.push(
        ...declarations.get(name)!.map((text) => text.replace(/^[\s\S]*?\b(interface|type|namespace)\s+[\w$]+/, '')),
      );
    }
  }
  return { reachable, declared: new Set(declarations.keys()) };
}

function isReExportNamespace(statement: ts.Statement): boolean {
  return (
    ts.isModuleDeclaration(statement) &&
    !!statement.body &&
    ts.isModuleBlock(statement.body) &&
    statement.body.statements.every(ts.isExportDeclaration)
  );
}

/** The names listed under "Types:" in an api.md. */
export function apiMdTypes(apiMd: string): string[] {
  return [...apiMd.matchAll(/^- <code><a href="[^"]*">([^<]+)<\/a><\/code>$/gm)].map((m) => m[1]!);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}
