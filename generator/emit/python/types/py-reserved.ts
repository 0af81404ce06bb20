/**
 * Names a types module may not give a type it declares: Python's keywords, and the `typing` and runtime names the
 * module imports. A type the spec names after one (a `none` field's union, a schema called `True`) is renamed so
 * that the module still parses and type-checks.
 */
import { PYTHON_KEYWORDS, PYTHON_TAKEN_TYPE_NAMES } from '../../../naming/python';

/** The keywords that are Python's constants: a type named after one is `<Name>Type`, as Stainless's `NoneType`. */
const CONSTANT_KEYWORDS: ReadonlySet<string> = new Set(['None', 'True', 'False']);

/**
 * A type's name as Python can declare it: `None`, `True`, `False` become `NoneType`, `TrueType`, `FalseType`
 * (mixedbread's `none: Optional[List[NoneType]]`); another keyword (`class`, a name no class casing gives, but a
 * config may) takes a trailing underscore, as a field does. Any other name is its own.
 */
export function pyDeclarableName(name: string): string {
  if (CONSTANT_KEYWORDS.has(name)) return `${name}Type`;
  return PYTHON_KEYWORDS.has(name) ? `${name}_` : name;
}

/**
 * The `typing` names a types module under `types/` never imports: a nested type may take one there, as Stainless's
 * `Any` alias of an `any` field (`typing.Any` is written only where a resource's body shadows `object`). A resource
 * module may import it, so there it stays taken.
 */
const UNUSED_IN_TYPES_MODULES: ReadonlySet<string> = new Set(['Any']);

/** Whether module `module` (package-relative, `types/shared/search_filter`) imports the name, so that no type of its own may take it. */
export function isImportedName(module: string, name: string): boolean {
  if (!PYTHON_TAKEN_TYPE_NAMES.has(name)) return false;
  return !(UNUSED_IN_TYPES_MODULES.has(name) && module.startsWith('types/'));
}

/**
 * Whether a named type of the package (a schema's, declared in a module of its own and imported by resources) may
 * not take the name: one the types modules import (`List`), a keyword (`None`), or `NoneType`, which a resource
 * module imports from `_types` for a method that returns nothing. type-index.ts then names it `<Name>Model`.
 */
export function isTakenTypeName(name: string): boolean {
  return PYTHON_TAKEN_TYPE_NAMES.has(name) || PYTHON_KEYWORDS.has(name) || name === 'NoneType';
}
