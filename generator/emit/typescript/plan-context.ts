/**
 * What the planners of the client, the resources, their tests and the indexes share (plan.ts makes it once per
 * SDK), and the print context that imports the schemas a planned module's types name.
 */
import type { StainlessForms } from '../../stainless/era';
import { baseResourceClassName } from '../../naming/rules';
import type { Method, NamedSchema, Resource } from '../../ir/types';
import type { SchemaRefs } from '../../ir/walk';
import type { Examples } from './examples';
import type { ImportSet } from './imports';
import type { PrintContext } from './print-type';
import type { AuthOptionView, CommonView } from './views';
import type { TypeScriptApi } from './target-api';

/** What can turn the generated tests off: a Stainless config's setting, or sdkgen's own config key. */
export type MockTestsSwitch = 'stainless' | 'config';

export interface PlanContext {
  api: TypeScriptApi;
  /** What every view has. */
  common: CommonView;
  /** Schemas by id. */
  schemas: Map<string, NamedSchema>;
  /** The schemas each schema refers to, each walked once for every planner. */
  schemaRefs: SchemaRefs;
  examples: Examples;
  /** Every resource, nested ones after their parent. */
  resources: Resource[];
  /** The client's auth options, the same in every view that lists them. */
  authOptions: AuthOptionView[];
  /** A method's `@example`: its call as the README shows it (plan-readme.ts), or "" when it has none. */
  docExample: (method: Method, resource: Resource) => string;
  /** The extension of relative imports (the options' `importExt`). */
  importExt: string;
  /** Whether the SDK has standalone functions (`src/funcs/*`). */
  funcs: boolean;
  /** Whether the SDK has `Base…` resource classes and `src/tree-shakable.ts`. */
  treeShaking: boolean;
  /** The key that turned the generated tests off (they are written skipped), or null: they run. */
  mockTestsOffBy: MockTestsSwitch | null;
  /** The forms of the Stainless SDK's era (PlanOptions.stainlessEra); the newest without a Stainless config. */
  stainlessForms: StainlessForms;
  /** The tests' mock server answers JSON Lines (Steady of its era: test-skips.ts), whose tests then run. */
  mockAnswersJsonLines: boolean;
  /** Every resource declaring method types: the client's own methods' (top-level) first, then each resource. */
  typeModules: Resource[];
  /** The module declaring the page alias of a method's pagination (plan-index.ts, pageAliases). */
  aliasHome: (pagination: NonNullable<Method['pagination']>) => string | undefined;
  /** The page aliases a module declares, each with the pagination of a method returning it. */
  aliasesIn: (module: string) => Array<{ alias: string; pagination: NonNullable<Method['pagination']> }>;
  /** The type names a module exports: its schemas' names (in schema order), then its methods' params type names. */
  typeNamesOf: (module: string) => string[];
}

/** Types printed as Stainless's SDKs print them, for an SDK made from a Stainless config (PrintContext.stainless). */
export function printStyle(plan: PlanContext): { stainless: boolean; recordMaps: boolean } {
  return { stainless: plan.api.stainlessLayout !== null, recordMaps: plan.stainlessForms.recordMaps };
}

/**
 * Prints the types of a planned module, adding the imports of the schemas and runtime types they name. `ownNames`:
 * the names the module declares, which the alias of a namespace import must not take.
 */
export function printContext(
  schemas: ReadonlyMap<string, NamedSchema>,
  imports: ImportSet,
  ownNames: () => ReadonlySet<string> = () => new Set(),
  { stainless = false, recordMaps = false }: { stainless?: boolean; recordMaps?: boolean } = {},
): PrintContext {
  // Asked for by every reference a Stainless SDK prints through a namespace import: made once.
  let own: ReadonlySet<string> | undefined;
  const owned = () => (own ??= ownNames());
  const schemaOf = (id: string) => {
    const schema = schemas.get(id);
    if (!schema) throw new Error(`generator bug: unknown schema ${id}`);
    return schema;
  };
  return {
    ref: (id, ns) => {
      const schema = schemaOf(id);
      // Stainless's SDKs name another module's types through its namespace import (`ChannelDataAPI.ChannelData`), and
      // the module's own inside a nested interface through its import of itself (`ChatCompletionsAPI.…Message`).
      if (stainless && (schema.module !== imports.from || ns?.includes('.')))
        return `${imports.namespace(schema.module, owned())}.${schema.name}`;
      imports.add(schema.module, schema.name, true);
      return schema.name;
    },
    nameOf: (id) => schemaOf(id).name,
    declares: (name) => owned().has(name),
    qualified: (id) => {
      const schema = schemaOf(id);
      return `${imports.namespace(schema.module, owned())}.${schema.name}`;
    },
    uploadable: () => {
      // (The older generator's modules name it `Core.Uploadable`.)
      const qualified = imports.legacyCoreType('Uploadable');
      if (qualified) return qualified;
      // (Stainless's SDKs import it with `type`: `import { type Uploadable } from '../core/uploads'`.)
      imports.addInterface('core/uploads', 'Uploadable');
      return 'Uploadable';
    },
    stainless,
    ...(recordMaps ? { recordMaps } : {}),
  };
}

/**
 * The classes a resource's module exports: its class, and in a tree-shakable SDK the class without its nested
 * resources (`BaseProjects`), which a Stainless SDK exports beside it wherever it exports the class.
 */
export function classNames(plan: PlanContext, resource: Resource): string[] {
  const stainlessBase = plan.treeShaking && plan.api.stainlessLayout !== null;
  return stainlessBase ? [resource.className, baseResourceClassName(resource.className)] : [resource.className];
}

/**
 * The page aliases a module declares as classes, exported as values: Stainless's older SDKs (`targets.node`) declared
 * each as a class of its own (`export class AppsPage extends Page<App> {}`); the newer ones, as a type.
 */
export function pageClassNames(plan: PlanContext, module: string): string[] {
  return plan.api.stainlessLayout === 'node' ? plan.aliasesIn(module).map((a) => a.alias) : [];
}

/**
 * Whether a resource's namespace re-exports its names by `export import X = XAPI.X;` (Stainless's SDKs before
 * November 2024, stainless/era.ts): no named imports of its nested resources' names, no classes assigned to its own,
 * and the indexes export types without `type`.
 */
export function exportsByImport(plan: PlanContext): boolean {
  return plan.api.stainlessLayout !== null && plan.stainlessForms.namespaceImports;
}
