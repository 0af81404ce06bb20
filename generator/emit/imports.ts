/**
 * Import statements of one generated module: collects what printed code uses, then prints sorted,
 * deduplicated `import` lines with relative specifiers.
 */
import { compareStrings, pascalCase } from '../naming/case';
import { relativeFromFile } from './relative-path';

export class ImportSet {
  /** module (src-relative, no extension) → name → type-only? */
  private readonly byModule = new Map<string, Map<string, boolean>>();
  /** module → the alias of its type-only namespace import (`import type * as TransfersAPI from './transfers.js'`). */
  private readonly namespaces = new Map<string, string>();
  /** The modules whose namespace import is a value import (`import * as FeedsAPI`): the module constructs its classes. */
  private readonly valueNamespaces = new Set<string>();
  /** The alias of the module's type-only import of itself (`import type * as CompletionsAPI from './completions.js'`). */
  private self: string | null = null;

  constructor(
    /** The importing module, src-relative without extension: "resources/servers/servers". */
    readonly from: string,
    private readonly ext: string,
  ) {}

  /**
   * Import `name` from `module` (src-relative); a value import wins over a type-only one. `local` binds it under
   * another name (`name as local`), where the importing module has a `name` of its own.
   */
  add(module: string, name: string, typeOnly: boolean, local: string = name): void {
    if (module === this.from) return;
    const names = this.byModule.get(module) ?? new Map<string, boolean>();
    const key = local === name ? name : `${name} as ${local}`;
    names.set(key, (names.get(key) ?? true) && typeOnly);
    this.byModule.set(module, names);
  }

  /**
   * The module's types under `alias`, through a type-only import of itself: for a namespace that must name a type its
   * own member shadows (Stainless's `CompletionCreateParams.CompletionCreateParamsStreaming`).
   */
  importSelf(alias: string): void {
    this.self = alias;
  }

  /**
   * The alias under which `module`'s types are imported as a namespace, type-only unless `value` (the module itself
   * through its import of itself): `TransfersAPI` for `resources/transfers`, as Stainless names them, or `alias`,
   * numbered when `taken` (the module's own names) or another module's alias has it. For a type a nested interface of
   * the same name shadows, and with `value` for the classes a Stainless SDK constructs (`new FeedsAPI.Feeds(…)`).
   */
  namespace(
    module: string,
    taken: ReadonlySet<string>,
    { value = false, alias: wanted }: { value?: boolean; alias?: string } = {},
  ): string {
    if (value && module !== this.from) this.valueNamespaces.add(module);
    const known = module === this.from ? this.self : this.namespaces.get(module);
    if (known) return known;
    const last = module.split('/').pop()!;
    // Stainless's SDKs import the shared types as `Shared`.
    const base = wanted ?? (last === 'shared' ? 'Shared' : `${pascalCase(last, { acronyms: false })}API`);
    const used = new Set([...this.namespaces.values(), ...(this.self ? [this.self] : [])]);
    let alias = base;
    for (let n = 2; taken.has(alias) || used.has(alias); n++) alias = `${base}${n}`;
    if (module === this.from) this.self = alias;
    else this.namespaces.set(module, alias);
    return alias;
  }

  specifier(module: string): string {
    let rel = relativeFromFile(this.from, module);
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `${rel}${this.ext}`;
  }

  lines(): string[] {
    const out: string[] = [];
    if (this.self !== null) out.push(`import type * as ${this.self} from '${this.specifier(this.from)}';`);
    for (const [module, alias] of [...this.namespaces].sort((a, b) => compareStrings(a[0], b[0])))
      out.push(
        `import ${this.valueNamespaces.has(module) ? '' : 'type '}* as ${alias} from '${this.specifier(module)}';`,
      );
    const modules = [...this.byModule.keys()].sort((a, b) => order(a) - order(b) || compareStrings(a, b));
    for (const module of modules) {
      const names = [...this.byModule.get(module)!.entries()].sort((a, b) => compareStrings(a[0], b[0]));
      const allTypes = names.every(([, t]) => t);
      const list = names.map(([n, t]) => (allTypes || !t ? n : `type ${n}`)).join(', ');
      out.push(`import ${allTypes ? 'type ' : ''}{ ${list} } from '${this.specifier(module)}';`);
    }
    return out;
  }
}

/** Runtime first, then pagination, then resources. */
function order(module: string): number {
  if (module.startsWith('core/')) return 0;
  if (module.startsWith('internal/')) return 1;
  if (module === 'pagination') return 2;
  return 3;
}
