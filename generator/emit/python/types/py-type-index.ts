/**
 * What a types module asks of the package around it (print-types.ts): where each named type lives and on which side
 * (`PyTypeIndex`, build-model.ts's index), which `typing` helpers it imports from where, and the import path from one
 * module to another.
 */
import type { NamedSchema } from '../../../ir/types';
import type { PyCasings } from '../../../naming/python';
import type { StainlessPythonTypeForms } from '../../../stainless/python-type-era';

export type PySide = 'model' | 'param';

/** Where the named types live, on either side (a named type reached from params gets a TypedDict form). */
export interface PyTypeIndex {
  schema(id: string): NamedSchema;
  /** The model form's class and module. */
  model(id: string): { name: string; module: string };
  /** The params form's TypedDict (or alias) and module; asking for it makes the package declare it. */
  param(id: string): { name: string; module: string };
  /** Whether it is one of the config's shared models (types/shared, types/shared_params). */
  isShared?(schema: NamedSchema): boolean;
  /** The forms of the Stainless SDK's era (stainless/python-type-era.ts); unset: the newest. */
  readonly forms?: StainlessPythonTypeForms;
  /** Made from a Stainless config (an object of `properties: {}` is `object`, print-types.ts). */
  readonly fromStainlessConfig?: boolean;
  /** Whether the named type refers back to itself, directly or through others (recursive-types.ts). */
  inCycle?(id: string): boolean;
  /** Whether the named type is recursive or refers to one that is: named in quotes, imported last. */
  reachesCycle?(id: string): boolean;
  /** How the config's `custom_casings` write words in class names (naming/python.ts); unset: none. */
  readonly casings?: PyCasings;
}

/** Python names of the `typing` / `typing_extensions` helpers, each imported from where Python 3.9 has it. */
export const TYPING = new Set([
  'TYPE_CHECKING',
  'Dict',
  'List',
  'Union',
  'Optional',
  'Iterable',
  'Any',
  'Mapping',
  'Type',
  'cast',
  'Callable',
  'Generic',
  'TypeVar',
]);
/** (`overload` too, which Python 3.9's `typing` has: Stainless's resources import it from `typing_extensions`.) */
export const TYPING_EXTENSIONS = new Set([
  'overload',
  'Literal',
  'Required',
  'Annotated',
  'TypedDict',
  'TypeAlias',
  'TypeAliasType',
  'ParamSpec',
  'Concatenate',
]);

/** The import path from module `from` to module `to` (both package-relative, `/`-separated): "..types.prompt". */
export function relativeImport(from: string, to: string): string {
  let fromHere = relativeImports.get(from);
  if (fromHere === undefined) {
    if (relativeImports.size >= 5_000) relativeImports.clear();
    relativeImports.set(from, (fromHere = new Map()));
  }
  let path = fromHere.get(to);
  if (path === undefined) fromHere.set(to, (path = relativeImportOf(from, to)));
  return path;
}

/** relativeImport's answers by module: a module imports the same few modules, often many times over. */
const relativeImports = new Map<string, Map<string, string>>();

function relativeImportOf(from: string, to: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const dots = '.'.repeat(fromParts.length - common + 1);
  return dots + toParts.slice(common).join('.');
}
