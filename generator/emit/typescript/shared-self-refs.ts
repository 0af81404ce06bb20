/**
 * The references of `src/resources/shared.ts` to its own models inside a nested namespace. Stainless's SDKs with the
 * runtime's `core/` folder (StainlessForms.coreFolder) write them unqualified where the module imports nothing else
 * (writer-node's `GraphData.Subquery`'s `Array<Source | null>`, from its generation of 2025-04-02 on), and through the
 * module's import of itself where it imports another module too (flowglad-node's `Shared.…` beside `PricesAPI`,
 * spotify-typescript's beside `CursorURLPage`); the older runtime paths (before `core/`, and `targets.node`) always
 * through that import (`Shared.Source`).
 */
import type { NamedSchema } from '../../ir/types';
import type { ImportSet } from './imports';
import type { PrintContext } from './print-type';

/** The printed declarations of a module of types and the imports they need. */
export interface PrintedTypes {
  imports: ImportSet;
  declarations: string[];
}

/**
 * Prints `print` with fresh imports (`start`); where `unqualifiedOwn` and that printing imports nothing but the module
 * itself, prints again with the module's own types named bare, and keeps that printing unless it still needs the
 * import of itself (a nested interface shadowing a model's name).
 */
export function withoutSelfImport(
  schemas: ReadonlyMap<string, NamedSchema>,
  unqualifiedOwn: boolean,
  start: () => { imports: ImportSet; ctx: PrintContext },
  print: (ctx: PrintContext) => string[],
): PrintedTypes {
  const first = start();
  const printed: PrintedTypes = { imports: first.imports, declarations: print(first.ctx) };
  if (!unqualifiedOwn || !printed.imports.importsItself() || printed.imports.importsOthers()) return printed;
  const { imports, ctx } = start();
  const ref = (id: string, ns?: string | null) => {
    const schema = schemas.get(id);
    return schema?.module === imports.from ? schema.name : ctx.ref(id, ns);
  };
  const bare: PrintContext = { ...ctx, ref };
  const declarations = print(bare);
  return imports.importsItself() || imports.importsOthers() ? printed : { imports, declarations };
}
