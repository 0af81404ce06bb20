/**
 * One Python module's imports, as a `PyModuleBuilder` (print-types.ts) collects them while it writes annotations:
 * names from `typing`, names from the package's modules (aliased where two modules give one name), plain statements;
 * written in the order Ruff's isort gives them, those of the modules imported last (`lateImports`) at the end.
 */
import { importText, isortSections, parseImport, type ImportStatement } from '../py-isort';
import { importOneNameALine, layoutFromImport, type TopLevelStatement } from '../py-layout';
import { relativeImport, TYPING, TYPING_EXTENSIONS } from './py-type-index';

/** How the builder writes an import it lays out (see PyModuleBuilder's `laidOut` and `oneNameALine`). */
export interface ImportLayout {
  oneNameALine: (from: string, names: readonly string[]) => boolean;
  laidOut: (layout: string | null, fallback: () => string) => string;
  /** The width past which isort's black profile wraps an import (an older era's: python-type-era.ts); null: Ruff's. */
  isortWidth?: number | null;
}

/** The names a module imports last and the modules they come from (see `lateImports`). */
export interface LateImports {
  /** Names written in quotes, none of them a class base. */
  quoted: Set<string>;
  names: Set<string>;
  /** The `from` modules, as written (`..types`). */
  froms: Set<string>;
}

export class PyImports {
  private readonly typing = new Set<string>();
  private readonly fromImports = new Map<string, Set<string>>();
  private readonly plainImports = new Set<string>();
  /** Each name imported (as the module uses it), with the module it comes from. */
  readonly importedFrom = new Map<string, string>();
  /** Local names of names imported under an alias, by `<module>\0<name>`; and the other way. */
  private readonly aliases = new Map<string, string>();
  readonly aliasedNames = new Map<string, string>();
  /** The package a name of a module is imported from instead (PyModuleBuilder's `importThrough`). */
  importThrough: (module: string) => string | null = () => null;

  constructor(
    private readonly module: string,
    /** The names the module declares or imports, and a new one of them from a wanted one. */
    private readonly names: { taken: Set<string>; uniqueName: (wanted: string) => string },
  ) {}

  use(name: string): string {
    this.typing.add(name);
    return name;
  }

  /** See PyModuleBuilder's `importFrom`. */
  importFrom(imported: string, name: string): string {
    const module = this.importThrough(imported) ?? imported;
    const known = this.importedFrom.get(name);
    const aliased = this.aliases.get(`${module}\0${name}`);
    if (aliased) return aliased;
    let local = name;
    // Nor under a name the module gave a type of its own already (a nested union named after its field, `Commit`,
    // that holds a field of the imported `Commit`).
    if ((known !== undefined && known !== module) || (known === undefined && this.names.taken.has(name))) {
      local = this.names.uniqueName(`${name}${/_params?(\/|$)/.test(module) ? 'Param' : 'Model'}`);
      this.aliases.set(`${module}\0${name}`, local);
      this.aliasedNames.set(local, name);
    }
    this.importedFrom.set(local, module);
    const from = relativeImport(this.module, module).replace(/\.__init__$/, '');
    let names = this.fromImports.get(from);
    if (!names) this.fromImports.set(from, (names = new Set()));
    names.add(local === name ? name : `${name} as ${local}`);
    this.names.taken.add(local);
    return local;
  }

  /** `from <package> import <module>` (`from ..types import prompt_create_params`): returns the module's name. */
  importModule(module: string): string {
    const parts = module.split('/');
    const name = parts.pop()!;
    const from = relativeImport(this.module, [...parts, '__init__'].join('/')).replace(/\.__init__$/, '');
    let names = this.fromImports.get(from || '.');
    if (!names) this.fromImports.set(from || '.', (names = new Set()));
    names.add(name);
    return name;
  }

  /** Subpackages imported as names (`from ..types import shared_params`), by name: their parent package (`types`). */
  readonly packageMembers = new Map<string, string>();

  /** `from <package> import <name>` (`from ..types import shared_params`), whatever folder the module is in. */
  importPackageMember(pkg: string, name: string): string {
    this.packageMembers.set(name, pkg);
    const from = relativeImport(this.module, pkg);
    let names = this.fromImports.get(from);
    if (!names) this.fromImports.set(from, (names = new Set()));
    names.add(name);
    return name;
  }

