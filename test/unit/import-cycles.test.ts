/**
 * The generator's modules import one another in one direction: no module reaches itself again through the values it
 * imports (imports of types only are erased at build and do not count). A cycle makes the order modules are
 * evaluated in matter, and hides which stage depends on which: what both sides need belongs in a module of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

const GENERATOR = path.join(ROOT, 'generator');

/** The relative specifiers a module imports or re-exports values from (and types from too, with `types`). */
function valueImports(fileName: string, text: string | ts.SourceFile, { types = false } = {}): string[] {
  const source =
    typeof text === 'string'
      ? ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
      : text;
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly && !types) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((element) => element.isTypeOnly);
      if ((types || !onlyTypes) && ts.isStringLiteral(statement.moduleSpecifier))
        specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined) {
      if (statement.isTypeOnly && !types) continue;
      const clause = statement.exportClause;
      const onlyTypes =
        clause !== undefined &&
        ts.isNamedExports(clause) &&
        clause.elements.length > 0 &&
        clause.elements.every((element) => element.isTypeOnly);
      if ((types || !onlyTypes) && ts.isStringLiteral(statement.moduleSpecifier))
        specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers.filter((specifier) => specifier.startsWith('.'));
}

/** The groups of modules that import one another in a circle (Tarjan's strongly connected components, size > 1). */
function importCycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (module: string): void => {
    index.set(module, next);
    low.set(module, next);
    next++;
    stack.push(module);
    onStack.add(module);
    for (const imported of graph.get(module) ?? []) {
      if (!index.has(imported)) {
        visit(imported);
        low.set(module, Math.min(low.get(module)!, low.get(imported)!));
      } else if (onStack.has(imported)) low.set(module, Math.min(low.get(module)!, index.get(imported)!));
    }
    if (low.get(module) !== index.get(module)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== module);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const module of graph.keys()) if (!index.has(module)) visit(module);
  return cycles;
}

/**
 * The generator's modules parsed, by path relative to generator/: parsed once for the three graphs below (5 MB of
 * sources, seconds of CPU each time).
 */
let parsed: Map<string, ts.SourceFile> | null = null;
function generatorSources(): Map<string, ts.SourceFile> {
  parsed ??= new Map(
    readdirSync(GENERATOR, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map((file) => file.split(path.sep).join('/'))
      .map((file) => [
        file,
        ts.createSourceFile(
          file,
          readFileSync(path.join(GENERATOR, file), 'utf8'),
          ts.ScriptTarget.Latest,
          false,
          ts.ScriptKind.TS,
        ),
      ]),
  );
  return parsed;
}

/** Every module of the generator, by path relative to generator/, and the modules it imports values (or types) from. */
function generatorGraph({ types = false } = {}): Map<string, string[]> {
  const sources = generatorSources();
  const files = [...sources.keys()];
  const known = new Set(files);
  const resolve = (from: string, specifier: string): string | null => {
    const target = path.posix.join(path.posix.dirname(from), specifier).replace(/\.js$/, '');
    return [target, `${target}.ts`, `${target}/index.ts`].find((candidate) => known.has(candidate)) ?? null;
  };
  return new Map(
    files.map((file) => [
      file,
      valueImports(file, sources.get(file)!, { types })
        .map((specifier) => resolve(file, specifier))
        .filter((target): target is string => target !== null),
    ]),
  );
}

describe('import cycles', () => {
  it('counts values imported and re-exported, not types', () => {
    const text = [
      "import { a } from './values';",
      "import type { T } from './types-only';",
      "import { type U, type V } from './named-types';",
      "import { type W, b } from './mixed';",
      "import * as all from './namespace';",
      "export { c } from './re-exported';",
      "export type { X } from './re-exported-types';",
      "export * from './star';",
      "import fs from 'node:fs';",
    ].join('\n');
    expect(valueImports('m.ts', text)).toEqual(['./values', './mixed', './namespace', './re-exported', './star']);
    expect(valueImports('m.ts', text, { types: true })).toEqual([
      './values',
      './types-only',
      './named-types',
      './mixed',
      './namespace',
      './re-exported',
      './re-exported-types',
      './star',
    ]);
  });

  it('finds the modules that import one another in a circle', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e2']],
      ['e2', ['e']],
    ]);
    expect(importCycles(graph)).toEqual([
      ['a', 'b', 'c'],
      ['e', 'e2'],
    ]);
    expect(
      importCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it("has none among the generator's modules", () => {
    const graph = generatorGraph();
    expect(graph.size).toBeGreaterThan(100);
    // The graph is read: stages import their neighbours.
    expect(graph.get('generate.ts')).toEqual(expect.arrayContaining(['ir/build.ts', 'generate-typescript.ts']));
    expect(importCycles(graph)).toEqual([]);
  });

  it("has none among the generator's modules counting the types they import: each depends on the other one way", () => {
    const graph = generatorGraph({ types: true });
    expect(graph.get('emit/typescript/plan-resource.ts')).toContain('emit/typescript/plan-context.ts');
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('emit targets', () => {
  /** The imports (values and types) that cross a line the layout draws, as "importer → imported". */
  function crossings(graph: Map<string, string[]>): string[] {
    const target = (module: string): string | null => /^emit\/([^/]+)\//.exec(module)?.[1] ?? null;
    const found: string[] = [];
    for (const [module, imports] of graph) {
      for (const imported of imports) {
        const from = target(module);
        const to = target(imported);
        const irReachesEmit = module.startsWith('ir/') && imported.startsWith('emit/');
        // Shared emit modules (no folder) serve every target; a target's folder reads only itself and the shared ones.
        const sharedReachesTarget = module.startsWith('emit/') && from === null && to !== null;
        const targetReachesOther = from !== null && to !== null && from !== to;
        if (irReachesEmit || sharedReachesTarget || targetReachesOther) found.push(`${module} → ${imported}`);
      }
    }
    return found;
  }

  it('finds an import across targets, from a shared module into a target, and from ir/ into emit/', () => {
    const graph = new Map([
      ['emit/render.ts', ['emit/typescript/plan.ts']],
      ['emit/python/emit.ts', ['emit/typescript/print-doc.ts', 'emit/render.ts', 'emit/python/model.ts']],
      ['emit/typescript/plan.ts', ['emit/render.ts', 'ir/types.ts']],
      ['ir/build.ts', ['emit/render.ts', 'naming/case.ts']],
    ]);
    expect(crossings(graph)).toEqual([
      'emit/render.ts → emit/typescript/plan.ts',
      'emit/python/emit.ts → emit/typescript/print-doc.ts',
      'ir/build.ts → emit/render.ts',
    ]);
  });

  it("keeps each target's modules to its own folder and the shared ones", () => {
    const graph = generatorGraph({ types: true });
    expect(graph.get('emit/python/emit.ts')).toContain('emit/render.ts');
    expect(crossings(graph)).toEqual([]);
  });
});
