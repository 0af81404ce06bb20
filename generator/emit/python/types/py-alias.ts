/**
 * A type alias as a module writes it (`Name: TypeAlias = value`), in the forms of the era (stainless/python-type-era.ts):
 * before TYPE_ALIAS_MARKER_SINCE an alias was a plain assignment (`Name = List[Item]`), which type checkers read as
 * an implicit alias all the same. An alias naming what is not defined yet when Python reads it is a `TypeAliasType`
 * at runtime (see `PyModuleBuilder.render`).
 */
import type { StainlessPythonTypeForms } from '../../../stainless/python-type-era';
import { pyString } from '../docs/print-doc';
import { layoutAssignment } from '../py-layout';

/** An alias a module declares (`PyModuleBuilder.declareAlias`). */
export interface AliasDeclaration {
  alias: string;
  value: string;
  /** Always a plain assignment (a union the runtime reads as a value). */
  plain?: boolean;
  /** The module's own named type. */
  named?: boolean;
}

/** What the alias's text needs from its module: names imported on asking, and Ruff's layout noted. */
export interface AliasContext {
  /** A name of `typing` or `typing_extensions`, imported. */
  use(name: string): string;
  /** The runtime's `PYDANTIC_V1` flag, imported. */
  pydanticV1(): string;
  /** A layout (py-layout.ts), else the fallback text, Ruff's to lay out. */
  laidOut(layout: string | null, fallback: () => string): string;
}

/**
 * The statement declaring `declaration` whose value, quoted where it must be, is `value`: `forward` where it names
 * in quotes what is not defined yet, `selfNamed` where it names itself.
 */
export function aliasStatement(
  forms: StainlessPythonTypeForms,
  declaration: AliasDeclaration,
  value: string,
  flags: { forward: boolean; selfNamed: boolean },
  context: AliasContext,
): string {
  const assign = (indent: string, assigned: string, annotation: string | null) =>
    context.laidOut(
      layoutAssignment(indent, declaration.alias, annotation, assigned),
      () => `${indent}${declaration.alias}${annotation ? `: ${annotation}` : ''} = ${assigned}`,
    );
  if (!flags.forward || (!flags.selfNamed && !declaration.named))
    return assign('', value, declaration.plain || !forms.typeAliasMarker ? null : context.use('TypeAlias'));
  const runtime = `${context.use('TypeAliasType')}(${pyString(declaration.alias)}, ${value})`;
  // mypy cannot resolve a `TypeAliasType` that names itself, and pydantic recurses forever on a plain alias that
  // does: type checkers read the plain alias, the runtime the `TypeAliasType`.
  if (flags.selfNamed)
    return `if ${context.use('TYPE_CHECKING')}:\n${assign('    ', value, context.use('TypeAlias'))}\nelse:\n${assign('    ', runtime, null)}`;
  // (A named type's alias naming types not yet defined, as Stainless's: a `TypeAliasType`, which pydantic v1 lacks.)
  const v1 = context.pydanticV1();
  return (
    `if ${context.use('TYPE_CHECKING')} or not ${v1}:\n${assign('    ', runtime, null)}\n` +
    `else:\n${assign('    ', value, context.use('TypeAlias'))}`
  );
}