  importPlain(statement: string): void {
    this.plainImports.add(statement);
  }

  /** The modules names are imported from (package-relative), and whether any of them (`eager`) is a class base. */
  modules(eager: ReadonlySet<string>): Map<string, { eager: boolean }> {
    const modules = new Map<string, { eager: boolean }>();
    for (const [name, module] of this.importedFrom) {
      const entry = modules.get(module) ?? { eager: false };
      if (eager.has(name)) entry.eager = true;
      modules.set(module, entry);
    }
    return modules;
  }

  /**
   * The modules imported last: a module whose names are all named in quotes (`lateNames`, and none of them a class
   * base, `eager`) is, and so is one of `lateModules` none of whose names is a class base.
   */
  lateImports(
    lateNames: ReadonlySet<string>,
    eager: ReadonlySet<string>,
    lateModules: ReadonlySet<string>,
  ): LateImports {
    const quoted = new Set([...lateNames].filter((name) => !eager.has(name)));
    const late = new Set(lateModules);
    for (const [name, module] of this.importedFrom) if (quoted.has(name)) late.add(module);
    for (const [name, module] of this.importedFrom)
      if (late.has(module) && !quoted.has(name) && (eager.has(name) || !lateModules.has(module))) late.delete(module);
    const names = new Set([...this.importedFrom].filter(([, m]) => late.has(m)).map(([name]) => name));
    const froms = new Set([...late].map((m) => relativeImport(this.module, m).replace(/\.__init__$/, '')));
    return { quoted, names, froms };
  }

  /** The import lines at the module's top (`from __future__ import annotations` first where `lazy`), isort's groups. */
  topLines(late: LateImports, lazy: boolean, layout: ImportLayout): string[] {
    // A lone `_utils` name stays on its line (honcho's 2024 `from ...._utils import maybe_transform`); a lone
    // `_base_client` one was bracketed all the same before 2024-07-11.
    const fromImport = (from: string, names: string[]) =>
      layout.oneNameALine(from, names) && !(names.length === 1 && /^\.+_utils$/.test(from))
        ? importOneNameALine('', from, names)
        : layout.laidOut(
            layoutFromImport('', from, names, layout.isortWidth ?? null),
            () => `from ${from} import ${names.join(', ')}`,
          );
    const imports: ImportStatement[] = [];
    for (const text of this.plainImports) {
      // (Every statement the printers add parses; one that did not would be a printer's bug, kept as written.)
      imports.push(parseImport(text) ?? { module: text.replace(/^import /, ''), names: [] });
    }
    const typing = [...this.typing].filter((name) => TYPING.has(name));
    if (typing.length) imports.push({ module: 'typing', names: typing });
    const typingExt = [...this.typing].filter((name) => TYPING_EXTENSIONS.has(name));
    if (typingExt.length) imports.push({ module: 'typing_extensions', names: typingExt });
    for (const [from, names] of this.fromImports)
      if (!late.froms.has(from)) imports.push({ module: from, names: [...names] });
    const lines: string[] = lazy ? ['from __future__ import annotations'] : [];
    // In the order Ruff's isort gives them (py-isort.ts), so that the SDK's own lint passes.
    for (const group of isortSections(imports, '')) {
      if (lines.length > 0) lines.push('');
      for (const statement of group)
        lines.push(statement.names.length ? fromImport(statement.module, statement.names) : importText(statement));
    }
    while (lines[lines.length - 1] === '') lines.pop();
    return lines;
  }

  /** The imports written last, a block of their own (in isort's order too) after the module's definitions. */
  lastStatements(late: LateImports, layout: ImportLayout): TopLevelStatement[] {
    const lateImports = [...this.fromImports]
      .filter(([from]) => late.froms.has(from))
      .map(([module, names]) => ({ module, names: [...names] }));
    return isortSections(lateImports, '')
      .flat()
      .map(({ module, names }, i) => {
        // (As Stainless's: no pragma, E402 is none of the rules the package's Ruff selects.)
        const text = layout.laidOut(
          layoutFromImport('', module, names),
          () => `from ${module} import ${names.join(', ')}`,
        );
        return { text, definition: false, isImport: true, blankBefore: i === 0 ? 1 : 0 };
      });
  }
}
